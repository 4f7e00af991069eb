/** A client of a meeting's live stream in tests (apps/server/test/live*.test.ts). */

export interface StreamEvent {
  id: string | null;
  event: string;
  data: unknown;
}

/** A client of the stream through Node's fetch: parses frames as they arrive, keeps comments apart. */
export class StreamReader {
  readonly events: StreamEvent[] = [];
  comments = 0;
  ended = false;
  private readonly controller = new AbortController();
  private buffer = '';
  private waiters: (() => void)[] = [];
  response!: Response;

  static async open(url: string, headers: Record<string, string> = {}): Promise<StreamReader> {
    const reader = new StreamReader();
    reader.response = await fetch(url, { headers, signal: reader.controller.signal });
    if (reader.response.ok) {
      void reader.pump();
    }
    return reader;
  }

  private async pump(): Promise<void> {
    const decoder = new TextDecoder();
    try {
      for await (const chunk of this.response.body as unknown as AsyncIterable<Uint8Array>) {
        this.buffer += decoder.decode(chunk, { stream: true });
        let end: number;
        while ((end = this.buffer.indexOf('\n\n')) >= 0) {
          this.parse(this.buffer.slice(0, end));
          this.buffer = this.buffer.slice(end + 2);
        }
        this.wake();
      }
    } catch {
      // aborted by the test
    }
    this.ended = true;
    this.wake();
  }

  private parse(block: string): void {
    let id: string | null = null;
    let event = 'message';
    const data: string[] = [];
    let fields = 0;
    for (const line of block.split('\n')) {
      if (line.startsWith(':')) {
        this.comments += 1;
        continue;
      }
      const colon = line.indexOf(':');
      const name = line.slice(0, colon);
      const value = line.slice(colon + 1).replace(/^ /, '');
      fields += 1;
      if (name === 'id') {
        id = value;
      } else if (name === 'event') {
        event = value;
      } else if (name === 'data') {
        data.push(value);
      }
    }
    if (data.length > 0) {
      this.events.push({ id, event, data: JSON.parse(data.join('\n')) });
    } else if (fields > 0 && id !== null) {
      this.events.push({ id, event, data: null });
    }
  }

  private wake(): void {
    const waiters = this.waiters;
    this.waiters = [];
    for (const wake of waiters) {
      wake();
    }
  }

  /** Resolves when `check` holds, or fails after `ms`. */
  async until(check: () => boolean, ms = 5000): Promise<void> {
    const deadline = Date.now() + ms;
    while (!check()) {
      if (this.ended) {
        throw new Error(`stream ended with ${this.events.length} events`);
      }
      const left = deadline - Date.now();
      if (left <= 0) {
        throw new Error(`timed out with ${this.events.length} events: ${JSON.stringify(this.events.slice(-3))}`);
      }
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, Math.min(left, 100));
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  /** The events after `ready`. */
  get stream(): StreamEvent[] {
    return this.events.filter((event) => event.event !== 'ready');
  }

  close(): void {
    this.controller.abort();
  }
}

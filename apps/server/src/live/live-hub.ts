import type { ServerResponse } from 'node:http';
import { listLiveEventsAfter, type Database, type LiveEventRow } from '@tansiq/db';
import type { LiveNotifier } from '../context.ts';

/** How the hub reads and writes; defaults suit production (docs/live.md). */
export interface LiveHubOptions {
  /** Fallback read of every followed meeting, for writes that do not notify (the CLI); default 2,000 ms. */
  pollMs: number;
  /** A comment line sent to every client so proxies and idle timers keep the connection; default 15,000 ms. */
  heartbeatMs: number;
  /** The reconnection delay the stream asks clients to wait (`retry:`); default 2,000 ms. */
  retryMs: number;
  /**
   * A client whose unsent output grows past this is disconnected; it reconnects with its Last-Event-ID and
   * resumes from the database, so a slow reader costs the server no more than this. Default 1 MiB.
   */
  maxBufferedBytes: number;
  /** Rows read per query. */
  pageSize: number;
  /** Where read failures go (the app's logger). */
  log?: { warn(object: object, message: string): void };
}

export const DEFAULT_LIVE_OPTIONS: LiveHubOptions = {
  pollMs: 2000,
  heartbeatMs: 15_000,
  retryMs: 2000,
  maxBufferedBytes: 1_048_576,
  pageSize: 1000,
};

interface LiveClient {
  res: ServerResponse;
  /** The id of the last event written to this client; null until a client that gave none is placed at the end. */
  cursor: number | null;
  /** False while its replay is pending: the channel's next read brings it up to date. */
  live: boolean;
}

interface Channel {
  meetingId: string;
  clients: Set<LiveClient>;
  /** The highest event id the channel has read; null before its first read. */
  lastId: number | null;
  reading: boolean;
  /** A notify arrived during a read: read again when it ends. */
  again: boolean;
}

/** What the hub holds, for tests and the benchmark. */
export interface LiveHubStats {
  meetings: number;
  clients: number;
}

/** One SSE frame: `id`, `event` and `data` lines (JSON never holds a raw newline). */
export function eventFrame(row: Pick<LiveEventRow, 'id' | 'type' | 'payload'>): string {
  return `id: ${row.id}\nevent: ${row.type}\ndata: ${JSON.stringify(row.payload)}\n\n`;
}

/**
 * Pushes each meeting's live events (rows of `live_events`) to the clients following it. A meeting's channel
 * reads new rows once, whatever its number of clients, when a writer notifies after its commit or at the
 * fallback poll; reads of one channel never overlap, and each client has a cursor (the last id written to it),
 * so a client joining with a Last-Event-ID gets every later event once, in id order, replay before live.
 */
export class LiveHub implements LiveNotifier {
  private readonly channels = new Map<string, Channel>();
  private readonly options: LiveHubOptions;
  private readonly pollTimer: NodeJS.Timeout;
  private readonly heartbeatTimer: NodeJS.Timeout;
  private closed = false;

  constructor(
    private readonly db: Database,
    options: Partial<LiveHubOptions> = {},
  ) {
    this.options = { ...DEFAULT_LIVE_OPTIONS, ...options };
    this.pollTimer = setInterval(() => {
      for (const channel of this.channels.values()) {
        void this.read(channel);
      }
    }, this.options.pollMs);
    this.pollTimer.unref();
    this.heartbeatTimer = setInterval(() => this.heartbeat(), this.options.heartbeatMs);
    this.heartbeatTimer.unref();
  }

  /** Called after a commit that appended events to the meeting's stream. */
  notify(meetingId: string): void {
    const channel = this.channels.get(meetingId);
    if (channel !== undefined) {
      void this.read(channel);
    }
  }

  /**
   * Follows a meeting on `res` (headers already sent) from after event `after`, or from the end of the stream
   * when null. The first frame is `ready`, whose id is the client's starting point.
   */
  subscribe(meetingId: string, res: ServerResponse, after: number | null): void {
    if (this.closed) {
      res.end();
      return;
    }
    let channel = this.channels.get(meetingId);
    if (channel === undefined) {
      channel = { meetingId, clients: new Set(), lastId: null, reading: false, again: false };
      this.channels.set(meetingId, channel);
    }
    const client: LiveClient = { res, cursor: after, live: false };
    channel.clients.add(client);
    res.write(`retry: ${this.options.retryMs}\n\n`);
    if (after !== null) {
      this.write(channel, client, readyFrame(after));
    }
    const joined = channel;
    res.on('close', () => this.leave(joined, client));
    void this.read(channel);
  }

  stats(): LiveHubStats {
    let clients = 0;
    for (const channel of this.channels.values()) {
      clients += channel.clients.size;
    }
    return { meetings: this.channels.size, clients };
  }

  /** Ends every stream and stops the timers (the app's close). */
  close(): void {
    this.closed = true;
    clearInterval(this.pollTimer);
    clearInterval(this.heartbeatTimer);
    for (const channel of this.channels.values()) {
      for (const client of channel.clients) {
        client.res.end();
      }
      channel.clients.clear();
    }
    this.channels.clear();
  }

  private leave(channel: Channel, client: LiveClient): void {
    channel.clients.delete(client);
    if (channel.clients.size === 0 && this.channels.get(channel.meetingId) === channel) {
      this.channels.delete(channel.meetingId);
    }
  }

  /**
   * Reads the rows after the lowest position any client needs (the channel's last id, or a joining client's
   * cursor if lower) and writes each to every client behind it; then clients that gave no cursor start at the
   * end. Serialized per channel; notifies during a read cause one more read.
   */
  private async read(channel: Channel): Promise<void> {
    if (channel.reading) {
      channel.again = true;
      return;
    }
    channel.reading = true;
    try {
      do {
        channel.again = false;
        await this.readOnce(channel);
      } while (channel.again && !this.closed && channel.clients.size > 0);
    } catch (error) {
      // The next notify or poll reads again from the same cursors: nothing is skipped.
      this.options.log?.warn({ err: error, meetingId: channel.meetingId }, 'live: reading events failed');
    } finally {
      channel.reading = false;
    }
  }

  private async readOnce(channel: Channel): Promise<void> {
    // Clients that join during this read wait for the next one (the notify of their join asked for it): a
    // cursor lower than this read's start would otherwise jump over the rows between.
    const participants = [...channel.clients];
    let from = channel.lastId ?? 0;
    for (const client of participants) {
      if (!client.live && client.cursor !== null && client.cursor < from) {
        from = client.cursor;
      }
    }
    let end = channel.lastId ?? 0;
    for (;;) {
      const rows = await listLiveEventsAfter(this.db, channel.meetingId, from, this.options.pageSize);
      for (const row of rows) {
        const frame = eventFrame(row);
        for (const client of participants) {
          if (client.cursor !== null && client.cursor < row.id && channel.clients.has(client)) {
            client.cursor = row.id;
            this.write(channel, client, frame);
          }
        }
        from = row.id;
      }
      if (rows.length > 0) {
        end = Math.max(end, from);
      }
      if (rows.length < this.options.pageSize || channel.clients.size === 0) {
        break;
      }
    }
    channel.lastId = end;
    for (const client of participants) {
      if (client.live || !channel.clients.has(client)) {
        continue;
      }
      if (client.cursor === null) {
        client.cursor = end;
        this.write(channel, client, readyFrame(end));
      }
      client.live = true;
    }
  }

  private write(channel: Channel, client: LiveClient, frame: string): void {
    const { res } = client;
    if (res.destroyed || res.writableEnded) {
      this.leave(channel, client);
      return;
    }
    res.write(frame);
    if (res.writableLength > this.options.maxBufferedBytes) {
      // Too far behind: drop it rather than hold its backlog; it resumes from its Last-Event-ID.
      this.leave(channel, client);
      res.destroy();
    }
  }

  private heartbeat(): void {
    for (const channel of this.channels.values()) {
      for (const client of channel.clients) {
        this.write(channel, client, ': heartbeat\n\n');
      }
    }
  }
}

/** The first frame of a stream: its id is where the client starts, so a reconnect resumes from there. */
function readyFrame(after: number): string {
  return `id: ${after}\nevent: ready\ndata: ${JSON.stringify({ after })}\n\n`;
}

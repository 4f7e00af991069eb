import type { ServerResponse } from 'node:http';
import {
  listLiveEventsAfter,
  type Database,
  type LiveEventRow,
  type LiveListener,
  type LiveNotificationHandlers,
} from '@tansiq/db';
import { isCacheTag, type ReadCache } from '../cache/read-cache.ts';
import type { LiveNotifier } from '../context.ts';

/** How the hub reads and writes; defaults suit production (docs/live.md). */
export interface LiveHubOptions {
  /**
   * On PostgreSQL, how to listen for the commits of live events by every process on the database (the database
   * handle's `listenLive`): a notification reads the meeting as a local notify does. Absent on the embedded
   * database (one process: the local notify is enough).
   */
  listen?: (handlers: LiveNotificationHandlers) => LiveListener;
  /**
   * Fallback read of every followed meeting, a safety net for writes that reach the hub by no notification;
   * default 10,000 ms with a listener, 2,000 ms without (where it is how another process's writes arrive).
   */
  pollMs: number;
  /** A comment line sent to every client so proxies and idle timers keep the connection; default 15,000 ms. */
  heartbeatMs: number;
  /** The reconnection delay the stream asks clients to wait (`retry:`); default 2,000 ms. */
  retryMs: number;
  /**
   * Past this much unsent output a client gets nothing more until its connection drains; then it catches up
   * from the database at its cursor, so a slow reader holds no more than about this much memory. Default 1 MiB.
   */
  maxBufferedBytes: number;
  /** A client stalled (not draining) this long is disconnected; it may reconnect with its Last-Event-ID. */
  stalledMs: number;
  /**
   * The shortest time between two reads of one meeting: a burst of writes (ballots cast at once) reaches the
   * clients in a few writes of several events instead of one write per event per client. Default 50 ms.
   */
  minReadIntervalMs: number;
  /** Rows read per query. */
  pageSize: number;
  /** Where read failures go (the app's logger). */
  log?: { warn(object: object, message: string): void };
  /**
   * The app's read cache, kept coherent by the listener: each cache notification drops the answers of its tag;
   * while the listener is not listening, other processes' writes go unheard and the cache is off.
   */
  cache?: ReadCache;
}

/** The fallback poll with a listener: only what slips past both notifications waits this long. */
export const LISTENING_POLL_MS = 10_000;

export const DEFAULT_LIVE_OPTIONS: LiveHubOptions = {
  pollMs: 2000,
  heartbeatMs: 15_000,
  retryMs: 2000,
  maxBufferedBytes: 1_048_576,
  stalledMs: 60_000,
  minReadIntervalMs: 50,
  pageSize: 1000,
};

interface LiveClient {
  res: ServerResponse;
  /** The id of the last event written to this client; null until a client that gave none is placed at the end. */
  cursor: number | null;
  /** False while its replay is pending: the channel's next read brings it up to date. */
  live: boolean;
  /** Since when its output is over the limit (nothing is written to it until it drains); null when flowing. */
  stalledSince: number | null;
}

interface Channel {
  meetingId: string;
  clients: Set<LiveClient>;
  /** The highest event id the channel has read; null before its first read. */
  lastId: number | null;
  reading: boolean;
  /** A notify arrived during a read: read again when it ends. */
  again: boolean;
  /** When the last read started (ms since the epoch). */
  readAt: number;
  /** The read put off until the interval is over. */
  timer: NodeJS.Timeout | null;
}

/** What the hub holds, for tests and the benchmark. */
export interface LiveHubStats {
  meetings: number;
  clients: number;
  /** Clients whose output is over the limit, waiting for their connection to drain. */
  stalled: number;
}

/** The state of the hub's listener, for health: null `listening` when it has none (the embedded database). */
export interface LiveListenerState {
  listening: boolean | null;
  /** Listening connections lost since the start. */
  losses: number;
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
  private readonly listener: LiveListener | null;
  private closed = false;

  constructor(
    private readonly db: Database,
    options: Partial<LiveHubOptions> = {},
  ) {
    this.options = {
      ...DEFAULT_LIVE_OPTIONS,
      ...(options.listen === undefined ? {} : { pollMs: LISTENING_POLL_MS }),
      ...options,
    };
    this.pollTimer = setInterval(() => this.readAll(), this.options.pollMs);
    this.pollTimer.unref();
    this.heartbeatTimer = setInterval(() => this.heartbeat(), this.options.heartbeatMs);
    this.heartbeatTimer.unref();
    this.listener =
      this.options.listen?.({
        onNotification: (meetingId) => this.notify(meetingId),
        onCacheNotification: (tag) => {
          if (isCacheTag(tag)) {
            this.options.cache?.invalidate([tag]);
          } else {
            this.options.cache?.flush();
          }
        },
        // Notifications sent while the connection was down are lost: every followed meeting is read from its
        // cursors, as a poll would, so nothing committed meanwhile is missed; the read cache starts afresh.
        onListening: () => {
          if (this.options.cache !== undefined) {
            this.options.cache.coherent = true;
          }
          this.readAll();
        },
        onLost: (error, retryInMs) => {
          if (this.options.cache !== undefined) {
            this.options.cache.coherent = false;
          }
          this.options.log?.warn({ err: error, retryInMs }, 'live: the listening connection was lost; reconnecting');
        },
      }) ?? null;
  }

  /**
   * Called after a commit that appended events to the meeting's stream, by the writer in this process or by the
   * listener for any process. Costs a map lookup for a meeting nobody here follows, and at most one pending read
   * per followed meeting whatever the number of notifies (`read`), so a storm of them holds no memory.
   */
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
      channel = { meetingId, clients: new Set(), lastId: null, reading: false, again: false, readAt: 0, timer: null };
      this.channels.set(meetingId, channel);
    }
    const client: LiveClient = { res, cursor: after, live: false, stalledSince: null };
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
    let stalled = 0;
    for (const channel of this.channels.values()) {
      clients += channel.clients.size;
      for (const client of channel.clients) {
        stalled += client.stalledSince === null ? 0 : 1;
      }
    }
    return { meetings: this.channels.size, clients, stalled };
  }

  /** Whether the hub hears other processes' writes at once (see LiveListenerState). */
  listenerState(): LiveListenerState {
    return { listening: this.listener?.listening ?? null, losses: this.listener?.losses ?? 0 };
  }

  /** Ends every stream, stops the timers and closes the listening connection (the app's close). */
  async close(): Promise<void> {
    this.closed = true;
    clearInterval(this.pollTimer);
    clearInterval(this.heartbeatTimer);
    for (const channel of this.channels.values()) {
      if (channel.timer !== null) {
        clearTimeout(channel.timer);
      }
      for (const client of channel.clients) {
        client.res.end();
      }
      channel.clients.clear();
    }
    this.channels.clear();
    await this.listener?.close();
  }

  /** Reads every followed meeting from its cursors (the poll, and the listener once it listens again). */
  private readAll(): void {
    for (const channel of this.channels.values()) {
      void this.read(channel);
    }
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
    if (this.closed || channel.clients.size === 0) {
      return;
    }
    const wait = channel.readAt + this.options.minReadIntervalMs - Date.now();
    if (wait > 0) {
      // Read when the interval is over, or at the first notify after it. Not by sleeping in a read: a burst of
      // writes on the embedded database runs as one chain of promises that holds timers back, while a notify
      // during it can still queue this read among the writes.
      channel.timer ??= setTimeout(() => {
        channel.timer = null;
        void this.read(channel);
      }, wait);
      return;
    }
    channel.reading = true;
    channel.again = false;
    channel.readAt = Date.now();
    try {
      await this.readOnce(channel);
    } catch (error) {
      // The next notify or poll reads again from the same cursors: nothing is skipped.
      this.options.log?.warn({ err: error, meetingId: channel.meetingId }, 'live: reading events failed');
    } finally {
      channel.reading = false;
    }
    if (channel.again) {
      void this.read(channel);
    }
  }

  private async readOnce(channel: Channel): Promise<void> {
    // Clients that join during this read wait for the next one (the notify of their join asked for it): a
    // cursor lower than this read's start would otherwise jump over the rows between.
    const participants = [...channel.clients];
    let from = channel.lastId ?? 0;
    if (channel.lastId === null && participants.length > 0 && participants.every((c) => c.cursor !== null)) {
      // A new channel whose clients all resume (after a restart, say): nothing before their cursors is needed.
      from = Math.min(...participants.map((client) => client.cursor!));
    }
    for (const client of participants) {
      if (!client.live && client.stalledSince === null && client.cursor !== null && client.cursor < from) {
        from = client.cursor;
      }
    }
    // Only a row read is proof of where the stream ends: a cursor may come from elsewhere and be too high.
    let end = channel.lastId ?? 0;
    for (;;) {
      const rows = await listLiveEventsAfter(this.db, channel.meetingId, from, this.options.pageSize);
      if (rows.length > 0) {
        this.deliver(channel, participants, from, rows);
        from = rows.at(-1)!.id;
        end = Math.max(end, from);
      }
      if (rows.length < this.options.pageSize || channel.clients.size === 0) {
        break;
      }
    }
    channel.lastId = end;
    for (const client of participants) {
      if (client.live || client.stalledSince !== null || !channel.clients.has(client)) {
        continue;
      }
      if (client.cursor === null) {
        client.cursor = end;
        this.write(channel, client, readyFrame(end));
      }
      // One left behind (it stalled, or drained too late for this read) is caught up by the next read.
      client.live = client.cursor >= end;
    }
  }

  /**
   * Writes the rows each participant has not had, in one write per client when it fits under the limit:
   * clients at the same cursor (all the live ones, usually) share one string. A client that would go over gets
   * frames one at a time until it does, then waits for its connection to drain. `rows` are every event after
   * `after`.
   */
  private deliver(channel: Channel, participants: LiveClient[], after: number, rows: LiveEventRow[]): void {
    const frames = rows.map(eventFrame);
    const joined = new Map<number, string>();
    for (const client of participants) {
      // `rows` holds every event after `after`: a client further behind would jump a gap; the next read has it.
      if (client.cursor === null || client.cursor < after || client.stalledSince !== null) {
        continue;
      }
      if (!channel.clients.has(client)) {
        continue;
      }
      const start = firstAfter(rows, client.cursor);
      if (start === rows.length) {
        continue;
      }
      let text = joined.get(start);
      if (text === undefined) {
        text = frames.slice(start).join('');
        joined.set(start, text);
      }
      if (client.res.writableLength + text.length <= this.options.maxBufferedBytes) {
        client.cursor = rows.at(-1)!.id;
        this.write(channel, client, text);
        continue;
      }
      for (let index = start; index < rows.length && client.stalledSince === null; index++) {
        client.cursor = rows[index]!.id;
        this.write(channel, client, frames[index]!);
      }
    }
  }

  private write(channel: Channel, client: LiveClient, frame: string): void {
    const { res } = client;
    if (res.destroyed || res.writableEnded) {
      this.leave(channel, client);
      return;
    }
    res.write(frame);
    if (res.writableLength > this.options.maxBufferedBytes && client.stalledSince === null) {
      // Hold nothing more for it: once its connection drains it catches up from the database at its cursor.
      client.stalledSince = Date.now();
      res.once('drain', () => {
        client.stalledSince = null;
        client.live = false;
        if (channel.clients.has(client)) {
          void this.read(channel);
        }
      });
    }
  }

  private heartbeat(): void {
    const now = Date.now();
    for (const channel of this.channels.values()) {
      for (const client of channel.clients) {
        if (client.stalledSince === null) {
          this.write(channel, client, ': heartbeat\n\n');
        } else if (now - client.stalledSince > this.options.stalledMs) {
          this.leave(channel, client);
          client.res.destroy();
        }
      }
    }
  }
}

/** The index of the first row whose id is above `cursor` (rows in ascending id order). */
function firstAfter(rows: LiveEventRow[], cursor: number): number {
  let low = 0;
  let high = rows.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (rows[middle]!.id <= cursor) {
      low = middle + 1;
    } else {
      high = middle;
    }
  }
  return low;
}

/** The first frame of a stream: its id is where the client starts, so a reconnect resumes from there. */
function readyFrame(after: number): string {
  return `id: ${after}\nevent: ready\ndata: ${JSON.stringify({ after })}\n\n`;
}

import pg from 'pg';

/**
 * The PostgreSQL channel on which a commit that appended live events notifies (`insertLiveEvent`); the payload is
 * the meeting's id, never the events.
 */
export const LIVE_CHANNEL = 'tansiq_live';

/**
 * The channel on which a commit that wrote audited records notifies the cache tag each touched (`notifyCacheTag`),
 * so that every process drops the answers it holds that depend on them (apps/server/src/cache/).
 */
export const CACHE_CHANNEL = 'tansiq_cache';

/** What a process does with the notifications of every process writing to the database. */
export interface LiveNotificationHandlers {
  /** Events of `meetingId` were committed (by this process or another): read them. */
  onNotification(meetingId: string): void;
  /** A commit touched the cache tag `tag` (by this process or another): answers depending on it are stale. */
  onCacheNotification?(tag: string): void;
  /**
   * LISTEN is in place: at the first start and after every reconnection. Whatever was notified while the
   * connection was down is lost, so the caller reads every meeting it serves from its cursors.
   */
  onListening(): void;
  /** The listening connection failed or dropped (`error` null when it just ended); it retries in `retryInMs`. */
  onLost?(error: Error | null, retryInMs: number): void;
}

/** How the listening connection connects and retries; the defaults suit production. */
export interface LiveListenerOptions {
  /** Seen in `pg_stat_activity.application_name`, so an operator (or a test) can find the connection. */
  applicationName: string;
  /** The first reconnection delay; it doubles at each failed attempt, up to `maxRetryMs`. Default 100 ms. */
  minRetryMs: number;
  /** The longest reconnection delay. Default 5,000 ms. */
  maxRetryMs: number;
  /** A connection attempt that takes longer fails (and is retried). Default 10,000 ms. */
  connectTimeoutMs: number;
}

export const DEFAULT_LIVE_LISTENER_OPTIONS: LiveListenerOptions = {
  applicationName: 'tansiq live listener',
  minRetryMs: 100,
  maxRetryMs: 5000,
  connectTimeoutMs: 10_000,
};

/** A listening connection: its state (for health) and its end. */
export interface LiveListener {
  /** True while LISTEN is in place on a live connection. */
  readonly listening: boolean;
  /** Connections lost since the start (each followed by a reconnection unless closed). */
  readonly losses: number;
  close(): Promise<void>;
}

/** Opens a listener on PostgreSQL: what `DatabaseHandle.listenLive` does. */
export type ListenLive = (handlers: LiveNotificationHandlers, options?: Partial<LiveListenerOptions>) => LiveListener;

/** The delay before reconnection attempt `attempt` (0 first): doubling from `min` to `max`, less up to half at random. */
export function retryDelay(attempt: number, min: number, max: number, random: () => number = Math.random): number {
  const ceiling = Math.min(max, min * 2 ** Math.min(attempt, 30));
  return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}

/**
 * Listens on `LIVE_CHANNEL` and `CACHE_CHANNEL` over one dedicated connection (not one of the pool's: a pooled connection goes back
 * to the pool between queries, a listener must stay). The connection is watched: when it fails or ends
 * (PostgreSQL restarted, `pg_terminate_backend`), it is replaced after a back-off (`retryDelay`) until it
 * listens again, then `onListening` tells the caller to catch up. A notification is handed over as it is parsed:
 * nothing is queued here, so a storm of notifications costs the caller's handling of each, never memory.
 */
export function listenLive(
  url: string,
  handlers: LiveNotificationHandlers,
  options: Partial<LiveListenerOptions> = {},
): LiveListener {
  const settings = { ...DEFAULT_LIVE_LISTENER_OPTIONS, ...options };
  let client: pg.Client | null = null;
  let timer: NodeJS.Timeout | null = null;
  let attempt = 0;
  let listening = false;
  let losses = 0;
  let closed = false;

  const connect = async (): Promise<void> => {
    timer = null;
    if (closed) {
      return;
    }
    const current = new pg.Client({
      connectionString: url,
      application_name: settings.applicationName,
      connectionTimeoutMillis: settings.connectTimeoutMs,
      // A peer that vanishes without closing (a network cut) is noticed by TCP keep-alive, not left hanging.
      keepAlive: true,
      keepAliveInitialDelayMillis: 10_000,
    });
    client = current;
    let lost = false;
    const drop = (error: Error | null) => {
      if (lost) {
        return;
      }
      lost = true;
      listening = false;
      current.removeAllListeners('notification');
      current.end().catch(() => undefined);
      if (client === current) {
        client = null;
      }
      if (closed) {
        return;
      }
      losses += 1;
      const delay = retryDelay(attempt, settings.minRetryMs, settings.maxRetryMs);
      attempt += 1;
      handlers.onLost?.(error, delay);
      timer = setTimeout(() => void connect(), delay);
      timer.unref();
    };
    current.on('error', (error) => drop(error));
    current.on('end', () => drop(null));
    current.on('notification', (message) => {
      if (message.channel === LIVE_CHANNEL && message.payload) {
        handlers.onNotification(message.payload);
      } else if (message.channel === CACHE_CHANNEL && message.payload) {
        handlers.onCacheNotification?.(message.payload);
      }
    });
    try {
      await current.connect();
      await current.query(`LISTEN ${LIVE_CHANNEL}; LISTEN ${CACHE_CHANNEL}`);
    } catch (error) {
      drop(error instanceof Error ? error : new Error(String(error)));
      return;
    }
    if (closed || lost) {
      return;
    }
    attempt = 0;
    listening = true;
    handlers.onListening();
  };

  void connect();
  return {
    get listening() {
      return listening;
    },
    get losses() {
      return losses;
    },
    close: async () => {
      closed = true;
      listening = false;
      if (timer !== null) {
        clearTimeout(timer);
        timer = null;
      }
      const current = client;
      client = null;
      if (current !== null) {
        current.removeAllListeners('notification');
        await current.end().catch(() => undefined);
      }
    },
  };
}

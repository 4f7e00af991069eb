import type { RunningServer } from './start.ts';

/**
 * How long a stopping process waits for its requests in progress before it cuts the connections left: long
 * enough for any write to commit, short enough for a process manager's own limit (systemd and Docker wait 10 s
 * before SIGKILL by default; `docs/deploy.md`).
 */
export const STOP_TIMEOUT_MS = 10_000;

/** How a process stops: what it is told to stop, where it says so, and how it exits. */
export interface GracefulStopOptions {
  timeoutMs?: number;
  log: (message: string) => void;
  /** `process.exit` unless a test says otherwise. */
  exit?: (code: number) => void;
}

/**
 * Stops a server gracefully: no new connection is taken (requests that arrive on a kept-alive connection answer
 * 503 with `Connection: close`), requests in progress finish and their writes commit, every live stream ends
 * (its client reconnects, to another process behind the same port or proxy, and resumes from its
 * Last-Event-ID), the database pool closes. Resolves with the exit code: 0, or 1 when the time ran out and the
 * connections still open were cut.
 */
export async function stopGracefully(
  server: Pick<RunningServer, 'app' | 'stop'>,
  options: GracefulStopOptions,
): Promise<number> {
  const timeoutMs = options.timeoutMs ?? STOP_TIMEOUT_MS;
  let forced = false;
  const timer = setTimeout(() => {
    forced = true;
    options.log(`Requests still in progress after ${timeoutMs / 1000} s: closing their connections.`);
    server.app.server.closeAllConnections();
  }, timeoutMs);
  // A connection whose request ends after the close began stays open for keep-alive and would hold the close
  // until its idle timeout: closed as soon as it is idle.
  const idle = setInterval(() => server.app.server.closeIdleConnections(), 100);
  try {
    await server.stop();
    return forced ? 1 : 0;
  } finally {
    clearTimeout(timer);
    clearInterval(idle);
  }
}

/**
 * Stops the server gracefully (`stopGracefully`) on SIGTERM or SIGINT, once, then exits: 0 when all went well.
 * A process that has not exited a few seconds after the time is out exits 1 whatever holds it.
 */
export function stopOnSignals(server: RunningServer, options: GracefulStopOptions): void {
  const exit = options.exit ?? ((code: number) => process.exit(code));
  const timeoutMs = options.timeoutMs ?? STOP_TIMEOUT_MS;
  let stopping = false;
  const stop = (reason: string) => {
    if (stopping) {
      return;
    }
    stopping = true;
    options.log(`${reason}: stopping (requests in progress have ${timeoutMs / 1000} s to finish).`);
    setTimeout(() => exit(1), timeoutMs + 5000).unref();
    stopGracefully(server, { ...options, timeoutMs }).then(exit, (error: unknown) => {
      options.log(`Stopping failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      exit(1);
    });
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
}

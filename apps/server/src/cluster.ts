import cluster, { type Worker } from 'node:cluster';
import { fileURLToPath } from 'node:url';
import { DomainError } from '@tansiq/domain';
import type { Config } from './config.ts';
import { STOP_TIMEOUT_MS } from './graceful.ts';
import { openRuntime } from './runtime.ts';
import { prepareInstallation, type PreparedInstallation } from './start.ts';

/** The environment variable that hands a worker its configuration and the primary's one-time work. */
export const WORKER_ENV = 'TANSIQ_CLUSTER_WORKER';

/** What a worker is given: the configuration (the clock's start as an ISO string) and the prepared installation. */
export interface WorkerSetup {
  config: Omit<Config, 'clockStart'> & { clockStart: string | null };
  prepared: PreparedInstallation;
}

/** The message a worker sends its primary once it listens. */
export interface WorkerListening {
  tansiq: 'listening';
  url: string;
}

/** A cluster of worker processes serving one port, and how to stop it. */
export interface RunningCluster {
  url: string;
  /** Where the data lives, for messages. */
  location: string;
  prepared: PreparedInstallation;
  /** The installation's clock as read at start-up: shifted (the demo's) or real, and its time then. */
  clock: { shifted: boolean; now: Date };
  workers: number;
  /** Stops every worker gracefully (SIGTERM) and resolves with the exit code: 0 when each stopped cleanly. */
  stop(): Promise<number>;
}

/** Refuses several processes on the embedded database: it is one process by design (its data directory's lock). */
export function checkWorkers(config: Config, workers: number): void {
  if (workers > 1 && config.databaseUrl === null) {
    throw new DomainError(
      'invalid_configuration',
      `${workers} worker processes need PostgreSQL (DATABASE_URL or --database-url): the embedded database ` +
        'serves one process.',
      [{ path: ['workers'], code: 'invalid_configuration', message: 'use 1 worker, or PostgreSQL' }],
    );
  }
}

/** The worker's entry and how node loads it: through tsx, as the primary was (the `npm start` or `tansiq` way). */
function workerExec(): { exec: string; execArgv: string[] } {
  const exec = fileURLToPath(new URL('./worker-main.ts', import.meta.url));
  const underTsx = process.execArgv.some((arg) => arg.includes('tsx'));
  return { exec, execArgv: underTsx ? process.execArgv : ['--import', import.meta.resolve('tsx')] };
}

/** The delay before a worker that died is replaced: doubled after each death in a row, at most 30 s. */
export function restartDelay(deathsInARow: number): number {
  return Math.min(30_000, 500 * 2 ** Math.max(0, deathsInARow - 1));
}

/** A worker that ran this long before dying is not counted as a death in a row. */
const HEALTHY_MS = 60_000;

/**
 * Starts `workers` processes with node's cluster module, sharing one port (the primary accepts and hands each
 * connection to a worker in turn). The primary does the one-time work first: migrations and reference data,
 * the web build and the demo load (`openRuntime`, `prepareInstallation`), then closes its database and forks;
 * the workers only open their pool, read the clock and listen. Resolves once every worker listens; rejects if
 * one exits before. A worker that dies afterwards is replaced, with back-off, unless the cluster is stopping.
 */
export async function startCluster(
  config: Config,
  workers: number,
  log: (message: string) => void,
  options: { stopTimeoutMs?: number } = {},
): Promise<RunningCluster> {
  checkWorkers(config, workers);
  const stopTimeoutMs = options.stopTimeoutMs ?? STOP_TIMEOUT_MS;
  const runtime = await openRuntime(config, 'tansiq serve');
  let prepared: PreparedInstallation;
  const clock = { shifted: runtime.clock.shifted, now: runtime.clock.now() };
  try {
    prepared = await prepareInstallation(runtime, config, log);
  } finally {
    await runtime.close();
  }
  const setup: WorkerSetup = {
    config: { ...config, clockStart: config.clockStart?.toISOString() ?? null },
    prepared,
  };
  cluster.setupPrimary({ ...workerExec(), args: [] });

  const alive = new Map<number, { worker: Worker; slot: number; startedAt: number }>();
  const pending = new Set<NodeJS.Timeout>();
  let stopping = false;
  let deathsInARow = 0;
  let exitCode = 0;
  let allExited: (() => void) | null = null;

  const fork = (slot: number) => {
    const worker = cluster.fork({ [WORKER_ENV]: JSON.stringify(setup) });
    alive.set(worker.id, { worker, slot, startedAt: Date.now() });
    return worker;
  };

  const url = await new Promise<string>((resolve, reject) => {
    let listening = 0;
    let first: string | null = null;
    let failed = false;
    const onStartExit = (worker: Worker, code: number | null, signal: string | null) => {
      if (failed) {
        return;
      }
      failed = true;
      for (const { worker: other } of alive.values()) {
        if (other !== worker) {
          other.process.kill('SIGTERM');
        }
      }
      reject(
        new Error(`Worker process ${worker.process.pid} exited (${signal ?? `code ${code}`}) before it listened.`),
      );
    };
    cluster.on('exit', onStartExit);
    for (let slot = 1; slot <= workers; slot++) {
      const worker = fork(slot);
      worker.on('message', (message: WorkerListening) => {
        if (message?.tansiq !== 'listening' || failed) {
          return;
        }
        log(`Worker ${slot} (process ${worker.process.pid}) is listening.`);
        first ??= message.url;
        listening += 1;
        if (listening === workers) {
          cluster.off('exit', onStartExit);
          resolve(first);
        }
      });
    }
  });

  cluster.on('exit', (worker, code, signal) => {
    const entry = alive.get(worker.id);
    alive.delete(worker.id);
    if (code !== 0) {
      exitCode = 1;
    }
    if (stopping) {
      if (alive.size === 0) {
        allExited?.();
      }
      return;
    }
    if (entry === undefined) {
      return;
    }
    deathsInARow = Date.now() - entry.startedAt > HEALTHY_MS ? 1 : deathsInARow + 1;
    const delay = restartDelay(deathsInARow);
    log(
      `Worker ${entry.slot} (process ${worker.process.pid}) exited (${signal ?? `code ${code}`}): ` +
        `starting another in ${delay / 1000} s.`,
    );
    const timer = setTimeout(() => {
      pending.delete(timer);
      if (stopping) {
        return;
      }
      const replacement = fork(entry.slot);
      replacement.on('message', (message: WorkerListening) => {
        if (message?.tansiq === 'listening') {
          log(`Worker ${entry.slot} (process ${replacement.process.pid}) is listening.`);
        }
      });
    }, delay);
    pending.add(timer);
  });

  const stop = async (): Promise<number> => {
    if (stopping) {
      return exitCode;
    }
    stopping = true;
    exitCode = 0;
    for (const timer of pending) {
      clearTimeout(timer);
    }
    pending.clear();
    if (alive.size > 0) {
      const exited = new Promise<void>((resolve) => (allExited = resolve));
      for (const { worker } of alive.values()) {
        worker.process.kill('SIGTERM');
      }
      // A worker stops within its own limit; one that does not is killed a little after it.
      const backstop = setTimeout(() => {
        for (const { worker } of alive.values()) {
          log(`Worker process ${worker.process.pid} did not stop: killing it.`);
          worker.process.kill('SIGKILL');
        }
      }, stopTimeoutMs + 5000);
      await exited;
      clearTimeout(backstop);
    }
    return exitCode;
  };

  return { url, location: runtime.location, prepared, clock, workers, stop };
}

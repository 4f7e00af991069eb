import { DataDirectoryLockedError } from '@tansiq/db';
import { DomainError } from '@tansiq/domain';
import { WORKER_ENV, type WorkerListening, type WorkerSetup } from './cluster.ts';
import { stopOnSignals } from './graceful.ts';
import { startServer } from './start.ts';

/**
 * A cluster worker (`startCluster`): serves on the port the primary shares, with the one-time work done by the
 * primary; stops gracefully on SIGTERM or SIGINT.
 */
async function main(): Promise<void> {
  const raw = process.env[WORKER_ENV];
  if (raw === undefined || process.send === undefined) {
    throw new Error(`worker-main.ts runs as a cluster worker only (${WORKER_ENV} unset).`);
  }
  const setup = JSON.parse(raw) as WorkerSetup;
  const config = {
    ...setup.config,
    clockStart: setup.config.clockStart === null ? null : new Date(setup.config.clockStart),
  };
  const log = (message: string) => process.stdout.write(`${message}\n`);
  const server = await startServer(config, log, { prepared: setup.prepared });
  // A worker whose primary is gone exits at once: node's cluster does that itself, on the IPC channel's close.
  stopOnSignals(server, { log: (message) => log(`Worker process ${process.pid}: ${message}`) });
  const listening: WorkerListening = { tansiq: 'listening', url: server.url };
  process.send(listening);
}

main().catch((error: unknown) => {
  if (error instanceof DataDirectoryLockedError || error instanceof DomainError) {
    process.stderr.write(`tansiq: ${error.message}\n`);
    process.exit(2);
  }
  console.error(error);
  process.exit(1);
});

import { startCluster } from './cluster.ts';
import type { Config } from './config.ts';
import { DEMO_PASSWORD, DEMO_USERS } from './demo/load-demo.ts';
import { STOP_TIMEOUT_MS, stopOnSignals } from './graceful.ts';
import { startServer } from './start.ts';

/** What `npm start` and `tansiq serve` print once the product listens. */
function greet(
  log: (message: string) => void,
  facts: {
    url: string;
    location: string;
    workers: number;
    demoAccounts: boolean;
    clock: { shifted: boolean; now: Date };
  },
): void {
  const workers = facts.workers > 1 ? `, ${facts.workers} worker processes` : '';
  log(`Tansiq is serving at ${facts.url} (${facts.location}${workers}).`);
  log(`API reference: ${facts.url}/api/docs`);
  if (facts.demoAccounts) {
    log(
      `Demo accounts (password "${DEMO_PASSWORD}"): ${DEMO_USERS.map((user) => `${user.email} (${user.role})`).join(', ')}.`,
    );
  }
  if (facts.clock.shifted) {
    log(`Demo clock: it is ${facts.clock.now.toISOString()} for the server.`);
  }
}

/**
 * Serves the product until SIGTERM or SIGINT, then stops gracefully and exits (`docs/deploy.md`): one process,
 * or `config.workers` processes sharing the port (node's cluster module; PostgreSQL only), whose primary
 * forwards the signal to each worker and exits once they all have.
 */
export async function serve(config: Config, log: (message: string) => void): Promise<void> {
  if (config.workers === 1) {
    const server = await startServer(config, log);
    greet(log, {
      url: server.url,
      location: server.runtime.location,
      workers: 1,
      demoAccounts: server.demoAccounts,
      clock: { shifted: server.runtime.clock.shifted, now: server.runtime.clock.now() },
    });
    stopOnSignals(server, { log });
    return;
  }
  const running = await startCluster(config, config.workers, log);
  greet(log, { ...running, demoAccounts: running.prepared.demoAccounts });
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) {
      return;
    }
    stopping = true;
    log(
      `${signal}: stopping ${running.workers} worker processes (requests in progress have ${STOP_TIMEOUT_MS / 1000} s to finish).`,
    );
    void running.stop().then((code) => {
      log(code === 0 ? 'Every worker process stopped.' : 'A worker process did not stop cleanly.');
      process.exit(code);
    });
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
}

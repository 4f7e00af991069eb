import { DataDirectoryLockedError } from '@tansiq/db';
import { DomainError } from '@tansiq/domain';
import { readConfig } from './config.ts';
import { DEMO_PASSWORD, DEMO_USERS } from './demo/load-demo.ts';
import { startServer } from './start.ts';

/** `npm start`: serve the product until interrupted. */
async function main(): Promise<void> {
  const config = readConfig();
  const log = (message: string) => process.stdout.write(`${message}\n`);
  const server = await startServer(config, log);
  log(`Tansiq is serving at ${server.url} (${server.runtime.location}).`);
  log(`API reference: ${server.url}/api/docs`);
  if (server.demoAccounts) {
    log(
      `Demo accounts (password "${DEMO_PASSWORD}"): ${DEMO_USERS.map((user) => `${user.email} (${user.role})`).join(', ')}.`,
    );
  }
  if (server.runtime.clock.shifted) {
    log(`Demo clock: it is ${server.runtime.clock.now().toISOString()} for the server.`);
  }
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) {
      return;
    }
    stopping = true;
    log(`${signal}: stopping.`);
    server.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(error);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
}

main().catch((error: unknown) => {
  if (error instanceof DataDirectoryLockedError || error instanceof DomainError) {
    process.stderr.write(`tansiq: ${error.message}\n`);
    process.exit(2);
  }
  console.error(error);
  process.exit(1);
});

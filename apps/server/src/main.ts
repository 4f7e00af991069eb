import { DataDirectoryLockedError } from '@tansiq/db';
import { DomainError } from '@tansiq/domain';
import { readConfig } from './config.ts';
import { serve } from './serve.ts';

/** `npm start`: serve the product (TANSIQ_WORKERS processes) until interrupted, then stop gracefully. */
async function main(): Promise<void> {
  await serve(readConfig(), (message) => process.stdout.write(`${message}\n`));
}

main().catch((error: unknown) => {
  if (error instanceof DataDirectoryLockedError || error instanceof DomainError) {
    process.stderr.write(`tansiq: ${error.message}\n`);
    process.exit(2);
  }
  console.error(error);
  process.exit(1);
});

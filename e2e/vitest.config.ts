import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/** The browser journeys (`npm run test:e2e`): a real server and a real Chromium, so long timeouts, no retries. */
export default defineConfig({
  test: {
    root: fileURLToPath(new URL('..', import.meta.url)),
    include: ['e2e/**/*.e2e.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    retry: 0,
    // One server and one browser per file are heavy: run the files one after another.
    fileParallelism: false,
  },
});

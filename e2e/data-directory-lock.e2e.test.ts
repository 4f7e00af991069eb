import { spawn } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT, startServer, type TestServer } from './support/server.ts';

let server: TestServer | undefined;

beforeAll(async () => {
  server = await startServer();
});

afterAll(async () => {
  await server?.stop();
});

/** Runs a command from the repository root to its end; resolves with its exit code and standard error. */
function runToEnd(args: string[], env: NodeJS.ProcessEnv): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, {
      cwd: REPO_ROOT,
      env: { ...process.env, DATABASE_URL: '', ...env },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.once('error', reject);
    child.once('exit', (code) => resolve({ code, stderr }));
  });
}

async function healthy(url: string): Promise<boolean> {
  const response = await fetch(`${url}/api/health`);
  return response.ok && ((await response.json()) as { status: string }).status === 'ok';
}

describe('one process at a time on the embedded database', () => {
  it('refuses a second server on the same data directory, naming it and the holder, and the first keeps serving', async () => {
    const { url, dataDir } = server!;
    const second = await runToEnd(['--import', 'tsx', 'apps/server/src/main.ts'], {
      PORT: '0',
      HOST: '127.0.0.1',
      TANSIQ_DATA_DIR: dataDir,
    });
    expect(second.code).toBe(2);
    expect(second.stderr).toContain(dataDir);
    expect(second.stderr).toMatch(/in use by process \d+/);
    expect(await healthy(url)).toBe(true);
  });

  it('refuses a CLI data command while the server holds the directory', async () => {
    const { url, dataDir } = server!;
    const cli = await runToEnd(['apps/cli/bin/tansiq.js', 'demo', 'load', '--data-dir', dataDir], {});
    expect(cli.code).toBe(2);
    expect(cli.stderr).toContain(dataDir);
    expect(await healthy(url)).toBe(true);
    const meetings = await fetch(`${url}/api/v1/meetings?cycle=wtdc-17`);
    expect(((await meetings.json()) as { page: { total: number } }).page.total).toBe(16);
  });
});

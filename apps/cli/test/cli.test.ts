import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { readConfig, startServer } from '@tansiq/server';
import { afterEach, describe, expect, it } from 'vitest';
import { run, type Io } from '../src/program.ts';

// Each test opens a real embedded database on disk: seconds, not milliseconds.
const SLOW = 60_000;

const directories: string[] = [];

afterEach(() => {
  for (const dir of directories.splice(0)) {
    rmSync(dir, { recursive: true, force: true });
  }
});

function freshDataDir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'tansiq-cli-'));
  directories.push(dir);
  return dir;
}

/** What a person at the console would see, with an environment of the test's own (NODE_ENV unset). */
function capture(env: NodeJS.ProcessEnv = {}, stdin = '') {
  const out: string[] = [];
  const err: string[] = [];
  const io: Io = { out: (text) => out.push(text), err: (text) => err.push(text), env, readStdin: async () => stdin };
  return { io, stdout: () => out.join(''), stderr: () => err.join('') };
}

async function tansiq(argv: string[], env?: NodeJS.ProcessEnv) {
  const c = capture(env);
  const code = await run(argv, c.io);
  return { code, stdout: c.stdout(), stderr: c.stderr() };
}

describe('tansiq', () => {
  it('prints its usage, and refuses an unknown command or a bad port with exit code 2', async () => {
    const help = await tansiq(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/Usage: tansiq/);
    for (const command of ['serve', 'db', 'demo']) {
      expect(help.stdout).toMatch(new RegExp(`^\\s+${command}\\b`, 'm'));
    }
    expect(help.stderr).toBe('');

    const unknown = await tansiq(['frobnicate']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/unknown command 'frobnicate'/);
    expect(unknown.stdout).toBe('');

    for (const value of ['http', '70000', '-1', '80.5']) {
      const badPort = await tansiq(['serve', '--port', value]);
      expect(badPort.code, value).toBe(2);
      expect(badPort.stderr, value).toMatch(/port/);
      expect(badPort.stderr, value).toMatch(/a port number from 0 to 65535/);
    }
  });

  it(
    'migrates a new data directory, and loads the demo once: the second load creates nothing',
    async () => {
      const dataDir = freshDataDir();
      const env = { TANSIQ_DATA_DIR: dataDir };

      const migrate = await tansiq(['db', 'migrate'], env);
      expect(migrate.stderr).toBe('');
      expect(migrate.code).toBe(0);
      expect(migrate.stdout).toContain(`Database is up to date (embedded database in ${dataDir})`);

      const first = await tansiq(['demo', 'load'], env);
      expect(first.stderr).toBe('');
      expect(first.code).toBe(0);
      expect(first.stdout).toMatch(/WTDC-17 demo: 39 records created, 0 already there/);

      const second = await tansiq(['demo', 'load'], env);
      expect(second.code).toBe(0);
      expect(second.stdout).toMatch(/WTDC-17 demo: 0 records created, 39 already there/);
    },
    SLOW,
  );

  it(
    'refuses to open a data directory that a running server holds, naming it and the holder, and leaves the server be',
    async () => {
      const dataDir = freshDataDir();
      const env = { TANSIQ_DATA_DIR: dataDir, PORT: '0', HOST: '127.0.0.1', TANSIQ_DEMO: '0', LOG_LEVEL: 'silent' };
      const log: string[] = [];
      const server = await startServer(readConfig(env), (message) => log.push(message), { webApp: false });
      try {
        expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);

        const refused = await tansiq(['demo', 'load'], env);
        expect(refused.code).toBe(2);
        expect(refused.stdout).toBe('');
        expect(refused.stderr).toContain(`The data directory ${dataDir} is in use by process ${process.pid}`);
        expect(refused.stderr).toContain('tansiq serve');

        const health = await fetch(`${server.url}/api/health`);
        expect(health.status).toBe(200);
        expect(await health.json()).toEqual({ status: 'ok' });
        const meetings = await server.app.inject({ method: 'GET', url: '/api/v1/meetings' });
        expect(meetings.json<{ page: { total: number } }>().page.total).toBe(0);
      } finally {
        await server.stop();
      }

      // Once the server has stopped, the directory is free again.
      const afterStop = await tansiq(['demo', 'load'], env);
      expect(afterStop.stderr).toBe('');
      expect(afterStop.code).toBe(0);
    },
    SLOW,
  );
});

/**
 * `tansiq serve --workers N` and several servers on one PostgreSQL database (issue 17, parts 2 and 3): refused
 * on the embedded database; on PostgreSQL (TEST_DATABASE_URL), real processes started on a fresh database, the
 * one-time work done once, graceful stop on SIGTERM with open live streams ended, a dead worker replaced.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { WTDC_CYCLES } from '../../server/src/demo/wtdc-17.ts';
import { ensureWebBuilt } from '../../server/src/web-build.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run, type Io } from '../src/program.ts';

const REPO = fileURLToPath(new URL('../../../', import.meta.url));
const TANSIQ = path.join(REPO, 'apps/cli/bin/tansiq.js');
const ADMIN_URL = process.env.TEST_DATABASE_URL;

async function tansiq(argv: string[], env: NodeJS.ProcessEnv = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const io: Io = { out: (t) => out.push(t), err: (t) => err.push(t), env, readStdin: async () => '' };
  const code = await run(argv, io);
  return { code, stdout: out.join(''), stderr: err.join('') };
}

describe('tansiq serve --workers on the embedded database', () => {
  const dirs: string[] = [];
  afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

  it('refuses more than one process with exit code 2 and says why, before touching the data directory', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'tansiq-workers-'));
    dirs.push(dir);
    for (const [argv, env] of [
      [['serve', '--workers', '2', '--data-dir', dir], {}],
      [['serve', '--data-dir', dir], { TANSIQ_WORKERS: '3' }],
    ] as const) {
      const result = await tansiq([...argv], { ...env });
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(/worker processes need PostgreSQL \(DATABASE_URL or --database-url\)/);
      expect(result.stderr).toContain('workers: use 1 worker, or PostgreSQL');
      expect(result.stdout).toBe('');
    }
    for (const bad of ['0', '-1', '1.5', 'two', '65']) {
      const result = await tansiq(['serve', '--workers', bad, '--data-dir', dir]);
      expect(result.code).toBe(2);
      expect(result.stderr).toContain('a whole number of processes from 1 to 64');
    }
    const env = await tansiq(['serve', '--data-dir', dir], { TANSIQ_WORKERS: 'many' });
    expect(env.code).toBe(2);
    expect(env.stderr).toContain('TANSIQ_WORKERS');
  });
});

/** A `tansiq` process: what it printed so far, waiting for a line, and its exit. */
interface Child {
  process: ChildProcess;
  output: () => string;
  waitFor: (pattern: RegExp, timeoutMs?: number) => Promise<RegExpMatchArray>;
  exited: Promise<number | null>;
}

const children: Child[] = [];

function spawnTansiq(argv: string[]): Child {
  const env: NodeJS.ProcessEnv = { PATH: process.env.PATH, HOME: process.env.HOME, LOG_LEVEL: 'warn' };
  const child = spawn(process.execPath, [TANSIQ, ...argv], { cwd: REPO, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let text = '';
  const waiters = new Set<() => void>();
  const append = (chunk: Buffer) => {
    text += chunk.toString('utf8');
    waiters.forEach((wake) => wake());
  };
  child.stdout.on('data', append);
  child.stderr.on('data', append);
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const waitFor = (pattern: RegExp, timeoutMs = 25_000) =>
    new Promise<RegExpMatchArray>((resolve, reject) => {
      const check = () => {
        const match = text.match(pattern);
        if (match !== null) {
          waiters.delete(check);
          clearTimeout(timer);
          resolve(match);
        }
      };
      const timer = setTimeout(() => {
        waiters.delete(check);
        reject(new Error(`Timed out waiting for ${pattern} in:\n${text}`));
      }, timeoutMs);
      waiters.add(check);
      check();
      void exited.then(() => {
        if (waiters.has(check)) {
          waiters.delete(check);
          clearTimeout(timer);
          reject(new Error(`Exited before ${pattern}:\n${text}`));
        }
      });
    });
  const handle = { process: child, output: () => text, waitFor, exited };
  children.push(handle);
  return handle;
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return typeof address === 'object' && address !== null ? address.port : 0;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Follows a meeting's live stream until `ready`; `ended` resolves when the server ends the stream. */
async function follow(url: string): Promise<{ ended: Promise<string> }> {
  const response = await fetch(`${url}/api/v1/meetings/wtdc-17/live`);
  expect(response.status).toBe(200);
  const reader = response.body!.getReader();
  const decoder = new TextDecoder();
  let text = '';
  while (!text.includes('event: ready')) {
    const { value, done } = await reader.read();
    if (done) {
      throw new Error(`The stream ended before ready: ${text}`);
    }
    text += decoder.decode(value, { stream: true });
  }
  const ended = (async () => {
    for (;;) {
      const { value, done } = await reader.read();
      if (done) {
        return text;
      }
      text += decoder.decode(value, { stream: true });
    }
  })();
  return { ended };
}

describe.skipIf(!ADMIN_URL)('tansiq serve on PostgreSQL, several processes', () => {
  const databases: string[] = [];

  async function admin<T>(use: (client: pg.Client) => Promise<T>, url = ADMIN_URL!): Promise<T> {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      return await use(client);
    } finally {
      await client.end();
    }
  }

  /** A new, empty database on the test server: its URL. */
  async function freshDatabase(): Promise<string> {
    const name = `tansiq_serve_${randomBytes(6).toString('hex')}`;
    await admin((client) => client.query(`CREATE DATABASE ${name}`));
    databases.push(name);
    const url = new URL(ADMIN_URL!);
    url.pathname = `/${name}`;
    return url.toString();
  }

  /** What the one-time work left: migrations recorded, demo cycles created, records created twice. */
  async function onceFacts(url: string) {
    return admin(async (client) => {
      const migrations = await client.query<{ n: string }>('SELECT count(*) AS n FROM drizzle.__drizzle_migrations');
      const cycles = await client.query<{ n: string }>(
        "SELECT count(*) AS n FROM audit_events WHERE action = 'cycle.create'",
      );
      const twice = await client.query(
        "SELECT action, entity_id FROM audit_events WHERE action LIKE '%.create' GROUP BY 1, 2 HAVING count(*) > 1",
      );
      const demo = await client.query<{ value: unknown }>(
        "SELECT value FROM installation_facts WHERE key = 'demo-loaded'",
      );
      return {
        migrations: Number(migrations.rows[0]!.n),
        cycles: Number(cycles.rows[0]!.n),
        createdTwice: twice.rows,
        demoLoaded: demo.rows.length === 1 && demo.rows[0]!.value !== false,
      };
    }, url);
  }

  const journal = JSON.parse(readFileSync(path.join(REPO, 'packages/db/migrations/meta/_journal.json'), 'utf8')) as {
    entries: unknown[];
  };

  beforeAll(async () => {
    // Built once here, so that the servers below find it current (a build takes longer than a test may).
    await ensureWebBuilt(() => undefined);
  }, 180_000);

  afterAll(async () => {
    for (const child of children.splice(0)) {
      if (child.process.exitCode === null && child.process.signalCode === null) {
        child.process.kill('SIGKILL');
      }
    }
    for (const name of databases.splice(0)) {
      await admin((client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
    }
  });

  it('starts 2 workers on a fresh database after doing the one-time work once, replaces a dead worker and stops all on SIGTERM', async () => {
    const url = await freshDatabase();
    const port = await freePort();
    const primary = spawnTansiq(['serve', '--workers', '2', '--port', String(port), '--database-url', url]);
    await primary.waitFor(/Tansiq is serving at (\S+) \(PostgreSQL .*, 2 worker processes\)\./);
    const base = `http://127.0.0.1:${port}`;
    const pids = new Map(
      [...primary.output().matchAll(/Worker (\d) \(process (\d+)\) is listening\./g)].map((m) => [m[1], Number(m[2])]),
    );
    expect([...pids.keys()].sort()).toEqual(['1', '2']);
    expect(primary.output().match(/WTDC-17 demo loaded/g)).toHaveLength(1);

    for (let i = 0; i < 6; i++) {
      const meetings = await fetch(`${base}/api/v1/meetings?cycle=wtdc-17`);
      expect(meetings.status).toBe(200);
      expect(((await meetings.json()) as { data: unknown[] }).data.length).toBeGreaterThan(0);
    }
    const facts = await onceFacts(url);
    expect(facts).toEqual({
      migrations: journal.entries.length,
      cycles: WTDC_CYCLES.length,
      createdTwice: [],
      demoLoaded: true,
    });

    // A worker killed outright is replaced; the other serves meanwhile.
    process.kill(pids.get('1')!, 'SIGKILL');
    await primary.waitFor(/Worker 1 \(process \d+\) exited \(SIGKILL\): starting another in 0\.5 s\./);
    const replaced = await primary.waitFor(
      new RegExp(`Worker 1 \\(process (?!${pids.get('1')}\\))(\\d+)\\) is listening\\.`),
    );
    const workerPids = [Number(replaced[1]), pids.get('2')!];
    expect((await fetch(`${base}/api/health`)).status).toBe(200);

    const stream = await follow(base);
    primary.process.kill('SIGTERM');
    const ended = await stream.ended;
    expect(ended).toContain('retry: 2000');
    expect(await primary.exited).toBe(0);
    expect(primary.output()).toContain('Every worker process stopped.');
    for (const pid of workerPids) {
      expect(isAlive(pid)).toBe(false);
    }
  }, 60_000);

  it('brings up two servers started at once on one new database, the demo loaded once; SIGTERM ends their streams and exits 0', async () => {
    const url = await freshDatabase();
    const ports = [await freePort(), await freePort()];
    const servers = ports.map((port) => spawnTansiq(['serve', '--port', String(port), '--database-url', url]));
    await Promise.all(servers.map((server) => server.waitFor(/Tansiq is serving at/)));
    const loads = servers.map((server) => (server.output().match(/WTDC-17 demo loaded/g) ?? []).length);
    expect(loads.sort()).toEqual([0, 1]);
    const facts = await onceFacts(url);
    expect(facts).toEqual({
      migrations: journal.entries.length,
      cycles: WTDC_CYCLES.length,
      createdTwice: [],
      demoLoaded: true,
    });
    for (const port of ports) {
      expect((await fetch(`http://127.0.0.1:${port}/api/v1/member-states/EGY`)).status).toBe(200);
    }

    const streams = await Promise.all(ports.map((port) => follow(`http://127.0.0.1:${port}`)));
    servers.forEach((server) => server.process.kill('SIGTERM'));
    await Promise.all(streams.map((stream) => stream.ended));
    expect(await Promise.all(servers.map((server) => server.exited))).toEqual([0, 0]);
    for (const server of servers) {
      expect(server.output()).toContain('SIGTERM: stopping');
    }
  }, 60_000);
});

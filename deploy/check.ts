/*
 * `npm run deploy:check`: the deployment of docs/deploy.md, tried for real on this machine. It writes an nginx
 * configuration for two Tansiq processes on a free high port, starts both on a scratch PostgreSQL database behind
 * nginx, and checks what a conference needs of it:
 *
 *   1. both processes answer their health check through the proxy;
 *   2. an event written through one process reaches a live-stream client that the proxy gave to the other;
 *   3. that process is stopped (SIGTERM); its client reconnects through the proxy with its Last-Event-ID, lands on
 *      the other process, and an event written meanwhile arrives: nothing lost, nothing twice;
 *   4. the same with SIGKILL: a process killed outright loses its clients to the other, which resume.
 *
 * Then it stops everything and drops the database. Needs Debian's `nginx` (or `nginx-light`) and PostgreSQL
 * (DEPLOY_CHECK_DATABASE_URL, else postgres://postgres@127.0.0.1:5432/postgres for the server to create the
 * scratch database in). Exits 0 when every check holds, 1 otherwise, 2 when a tool is missing.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';

const ROOT = path.resolve(import.meta.dirname, '..');
const ADMIN_URL = process.env.DEPLOY_CHECK_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const DEMO_PASSWORD = 'tansiq-demo-2017';
/** The storm's event type: clients ignore types they do not know (docs/live.md). */
const STORM_EVENT = 'deploy-check.storm';
const STORM_EVENTS = Number(process.env.DEPLOY_CHECK_STORM ?? 100_000);
const RESTART_POSTGRES = process.env.DEPLOY_CHECK_RESTART_POSTGRES === '1';
const work = mkdtempSync(path.join(tmpdir(), 'tansiq-deploy-check-'));
const database = `tansiq_deploy_check_${process.pid}`;
const children: ChildProcess[] = [];
let failures = 0;

function say(line: string): void {
  process.stdout.write(`${line}\n`);
}

function check(ok: boolean, what: string, detail = ''): void {
  say(`${ok ? 'ok  ' : 'FAIL'} ${what}${detail === '' ? '' : ` (${detail})`}`);
  if (!ok) {
    failures++;
  }
}

/** A free TCP port on 127.0.0.1, as the system gives one. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** One statement on the server's maintenance database, on a connection of its own (PostgreSQL may restart). */
async function adminQuery(text: string): Promise<void> {
  const client = new pg.Client({ connectionString: ADMIN_URL });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}

/** A process's resident memory in MiB (Linux). */
function residentMiB(pid: number | undefined): number {
  const status = pid === undefined ? '' : readFileSync(`/proc/${pid}/status`, 'utf8');
  const kib = /VmRSS:\s+(\d+)/.exec(status)?.[1];
  return kib === undefined ? Number.NaN : Math.round(Number(kib) / 1024);
}

/**
 * Appends `count` events to a meeting's stream straight in the database, each its own transaction with its own
 * notification, as the services write them (the meeting's stream lock, the row, the notify): `connections` writers
 * at once. Answers how long it took, in seconds.
 */
async function notifyStorm(databaseUrl: string, meetingId: string, count: number, connections = 4): Promise<number> {
  const started = Date.now();
  await Promise.all(
    Array.from({ length: connections }, async (_, writer) => {
      const client = new pg.Client({ connectionString: databaseUrl });
      await client.connect();
      try {
        for (let index = writer; index < count; index += connections) {
          await client.query(
            `WITH lock AS (SELECT pg_advisory_xact_lock(hashtextextended('live:' || $1::text, 0))),
                  row AS (INSERT INTO live_events (meeting_id, type, payload)
                          SELECT $1::uuid, $2, jsonb_build_object('n', $3::int) FROM lock RETURNING id)
             SELECT pg_notify('tansiq_live', $1::text) FROM row`,
            [meetingId, STORM_EVENT, index],
          );
        }
      } finally {
        await client.end();
      }
    }),
  );
  return (Date.now() - started) / 1000;
}

function nginxBinary(): string | null {
  for (const candidate of ['nginx', '/usr/sbin/nginx']) {
    if (spawnSync(candidate, ['-v'], { stdio: 'ignore' }).status === 0) {
      return candidate;
    }
  }
  return null;
}

/** The configuration docs/deploy.md describes, on `port`, for the two upstream processes. */
function nginxConfig(port: number, upstreams: number[]): string {
  return `worker_processes 1;
daemon off;
pid ${work}/nginx.pid;
error_log ${work}/nginx-error.log warn;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path ${work}/body;
  proxy_temp_path ${work}/proxy;
  fastcgi_temp_path ${work}/fastcgi;
  uwsgi_temp_path ${work}/uwsgi;
  scgi_temp_path ${work}/scgi;
  upstream tansiq {
${upstreams.map((upstream) => `    server 127.0.0.1:${upstream} max_fails=1 fail_timeout=5s;`).join('\n')}
  }
  server {
    listen 127.0.0.1:${port};
    client_max_body_size 20m;
    location / {
      proxy_pass http://tansiq;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host $host;
      proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
      proxy_set_header X-Forwarded-Proto $scheme;
      proxy_next_upstream error timeout http_502 http_503;
      add_header X-Tansiq-Upstream $upstream_addr always;
    }
    location ~ ^/api/v1/meetings/[^/]+/live$ {
      proxy_pass http://tansiq;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host $host;
      proxy_buffering off;
      proxy_cache off;
      proxy_read_timeout 1h;
      proxy_next_upstream error timeout;
      add_header X-Tansiq-Upstream $upstream_addr always;
    }
  }
}
`;
}

async function waitFor<T>(what: string, attempt: () => Promise<T | undefined>, seconds: number): Promise<T> {
  const deadline = Date.now() + seconds * 1000;
  let last: unknown;
  while (Date.now() < deadline) {
    try {
      const value = await attempt();
      if (value !== undefined) {
        return value;
      }
    } catch (error) {
      last = error;
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`${what}: not within ${seconds} s${last instanceof Error ? ` (${last.message})` : ''}`);
}

/** A Tansiq process on `port` (its own data directory; the database and the demo are shared). */
function startTansiq(port: number, databaseUrl: string): ChildProcess {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'apps/server/src/main.ts')], {
    cwd: ROOT,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATABASE_URL: databaseUrl,
      TANSIQ_DATA_DIR: path.join(work, `data-${port}`),
      TANSIQ_INSECURE_COOKIES: '1',
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.on('exit', (code, signal) => {
    if (code !== 0 && signal === null && failures === 0 && !stopping) {
      say(`Tansiq on ${port} exited ${code}:\n${output.slice(-2000)}`);
    }
  });
  children.push(child);
  return child;
}

async function healthy(origin: string): Promise<true | undefined> {
  const response = await fetch(`${origin}/api/health`);
  return response.ok ? true : undefined;
}

/** Signs in as `email` at `origin`: the session cookie and CSRF token to write with. */
async function signIn(origin: string, email: string): Promise<{ cookie: string; csrf: string }> {
  const response = await fetch(`${origin}/api/v1/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: DEMO_PASSWORD }),
  });
  if (!response.ok) {
    throw new Error(`sign-in at ${origin} answered ${response.status}: ${await response.text()}`);
  }
  const cookie = response.headers
    .getSetCookie()
    .map((value) => value.split(';')[0])
    .join('; ');
  const body = (await response.json()) as { data: { csrfToken: string } };
  return { cookie, csrf: body.data.csrfToken };
}

/** Records a decision by consensus on a new agenda item of WTDC-17, through `origin`: one live event. */
async function writeEvent(origin: string, number: string): Promise<void> {
  const session = await signIn(origin, 'secretariat@example.org');
  const headers = { 'content-type': 'application/json', cookie: session.cookie, 'x-csrf-token': session.csrf };
  const item = await fetch(`${origin}/api/v1/meetings/wtdc-17/agenda-items`, {
    method: 'POST',
    headers,
    body: JSON.stringify({ number, title: { en: `Deployment check ${number}` } }),
  });
  if (!item.ok) {
    throw new Error(`agenda item answered ${item.status}: ${await item.text()}`);
  }
  const { data } = (await item.json()) as { data: { id: string } };
  const decision = await fetch(`${origin}/api/v1/agenda-items/${data.id}/decisions`, {
    method: 'POST',
    headers,
    body: JSON.stringify({ method: 'consensus', outcome: 'noted', summary: { en: `Noted ${number}.` } }),
  });
  if (!decision.ok) {
    throw new Error(`decision answered ${decision.status}: ${await decision.text()}`);
  }
}

interface LiveEvent {
  id: number;
  type: string;
  data: string;
}

/**
 * A live-stream client as a browser's EventSource is: it reads frames, remembers the last id, and when the stream
 * ends or breaks it reconnects (through the same address) with Last-Event-ID. Records which upstream served it.
 */
class LiveClient {
  events: LiveEvent[] = [];
  upstreams: string[] = [];
  lastId: number | null = null;
  storm = { count: 0, outOfOrder: false };
  private controller = new AbortController();
  private closed = false;
  private waiters: (() => void)[] = [];

  constructor(private readonly url: string) {
    void this.run();
  }

  private async run(): Promise<void> {
    while (!this.closed) {
      try {
        const headers: Record<string, string> = { accept: 'text/event-stream' };
        if (this.lastId !== null) {
          headers['last-event-id'] = String(this.lastId);
        }
        const response = await fetch(this.url, { headers, signal: this.controller.signal });
        if (!response.ok || response.body === null) {
          throw new Error(`stream answered ${response.status}`);
        }
        this.upstreams.push(response.headers.get('x-tansiq-upstream') ?? '?');
        this.wake();
        let buffer = '';
        const decoder = new TextDecoder();
        const reader = response.body.getReader();
        for (let read = await reader.read(); !read.done; read = await reader.read()) {
          buffer += decoder.decode(read.value, { stream: true });
          let end: number;
          while ((end = buffer.indexOf('\n\n')) >= 0) {
            this.frame(buffer.slice(0, end));
            buffer = buffer.slice(end + 2);
          }
        }
      } catch {
        // Broken: reconnect as an EventSource would, after its retry delay.
      }
      if (!this.closed) {
        await new Promise((resolve) => setTimeout(resolve, 500));
      }
    }
  }

  private frame(text: string): void {
    let id: number | null = null;
    let type = 'message';
    let data = '';
    for (const line of text.split('\n')) {
      if (line.startsWith('id: ')) {
        id = Number(line.slice(4));
      } else if (line.startsWith('event: ')) {
        type = line.slice(7);
      } else if (line.startsWith('data: ')) {
        data += line.slice(6);
      }
    }
    if (id === null) {
      return;
    }
    if (type === STORM_EVENT) {
      // Counted, not kept: a storm is many events. Ids only grow, so "each once, in order" is "each above the last".
      this.storm.outOfOrder ||= this.lastId !== null && id <= this.lastId;
      this.storm.count++;
    } else if (type !== 'ready') {
      this.events.push({ id, type, data });
    }
    this.lastId = id;
    this.wake();
  }

  private wake(): void {
    for (const waiter of this.waiters.splice(0)) {
      waiter();
    }
  }

  /** Resolves when `test` holds, re-checked on every frame and connection; rejects after `seconds`. */
  until(test: () => boolean, what: string, seconds = 10): Promise<void> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`${what}: not within ${seconds} s`)), seconds * 1000);
      const probe = () => {
        if (test()) {
          clearTimeout(timer);
          resolve();
        } else {
          this.waiters.push(probe);
        }
      };
      probe();
    });
  }

  close(): void {
    this.closed = true;
    this.controller.abort();
    this.wake();
  }
}

let stopping = false;

async function stopAll(): Promise<void> {
  stopping = true;
  for (const child of children) {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
    }
  }
  await Promise.all(
    children.map(
      (child) =>
        new Promise<void>((resolve) => {
          if (child.exitCode !== null || child.signalCode !== null) {
            resolve();
            return;
          }
          const timer = setTimeout(() => {
            child.kill('SIGKILL');
            resolve();
          }, 15_000);
          child.once('exit', () => {
            clearTimeout(timer);
            resolve();
          });
        }),
    ),
  );
}

function exited(child: ChildProcess): Promise<number | null> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) {
      resolve(child.exitCode);
      return;
    }
    child.once('exit', (code) => resolve(code));
  });
}

async function main(): Promise<number> {
  const nginx = nginxBinary();
  if (nginx === null) {
    say('nginx is not installed: apt-get install nginx-light (or nginx); .ci/run installs it.');
    return 2;
  }
  const admin = new pg.Client({ connectionString: ADMIN_URL });
  try {
    await admin.connect();
  } catch (error) {
    say(`PostgreSQL does not answer at ${ADMIN_URL}: ${(error as Error).message}`);
    return 2;
  }
  await admin.query(`CREATE DATABASE ${database}`);
  // Closed at once: PostgreSQL may be restarted below, and a connection it ends would fail the check itself.
  await admin.end();
  const databaseUrl = new URL(ADMIN_URL);
  databaseUrl.pathname = `/${database}`;
  try {
    const [a, b, proxyPort] = [await freePort(), await freePort(), await freePort()];
    const origin = (port: number) => `http://127.0.0.1:${port}`;
    const proxy = origin(proxyPort);
    say(`scratch database ${database}; Tansiq on ${a} and ${b}; nginx on ${proxyPort}; files in ${work}`);

    // The first process migrates and loads the demo; the second starts beside it at once, as a rolling start does.
    const first = startTansiq(a, databaseUrl.href);
    const second = startTansiq(b, databaseUrl.href);
    await waitFor(`Tansiq on ${a}`, () => healthy(origin(a)), 120);
    await waitFor(`Tansiq on ${b}`, () => healthy(origin(b)), 120);
    writeFileSync(path.join(work, 'nginx.conf'), nginxConfig(proxyPort, [a, b]));
    const test = spawnSync(nginx, ['-t', '-p', work, '-c', path.join(work, 'nginx.conf')], { encoding: 'utf8' });
    check(test.status === 0, 'nginx accepts the configuration', test.status === 0 ? '' : test.stderr.trim());
    if (test.status !== 0) {
      return 1;
    }
    const proxyProcess = spawn(nginx, ['-p', work, '-c', path.join(work, 'nginx.conf')], { stdio: 'ignore' });
    children.push(proxyProcess);
    await waitFor('nginx', () => healthy(proxy), 20);
    const seen = new Set<string>();
    for (let index = 0; index < 6; index++) {
      const response = await fetch(`${proxy}/api/health`);
      seen.add(response.headers.get('x-tansiq-upstream') ?? '?');
    }
    check(seen.size === 2, 'both processes answer through the proxy', [...seen].join(', '));

    // A follower whose stream the proxy gave to one process; an event written through the other reaches it.
    const follower = new LiveClient(`${proxy}/api/v1/meetings/wtdc-17/live`);
    // Subscribed once its first frame (`ready`) gives it a cursor, as a screen waits for it before reading state.
    await follower.until(() => follower.lastId !== null, 'the follower subscribes');
    const servedBy = follower.upstreams[0]!;
    const [serving, other] = servedBy.endsWith(`:${a}`) ? [a, b] : [b, a];
    const started = Date.now();
    await writeEvent(origin(other), '90');
    await follower.until(() => follower.events.length >= 1, 'the event written on the other process arrives');
    check(
      follower.events.length === 1 && follower.events[0]!.type === 'decision.recorded',
      `an event written through ${other} reaches a client of ${serving} through the proxy`,
      `${Date.now() - started} ms`,
    );

    // The serving process stops (SIGTERM): its follower moves to the other and misses nothing.
    const servingProcess = serving === a ? first : second;
    servingProcess.kill('SIGTERM');
    const code = await exited(servingProcess);
    check(code === 0, `the process on ${serving} stops on SIGTERM with exit 0`, `exit ${code}`);
    await writeEvent(origin(other), '91');
    await follower.until(() => follower.events.length >= 2, 'the follower resumes on the other process', 20);
    const ids = follower.events.map((event) => event.id);
    check(
      follower.upstreams.at(-1)!.endsWith(`:${other}`) && new Set(ids).size === ids.length && ids.length === 2,
      'its client resumes through the proxy on the other process: nothing lost, nothing twice',
      `events ${ids.join(', ')}; upstreams ${follower.upstreams.join(' then ')}`,
    );

    // A process started again takes followers; then it is killed outright (SIGKILL) and they resume elsewhere.
    const again = startTansiq(serving, databaseUrl.href);
    await waitFor(`Tansiq on ${serving} again`, () => healthy(origin(serving)), 120);
    const followers = Array.from({ length: 6 }, () => new LiveClient(`${proxy}/api/v1/meetings/wtdc-17/live`));
    await Promise.all(followers.map((client) => client.until(() => client.lastId !== null, 'a follower')));
    const onRestarted = followers.filter((client) => client.upstreams[0]!.endsWith(`:${serving}`));
    again.kill('SIGKILL');
    await exited(again);
    await writeEvent(origin(other), '92');
    await Promise.all(
      followers.map((client) => client.until(() => client.events.length >= 1, 'a follower after SIGKILL', 20)),
    ).catch((error: unknown) => {
      const states = followers.map((client) => `${client.upstreams.join(' then ')}: ${client.events.length}`);
      throw new Error(`${(error as Error).message}; followers ${states.join(' ')}`);
    });
    check(
      followers.every((client) => client.events.length === 1),
      `after SIGKILL of ${serving}, its ${onRestarted.length} of 6 followers resume on ${other}: each gets the event once`,
    );
    const everyone = [follower, ...followers];
    const survivor = other === a ? first : second;

    // PostgreSQL restarted under the followers (CI allows it: DEPLOY_CHECK_RESTART_POSTGRES=1): the process
    // survives, its listener reconnects, and an event written after the restart reaches every follower.
    if (RESTART_POSTGRES) {
      const restart = spawnSync(
        'bash',
        ['-c', 'pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | head -1)" main restart'],
        { encoding: 'utf8' },
      );
      check(restart.status === 0, 'PostgreSQL restarts', restart.stderr.trim());
      const listening = await waitFor(
        'the listener back after the restart',
        async () => {
          const health = (await (await fetch(`${origin(other)}/api/health`)).json()) as {
            live?: { listening: boolean };
          };
          return health.live?.listening === true ? true : undefined;
        },
        30,
      ).catch(() => false);
      await waitFor(
        'the database readable again',
        async () => ((await fetch(`${origin(other)}/api/v1/meetings/wtdc-17`)).ok ? true : undefined),
        30,
      );
      const counts = everyone.map((client) => client.events.length);
      await writeEvent(origin(other), '93');
      await Promise.all(
        everyone.map((client, index) =>
          client.until(() => client.events.length > counts[index]!, 'a follower after the restart', 20),
        ),
      );
      check(
        survivor.exitCode === null &&
          listening &&
          everyone.every((client, index) => client.events.length === counts[index]! + 1),
        'the process survives a PostgreSQL restart, listens again, and its followers get the next event once',
        `exit ${survivor.exitCode}, listening ${listening}, events ${everyone.map((client) => client.events.length).join(' ')}`,
      );
    }

    // A notify storm: the reads coalesce, every follower gets every event once, in order, and memory stays bounded.
    if (STORM_EVENTS > 0) {
      const meeting = (await (await fetch(`${origin(other)}/api/v1/meetings/wtdc-17`)).json()) as {
        data: { id: string };
      };
      const before = residentMiB(survivor.pid);
      const seconds = await notifyStorm(databaseUrl.href, meeting.data.id, STORM_EVENTS);
      let peak = residentMiB(survivor.pid);
      const sampler = setInterval(() => (peak = Math.max(peak, residentMiB(survivor.pid))), 250);
      await Promise.all(
        everyone.map((client) =>
          client.until(() => client.storm.count >= STORM_EVENTS, 'a follower through the storm', 180),
        ),
      ).finally(() => clearInterval(sampler));
      check(
        everyone.every((client) => client.storm.count === STORM_EVENTS && !client.storm.outOfOrder),
        `a notify storm of ${STORM_EVENTS} events written in ${seconds.toFixed(1)} s reaches each of the ${everyone.length} followers once each, in order`,
      );
      check(
        peak - before < 256,
        'the process’s memory stays bounded through the storm',
        `resident ${before} MiB before, at most ${peak} MiB during`,
      );
    }
    for (const client of everyone) {
      client.close();
    }
  } finally {
    await stopAll();
    await adminQuery(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`).catch(() => undefined);
    rmSync(work, { recursive: true, force: true });
  }
  say(failures === 0 ? 'deploy:check passed' : `deploy:check: ${failures} check(s) failed`);
  return failures === 0 ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  async (error: unknown) => {
    say(`deploy:check failed: ${error instanceof Error ? error.message : String(error)}`);
    await stopAll();
    process.exit(1);
  },
);

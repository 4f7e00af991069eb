/**
 * Live events across two server processes on one PostgreSQL database: decisions recorded through process A's
 * API, one every BENCH_GAP_MS (100 ms), read by a client of process B's live stream (and, for reference, by a
 * client of A's). Measured per event: from A's 201 to the moment B's client reads the `decision.recorded` event
 * (an event read before the 201 counts as 0 ms), and events lost, duplicated or out of order. Two runs, one after
 * the other on fresh processes: with the LISTEN/NOTIFY listener (the product on PostgreSQL, fallback poll 10 s),
 * then without it (the fallback poll at 2 s, how events crossed processes before). Each process is a child
 * process of its own (`node --import tsx live-cross.ts --instance URL MODE`), on a scratch database created on
 * the PostgreSQL of BENCH_DATABASE_URL (default postgres://postgres@127.0.0.1:5432/postgres) and dropped at the
 * end. `npm run bench:live-cross`.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import http from 'node:http';
import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { openPostgres, syncReferenceData } from '@tansiq/db';
import { buildApp, createUser, systemActor, systemClock, userActor, type ServiceContext } from '@tansiq/server';
// The setup calls the services in process, as the CLI does; the server exports only its runtime.
import { createOwnToken } from '../../apps/server/src/modules/accounts/token.service.ts';
import { createAgendaItem } from '../../apps/server/src/modules/agenda/agenda.service.ts';
import { createCycle } from '../../apps/server/src/modules/cycles/cycle.service.ts';
import { createMeeting } from '../../apps/server/src/modules/meetings/meeting.service.ts';

const EVENTS = Number(process.env.BENCH_LIVE_EVENTS ?? 60);
const GAP_MS = Number(process.env.BENCH_GAP_MS ?? 100);
const ADMIN_URL = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const ROOT = fileURLToPath(new URL('../..', import.meta.url));

type Mode = 'listen' | 'poll';

const now = () => performance.timeOrigin + performance.now();

function databaseUrl(url: string, name: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${name}`;
  return parsed.toString();
}

/** A child process: one server on `url`, with the listener or without; prints its port, stops on SIGTERM. */
async function runInstance(url: string, mode: Mode): Promise<void> {
  const handle = openPostgres(url);
  const app = await buildApp({
    db: handle.db,
    clock: systemClock,
    live: mode === 'listen' ? { listen: handle.listenLive } : {},
  });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const address = app.server.address();
  process.stdout.write(`${JSON.stringify({ port: typeof address === 'object' && address ? address.port : 0 })}\n`);
  process.on('SIGTERM', () => {
    void app
      .close()
      .then(() => handle.close())
      .then(() => process.exit(0));
  });
}

interface Instance {
  child: ChildProcess;
  base: string;
}

function startInstance(url: string, mode: Mode): Promise<Instance> {
  const child = spawn(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url), '--instance', url, mode], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    const lines = createInterface({ input: child.stdout });
    lines.once('line', (line) => {
      const { port } = JSON.parse(line) as { port: number };
      resolve({ child, base: `http://127.0.0.1:${port}` });
    });
    child.once('exit', (code) => reject(new Error(`an instance exited with ${code} before listening`)));
  });
}

function stopInstance(instance: Instance): Promise<void> {
  return new Promise((resolve) => {
    if (instance.child.exitCode !== null) {
      resolve();
      return;
    }
    instance.child.once('exit', () => resolve());
    instance.child.kill('SIGTERM');
  });
}

async function health(base: string): Promise<{ status: string; live?: { listening: boolean } }> {
  return (await fetch(`${base}/api/health`)).json() as Promise<{ status: string; live?: { listening: boolean } }>;
}

/** A client of a live stream: the arrival time of each decision, ids in arrival order. */
interface Follower {
  arrivals: Map<string, number>;
  ids: number[];
  duplicates: number;
  ready: Promise<void>;
  close(): void;
}

function follow(url: string): Follower {
  const arrivals = new Map<string, number>();
  const ids: number[] = [];
  let duplicates = 0;
  let request: http.ClientRequest;
  const ready = new Promise<void>((resolve, reject) => {
    request = http.get(url, { agent: false }, (response) => {
      if (response.statusCode !== 200) {
        reject(new Error(`${url} answered ${response.statusCode}`));
        return;
      }
      response.setEncoding('utf8');
      let buffer = '';
      response.on('data', (chunk: string) => {
        const at = now();
        buffer += chunk;
        let end: number;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          let event = '';
          let data = '';
          let id = '';
          for (const line of block.split('\n')) {
            if (line.startsWith('event: ')) event = line.slice(7);
            else if (line.startsWith('data: ')) data = line.slice(6);
            else if (line.startsWith('id: ')) id = line.slice(4);
          }
          if (event === 'ready') {
            resolve();
          } else if (event === 'decision.recorded') {
            const { decisionId } = JSON.parse(data) as { decisionId: string };
            if (arrivals.has(decisionId)) {
              duplicates += 1;
            } else {
              arrivals.set(decisionId, at);
            }
            ids.push(Number(id));
          }
        }
      });
    });
    request.on('error', reject);
  });
  return {
    arrivals,
    ids,
    get duplicates() {
      return duplicates;
    },
    ready,
    close: () => request.destroy(),
  };
}

async function recordDecision(base: string, token: string, itemId: string, n: number): Promise<string> {
  const response = await fetch(`${base}/api/v1/agenda-items/${itemId}/decisions`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ method: 'consensus', outcome: 'noted', summary: { en: `Noted, ${n}.` } }),
  });
  const text = await response.text();
  if (response.status !== 201) {
    throw new Error(`recording a decision answered ${response.status}: ${text}`);
  }
  return (JSON.parse(text) as { data: { id: string } }).data.id;
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) {
    return Number.NaN;
  }
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

interface RunResult {
  mode: Mode;
  /** At B's client, from A's 201 (0 when read before it). */
  other: number[];
  /** At B's client, from sending the request to A: the write's own time included. */
  otherFromSent: number[];
  /** Read at B's client before A's 201 arrived (the notification goes out at the commit, before the answer). */
  early: number;
  /** At A's own client, from A's 201: the in-process wake-up, for reference. */
  same: number[];
  lost: number;
  duplicates: number;
  outOfOrder: number;
}

async function run(url: string, mode: Mode, token: string, meeting: string, itemId: string): Promise<RunResult> {
  const [a, b] = [await startInstance(url, mode), await startInstance(url, mode)];
  try {
    if (mode === 'listen') {
      const deadline = Date.now() + 10_000;
      while (!(await Promise.all([health(a.base), health(b.base)])).every((answer) => answer.live?.listening)) {
        if (Date.now() > deadline) {
          throw new Error('the instances never listened');
        }
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    }
    const atB = follow(`${b.base}/api/v1/meetings/${meeting}/live`);
    const atA = follow(`${a.base}/api/v1/meetings/${meeting}/live`);
    await Promise.all([atB.ready, atA.ready]);
    const answered = new Map<string, number>();
    const sent = new Map<string, number>();
    for (let n = 1; n <= EVENTS; n++) {
      const started = now();
      const id = await recordDecision(a.base, token, itemId, n);
      answered.set(id, now());
      sent.set(id, started);
      const wait = started + GAP_MS - now();
      if (wait > 0) {
        await new Promise((resolve) => setTimeout(resolve, wait));
      }
    }
    // Every event arrives by the fallback poll at worst: wait for all, at most past one poll (10 s, or 2 s).
    const deadline = now() + (mode === 'listen' ? 15_000 : 5000);
    while ((atB.arrivals.size < EVENTS || atA.arrivals.size < EVENTS) && now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    atB.close();
    atA.close();
    const lags = (follower: Follower, from = answered) =>
      [...from]
        .filter(([id]) => follower.arrivals.has(id))
        .map(([id, at]) => Math.max(0, follower.arrivals.get(id)! - at))
        .sort((x, y) => x - y);
    const outOfOrder = (follower: Follower) =>
      follower.ids.filter((id, index) => index > 0 && id <= follower.ids[index - 1]!).length;
    const missing = (follower: Follower) => [...answered.keys()].filter((id) => !follower.arrivals.has(id)).length;
    return {
      mode,
      other: lags(atB),
      otherFromSent: lags(atB, sent),
      early: [...answered].filter(([id, at]) => (atB.arrivals.get(id) ?? Infinity) < at).length,
      same: lags(atA),
      lost: missing(atB) + missing(atA),
      duplicates: atB.duplicates + atA.duplicates,
      outOfOrder: outOfOrder(atB) + outOfOrder(atA),
    };
  } finally {
    await Promise.all([stopInstance(a), stopInstance(b)]);
  }
}

async function main(): Promise<void> {
  const name = `tansiq_bench_${randomBytes(6).toString('hex')}`;
  const admin = openPostgres(ADMIN_URL, { max: 1 });
  await admin.db.execute(`CREATE DATABASE ${name}`);
  const url = databaseUrl(ADMIN_URL, name);
  const load = loadavg()[0]!;
  const results: RunResult[] = [];
  try {
    const handle = openPostgres(url, { max: 2 });
    try {
      await handle.migrate();
      await syncReferenceData(handle.db);
      const ctx: ServiceContext = { db: handle.db, clock: systemClock, actor: systemActor('bench'), requestId: null };
      const cycle = await createCycle(ctx, {
        code: 'bench-live-cycle',
        name: 'Live benchmark',
        year: 2029,
        city: { en: 'Geneva' },
        countryIso3: 'CHE',
        theme: null,
      });
      const { meeting } = await createMeeting(ctx, {
        code: 'bench-live-conference',
        cycle: cycle.code,
        type: 'conference',
        title: { en: 'Live benchmark' },
        startsOn: '2029-10-09',
        endsOn: '2029-10-20',
        city: { en: 'Geneva' },
        countryIso3: 'CHE',
        timeZone: 'Europe/Zurich',
        languages: ['en'],
        regionId: null,
        organizationCode: null,
      });
      const { row: item } = await createAgendaItem(ctx, meeting.code, {
        number: '1',
        title: { en: 'Item 1' },
        documents: [],
      });
      const { user } = await createUser(ctx, {
        email: 'secretariat@live.bench.test',
        name: 'Secretariat',
        role: 'secretariat',
        memberStateIso3: null,
        entityId: null,
        organizationCode: null,
        password: 'bench-secretariat-password',
      });
      const { token } = await createOwnToken(
        { ...ctx, actor: userActor(user) },
        { name: 'live bench', expiresInDays: null },
      );
      for (const mode of ['listen', 'poll'] as const) {
        results.push(await run(url, mode, token, meeting.code, item.id));
      }
    } finally {
      await handle.close();
    }
  } finally {
    await admin.db.execute(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.close();
  }

  const ms = (value: number) => value.toFixed(1).padStart(9);
  console.log(
    `Live events across two processes on one PostgreSQL database: ${EVENTS} decisions recorded through process A, ` +
      `one every ${GAP_MS} ms; load average ${load.toFixed(2)} at the start`,
  );
  const width = 70;
  console.log(`${'measure'.padEnd(width)} ${'p50 ms'.padStart(9)} ${'p95 ms'.padStart(9)} ${'max ms'.padStart(9)}`);
  const label = { listen: 'listener, poll 10 s', poll: 'no listener, poll 2 s' };
  for (const result of results) {
    for (const [where, values] of [
      ['client of B, from the 201 on A', result.other],
      ['client of B, from the request sent to A', result.otherFromSent],
      ['client of A (same process), from the 201', result.same],
    ] as const) {
      const row = `${label[result.mode]}: ${where}`.padEnd(width);
      console.log(`${row} ${ms(percentile(values, 50))} ${ms(percentile(values, 95))} ${ms(values.at(-1) ?? NaN)}`);
    }
  }
  for (const result of results) {
    console.log(
      `${label[result.mode]}: ${result.lost} lost, ${result.duplicates} duplicated, ${result.outOfOrder} out of ` +
        `order; ${result.early} of ${EVENTS} read at B before A's 201 arrived (counted as 0 ms from the 201)`,
    );
  }
  const failed = results.filter((result) => result.lost + result.duplicates + result.outOfOrder > 0);
  const listened = results.find((result) => result.mode === 'listen');
  if (failed.length > 0) {
    console.error('FAILED: events were lost, duplicated or reordered');
    process.exit(1);
  }
  if (listened !== undefined && percentile(listened.other, 95) >= 500) {
    console.log('Note: p95 across processes is 500 ms or more (the target of issue 17).');
  }
}

if (process.argv[2] === '--instance') {
  await runInstance(process.argv[3]!, process.argv[4] as Mode);
} else {
  await main();
}

/**
 * Ten thousand followers over two server processes on one PostgreSQL database, against a bare `node:http` SSE
 * broadcast over two processes to as many clients, one after the other in the same run.
 *
 * Tansiq: two server processes (child processes, LISTEN/NOTIFY on, fallback poll 10 s) on a scratch database
 * created on the PostgreSQL of BENCH_DATABASE_URL (default postgres://postgres@127.0.0.1:5432/postgres) and dropped
 * at the end; BENCH_LIVE_CLIENTS clients (default 10,000) follow one meeting's live stream, client i on process
 * i mod 2, held by BENCH_LIVE_WORKERS worker threads (default 4); then BENCH_WRITERS concurrent writers (default
 * 8) record BENCH_LIVE_EVENTS decisions (default 500) through process A's API with an API token, as fast as it
 * answers. Bare: two child processes, each a minimal SSE server holding half the clients, broadcast as many events
 * on the same schedule (the offsets of the 201s of the Tansiq burst), each event written at once; then again with
 * the events of 50 ms in one write, as the hub reads (measured from each event's time). Measured: per client and
 * per event, from the write's 201 (Tansiq) or the bare server's write to the client's read (an event read before
 * its 201 counts as 0 ms), at the clients of each process; events lost and duplicated per client; server memory per 1,000 idle
 * clients (RSS of each server process before the clients connect and once all are connected and idle).
 * `npm run bench:live`, which raises the open-file limit first.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { loadavg } from 'node:os';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { openPostgres, syncReferenceData } from '@tansiq/db';
import { buildApp, createUser, systemActor, systemClock, userActor, type ServiceContext } from '@tansiq/server';
// The setup calls the services in process, as the CLI does; the server exports only its runtime.
import { createOwnToken } from '../../apps/server/src/modules/accounts/token.service.ts';
import { createAgendaItem } from '../../apps/server/src/modules/agenda/agenda.service.ts';
import { createCycle } from '../../apps/server/src/modules/cycles/cycle.service.ts';
import { createMeeting } from '../../apps/server/src/modules/meetings/meeting.service.ts';

const CLIENTS = Number(process.env.BENCH_LIVE_CLIENTS ?? 10_000);
const EVENTS = Number(process.env.BENCH_LIVE_EVENTS ?? 500);
const WRITERS = Number(process.env.BENCH_WRITERS ?? 8);
const WORKERS = Number(process.env.BENCH_LIVE_WORKERS ?? 4);
const ADMIN_URL = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const ROOT = fileURLToPath(new URL('../..', import.meta.url));
/** Open files the benchmark needs besides its clients' sockets: modules, pipes, database connections. */
const FD_MARGIN = 256;
/** How long the clients are left idle before the servers' memory is read. */
const IDLE_MS = 3000;
/** After the last write, how long to wait for every event: past one fallback poll (10 s). */
const SETTLE_MS = 15_000;
/** The second baseline's interval: the hub's shortest time between two reads of a meeting (minReadIntervalMs). */
const COALESCE_MS = 50;

/**
 * Milliseconds on the machine's monotonic clock (process.hrtime), which every process and thread reads alike; each
 * one's `performance.timeOrigin` is its own and was seen a few ms apart from the benchmark's in child processes.
 */
const now = () => Number(process.hrtime.bigint()) / 1e6;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

// ---------------------------------------------------------------------------------------------------------------
// Child processes: a Tansiq server, or a bare SSE server. Each prints its port, answers `rss` over IPC, and exits
// on SIGTERM or when the benchmark goes away (its IPC channel closes), so none outlives a failed run.

function rss(): number {
  (globalThis as { gc?: () => void }).gc?.();
  return process.memoryUsage.rss();
}

function announce(port: number): void {
  process.stdout.write(`${JSON.stringify({ port })}\n`);
  process.on('disconnect', () => process.exit(0));
}

async function runInstance(url: string): Promise<void> {
  const handle = openPostgres(url);
  const app = await buildApp({ db: handle.db, clock: systemClock, live: { listen: handle.listenLive } });
  await app.listen({ host: '127.0.0.1', port: 0 });
  process.on('message', (message: { cmd: string }) => {
    if (message.cmd === 'rss') {
      process.send!({ rss: rss(), hub: app.live.stats() });
    }
  });
  process.on('SIGTERM', () => {
    void app
      .close()
      .then(() => handle.close())
      .then(() => process.exit(0));
  });
  announce((app.server.address() as AddressInfo).port);
}

/**
 * The bare SSE server, plain JavaScript run by `node -e` (no TypeScript loader, none of Tansiq's modules loaded),
 * so its memory is that of a minimal server: headers, a ready frame, then the events of the schedule it is given.
 */
const BARE_SERVER = `
const http = require('node:http');
const now = () => Number(process.hrtime.bigint()) / 1e6;
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const clients = new Set();
const server = http.createServer((request, response) => {
  response.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' });
  request.socket.setNoDelay(true);
  response.write('event: ready\\ndata: {}\\n\\n');
  clients.add(response);
  request.on('close', () => clients.delete(response));
});
server.listen(0, '127.0.0.1', 511, () => {
  process.stdout.write(JSON.stringify({ port: server.address().port }) + '\\n');
});
process.on('disconnect', () => process.exit(0));
process.on('message', async (message) => {
  if (message.cmd === 'rss') {
    globalThis.gc?.();
    process.send({ rss: process.memoryUsage.rss(), hub: { clients: clients.size } });
  } else if (message.cmd === 'run') {
    // coalesceMs 0: each event written to every client as it comes. Otherwise as the hub reads: at once when the
    // last write is coalesceMs old, else at the end of the interval, all the events pending in one write.
    const emitted = [];
    let pending = '', flushedAt = 0, timer = null;
    const flush = () => {
      timer = null;
      flushedAt = now();
      const frames = pending;
      pending = '';
      for (const client of clients) client.write(frames);
    };
    for (const [index, offset] of message.schedule.entries()) {
      const wait = message.start + offset - now();
      if (wait > 1) await sleep(wait);
      emitted.push(now());
      pending += 'id: ' + (index + 1) + '\\nevent: decision.recorded\\ndata: {"decisionId":"bare-' + (index + 1) + '"}\\n\\n';
      const due = flushedAt + message.coalesceMs - now();
      if (due <= 0) flush();
      else if (timer === null) timer = setTimeout(flush, due);
    }
    while (timer !== null) await sleep(5);
    process.send({ emitted });
  }
});
process.on('SIGTERM', () => {
  for (const client of clients) client.destroy();
  server.close(() => process.exit(0));
});
`;

interface Child {
  child: ChildProcess;
  base: string;
}

/** The child processes still running, for an interruption to stop them. */
const running = new Set<ChildProcess>();

/** A Tansiq server (`--instance URL`: this file again, through tsx) or the bare server (`--bare`). */
function startChild(args: string[]): Promise<Child> {
  const script =
    args[0] === '--bare' ? ['-e', BARE_SERVER] : ['--import', 'tsx', fileURLToPath(import.meta.url), ...args];
  const child = spawn(process.execPath, ['--expose-gc', ...script], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'inherit', 'ipc'],
  });
  running.add(child);
  child.once('exit', () => running.delete(child));
  return new Promise((resolve, reject) => {
    const lines = createInterface({ input: child.stdout! });
    lines.once('line', (line) => {
      const { port } = JSON.parse(line) as { port: number };
      resolve({ child, base: `http://127.0.0.1:${port}` });
    });
    child.once('exit', (code) => reject(new Error(`a server process exited with ${code} before listening`)));
  });
}

function stopChild(instance: Child): Promise<void> {
  return new Promise((resolve) => {
    if (instance.child.exitCode !== null || instance.child.signalCode !== null) {
      resolve();
      return;
    }
    const timer = setTimeout(() => instance.child.kill('SIGKILL'), 10_000);
    instance.child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    instance.child.kill('SIGTERM');
  });
}

function ask<T>(instance: Child, message: object, ms = 30_000): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('a server process did not answer')), ms);
    instance.child.once('message', (answer) => {
      clearTimeout(timer);
      resolve(answer as T);
    });
    instance.child.send(message);
  });
}

// ---------------------------------------------------------------------------------------------------------------
// The clients, in worker threads: client i of a worker follows urls[(first + i) % 2]. Each keeps, per event (by
// its decisionId, numbered in the order the worker first sees them), the time it read it.

const CLIENT_WORKER = `
const { parentPort } = require('node:worker_threads');
const http = require('node:http');
const now = () => Number(process.hrtime.bigint()) / 1e6;
let requests = [];
let state = null;
parentPort.on('message', (message) => {
  if (message.cmd === 'close') {
    for (const request of requests) request.destroy();
    requests = [];
    state = null;
    parentPort.postMessage({ type: 'closed' });
    return;
  }
  if (message.cmd === 'collect') {
    const { slots, arrivals, duplicatesBy, outOfOrder, errors, complete } = state;
    parentPort.postMessage(
      { type: 'collected', keys: [...slots.keys()], arrivals, duplicatesBy, outOfOrder, errors, complete },
      [arrivals.buffer, duplicatesBy.buffer],
    );
    return;
  }
  const { urls, first, clients, events } = message;
  const agent = new http.Agent({ keepAlive: false, maxSockets: Infinity });
  const slots = new Map();
  state = {
    slots, arrivals: new Float64Array(clients * events), duplicatesBy: new Uint32Array(clients),
    outOfOrder: 0, errors: 0, complete: 0,
  };
  const s = state;
  let ready = 0, reported = false, announced = false;
  const readied = () => {
    if (!announced && ready + s.errors === clients) { announced = true; parentPort.postMessage({ type: 'ready' }); }
  };
  const finish = () => {
    if (!reported && s.complete + s.errors === clients) { reported = true; parentPort.postMessage({ type: 'done' }); }
  };
  const open = (client) => new Promise((resolve) => {
    let settled = false;
    const settle = () => { if (!settled) { settled = true; resolve(); } };
    let seen = 0, last = 0, failed = false, completed = false;
    const fail = () => { if (!failed && !completed) { failed = true; s.errors++; settle(); readied(); finish(); } };
    const request = http.get(urls[(first + client) % 2], { agent }, (response) => {
      if (response.statusCode !== 200) { response.resume(); fail(); return; }
      response.setEncoding('utf8');
      let buffer = '';
      response.on('data', (chunk) => {
        const at = now();
        buffer += chunk;
        let end;
        while ((end = buffer.indexOf('\\n\\n')) >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          if (block.includes('event: ready')) { ready++; settle(); readied(); continue; }
          const idAt = block.indexOf('"decisionId":"');
          if (idAt < 0) continue;
          const decision = block.slice(idAt + 14, block.indexOf('"', idAt + 14));
          const idLine = block.match(/^id: (\\d+)$/m);
          if (idLine) { const id = Number(idLine[1]); if (id <= last) s.outOfOrder++; last = id; }
          let slot = slots.get(decision);
          if (slot === undefined) { slot = slots.size; if (slot >= events) { s.outOfOrder++; continue; } slots.set(decision, slot); }
          const at0 = client * events + slot;
          if (s.arrivals[at0] !== 0) { s.duplicatesBy[client]++; continue; }
          s.arrivals[at0] = at;
          if (++seen === events) { completed = true; s.complete++; finish(); }
        }
      });
      response.on('error', fail);
      response.on('close', fail);
    });
    request.on('error', fail);
    requests.push(request);
  });
  (async () => {
    // Connect in waves, as a room fills: a burst of thousands of SYNs overflows the listen backlog.
    for (let start = 0; start < clients; start += 50) {
      const wave = [];
      for (let client = start; client < Math.min(clients, start + 50); client++) wave.push(open(client));
      await Promise.all(wave);
    }
  })();
});
`;

interface Collected {
  keys: string[];
  arrivals: Float64Array;
  /** Per client: events read more than once. */
  duplicatesBy: Uint32Array;
  outOfOrder: number;
  errors: number;
  complete: number;
}

interface Crowd {
  workers: Worker[];
  /** [first client index, number of clients] of each worker. */
  shares: [number, number][];
}

function startCrowd(): Crowd {
  const workers: Worker[] = [];
  const shares: [number, number][] = [];
  const per = Math.ceil(CLIENTS / WORKERS);
  for (let first = 0; first < CLIENTS; first += per) {
    workers.push(new Worker(CLIENT_WORKER, { eval: true, resourceLimits: { maxOldGenerationSizeMb: 1024 } }));
    shares.push([first, Math.min(per, CLIENTS - first)]);
  }
  return { workers, shares };
}

/** The worker's next message of `type`, or an error after `ms`. */
function nextMessage<T>(worker: Worker, type: string, ms: number): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      worker.off('message', listener);
      reject(new Error(`timed out after ${ms} ms waiting for the clients' "${type}"`));
    }, ms);
    // A wait given up on (the clients' "done" when an event is lost) must not hold the run open.
    timer.unref();
    const listener = (message: { type: string } & T) => {
      if (message.type === type) {
        clearTimeout(timer);
        worker.off('message', listener);
        resolve(message);
      }
    };
    worker.on('message', listener);
  });
}

/** Connects every client to `urls` (client i to urls[i % 2]); resolves once each has its ready frame. */
async function connect(crowd: Crowd, urls: string[]): Promise<{ done: Promise<unknown>; connectMs: number }> {
  const started = now();
  const ready = crowd.workers.map((worker) => nextMessage(worker, 'ready', 120_000));
  const done = Promise.all(crowd.workers.map((worker) => nextMessage(worker, 'done', 300_000)));
  done.catch(() => {});
  crowd.workers.forEach((worker, index) => {
    const [first, clients] = crowd.shares[index]!;
    worker.postMessage({ urls, first, clients, events: EVENTS });
  });
  await Promise.all(ready);
  return { done, connectMs: now() - started };
}

async function collect(crowd: Crowd): Promise<Collected[]> {
  const results = await Promise.all(
    crowd.workers.map((worker) => {
      const answer = nextMessage<Collected>(worker, 'collected', 30_000);
      worker.postMessage({ cmd: 'collect' });
      return answer;
    }),
  );
  await Promise.all(
    crowd.workers.map((worker) => {
      const closed = nextMessage(worker, 'closed', 30_000);
      worker.postMessage({ cmd: 'close' });
      return closed;
    }),
  );
  return results;
}

// ---------------------------------------------------------------------------------------------------------------
// Measures.

interface Delivery {
  /** Per client per event, by process: lags in ms, sorted. */
  lags: [Float64Array, Float64Array];
  early: number;
  lost: number;
  duplicates: number;
  outOfOrder: number;
  errors: number;
  /** Clients with at least one event lost; with at least one duplicated. */
  clientsLosing: number;
  clientsDuplicated: number;
  /** The most events lost, and duplicated, at one client. */
  worstLost: number;
  worstDuplicated: number;
}

/** `reference(process, decisionId)`: when the event was written (its 201, or the bare server's write). */
function deliveries(
  crowd: Crowd,
  collected: Collected[],
  reference: (side: 0 | 1, decision: string) => number | undefined,
): Delivery {
  const lags: [number[], number[]] = [[], []];
  let early = 0;
  let lost = 0;
  let duplicates = 0;
  let outOfOrder = 0;
  let errors = 0;
  let clientsLosing = 0;
  let clientsDuplicated = 0;
  let worstLost = 0;
  let worstDuplicated = 0;
  collected.forEach((result, index) => {
    const [first, clients] = crowd.shares[index]!;
    outOfOrder += result.outOfOrder;
    errors += result.errors;
    for (let client = 0; client < clients; client++) {
      const side = ((first + client) % 2) as 0 | 1;
      let missing = 0;
      for (let slot = 0; slot < EVENTS; slot++) {
        const arrival = result.arrivals[client * EVENTS + slot]!;
        const decision = result.keys[slot];
        const written = decision === undefined ? undefined : reference(side, decision);
        if (arrival === 0 || written === undefined) {
          missing += 1;
          continue;
        }
        early += arrival < written ? 1 : 0;
        lags[side].push(Math.max(0, arrival - written));
      }
      const doubled = result.duplicatesBy[client]!;
      lost += missing;
      duplicates += doubled;
      clientsLosing += missing > 0 ? 1 : 0;
      clientsDuplicated += doubled > 0 ? 1 : 0;
      worstLost = Math.max(worstLost, missing);
      worstDuplicated = Math.max(worstDuplicated, doubled);
    }
  });
  const sorted = (values: number[]) => Float64Array.from(values).sort();
  return {
    lags: [sorted(lags[0]), sorted(lags[1])],
    early,
    lost,
    duplicates,
    outOfOrder,
    errors,
    clientsLosing,
    clientsDuplicated,
    worstLost,
    worstDuplicated,
  };
}

function percentile(sorted: Float64Array, p: number): number {
  if (sorted.length === 0) {
    return Number.NaN;
  }
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

function merged(delivery: Delivery): Float64Array {
  const all = new Float64Array(delivery.lags[0].length + delivery.lags[1].length);
  all.set(delivery.lags[0]);
  all.set(delivery.lags[1], delivery.lags[0].length);
  return all.sort();
}

interface Memory {
  before: number[];
  after: number[];
  clients: number[];
}

async function memoryBefore(servers: Child[]): Promise<number[]> {
  return Promise.all(servers.map(async (server) => (await ask<{ rss: number }>(server, { cmd: 'rss' })).rss));
}

async function memoryAfter(servers: Child[], before: number[]): Promise<Memory> {
  await sleep(IDLE_MS);
  const answers = await Promise.all(
    servers.map((server) => ask<{ rss: number; hub: { clients: number } }>(server, { cmd: 'rss' })),
  );
  return { before, after: answers.map((answer) => answer.rss), clients: answers.map((answer) => answer.hub.clients) };
}

/** KB of RSS per idle client, over both processes. */
function perClientKb(memory: Memory): number {
  const grown = memory.after.reduce((sum, value, index) => sum + value - memory.before[index]!, 0);
  const clients = memory.clients.reduce((sum, value) => sum + value, 0);
  return grown / 1024 / Math.max(1, clients);
}

// ---------------------------------------------------------------------------------------------------------------
// The run.

function openFileLimit(): number {
  const answer = execFileSync('sh', ['-c', 'ulimit -n'], { encoding: 'utf8' }).trim();
  return answer === 'unlimited' ? Infinity : Number(answer);
}

function databaseUrl(url: string, name: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${name}`;
  return parsed.toString();
}

async function health(base: string): Promise<{ live?: { listening: boolean } }> {
  return (await fetch(`${base}/api/health`)).json() as Promise<{ live?: { listening: boolean } }>;
}

interface Setup {
  meeting: string;
  items: string[];
  token: string;
}

async function setUp(url: string): Promise<Setup> {
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
      title: { en: 'Ten thousand followers' },
      startsOn: '2029-10-09',
      endsOn: '2029-10-20',
      city: { en: 'Geneva' },
      countryIso3: 'CHE',
      timeZone: 'Europe/Zurich',
      languages: ['en'],
      regionId: null,
      organizationCode: null,
    });
    // One agenda item per writer, so that the writers do not queue on one item.
    const items: string[] = [];
    for (let n = 1; n <= WRITERS; n++) {
      const { row } = await createAgendaItem(ctx, meeting.code, {
        number: String(n),
        title: { en: `Item ${n}` },
        documents: [],
      });
      items.push(row.id);
    }
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
    return { meeting: meeting.code, items, token };
  } finally {
    await handle.close();
  }
}

/** WRITERS loops record EVENTS decisions through `base`, each on its own item; the 201 time of each decision. */
async function burst(base: string, setup: Setup): Promise<{ answered: Map<string, number>; windowMs: number }> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: WRITERS });
  const answered = new Map<string, number>();
  let next = 0;
  const record = (itemId: string, n: number) =>
    new Promise<string>((resolve, reject) => {
      const payload = JSON.stringify({ method: 'consensus', outcome: 'noted', summary: { en: `Noted, ${n}.` } });
      const request = http.request(
        `${base}/api/v1/agenda-items/${itemId}/decisions`,
        {
          method: 'POST',
          agent,
          headers: {
            authorization: `Bearer ${setup.token}`,
            'content-type': 'application/json',
            'content-length': Buffer.byteLength(payload),
          },
        },
        (response) => {
          let text = '';
          response.setEncoding('utf8');
          response.on('data', (chunk: string) => (text += chunk));
          response.on('end', () => {
            if (response.statusCode !== 201) {
              reject(new Error(`recording a decision answered ${response.statusCode}: ${text}`));
            } else {
              resolve((JSON.parse(text) as { data: { id: string } }).data.id);
            }
          });
        },
      );
      request.on('error', reject);
      request.end(payload);
    });
  const started = now();
  try {
    await Promise.all(
      setup.items.map(async (itemId) => {
        while (next < EVENTS) {
          next += 1;
          const id = await record(itemId, next);
          answered.set(id, now());
        }
      }),
    );
  } finally {
    agent.destroy();
  }
  return { answered, windowMs: now() - started };
}

/** Waits until every client has every event, or SETTLE_MS. */
async function settle(done: Promise<unknown>): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([done, new Promise((resolve) => (timer = setTimeout(resolve, SETTLE_MS)))]);
  clearTimeout(timer);
}

interface Phase {
  delivery: Delivery;
  memory: Memory;
  connectMs: number;
}

async function runTansiq(url: string, setup: Setup, crowd: Crowd): Promise<Phase & { answered: number[] }> {
  const servers = [await startChild(['--instance', url]), await startChild(['--instance', url])];
  try {
    const deadline = Date.now() + 20_000;
    while (
      !(await Promise.all(servers.map((server) => health(server.base)))).every((answer) => answer.live?.listening)
    ) {
      if (Date.now() > deadline) {
        throw new Error('the server processes never listened');
      }
      await sleep(20);
    }
    const before = await memoryBefore(servers);
    const { done, connectMs } = await connect(
      crowd,
      servers.map((server) => `${server.base}/api/v1/meetings/${setup.meeting}/live`),
    );
    const memory = await memoryAfter(servers, before);
    const { answered } = await burst(servers[0]!.base, setup);
    await settle(done);
    const collected = await collect(crowd);
    return {
      delivery: deliveries(crowd, collected, (_process, decision) => answered.get(decision)),
      memory,
      connectMs,
      answered: [...answered.values()].sort((a, b) => a - b),
    };
  } finally {
    await Promise.all(servers.map(stopChild));
  }
}

/**
 * The bare broadcast on the schedule of `answered`; `coalesceMs` 0 writes each event to every client at once,
 * otherwise the events of an interval go in one write, as the hub's reads do (measured from each event's time in
 * the schedule, so the wait for the interval counts).
 */
async function runBareBroadcast(crowd: Crowd, answered: number[], coalesceMs: number): Promise<Phase> {
  const servers = [await startChild(['--bare']), await startChild(['--bare'])];
  try {
    const before = await memoryBefore(servers);
    const { done, connectMs } = await connect(
      crowd,
      servers.map((server) => `${server.base}/live`),
    );
    const memory = await memoryAfter(servers, before);
    const schedule = answered.map((at) => at - answered[0]!);
    const start = now() + 100;
    const emitted = await Promise.all(
      servers.map((server) => ask<{ emitted: number[] }>(server, { cmd: 'run', start, schedule, coalesceMs }, 120_000)),
    );
    await settle(done);
    const collected = await collect(crowd);
    const reference = (side: 0 | 1, decision: string) =>
      emitted[side]!.emitted[Number(decision.slice('bare-'.length)) - 1];
    return { delivery: deliveries(crowd, collected, reference), memory, connectMs };
  } finally {
    await Promise.all(servers.map(stopChild));
  }
}

async function main(): Promise<void> {
  const limit = openFileLimit();
  const needed = CLIENTS + FD_MARGIN;
  console.log(`bench:live: open-file limit ${limit} (needs ${needed}: ${CLIENTS} client sockets + ${FD_MARGIN})`);
  if (limit < needed) {
    console.error(
      `bench:live: the open-file limit (${limit}) is below ${needed}; raise it (ulimit -n ${needed}, or run it ` +
        `through npm run bench:live, which tries to), or set BENCH_LIVE_CLIENTS to at most ${limit - FD_MARGIN}.`,
    );
    process.exit(1);
  }
  const load = loadavg();
  const name = `tansiq_bench_${randomBytes(6).toString('hex')}`;
  const admin = openPostgres(ADMIN_URL, { max: 1 });
  await admin.db.execute(`CREATE DATABASE ${name}`);
  const url = databaseUrl(ADMIN_URL, name);
  // Interrupted (Ctrl-C): stop the server processes, drop the scratch database, exit (the worker threads go with
  // this process).
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      console.error(`bench:live: ${signal}: stopping the server processes, dropping ${name}`);
      const exits = [...running].map((child) => new Promise((resolve) => child.once('exit', resolve)));
      for (const child of running) {
        child.kill('SIGKILL');
      }
      void Promise.all(exits)
        .then(() => admin.db.execute(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`))
        .finally(() => process.exit(130));
    });
  }
  const crowd = startCrowd();
  let tansiq: Phase & { answered: number[] };
  let bare: Phase;
  let coalesced: Phase;
  const started = now();
  try {
    const setup = await setUp(url);
    tansiq = await runTansiq(url, setup, crowd);
    bare = await runBareBroadcast(crowd, tansiq.answered, 0);
    coalesced = await runBareBroadcast(crowd, tansiq.answered, COALESCE_MS);
  } finally {
    await Promise.all(crowd.workers.map((worker) => worker.terminate()));
    await admin.db.execute(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.close();
  }
  const windowMs = tansiq.answered.at(-1)! - tansiq.answered[0]!;

  const ms = (value: number) => value.toFixed(1).padStart(9);
  console.log(
    `Live stream under load: ${CLIENTS} SSE clients over two server processes on one PostgreSQL database ` +
      `(${WORKERS} client worker threads), ${EVENTS} decisions recorded through process A by ${WRITERS} writers ` +
      `in ${(windowMs / 1000).toFixed(1)} s; then a bare node:http SSE broadcast over two processes to as many ` +
      `clients on the same schedule, each event written at once, and again with the events of ${COALESCE_MS} ms ` +
      `in one write (as the hub reads). Load average ${load.map((value) => value.toFixed(2)).join(', ')} at the ` +
      `start; run ${((now() - started) / 1000).toFixed(0)} s.`,
  );
  const width = 62;
  console.log(
    `${'delivery, per client per event'.padEnd(width)} ${'p50 ms'.padStart(9)} ${'p99 ms'.padStart(9)} ${'max ms'.padStart(9)}`,
  );
  const phases = [
    ['Tansiq', tansiq, 'A (the writes’ process), from the 201', 'B, from the 201 on A'],
    ['bare', bare, 'process 1, from its write', 'process 2, from its write'],
    [`bare ${COALESCE_MS} ms`, coalesced, 'process 1, from the event’s time', 'process 2, likewise'],
  ] as const;
  for (const [label, phase, first, second] of phases) {
    for (const [where, values] of [
      [`clients of ${first}`, phase.delivery.lags[0]],
      [`clients of ${second}`, phase.delivery.lags[1]],
      ['all clients', merged(phase.delivery)],
    ] as const) {
      console.log(
        `${`${label}: ${where}`.padEnd(width)} ${ms(percentile(values, 50))} ${ms(percentile(values, 99))} ` +
          `${ms(values.at(-1) ?? NaN)}`,
      );
    }
  }
  for (const [label, phase] of phases) {
    const { delivery, memory } = phase;
    const mib = (bytes: number) => (bytes / 1_048_576).toFixed(0);
    console.log(
      `${label}: ${delivery.lost} events lost (${delivery.clientsLosing} clients, at most ${delivery.worstLost} at ` +
        `one), ${delivery.duplicates} duplicated (${delivery.clientsDuplicated} clients, at most ` +
        `${delivery.worstDuplicated} at one), ${delivery.outOfOrder} out of order, ${delivery.errors} client ` +
        `connections failed; ${((delivery.early / Math.max(1, CLIENTS * EVENTS)) * 100).toFixed(1)}% read before ` +
        `their write (counted as 0 ms); all connected in ${(phase.connectMs / 1000).toFixed(1)} s; RSS ` +
        `${memory.before.map(mib).join(' / ')} MiB before, ${memory.after.map(mib).join(' / ')} MiB with ` +
        `${memory.clients.join(' / ')} idle clients: ${perClientKb(memory).toFixed(1)} KB per idle client ` +
        `(${((perClientKb(memory) * 1000) / 1024).toFixed(1)} MiB per 1,000)`,
    );
  }
  const all = merged(tansiq.delivery);
  const ratioTo = (baseline: Phase, p: number, values = all) =>
    percentile(values, p) / Math.max(percentile(merged(baseline.delivery), p), 0.001);
  const kb = perClientKb(tansiq.memory);
  const intact = tansiq.delivery.lost + tansiq.delivery.duplicates === 0;
  console.log(
    `\nRatios to the bare broadcast: p50 ${ratioTo(bare, 50).toFixed(2)}x, p99 ${ratioTo(bare, 99).toFixed(2)}x ` +
      `(clients of A: p99 ${ratioTo(bare, 99, tansiq.delivery.lags[0]).toFixed(2)}x, of B: ` +
      `${ratioTo(bare, 99, tansiq.delivery.lags[1]).toFixed(2)}x); to the bare broadcast with ${COALESCE_MS} ms ` +
      `writes: p50 ${ratioTo(coalesced, 50).toFixed(2)}x, p99 ${ratioTo(coalesced, 99).toFixed(2)}x.`,
  );
  const mark = (ok: boolean) => (ok ? 'met' : 'NOT met');
  console.log(
    `Targets: p99 no worse than 1.5x the bare broadcast's: ${mark(ratioTo(bare, 99) <= 1.5)}; no event lost or ` +
      `duplicated: ${mark(intact)}; under 50 KB of server memory per idle client: ${mark(kb < 50)} ` +
      `(${kb.toFixed(1)} KB).`,
  );
  const broken = phases.filter(([, phase]) => phase.delivery.lost + phase.delivery.duplicates > 0);
  if (broken.length > 0) {
    console.error(
      `FAILED: events lost or duplicated: ${broken
        .map(([label, phase]) => `${label} ${phase.delivery.lost} lost, ${phase.delivery.duplicates} duplicated`)
        .join('; ')}`,
    );
    process.exit(1);
  }
}

if (process.argv[2] === '--instance') {
  await runInstance(process.argv[3]!);
} else {
  await main();
}

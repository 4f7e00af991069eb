/**
 * API reads over real HTTP (issue 18): autocannon, BENCH_CONNECTIONS (50) connections for BENCH_DURATION (8) s,
 * anonymous requests without If-None-Match, against the product's server on each database in turn (the embedded
 * database in a temporary data directory; PostgreSQL in a scratch database `tansiq_bench_api_<pid>` on
 * BENCH_DATABASE_URL, default postgres://postgres@127.0.0.1:5432/postgres, dropped at the end; skipped with a line
 * saying so when it does not answer, unless BENCH_REQUIRE_POSTGRES=1). Each database holds the WTDC-17 demo and
 * the WTDC-size meeting beside it (`tansiq demo load --scale wtdc`: 80 instruments, 300 proposals from 30 sources,
 * 450 documents), loaded through the services before its server starts.
 *
 * The baseline, measured in the same run right before the product on each case: a bare `node:http` server
 * answering the very body the product answered (same size, same content type), nothing else. Each server is a
 * child process (`api.ts --server` / `--bare`), so that the server and the load generator (this process) each
 * have a core: the product started as `startServer` starts it, with the production options and no logger.
 *
 * Server time: the median of Fastify's `reply.elapsedTime` over 100 sequential requests of the case on the idle
 * server, read by an onResponse hook the benchmark's server process adds (no header of the product's); over fewer
 * (their number in parentheses) when 100 would take more than 3 s, a case that misses the target anyway.
 *
 * Targets on PostgreSQL: each case at least 20% of the bare server's throughput, p99 under 50 ms, no error and
 * no non-2xx answer; server time under 2 ms. `npm run bench:api`.
 *
 * A measure starts once the server has answered the requests queued by the one before, so that none pays for
 * another: on a case that takes a second a request, that wait is most of the run.
 */
import autocannon from 'autocannon';
import { fork, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import http from 'node:http';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { openPostgres } from '@tansiq/db';
import {
  DEMO_CLOCK_START,
  buildApp,
  loadDemo,
  loadWtdcScale,
  openRuntime,
  operatorContext,
  readConfig,
  type Config,
} from '@tansiq/server';

const DURATION = Number(process.env.BENCH_DURATION ?? 8);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);
const SERVER_TIME_REQUESTS = 100;
/** A case slower than this many ms in all is sampled on fewer requests: its server time misses the target anyway. */
const SERVER_TIME_BUDGET_MS = 3000;
const ADMIN_URL = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const REQUIRE_POSTGRES = process.env.BENCH_REQUIRE_POSTGRES === '1';
const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** The targets of issue 18, on PostgreSQL. */
const TARGET = { ratio: 0.2, p99Ms: 50, serverMs: 2 };

/** The reads measured: the Member States and regions lists, and per meeting its documents, compilation, synoptic. */
const CASES: { name: string; url: string }[] = [
  { name: 'member-states', url: '/api/v1/member-states' },
  { name: 'regions', url: '/api/v1/regions' },
  ...['wtdc-17', 'wtdc-scale'].flatMap((meeting) => [
    { name: `contributions ${meeting}`, url: `/api/v1/contributions?meeting=${meeting}` },
    // No route lists only a meeting's published documents: what a meeting publishes of its documents for anyone
    // to read is its compilation, the web page of every proposal (the documents list is the case above).
    { name: `compilation page ${meeting}`, url: `/api/v1/meetings/${meeting}/compilation?format=html` },
    { name: `synoptic ${meeting}`, url: `/api/v1/meetings/${meeting}/synoptic` },
  ]),
];

type FromParent = { kind: 'record' } | { kind: 'report' } | { kind: 'answer'; body: string; contentType: string };
type FromChild = { kind: 'listening'; port: number } | { kind: 'elapsed'; times: number[] } | { kind: 'ready' };

// ---------------------------------------------------------------------------------------------------------------
// Child processes.

/** The product's server on `env`'s installation, as startServer starts it, and the hook that reads server time. */
async function runServer(env: Record<string, string>): Promise<void> {
  const config: Config = readConfig({ ...env, NODE_ENV: 'production', TANSIQ_DEMO: '0', PORT: '0', HOST: '127.0.0.1' });
  const runtime = await openRuntime(config, 'bench:api server');
  const app = await buildApp({
    db: runtime.handle.db,
    clock: runtime.clock,
    webDist: null,
    bodyLimit: config.bodyLimit,
    fileLimit: config.fileLimit,
    live: { listen: runtime.handle.listenLive },
    accounts: {
      sessionHours: config.sessionHours,
      signInMax: config.signInMax,
      signInWindowSeconds: config.signInWindowSeconds,
      secureCookies: config.secureCookies,
    },
  });
  let recorded: number[] | null = null;
  app.addHook('onResponse', async (_request, reply) => {
    recorded?.push(reply.elapsedTime);
  });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  process.on('message', (message: FromParent) => {
    if (message.kind === 'record') {
      recorded = [];
      send({ kind: 'ready' });
    } else if (message.kind === 'report') {
      send({ kind: 'elapsed', times: recorded ?? [] });
      recorded = null;
    }
  });
  process.once('disconnect', () => {
    void app
      .close()
      .then(() => runtime.close())
      .then(() => process.exit(0));
  });
  send({ kind: 'listening', port: typeof address === 'object' && address !== null ? address.port : 0 });
}

/** The baseline: a bare node:http server answering the body it was last given, with its content type. */
async function runBare(): Promise<void> {
  let body = Buffer.alloc(0);
  let contentType = 'application/json';
  const server = http.createServer((_request, response) => {
    response.writeHead(200, { 'content-type': contentType, 'content-length': body.length });
    response.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  process.on('message', (message: FromParent) => {
    if (message.kind === 'answer') {
      body = Buffer.from(message.body, 'base64');
      contentType = message.contentType;
      send({ kind: 'ready' });
    }
  });
  process.once('disconnect', () => server.close(() => process.exit(0)));
  const address = server.address();
  send({ kind: 'listening', port: typeof address === 'object' && address !== null ? address.port : 0 });
}

function send(message: FromChild): void {
  process.send!(message);
}

// ---------------------------------------------------------------------------------------------------------------
// The benchmark.

interface Child {
  process: ChildProcess;
  base: string;
  /** Sends a message and waits for the child's next answer of `kind`. */
  ask<K extends FromChild['kind']>(message: FromParent, kind: K): Promise<Extract<FromChild, { kind: K }>>;
}

const children = new Set<ChildProcess>();

function startChild(args: string[]): Promise<Child> {
  const child = fork(fileURLToPath(import.meta.url), args, {
    cwd: ROOT,
    execArgv: ['--import', 'tsx'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  children.add(child);
  child.once('exit', () => children.delete(child));
  const next = <K extends FromChild['kind']>(kind: K) =>
    new Promise<Extract<FromChild, { kind: K }>>((resolve, reject) => {
      const onMessage = (message: FromChild) => {
        if (message.kind === kind) {
          child.off('message', onMessage);
          child.off('exit', onExit);
          resolve(message as Extract<FromChild, { kind: K }>);
        }
      };
      const onExit = (code: number | null) => reject(new Error(`a server process exited (${code})`));
      child.on('message', onMessage);
      child.once('exit', onExit);
    });
  return next('listening').then(({ port }) => ({
    process: child,
    base: `http://127.0.0.1:${port}`,
    ask: (message, kind) => {
      const answer = next(kind);
      child.send(message);
      return answer;
    },
  }));
}

function stopChild(child: Child): Promise<void> {
  return new Promise((resolve) => {
    if (child.process.exitCode !== null) {
      resolve();
      return;
    }
    child.process.once('exit', () => resolve());
    child.process.disconnect();
  });
}

/** One anonymous GET: status, content type and body. */
function get(url: string): Promise<{ status: number; contentType: string; body: Buffer }> {
  return new Promise((resolve, reject) => {
    http
      // A connection per request: a kept one may meet the server's keep-alive timeout while another is measured.
      .get(url, { agent: false }, (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () =>
          resolve({
            status: response.statusCode ?? 0,
            contentType: String(response.headers['content-type'] ?? ''),
            body: Buffer.concat(chunks),
          }),
        );
      })
      .on('error', reject);
  });
}

interface Load {
  /** Answers received within the run. */
  answered: number;
  reqPerSec: number;
  p50: number;
  p99: number;
  /** Connection errors and timeouts, and answers other than 2xx. */
  errors: number;
  non2xx: number;
}

async function load(url: string): Promise<Load> {
  const result = await autocannon({ url, connections: CONNECTIONS, duration: DURATION });
  return {
    answered: result.requests.total,
    reqPerSec: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
  };
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length === 0 ? NaN : sorted[Math.floor((sorted.length - 1) / 2)]!;
};

/**
 * The median of the server's elapsedTime over SERVER_TIME_REQUESTS sequential requests on the idle server, or
 * over as many as SERVER_TIME_BUDGET_MS allows (at least 3) when the case is that slow; and how many.
 */
async function serverTime(server: Child, url: string): Promise<{ ms: number; requests: number }> {
  await server.ask({ kind: 'record' }, 'ready');
  const started = performance.now();
  let requests = 0;
  while (requests < SERVER_TIME_REQUESTS && (requests < 3 || performance.now() - started < SERVER_TIME_BUDGET_MS)) {
    await get(`${server.base}${url}`);
    requests++;
  }
  return { ms: median((await server.ask({ kind: 'report' }, 'elapsed')).times), requests };
}

interface Database {
  name: 'embedded' | 'PostgreSQL';
  env: Record<string, string>;
  server?: Child;
  drop(): Promise<void>;
}

/** Loads the demo and the WTDC-size meeting into the installation, through the services; returns seconds. */
async function loadData(database: Database): Promise<number> {
  const started = performance.now();
  const runtime = await openRuntime(readConfig({ ...database.env, TANSIQ_CLOCK_START: DEMO_CLOCK_START }), 'bench:api');
  try {
    const ctx = operatorContext(runtime, 'bench:api');
    await loadDemo(ctx);
    const scale = await loadWtdcScale(ctx);
    if (scale.contributions + scale.secretariatDocuments !== 450 || scale.proposals !== 300) {
      throw new Error(`the WTDC-size meeting loaded ${JSON.stringify(scale)}`);
    }
  } finally {
    await runtime.close();
  }
  return (performance.now() - started) / 1000;
}

function databaseUrl(url: string, name: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${name}`;
  return parsed.toString();
}

/** The scratch PostgreSQL database, or null (with the line saying why) when PostgreSQL does not answer. */
async function scratchPostgres(): Promise<Database | null> {
  const name = `tansiq_bench_api_${process.pid}`;
  const admin = openPostgres(ADMIN_URL, { max: 1 });
  try {
    await admin.db.execute(`CREATE DATABASE ${name}`);
  } catch (error) {
    await admin.close().catch(() => undefined);
    if (REQUIRE_POSTGRES) {
      throw error;
    }
    console.log(
      `PostgreSQL skipped: ${ADMIN_URL.replace(/\/\/[^@/]*@/, '//')} did not answer (${(error as Error).message}); ` +
        'BENCH_REQUIRE_POSTGRES=1 makes that an error.',
    );
    return null;
  }
  return {
    name: 'PostgreSQL',
    env: { DATABASE_URL: databaseUrl(ADMIN_URL, name) },
    drop: async () => {
      await admin.db.execute(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.close();
    },
  };
}

interface Row {
  name: string;
  database: string;
  bytes: number;
  load: Load;
  ratio: number | null;
  serverMs: number | null;
  /** How many requests the server time is the median of. */
  serverRequests: number | null;
  /** The bare server's p99 on the same case, in ms (null for the bare server's own row). */
  bareP99: number | null;
}

function verdict(row: Row): string {
  if (row.database !== 'PostgreSQL') {
    return '';
  }
  const missed = [
    row.load.answered === 0 ? `no answer in ${DURATION} s` : '',
    row.ratio! < TARGET.ratio ? `ratio < ${TARGET.ratio}` : '',
    row.load.answered > 0 && row.load.p99 >= TARGET.p99Ms
      ? `p99 >= ${TARGET.p99Ms} ms` +
        // Past some size the bytes alone take longer than the target: say so when the bare server misses it too.
        (row.bareP99 !== null && row.bareP99 >= TARGET.p99Ms ? ` (bare server: ${row.bareP99} ms)` : '')
      : '',
    row.load.errors + row.load.non2xx > 0 ? 'errors' : '',
    row.serverMs! >= TARGET.serverMs ? `server >= ${TARGET.serverMs} ms` : '',
  ].filter((reason) => reason !== '');
  return missed.length === 0 ? 'met' : `MISSED: ${missed.join(', ')}`;
}

function line(row: Row): string {
  const cell = (value: string, width: number) => value.padStart(width);
  return [
    row.name.padEnd(28),
    row.database.padEnd(10),
    cell((row.bytes / 1024).toFixed(1), 8),
    cell(row.load.reqPerSec.toFixed(0), 8),
    // No answer within the run (every request still in flight when it stopped): no latency to show.
    cell(row.load.answered === 0 ? '-' : row.load.p50.toFixed(0), 6),
    cell(row.load.answered === 0 ? '-' : row.load.p99.toFixed(0), 6),
    cell(`${row.load.errors}/${row.load.non2xx}`, 9),
    cell(row.ratio === null ? '' : row.ratio.toFixed(3), 7),
    cell(row.serverMs === null ? '' : row.serverMs.toFixed(2), 9),
    cell(
      row.serverRequests === null || row.serverRequests === SERVER_TIME_REQUESTS ? '' : `(${row.serverRequests})`,
      5,
    ),
    `  ${verdict(row)}`,
  ].join(' ');
}

const HEADER = [
  'case'.padEnd(28),
  'server'.padEnd(10),
  'body KB'.padStart(8),
  'req/s'.padStart(8),
  'p50 ms'.padStart(6),
  'p99 ms'.padStart(6),
  'err/non2xx'.padStart(9),
  'x bare'.padStart(7),
  'server ms'.padStart(9),
  ''.padStart(5),
  '  target (PostgreSQL)',
].join(' ');

async function main(): Promise<void> {
  const started = performance.now();
  const dataDir = mkdtempSync(path.join(tmpdir(), 'tansiq-bench-api-'));
  const databases: Database[] = [
    {
      name: 'embedded',
      env: { TANSIQ_DATA_DIR: dataDir },
      drop: async () => rmSync(dataDir, { recursive: true, force: true }),
    },
  ];
  const postgres = await scratchPostgres();
  if (postgres !== null) {
    databases.push(postgres);
  }
  let bare: Child | undefined;
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      console.error(`bench:api: ${signal}: stopping the server processes, dropping the scratch databases`);
      for (const child of children) {
        child.kill('SIGKILL');
      }
      void Promise.all(databases.map((database) => database.drop().catch(() => undefined))).finally(() =>
        process.exit(130),
      );
    });
  }
  const rows: Row[] = [];
  try {
    bare = await startChild(['--bare']);
    // Both databases at once: the embedded one loads in this process, PostgreSQL mostly in its own.
    const seconds = await Promise.all(databases.map((database) => loadData(database)));
    for (const [index, database] of databases.entries()) {
      database.server = await startChild(['--server', JSON.stringify(database.env)]);
      console.log(`${database.name}: WTDC-17 demo and WTDC-size meeting loaded in ${seconds[index]!.toFixed(1)} s`);
    }
    console.log(
      `API reads over HTTP: autocannon, ${CONNECTIONS} connections, ${DURATION} s per server, anonymous, no ` +
        `If-None-Match; load average before ${loadavg()
          .map((value) => value.toFixed(2))
          .join(' ')}\n`,
    );
    console.log(HEADER);
    for (const { name, url } of CASES) {
      const answers = [];
      for (const database of databases) {
        const answer = await get(`${database.server!.base}${url}`);
        if (answer.status !== 200) {
          throw new Error(`${database.name} answered ${url} with ${answer.status}: ${answer.body.toString()}`);
        }
        answers.push(answer);
      }
      // The baseline answers what the product answers on the database the targets are set on.
      const reference = answers.at(-1)!;
      await bare.ask(
        { kind: 'answer', body: reference.body.toString('base64'), contentType: reference.contentType },
        'ready',
      );
      const baseline = await load(`${bare.base}${url}`);
      const bareRow: Row = {
        name,
        database: 'bare',
        bytes: reference.body.length,
        load: baseline,
        ratio: null,
        serverMs: null,
        serverRequests: null,
        bareP99: null,
      };
      console.log(line(bareRow));
      rows.push(bareRow);
      for (const [index, database] of databases.entries()) {
        const time = await serverTime(database.server!, url);
        const measured = await load(`${database.server!.base}${url}`);
        // The requests still queued when the load stopped are answered before the next measure starts.
        await get(`${database.server!.base}${url}`);
        const row: Row = {
          name,
          database: database.name,
          bytes: answers[index]!.body.length,
          load: measured,
          ratio: measured.reqPerSec / baseline.reqPerSec,
          serverMs: time.ms,
          serverRequests: time.requests,
          bareP99: baseline.p99,
        };
        console.log(line(row));
        rows.push(row);
      }
    }
  } finally {
    for (const database of databases) {
      if (database.server !== undefined) {
        await stopChild(database.server);
      }
    }
    if (bare !== undefined) {
      await stopChild(bare);
    }
    for (const database of databases) {
      await database.drop();
    }
  }

  console.log(`\nSummary (${((performance.now() - started) / 1000).toFixed(0)} s in all)`);
  console.log(HEADER);
  for (const row of rows.filter((candidate) => candidate.database !== 'bare')) {
    console.log(line(row));
  }
  const measured = rows.filter((row) => row.database === 'PostgreSQL');
  const met = measured.filter((row) => verdict(row) === 'met').length;
  console.log(
    measured.length === 0
      ? '\nTargets (on PostgreSQL): not measured, PostgreSQL skipped.'
      : `\nTargets on PostgreSQL (at least ${TARGET.ratio * 100}% of the bare server's req/s, p99 under ` +
          `${TARGET.p99Ms} ms, no error, server time under ${TARGET.serverMs} ms): met by ${met} of ` +
          `${measured.length} cases.`,
  );
}

if (process.argv[2] === '--server') {
  await runServer(JSON.parse(process.argv[3]!) as Record<string, string>);
} else if (process.argv[2] === '--bare') {
  await runBare();
} else {
  await main();
}

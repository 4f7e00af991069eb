import { randomUUID } from 'node:crypto';
import type { Decision } from '@tansiq/api';
import { openPostgres, schema, type DatabaseHandle, type LiveListenerOptions } from '@tansiq/db';
import { asc, eq, sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// '@tansiq/db' exports only its runtime; the test database helpers live beside it.
import {
  backendPids,
  openTestDatabase,
  type TestDatabaseHandle,
} from '../../../packages/db/src/testing/test-database.ts';
import { buildApp, fixedClock } from '../src/index.ts';
import { signedIn, type SignedIn } from './account-helpers.ts';
import { makeAgendaItem } from './decision-write-routes.ts';
import { expectApiError, TEST_ACCOUNT_OPTIONS, TEST_NOW, type TestApp } from './helpers.ts';
import { StreamReader } from './live-stream.ts';

/** One server process of the product, played by an app of its own on a connection pool of its own. */
interface Instance {
  app: FastifyInstance;
  base: string;
  /** Its listening connection's `application_name`, to find its backend. */
  listenerName: string;
}

/** Each instance's fallback poll: a minute, so only a notification can carry an event within a test. */
const POLL_MS = 60_000;

async function instance(handle: DatabaseHandle, label: string, listener: Partial<LiveListenerOptions>) {
  const listenerName = `tansiq-live-test-${label}-${randomUUID().slice(0, 8)}`;
  const app = await buildApp({
    db: handle.db,
    clock: fixedClock(TEST_NOW),
    webDist: null,
    accounts: TEST_ACCOUNT_OPTIONS,
    live: {
      pollMs: POLL_MS,
      listen: (handlers) => handle.listenLive!(handlers, { applicationName: listenerName, ...listener }),
    },
  });
  const base = await app.listen({ host: '127.0.0.1', port: 0 });
  return { app, base, listenerName } satisfies Instance;
}

/** Resolves when `check` holds (tested every 10 ms); fails after `ms` saying `what`. */
async function until(check: () => boolean | Promise<boolean>, what: () => string, ms = 5000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > deadline) {
      throw new Error(`timed out: ${what()}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

// The embedded database is one process by design: there is no other process to hear from.
describe.skipIf(!process.env.TEST_DATABASE_URL)('live events across two server processes on PostgreSQL', () => {
  let shared: TestDatabaseHandle;
  let second: DatabaseHandle;
  let a: Instance;
  let b: Instance;
  /** Instance A as the test helpers know an app (services in process write through A's pool). */
  let t: TestApp;
  let secretariat: SignedIn;

  beforeAll(async () => {
    shared = await openTestDatabase();
    second = openPostgres(shared.url!, { max: 4 });
    a = await instance(shared, 'a', {});
    // B retries slowly after a loss, so that the test writes while it is surely not listening.
    b = await instance(second, 'b', { minRetryMs: 4000, maxRetryMs: 8000 });
    const clock = fixedClock(TEST_NOW);
    t = {
      app: a.app,
      db: shared.db,
      clock,
      as: (actor) => ({ db: shared.db, clock, actor, requestId: randomUUID() }),
      close: async () => undefined,
    };
    secretariat = await signedIn(t, 'secretariat');
    await until(
      () => a.app.live.listenerState().listening === true && b.app.live.listenerState().listening === true,
      () => 'the instances never listened',
    );
  });

  afterAll(async () => {
    await a?.app.close();
    await b?.app.close();
    await second?.close();
    await shared?.close();
  });

  const liveUrl = (at: Instance, meeting: string) => `${at.base}/api/v1/meetings/${meeting}/live`;

  /** Records a consensus decision through instance A's API; answers its id. */
  async function decide(itemId: string, n: number): Promise<string> {
    const response = await a.app.inject({
      method: 'POST',
      url: `/api/v1/agenda-items/${itemId}/decisions`,
      headers: secretariat.headers,
      payload: { method: 'consensus', outcome: 'noted', summary: { en: `Noted, ${n}.` } },
    });
    expect(response.statusCode, response.body).toBe(201);
    return response.json<{ data: Decision }>().data.id;
  }

  /** The meeting's stream as stored: ids and decision ids in id order. */
  async function stored(meetingId: string): Promise<{ id: string; decisionId: string }[]> {
    const rows = await shared.db
      .select()
      .from(schema.liveEvents)
      .where(eq(schema.liveEvents.meetingId, meetingId))
      .orderBy(asc(schema.liveEvents.id));
    return rows.map((row) => ({ id: String(row.id), decisionId: (row.payload as { decisionId: string }).decisionId }));
  }

  const received = (client: StreamReader) =>
    client.stream.map((event) => ({ id: event.id!, decisionId: (event.data as { decisionId: string }).decisionId }));

  it('says in its health that it listens', async () => {
    for (const at of [a, b]) {
      const response = await fetch(`${at.base}/api/health`);
      expect(await response.json()).toEqual({ status: 'ok', live: { listening: true } });
    }
  });

  it('a decision recorded through one process reaches a client of the other at once, not at the poll', async () => {
    const { meeting, itemId } = await makeAgendaItem(t);
    const client = await StreamReader.open(liveUrl(b, meeting.code));
    await client.until(() => client.events.length === 1);
    const started = Date.now();
    const decisionId = await decide(itemId, 1);
    await client.until(() => client.stream.length === 1, 3000);
    // Well within the minute of the poll: only the notification could have carried it.
    expect(Date.now() - started).toBeLessThan(3000);
    expect(client.stream[0]).toMatchObject({ event: 'decision.recorded', data: { decisionId, agendaItemId: itemId } });
    client.close();
  });

  it('a burst through one process arrives at the other all, once each, in id order', async () => {
    const { meeting, itemId } = await makeAgendaItem(t);
    const atB = await StreamReader.open(liveUrl(b, meeting.code));
    const atA = await StreamReader.open(liveUrl(a, meeting.code));
    await atB.until(() => atB.events.length === 1);
    await atA.until(() => atA.events.length === 1);
    // 120 decisions, four at a time: writers overlap, as the secretariat's screens would.
    const burst = 120;
    const written = new Set<string>();
    for (let n = 0; n < burst; n += 4) {
      const ids = await Promise.all([0, 1, 2, 3].map((k) => decide(itemId, n + k)));
      ids.forEach((id) => written.add(id));
    }
    // A last decision after the burst: once it arrives, a duplicate or a late event would have shown before it.
    const last = await decide(itemId, burst);
    for (const client of [atB, atA]) {
      await client.until(
        () => client.stream.some((event) => (event.data as { decisionId: string }).decisionId === last),
        10_000,
      );
    }
    const expected = await stored(meeting.id);
    expect(expected).toHaveLength(burst + 1);
    expect(new Set(expected.map((event) => event.decisionId))).toEqual(new Set([...written, last]));
    expect(received(atB)).toEqual(expected);
    expect(received(atA)).toEqual(expected);
    atB.close();
    atA.close();
  });

  it('after its listening connection is killed, a process reconnects and delivers what was written meanwhile', async () => {
    const { meeting, itemId } = await makeAgendaItem(t);
    const client = await StreamReader.open(liveUrl(b, meeting.code));
    await client.until(() => client.events.length === 1);
    const before = await decide(itemId, 0);
    await client.until(() => client.stream.length === 1, 3000);

    const [pid] = await backendPids(shared.db, b.listenerName);
    expect(pid).toEqual(expect.any(Number));
    const losses = b.app.live.listenerState().losses;
    await shared.db.execute(sql`select pg_terminate_backend(${pid!})`);
    await until(
      () => b.app.live.listenerState().losses === losses + 1,
      () => 'B never noticed the loss of its listening connection',
    );
    const meanwhile = [await decide(itemId, 1), await decide(itemId, 2), await decide(itemId, 3)];
    // Written while B was not listening (it waits at least 2 s before reconnecting): their notifications
    // went to no one of B's.
    expect(b.app.live.listenerState().listening).toBe(false);
    expect(await (await fetch(`${b.base}/api/health`)).json()).toEqual({ status: 'ok', live: { listening: false } });

    await client.until(() => client.stream.length === 4, 15_000);
    expect(b.app.live.listenerState().listening).toBe(true);
    expect(received(client).map((event) => event.decisionId)).toEqual([before, ...meanwhile]);
    const [replacement] = await backendPids(shared.db, b.listenerName);
    expect(replacement).toEqual(expect.any(Number));
    expect(replacement).not.toBe(pid);

    // And it listens again: the next decision comes by notification, not at the poll.
    const after = await decide(itemId, 4);
    await client.until(() => client.stream.length === 5, 3000);
    expect(received(client).map((event) => event.decisionId)).toEqual([before, ...meanwhile, after]);
    expect(received(client)).toEqual(await stored(meeting.id));
    client.close();
  });

  it('a client of a process that stops resumes on the other with its Last-Event-ID, missing nothing, twice nothing', async () => {
    const { meeting, itemId } = await makeAgendaItem(t);
    // A third process, stopped in the middle: its client moves to A, as a proxy would send it there.
    const pool = openPostgres(shared.url!, { max: 2 });
    const c = await instance(pool, 'c', {});
    try {
      await until(
        () => c.app.live.listenerState().listening === true,
        () => 'C never listened',
      );
      const client = await StreamReader.open(liveUrl(c, meeting.code));
      await client.until(() => client.events.length === 1);
      const before = [await decide(itemId, 1), await decide(itemId, 2)];
      await client.until(() => client.stream.length === 2, 3000);
      // C stops as on SIGTERM: its streams end (the client sees the end), and decisions go on through A meanwhile.
      const stopping = c.app.close();
      await client.until(() => client.ended, 5000).catch(() => undefined);
      await stopping;
      expect(client.ended).toBe(true);
      const meanwhile = [await decide(itemId, 3), await decide(itemId, 4)];
      const lastId = client.stream.at(-1)!.id!;
      client.close();
      const moved = await StreamReader.open(liveUrl(a, meeting.code), { 'last-event-id': lastId });
      const after = await decide(itemId, 5);
      await moved.until(() => moved.stream.length === 3, 3000);
      expect(moved.events[0]).toMatchObject({ event: 'ready', id: lastId });
      const all = [...received(client), ...received(moved)];
      expect(all.map((event) => event.decisionId)).toEqual([...before, ...meanwhile, after]);
      expect(all).toEqual(await stored(meeting.id));
      moved.close();
    } finally {
      await c.app.close().catch(() => undefined);
      await pool.close();
    }
  });

  it('a Last-Event-ID from the future holds back only its client; one that is not an event id is refused', async () => {
    const { meeting, itemId } = await makeAgendaItem(t);
    const future = await StreamReader.open(liveUrl(b, meeting.code), { 'last-event-id': '999999999999999' });
    const present = await StreamReader.open(liveUrl(b, meeting.code));
    await future.until(() => future.events.length === 1);
    await present.until(() => present.events.length === 1);
    expect(future.events[0]).toEqual({ id: '999999999999999', event: 'ready', data: { after: 999_999_999_999_999 } });
    const decisionId = await decide(itemId, 1);
    await present.until(() => present.stream.length === 1, 3000);
    expect(present.stream[0]).toMatchObject({ data: { decisionId } });
    expect(future.stream).toEqual([]);
    future.close();
    present.close();

    for (const bad of ['abc', '-1', '1.5', '1e3', '0x10', '9999999999999999', '12 13']) {
      const response = await b.app.inject({
        url: `/api/v1/meetings/${meeting.code}/live`,
        headers: { 'last-event-id': bad },
      });
      expectApiError(response, 400, 'validation_failed', { path: ['headers', 'last-event-id'] });
      const byQuery = await b.app.inject({
        url: `/api/v1/meetings/${meeting.code}/live?after=${encodeURIComponent(bad)}`,
      });
      expectApiError(byQuery, 400, 'validation_failed', { path: ['query', 'after'] });
    }
  });

  /** Registers an entity through instance A's API; answers its name. */
  async function register(name: string): Promise<string> {
    const response = await a.app.inject({
      method: 'POST',
      url: '/api/v1/entities',
      headers: secretariat.headers,
      payload: { category: 'academia', name, countryIso3: 'EGY' },
    });
    expect(response.statusCode, response.body).toBe(201);
    return name;
  }

  const entitiesAt = async (at: Instance) => (await fetch(`${at.base}/api/v1/entities`)).text();

  it("a write through one process drops the other's cached answers at its commit", async () => {
    await entitiesAt(b);
    const hits = b.app.readCache.stats().hits;
    const cached = await entitiesAt(b);
    expect(b.app.readCache.stats().hits).toBe(hits + 1);
    const name = await register(`Cross Process Institute ${randomUUID().slice(0, 6)}`);
    // The notification goes at the commit, before A answers; B drops the answer as it hears it.
    await until(
      async () => (await entitiesAt(b)).includes(name),
      () => 'B kept serving the answer cached before the write',
      2000,
    );
    expect(await entitiesAt(b)).not.toBe(cached);
  });

  it('a process whose listening connection is lost serves nothing from its cache until it listens again', async () => {
    await entitiesAt(b);
    const [pid] = await backendPids(shared.db, b.listenerName);
    const losses = b.app.live.listenerState().losses;
    await shared.db.execute(sql`select pg_terminate_backend(${pid!})`);
    await until(
      () => b.app.live.listenerState().losses === losses + 1,
      () => 'B never noticed the loss of its listening connection',
    );
    expect(b.app.readCache.stats()).toMatchObject({ enabled: false, entries: 0 });
    // Written while B cannot hear it (it waits at least 2 s before reconnecting): B reads the database.
    const name = await register(`Unheard Academy ${randomUUID().slice(0, 6)}`);
    expect(b.app.live.listenerState().listening).toBe(false);
    expect(await entitiesAt(b)).toContain(name);
    expect(b.app.readCache.stats().entries).toBe(0);
    await until(
      () => b.app.live.listenerState().listening === true,
      () => 'B never listened again',
      15_000,
    );
    expect(b.app.readCache.stats().enabled).toBe(true);
    await entitiesAt(b);
    expect(b.app.readCache.stats().entries).toBe(1);
  });
});

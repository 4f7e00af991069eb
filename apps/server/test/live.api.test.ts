import { randomUUID } from 'node:crypto';
import net from 'node:net';
import { insertLiveEvent } from '@tansiq/db';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// '@tansiq/db' exports only its runtime; the test database helper lives beside it.
import { openTestDatabase } from '../../../packages/db/src/testing/test-database.ts';
import { buildApp, fixedClock } from '../src/index.ts';
import { expectApiError, makeMeeting, TEST_ACCOUNT_OPTIONS, TEST_NOW, type TestApp } from './helpers.ts';
import { StreamReader, type StreamEvent } from './live-stream.ts';

let t: TestApp;
let base: string;

beforeAll(async () => {
  const handle = await openTestDatabase();
  const clock = fixedClock(TEST_NOW);
  // A short poll and heartbeat so the fallback and the comments show within a test.
  const app: FastifyInstance = await buildApp({
    db: handle.db,
    clock,
    webDist: null,
    accounts: TEST_ACCOUNT_OPTIONS,
    live: { pollMs: 150, heartbeatMs: 200, maxBufferedBytes: 256 * 1024 },
  });
  t = {
    app,
    db: handle.db,
    clock,
    as: (actor) => ({ db: handle.db, clock, actor, requestId: randomUUID() }),
    close: async () => {
      await app.close();
      await handle.close();
    },
  };
  base = await app.listen({ host: '127.0.0.1', port: 0 });
});

afterAll(async () => {
  await t?.close();
});

async function newMeeting(): Promise<{ id: string; code: string }> {
  const { meeting } = await makeMeeting(t);
  return { id: meeting.id, code: meeting.code };
}

/** Appends an event as a writer does after its commit: the row, then the notify. */
async function append(meetingId: string, type: string, payload: unknown, notify = true): Promise<number> {
  const row = await insertLiveEvent(t.db, { meetingId, type, payload });
  if (notify) {
    t.app.live.notify(meetingId);
  }
  return row.id;
}

const liveUrl = (meeting: string, query = '') => `${base}/api/v1/meetings/${meeting}/live${query}`;

async function waitForHub(check: () => boolean): Promise<void> {
  const deadline = Date.now() + 5000;
  while (!check()) {
    if (Date.now() > deadline) {
      throw new Error(`hub still holds ${JSON.stringify(t.app.live.stats())}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe('the live stream of a meeting', () => {
  it('answers text/event-stream, starts with ready at the end of the stream, then pushes new events in order', async () => {
    const meeting = await newMeeting();
    const before = await append(meeting.id, 'vote.opened', { voteId: 'v0' });
    const client = await StreamReader.open(liveUrl(meeting.code));
    expect(client.response.status).toBe(200);
    expect(client.response.headers.get('content-type')).toBe('text/event-stream; charset=utf-8');
    expect(client.response.headers.get('cache-control')).toBe('no-cache, no-transform');
    expect(client.response.headers.get('x-request-id')).toBeTruthy();
    expect(client.response.headers.get('content-encoding')).toBeNull();
    // helmet's headers, set before the stream took the raw response over, go with it.
    expect(client.response.headers.get('x-content-type-options')).toBe('nosniff');
    await client.until(() => client.events.length === 1);
    // The event before the connection is not replayed: no cursor means "from now on".
    expect(client.events[0]).toEqual({ id: String(before), event: 'ready', data: { after: before } });

    const ids = [
      await append(meeting.id, 'vote.opened', { voteId: 'v1' }),
      await append(meeting.id, 'vote.ballot', { voteId: 'v1', received: 1 }),
      await append(meeting.id, 'vote.closed', { voteId: 'v1', result: { result: 'adopted' } }),
    ];
    await client.until(() => client.stream.length === 3);
    expect(client.stream).toEqual([
      { id: String(ids[0]), event: 'vote.opened', data: { voteId: 'v1' } },
      { id: String(ids[1]), event: 'vote.ballot', data: { voteId: 'v1', received: 1 } },
      { id: String(ids[2]), event: 'vote.closed', data: { voteId: 'v1', result: { result: 'adopted' } } },
    ]);
    client.close();
  });

  it("sends another meeting's events to its own clients only, and reaches a meeting by id as by code", async () => {
    const [one, other] = [await newMeeting(), await newMeeting()];
    const first = await StreamReader.open(liveUrl(one.id));
    const second = await StreamReader.open(liveUrl(other.code));
    await first.until(() => first.events.length === 1);
    await second.until(() => second.events.length === 1);
    const id = await append(other.id, 'decision.recorded', { decisionId: 'd1' });
    await append(one.id, 'vote.opened', { voteId: 'v2' });
    await first.until(() => first.stream.length === 1);
    await second.until(() => second.stream.length === 1);
    expect(first.stream.map((event) => event.event)).toEqual(['vote.opened']);
    expect(second.stream).toEqual([{ id: String(id), event: 'decision.recorded', data: { decisionId: 'd1' } }]);
    first.close();
    second.close();
  });

  it('replays every event after Last-Event-ID, then goes on live; the header wins over ?after=', async () => {
    const meeting = await newMeeting();
    const ids: number[] = [];
    for (let n = 1; n <= 5; n++) {
      ids.push(await append(meeting.id, 'vote.ballot', { voteId: 'v', received: n }));
    }
    const byHeader = await StreamReader.open(liveUrl(meeting.code, `?after=${ids[0]}`), {
      'last-event-id': String(ids[1]),
    });
    const byQuery = await StreamReader.open(liveUrl(meeting.code, `?after=${ids[3]}`));
    const fromStart = await StreamReader.open(liveUrl(meeting.code, '?after=0'));
    await byHeader.until(() => byHeader.stream.length === 3);
    await byQuery.until(() => byQuery.stream.length === 1);
    await fromStart.until(() => fromStart.stream.length === 5);
    expect(byHeader.events[0]).toEqual({ id: String(ids[1]), event: 'ready', data: { after: ids[1] } });
    expect(byHeader.stream.map((event) => event.data)).toEqual([3, 4, 5].map((n) => ({ voteId: 'v', received: n })));
    expect(byQuery.stream.map((event) => Number(event.id))).toEqual([ids[4]]);
    expect(fromStart.stream.map((event) => Number(event.id))).toEqual(ids);

    const next = await append(meeting.id, 'vote.closed', { voteId: 'v', result: null });
    for (const client of [byHeader, byQuery, fromStart]) {
      await client.until(() => client.stream.some((event) => Number(event.id) === next));
      const seen = client.stream.map((event) => Number(event.id));
      expect(new Set(seen).size).toBe(seen.length);
      expect(seen.at(-1)).toBe(next);
      client.close();
    }
  });

  it('a cursor from elsewhere (above every event) holds back only the client that gave it', async () => {
    const meeting = await newMeeting();
    await append(meeting.id, 'vote.opened', { voteId: 'early' });
    const stranger = await StreamReader.open(liveUrl(meeting.code), { 'last-event-id': '999999999' });
    await stranger.until(() => stranger.events.length === 1);
    const newcomer = await StreamReader.open(liveUrl(meeting.code));
    await newcomer.until(() => newcomer.events.length === 1);
    const id = await append(meeting.id, 'vote.ballot', { voteId: 'early', received: 1 });
    await newcomer.until(() => newcomer.stream.length === 1);
    expect(newcomer.stream[0]!.id).toBe(String(id));
    expect(stranger.stream).toEqual([]);
    stranger.close();
    newcomer.close();
  });

  it('a client that reconnects in the middle of a burst misses nothing and gets nothing twice', async () => {
    const meeting = await newMeeting();
    const burst = 300;
    const written: number[] = [];
    const received: StreamEvent[] = [];
    let client = await StreamReader.open(liveUrl(meeting.code));
    await client.until(() => client.events.length === 1);
    let lastId = client.events[0]!.id!;

    // The writer appends and notifies one event at a time while the client drops and comes back twice.
    const writer = (async () => {
      for (let n = 1; n <= burst; n++) {
        written.push(await append(meeting.id, 'vote.ballot', { voteId: 'burst', received: n }));
      }
    })();
    for (const cut of [40, 150]) {
      await client.until(() => received.length + client.stream.length >= cut, 10_000);
      client.close();
      received.push(...client.stream);
      lastId = received.at(-1)!.id!;
      client = await StreamReader.open(liveUrl(meeting.code), { 'last-event-id': lastId });
    }
    await writer;
    await client.until(() => received.length + client.stream.length >= burst, 10_000);
    // Nothing more arrives after the burst (a duplicate would show here).
    await new Promise((resolve) => setTimeout(resolve, 300));
    received.push(...client.stream);
    client.close();
    expect(received.map((event) => Number(event.id))).toEqual(written);
    expect(received.map((event) => (event.data as { received: number }).received)).toEqual(
      Array.from({ length: burst }, (_, index) => index + 1),
    );
  });

  it('picks up events written without a notify (another process) at the fallback poll', async () => {
    const meeting = await newMeeting();
    const client = await StreamReader.open(liveUrl(meeting.code));
    await client.until(() => client.events.length === 1);
    const id = await append(meeting.id, 'decision.recorded', { decisionId: 'cli' }, false);
    await client.until(() => client.stream.length === 1, 2000);
    expect(client.stream[0]!.id).toBe(String(id));
    // The heartbeat comments keep the connection busy meanwhile.
    await client.until(() => client.comments >= 1, 2000);
    client.close();
  });

  it('holds back a client that stops reading, then catches it up from the database once it reads again', async () => {
    const meeting = await newMeeting();
    // A raw HTTP/1.0 client (no chunked encoding) that reads the ready frame, then stops reading.
    const socket = net.connect(Number(new URL(base).port), '127.0.0.1');
    socket.setEncoding('utf8');
    let raw = '';
    let stopped = false;
    socket.on('data', (chunk: string) => {
      raw += chunk;
      if (!stopped && raw.includes('event: ready')) {
        stopped = true;
        socket.pause();
      }
    });
    socket.write(`GET /api/v1/meetings/${meeting.code}/live HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n`);
    await waitForHub(() => raw.includes('event: ready') && t.app.live.stats().clients === 1);

    // 8 MiB of events: more than the socket buffers and the hub's 256 KiB limit together.
    const big = 'x'.repeat(256 * 1024);
    const written: number[] = [];
    for (let n = 1; n <= 32; n++) {
      written.push(await append(meeting.id, 'vote.ballot', { voteId: 'slow', received: n, padding: big }));
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    await waitForHub(() => t.app.live.stats().stalled === 1);
    expect(t.app.live.stats().clients).toBe(1);

    socket.resume();
    const ids = () =>
      [...raw.matchAll(/^id: (\d+)\nevent: vote\.ballot\ndata: .*\n\n/gm)].map((match) => Number(match[1]));
    await waitForHub(() => ids().length >= written.length);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(ids()).toEqual(written);
    expect(t.app.live.stats().stalled).toBe(0);
    socket.destroy();
  });

  it('is documented in the OpenAPI description, tagged live', async () => {
    const response = await t.app.inject({ url: '/api/openapi.json' });
    const { paths } = response.json<{ paths: Record<string, Record<string, { tags?: string[] }>> }>();
    expect(paths['/api/v1/meetings/{meeting}/live']?.get?.tags).toEqual(['live']);
  });

  it('answers 404 for an unknown meeting and 400 for a cursor that is not an event id', async () => {
    const meeting = await newMeeting();
    const unknown = await t.app.inject({ url: '/api/v1/meetings/no-such-meeting/live' });
    expectApiError(unknown, 404, 'not_found', { path: ['params', 'meeting'] });
    const badHeader = await t.app.inject({
      url: `/api/v1/meetings/${meeting.code}/live`,
      headers: { 'last-event-id': 'abc' },
    });
    expectApiError(badHeader, 400, 'validation_failed', { path: ['headers', 'last-event-id'] });
    const badQuery = await t.app.inject({ url: `/api/v1/meetings/${meeting.code}/live?after=-1` });
    expectApiError(badQuery, 400, 'validation_failed', { path: ['query', 'after'] });
    // None of them joined the hub (the clients of earlier tests leave as their close arrives).
    await waitForHub(() => t.app.live.stats().clients === 0);
  });

  it('sends one event to every client of a meeting, and frees the hub as clients disconnect', async () => {
    await waitForHub(() => t.app.live.stats().clients === 0);
    const meeting = await newMeeting();
    const clients = await Promise.all(Array.from({ length: 20 }, () => StreamReader.open(liveUrl(meeting.code))));
    for (const client of clients) {
      await client.until(() => client.events.length === 1);
    }
    expect(t.app.live.stats()).toEqual({ meetings: 1, clients: 20, stalled: 0 });
    const id = await append(meeting.id, 'vote.opened', { voteId: 'many' });
    for (const client of clients) {
      await client.until(() => client.stream.length === 1);
      expect(client.stream[0]!.id).toBe(String(id));
    }
    for (const client of clients.slice(0, 15)) {
      client.close();
    }
    await waitForHub(() => t.app.live.stats().clients === 5);
    for (const client of clients.slice(15)) {
      client.close();
    }
    await waitForHub(() => t.app.live.stats().meetings === 0 && t.app.live.stats().clients === 0);
  });
});

import type { Entity } from '@tansiq/api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RECORDS_READ, REGISTRY_READ } from '../src/cache/cached-reads.ts';
import { listEntities } from '../src/modules/registry/entity.service.ts';
import { signedIn, type SignedIn } from './account-helpers.ts';
import { contributionBody } from './contribution-helpers.ts';
import { makeMeeting, openTestApp, operator, type TestApp } from './helpers.ts';

/*
 * The read cache and conditional requests (apps/server/src/cache/): entity tags and 304, answers dropped by every
 * write, a write during a read, answers kept per audience, and If-None-Match as clients really send it.
 */

let t: TestApp;
let secretariat: SignedIn;
let egypt: SignedIn;
/** Opened by a test: the gated route's handler waits on it after reading. */
let gate: { opened: Promise<void>; open: () => void; read: Promise<void>; hasRead: () => void };
/** How many times the gated route's handler ran. */
let gatedReads = 0;

function newGate() {
  let open!: () => void;
  let hasRead!: () => void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  const read = new Promise<void>((resolve) => (hasRead = resolve));
  gate = { opened, open, read, hasRead };
}

beforeAll(async () => {
  t = await openTestApp({
    routes: (app) => {
      // A cached read that stops between its database read and its answer, so a test can write in between.
      app.get('/api/v1/test/gated-entities', { config: { cache: REGISTRY_READ } }, async (request) => {
        gatedReads += 1;
        const rows = await listEntities(request.ctx, {});
        gate.hasRead();
        await gate.opened;
        return { data: rows.map((row) => row.name) };
      });
      app.get('/api/v1/test/records', { config: { cache: RECORDS_READ } }, async () => ({ data: 'records' }));
    },
  });
  secretariat = await signedIn(t, 'secretariat');
  egypt = await signedIn(t, 'focal-point', { memberStateIso3: 'EGY' });
});

afterAll(async () => {
  await t?.close();
});

const get = (url: string, headers: Record<string, string> = {}) => t.app.inject({ method: 'GET', url, headers });

async function createEntity(name: string) {
  const response = await t.app.inject({
    method: 'POST',
    url: '/api/v1/entities',
    headers: secretariat.headers,
    payload: { category: 'sector-member', name, countryIso3: 'EGY' },
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json<{ data: Entity }>().data;
}

describe('entity tags and If-None-Match', () => {
  it('tags an answer, and answers 304 without a body to the client that holds it', async () => {
    const first = await get('/api/v1/member-states');
    expect(first.statusCode).toBe(200);
    const etag = first.headers.etag as string;
    expect(etag).toMatch(/^"[\w-]+"$/);
    expect(first.headers['cache-control']).toBe('no-cache');
    const again = await get('/api/v1/member-states');
    expect(again.headers.etag).toBe(etag);
    expect(again.body).toBe(first.body);
    expect(again.headers['content-type']).toBe(first.headers['content-type']);

    const conditional = await get('/api/v1/member-states', { 'if-none-match': etag });
    expect(conditional.statusCode).toBe(304);
    expect(conditional.body).toBe('');
    expect(conditional.headers.etag).toBe(etag);
    expect(conditional.headers['content-length']).toBeUndefined();
    // A weak validator and a list naming it match too (RFC 9110's weak comparison).
    expect((await get('/api/v1/member-states', { 'if-none-match': `W/${etag}` })).statusCode).toBe(304);
    expect((await get('/api/v1/member-states', { 'if-none-match': `"other", ${etag}` })).statusCode).toBe(304);
    expect((await get('/api/v1/member-states', { 'if-none-match': '*' })).statusCode).toBe(304);
  });

  it('answers in full, as without the header, when If-None-Match is garbage or another tag', async () => {
    const plain = await get('/api/v1/regions');
    for (const garbage of ['garbage', '"', '""', 'W/', ',,,', '"x" "y"', 'W/"nope"', '"ü"', 'x'.repeat(4000)]) {
      const response = await get('/api/v1/regions', { 'if-none-match': garbage });
      expect(response.statusCode, garbage).toBe(200);
      expect(response.body, garbage).toBe(plain.body);
      expect(response.headers.etag, garbage).toBe(plain.headers.etag);
    }
  });

  it('answers 304 on the first read of an answer too (a client that kept it across a restart)', async () => {
    const etag = (await get('/api/v1/organizations')).headers.etag as string;
    t.app.readCache.flush();
    const response = await get('/api/v1/organizations', { 'if-none-match': etag });
    expect(response.statusCode).toBe(304);
    expect(response.body).toBe('');
  });

  it('keeps no error: a 404 is read again each time and gets no tag', async () => {
    const first = await get('/api/v1/member-states/ZZZ');
    expect(first.statusCode).toBe(404);
    expect(first.headers.etag).toBeUndefined();
    const { entries } = t.app.readCache.stats();
    await get('/api/v1/member-states/ZZZ');
    expect(t.app.readCache.stats().entries).toBe(entries);
  });

  it('serves a second read from the cache, without the database', async () => {
    await get('/api/v1/regions');
    const before = t.app.readCache.stats();
    await get('/api/v1/regions');
    const after = t.app.readCache.stats();
    expect(after.hits).toBe(before.hits + 1);
    expect(after.misses).toBe(before.misses);
  });
});

describe('a write makes the answers that depend on it stale', () => {
  it('shows a new entity at the next read, under a new tag; the old tag no longer answers 304', async () => {
    const before = await get('/api/v1/entities');
    const etag = before.headers.etag as string;
    const created = await createEntity('Cache Telecom');
    const after = await get('/api/v1/entities', { 'if-none-match': etag });
    expect(after.statusCode).toBe(200);
    expect(after.headers.etag).not.toBe(etag);
    expect(after.json<{ data: Entity[] }>().data.map((entity) => entity.id)).toContain(created.id);
  });

  it('drops answers of the records at a write of records, and keeps the registry lists', async () => {
    await get('/api/v1/regions');
    await get('/api/v1/test/records');
    const meeting = (await makeMeeting(t)).meeting.code;
    const hits = t.app.readCache.stats().hits;
    await get('/api/v1/regions');
    expect(t.app.readCache.stats().hits).toBe(hits + 1);
    await get('/api/v1/test/records');
    expect(t.app.readCache.stats().hits).toBe(hits + 1);
    expect(meeting).toEqual(expect.any(String));
  });

  it('keeps nothing read while a write committed: the next read after the write shows it', async () => {
    newGate();
    const reading = get('/api/v1/test/gated-entities');
    await gate.read;
    // The read has its rows; the write commits and answers before the read does.
    const created = await createEntity('Written During A Read');
    gate.open();
    const during = await reading;
    expect(during.statusCode).toBe(200);
    newGate();
    gate.open();
    const next = await get('/api/v1/test/gated-entities');
    expect(next.json<{ data: string[] }>().data).toContain(created.name);
    expect(next.headers.etag).not.toBe(during.headers.etag);
  });

  it('reads an answer once for the readers who ask while it is being read', async () => {
    await createEntity('Crowd Opener');
    newGate();
    const reads = gatedReads;
    const first = get('/api/v1/test/gated-entities');
    await gate.read;
    const crowd = Array.from({ length: 5 }, () => get('/api/v1/test/gated-entities'));
    gate.open();
    const answers = await Promise.all([first, ...crowd]);
    expect(answers.map((answer) => answer.statusCode)).toEqual([200, 200, 200, 200, 200, 200]);
    expect(new Set(answers.map((answer) => answer.body)).size).toBe(1);
    expect(gatedReads).toBe(reads + 1);
  });

  it('drops the answers at a write made outside a request (a service called in process, as the CLI does)', async () => {
    const before = await get('/api/v1/entities');
    const { createEntity: create } = await import('../src/modules/registry/entity.service.ts');
    await create(t.as(operator), { category: 'academia', name: 'In Process University', countryIso3: 'TUN' });
    const after = await get('/api/v1/entities');
    expect(after.body).not.toBe(before.body);
    expect(after.body).toContain('In Process University');
  });

  it('keeps the answers when the write fails and writes nothing', async () => {
    await get('/api/v1/entities');
    const hits = t.app.readCache.stats().hits;
    const refused = await t.app.inject({
      method: 'POST',
      url: '/api/v1/entities',
      headers: secretariat.headers,
      payload: { category: 'sector-member', name: '', countryIso3: 'EGY' },
    });
    expect(refused.statusCode).toBe(400);
    await get('/api/v1/entities');
    expect(t.app.readCache.stats().hits).toBe(hits + 1);
  });
});

describe('answers per audience', () => {
  it("never shows one reader's drafts to another, however the cache was filled", async () => {
    const meeting = (await makeMeeting(t)).meeting.code;
    const url = `/api/v1/contributions?meeting=${meeting}`;
    // Read by both first, so that each audience has an entry before the draft exists.
    await get(url);
    await get(url, egypt.cookieHeaders);
    const created = await t.app.inject({
      method: 'POST',
      url: '/api/v1/contributions',
      headers: egypt.headers,
      payload: contributionBody(meeting, { memberState: 'EGY' }),
    });
    expect(created.statusCode, created.body).toBe(201);
    const mine = await get(url, egypt.cookieHeaders);
    expect(mine.json<{ data: unknown[] }>().data).toHaveLength(1);
    expect(mine.headers['cache-control']).toBe('private, no-cache');
    expect(mine.headers.vary).toBe('cookie, authorization');
    const anonymous = await get(url);
    expect(anonymous.json<{ data: unknown[] }>().data).toHaveLength(0);
    // The other reader's tag is not this reader's answer.
    const conditional = await get(url, { 'if-none-match': mine.headers.etag as string });
    expect(conditional.statusCode).toBe(200);
    expect(conditional.json<{ data: unknown[] }>().data).toHaveLength(0);
    const tunisia = await signedIn(t, 'focal-point', { memberStateIso3: 'TUN' });
    expect((await get(url, tunisia.cookieHeaders)).json<{ data: unknown[] }>().data).toHaveLength(0);
  });

  it('reads the same for a HEAD as before, and never answers one from the cache', async () => {
    await get('/api/v1/regions');
    const head = await t.app.inject({ method: 'HEAD', url: '/api/v1/regions' });
    expect(head.statusCode).toBe(200);
    expect(head.body).toBe('');
  });
});

describe('a cache that may not hear every write', () => {
  it('neither serves nor keeps while it is not coherent, and starts empty when it is again', async () => {
    await get('/api/v1/regions');
    t.app.readCache.coherent = false;
    const { hits } = t.app.readCache.stats();
    const response = await get('/api/v1/regions');
    expect(response.statusCode).toBe(200);
    expect(response.headers.etag).toEqual(expect.any(String));
    expect(t.app.readCache.stats()).toMatchObject({ hits, entries: 0, enabled: false });
    t.app.readCache.coherent = true;
    expect(t.app.readCache.stats().entries).toBe(0);
    await get('/api/v1/regions');
    expect(t.app.readCache.stats().entries).toBe(1);
  });
});

import { randomUUID } from 'node:crypto';
import type { Meeting } from '@tansiq/api';
import { listDeadlineRuleRows as listDeadlineRules } from '@tansiq/db';
import type { InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signedIn } from './account-helpers.ts';
import {
  countRows,
  cycleBody,
  expectApiError,
  makeMeeting,
  meetingBody,
  openTestApp,
  type TestApp,
} from './helpers.ts';

/** Small enough to exceed in a test, large enough for any real body here. */
const BODY_LIMIT = 4096;

let t: TestApp;
let meetingCode: string;
let cycleCode: string;

beforeAll(async () => {
  t = await openTestApp({
    bodyLimit: BODY_LIMIT,
    // A write route with no auth guard, for this test only: anonymous writes stop at 401 before their body is
    // read, so this is where the body errors (bad JSON, too large) can be seen.
    routes: (app) => {
      app.post('/api/test/echo', async (request) => ({ data: request.body }));
    },
  });
  const { meeting } = await makeMeeting(t);
  meetingCode = meeting.code;
  cycleCode = meeting.cycleCode;
});

afterAll(async () => {
  await t?.close();
});

const json = { 'content-type': 'application/json' };
const tooLarge = JSON.stringify({ padding: 'x'.repeat(BODY_LIMIT * 2) });

describe('anonymous writes', () => {
  const writes: [string, () => Pick<InjectOptions, 'method' | 'url'>, () => unknown][] = [
    ['POST /api/v1/cycles', () => ({ method: 'POST', url: '/api/v1/cycles' }), () => cycleBody()],
    ['POST /api/v1/meetings', () => ({ method: 'POST', url: '/api/v1/meetings' }), () => meetingBody(cycleCode)],
    [
      'PATCH /api/v1/meetings/{id}',
      () => ({ method: 'PATCH', url: `/api/v1/meetings/${meetingCode}` }),
      () => ({ city: { en: 'Geneva' } }),
    ],
    [
      'PUT /api/v1/deadline-rules/{type}',
      () => ({ method: 'PUT', url: '/api/v1/deadline-rules/conference' }),
      () => ({ rules: [{ kind: 'contributions', daysBefore: 30 }] }),
    ],
    [
      'POST /api/v1/entities',
      () => ({ method: 'POST', url: '/api/v1/entities' }),
      () => ({ category: 'academia', name: 'Université de test', countryIso3: 'FRA' }),
    ],
  ];
  const bodies: [string, (valid: unknown) => Pick<InjectOptions, 'headers' | 'payload'>][] = [
    ['a valid body', (valid) => ({ headers: json, payload: JSON.stringify(valid) })],
    ['malformed JSON', () => ({ headers: json, payload: '{"code": "wtdc-29",' })],
    ['an invalid body', () => ({ headers: json, payload: JSON.stringify({ unexpected: true }) })],
    ['a body over the size limit', () => ({ headers: json, payload: tooLarge })],
    ['no body', () => ({})],
    ['a body that is not JSON', () => ({ headers: { 'content-type': 'text/plain' }, payload: 'hello' })],
  ];

  it.each(writes)(
    '%s answers 401 unauthenticated whatever the body, and writes nothing',
    async (_label, target, valid) => {
      const before = await countRows(t.db);
      const rulesBefore = await listDeadlineRules(t.db);
      for (const [bodyLabel, body] of bodies) {
        const response = await t.app.inject({ ...target(), ...body(valid()) });
        expect(response.statusCode, bodyLabel).toBe(401);
        expectApiError(response, 401, 'unauthenticated');
      }
      expect(await countRows(t.db)).toEqual(before);
      expect(await listDeadlineRules(t.db)).toEqual(rulesBefore);
      const meeting = await t.app.inject({ method: 'GET', url: `/api/v1/meetings/${meetingCode}` });
      expect(meeting.json<{ data: Meeting }>().data.city.en).toBe('Buenos Aires');
    },
  );
});

describe('bodies the server cannot read', () => {
  it('answers malformed JSON with 400 invalid_json', async () => {
    const response = await t.app.inject({ method: 'POST', url: '/api/test/echo', headers: json, payload: '{"a": 1,' });
    expectApiError(response, 400, 'invalid_json', { path: [], issue: 'invalid_json' });
  });

  it('answers an empty JSON body with 400 invalid_json', async () => {
    const response = await t.app.inject({ method: 'POST', url: '/api/test/echo', headers: json, payload: '' });
    expectApiError(response, 400, 'invalid_json');
  });

  it('answers a body over the size limit with 413 payload_too_large', async () => {
    const response = await t.app.inject({ method: 'POST', url: '/api/test/echo', headers: json, payload: tooLarge });
    expectApiError(response, 413, 'payload_too_large');
  });

  it('answers a body that is not JSON with 415 unsupported_media_type', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/test/echo',
      headers: { 'content-type': 'application/xml' },
      payload: '<a/>',
    });
    expectApiError(response, 415, 'unsupported_media_type');
  });

  it('reads a body within the limit (the echo route itself works)', async () => {
    const response = await t.app.inject({ method: 'POST', url: '/api/test/echo', payload: { a: [1, 'é'] } });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ data: { a: [1, 'é'] } });
  });
});

describe('unknown ids and codes', () => {
  it.each([
    ['a meeting code', '/api/v1/meetings/no-such-meeting', ['params', 'id']],
    ['a meeting uuid', `/api/v1/meetings/${randomUUID()}`, ['params', 'id']],
    ['a cycle code', '/api/v1/cycles/wtdc-1865', ['params', 'id']],
    ['a cycle uuid', `/api/v1/cycles/${randomUUID()}`, ['params', 'id']],
    ['a Member State', '/api/v1/member-states/XYZ', ['params', 'iso3']],
    ['the cycle of a meeting list', '/api/v1/meetings?cycle=wtdc-1865', ['query', 'cycle']],
  ])('answers %s with 404 not_found and the path', async (_label, url, path) => {
    const response = await t.app.inject({ method: 'GET', url });
    expectApiError(response, 404, 'not_found', { path, issue: 'not_found' });
  });

  it('answers a route that does not exist with 404 route_not_found', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/v1/no-such-thing' });
    expectApiError(response, 404, 'route_not_found');
  });

  it('answers a Member State code too long for one with 400 and the path', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/v1/member-states/EGYPT' });
    expectApiError(response, 400, 'validation_failed', { path: ['params', 'iso3'] });
  });
});

describe('bad query parameters', () => {
  it.each([
    ['a word', 'yesterday', 'invalid_format'],
    ['a day/month/year date', '09/10/2017', 'invalid_format'],
    ['a date and time', '2017-10-09T00:00:00Z', 'invalid_format'],
    ['a day that does not exist', '2017-02-30', 'invalid_date'],
  ])('answers asOf as %s with 400 validation_failed at [query, asOf]', async (_label, asOf, issue) => {
    const response = await t.app.inject({
      method: 'GET',
      url: `/api/v1/member-states?asOf=${encodeURIComponent(asOf)}`,
    });
    expectApiError(response, 400, 'validation_failed', { path: ['query', 'asOf'], issue });
  });

  it.each([
    ['/api/v1/member-states?region=atlantis', ['query', 'region']],
    ['/api/v1/member-states?organization=ITU', ['query', 'organization']],
    ['/api/v1/member-states?order=german', ['query', 'order']],
    ['/api/v1/member-states?q=', ['query', 'q']],
    ['/api/v1/meetings?type=plenary', ['query', 'type']],
    ['/api/v1/meetings?region=atlantis', ['query', 'region']],
    ['/api/v1/meetings?limit=0', ['query', 'limit']],
    ['/api/v1/meetings?offset=-1', ['query', 'offset']],
    ['/api/v1/cycles?limit=many', ['query', 'limit']],
  ])('answers %s with 400 validation_failed at %j', async (url, path) => {
    const response = await t.app.inject({ method: 'GET', url });
    expectApiError(response, 400, 'validation_failed', { path });
  });

  it('lists every bad parameter, not only the first', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/v1/meetings?type=plenary&region=atlantis' });
    const error = expectApiError(response, 400, 'validation_failed');
    expect(error.issues?.map((issue) => issue.path)).toEqual([
      ['query', 'type'],
      ['query', 'region'],
    ]);
  });
});

describe('an empty required field', () => {
  /** Each issue of a 400 answer as `path: code`. */
  const issuesOf = (response: Parameters<typeof expectApiError>[0]) => {
    const error = expectApiError(response, 400, 'validation_failed');
    return (error.issues ?? []).map((issue) => `${issue.path.join('.')}: ${issue.code}`);
  };
  const signIn = (payload: Record<string, unknown>) =>
    t.app.inject({ method: 'POST', url: '/api/v1/session', payload });

  it('says "required" for a blank or missing value, whatever the field checks next', async () => {
    expect(issuesOf(await signIn({ email: '', password: '' }))).toEqual(['email: required', 'password: required']);
    expect(issuesOf(await signIn({ email: '   ' }))).toEqual(['email: required', 'password: required']);
    const error = expectApiError(await signIn({}), 400, 'validation_failed');
    expect(error.issues?.map((issue) => issue.message)).toEqual(['Required.', 'Required.']);
  });

  it('says it on every form: titles per language, codes, lists, selects', async () => {
    const secretariat = await signedIn(t, 'secretariat');
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/v1/meetings',
      headers: secretariat.headers,
      payload: meetingBody(cycleCode, {
        code: '',
        title: { en: ' ', fr: '' },
        languages: [],
        type: '' as never,
        countryIso3: '',
      }),
    });
    expect(issuesOf(response).sort()).toEqual(
      [
        'code: required',
        'countryIso3: required',
        'languages: required',
        'title.en: required',
        'title.fr: required',
        'type: required',
      ].sort(),
    );
  });

  it('keeps the code of a value that is there but wrong', async () => {
    expect(issuesOf(await signIn({ email: 'not an address', password: 'x'.repeat(1025) }))).toEqual([
      'email: invalid_format',
      'password: too_big',
    ]);
    const secretariat = await signedIn(t, 'secretariat');
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/v1/meetings',
      headers: secretariat.headers,
      payload: meetingBody(cycleCode, { title: { en: 'x'.repeat(301) }, type: 'plenary' as never, maxProxies: -1 }),
    });
    expect(issuesOf(response)).toEqual(['type: invalid_value', 'title.en: too_big', 'maxProxies: too_small']);
  });
});

describe('request ids', () => {
  it('gives every answer its own x-request-id, the one an error body names', async () => {
    const first = await t.app.inject({ method: 'GET', url: '/api/v1/meetings/no-such-meeting' });
    const second = await t.app.inject({ method: 'GET', url: '/api/v1/meetings/no-such-meeting' });
    const ok = await t.app.inject({ method: 'GET', url: '/api/health' });
    const ids = [first, second, ok].map((response) => response.headers['x-request-id']);
    expect(new Set(ids).size).toBe(3);
    expect(expectApiError(first, 404, 'not_found').requestId).toBe(ids[0]);
    expect(ok.headers['x-request-id']).toEqual(expect.any(String));
  });
});

/**
 * The edges of every request, swept over the app's own route table (not a hand list): the NUL character in every
 * path parameter, query value and body field; the bidirectional controls in every body field (refused in names,
 * titles, codes and e-mail addresses, kept in free text); a body with a content coding. None answers 500 or
 * writes anything, and no log line holds what the caller sent.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { ErrorBody } from '@tansiq/api';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, createApiToken, jsonRequest, signedIn, type SignedIn } from './account-helpers.ts';
import { contributionBody, makeVersion } from './contribution-helpers.ts';
import { makeMeeting, openTestApp, tableRows, type TestApp } from './helpers.ts';
import {
  apiRoutes,
  bodyFields,
  keysOf,
  paramNames,
  urlOf,
  validParam,
  type ApiRoute,
  type FieldPath,
} from './route-fields.ts';

/** Sent with every value, so that a log line quoting the caller's text would show it. */
const SENTINEL = 'sentinel-4c7e';
const NUL_VALUE = `${SENTINEL}\u0000x`;
/** Right-to-left override: the classic "Trojan source" spoofing of a name. */
const RLO_VALUE = `${SENTINEL}\u202Egpj.exe`;
const PLAIN_FIELDS_DOC = path.resolve(import.meta.dirname, '../../../docs/api-edges.md');

const logLines: string[] = [];
let t: TestApp;
let routes: ApiRoute[];
let headers: Record<string, string>;
let secretariat: SignedIn;

beforeAll(async () => {
  t = await openTestApp({
    logger: { level: 'info', stream: { write: (line: string) => logLines.push(line) } },
    routes: (app) => {
      // A query that fails in the database with the caller's text among its parameters: what the error log keeps.
      app.get<{ Querystring: { q: string } }>('/api/test/failing-query', async (request) => {
        await t.db.execute(sql`select ${request.query.q}::uuid`);
        return { data: null };
      });
    },
  });
  secretariat = await signedIn(t, 'secretariat');
  headers = bearer((await createApiToken(t, secretariat)).token);
  // The token's first use stamps it; later requests of the sweep then change no row at all.
  await t.app.inject({ method: 'GET', url: '/api/v1/me', headers });
  routes = apiRoutes(t.app.routeTable);
});

afterAll(async () => {
  await t?.close();
});

type Answer = { status: number; body: Partial<ErrorBody> | undefined };

async function send(route: ApiRoute, url: string, payload?: unknown): Promise<Answer> {
  const response = await t.app.inject(jsonRequest(route.method, url, payload, headers));
  const body = String(response.headers['content-type']).startsWith('application/json')
    ? response.json<ErrorBody>()
    : undefined;
  return { status: response.statusCode, body };
}

const issueAt = (answer: Answer, at: FieldPath, code: string): boolean =>
  (answer.body?.error?.issues ?? []).some(
    (issue) => issue.code === code && JSON.stringify(issue.path) === JSON.stringify(at),
  );

/** The requests of the NUL sweep: one per path parameter, query key and body field of every route. */
function nulCases(): { name: string; route: ApiRoute; url: string; payload?: unknown; at: FieldPath }[] {
  return routes.flatMap((route) => {
    const plainUrl = urlOf(route.url, (name) => validParam(route, name));
    const hasJsonBody = route.schema.body !== undefined;
    const emptyBody = hasJsonBody ? {} : undefined;
    return [
      ...paramNames(route.url).map((name) => ({
        name: `${route.method} ${route.url} params.${name}`,
        route,
        url: urlOf(route.url, (other) => (other === name ? NUL_VALUE : validParam(route, other))),
        payload: emptyBody,
        at: ['params', name],
      })),
      ...keysOf(route.schema.querystring).map((key) => ({
        name: `${route.method} ${route.url} query.${key}`,
        route,
        url: `${plainUrl}?${key}=${encodeURIComponent(NUL_VALUE)}`,
        payload: emptyBody,
        at: ['query', key],
      })),
      ...bodyFields(route.schema.body).map((field) => ({
        name: `${route.method} ${route.url} body ${field.path.join('.')}`,
        route,
        url: plainUrl,
        payload: field.body(NUL_VALUE),
        at: field.path,
      })),
    ];
  });
}

describe('the NUL character', () => {
  it('is refused with 400 validation_failed at its field, in every part of every route, writing nothing', async () => {
    const cases = nulCases();
    // Every kind of place is swept: path parameters, query values and fields of JSON bodies, nested too.
    expect(cases.length).toBeGreaterThan(150);
    expect(cases.some((c) => c.at[0] === 'params')).toBe(true);
    expect(cases.some((c) => c.at[0] === 'query')).toBe(true);
    expect(cases.some((c) => c.at.length > 2)).toBe(true);
    const before = await tableRows(t.db);
    const wrong: string[] = [];
    for (const c of cases) {
      const answer = await send(c.route, c.url, c.payload);
      if (
        answer.status !== 400 ||
        answer.body?.error?.code !== 'validation_failed' ||
        !issueAt(answer, c.at, 'nul_character')
      ) {
        wrong.push(`${c.name}: ${answer.status} ${JSON.stringify(answer.body?.error ?? null)}`);
      }
    }
    expect(wrong).toEqual([]);
    expect(await tableRows(t.db)).toEqual(before);
    expect(errorLines()).toEqual([]);
  });

  it('is refused as an object key too', async () => {
    const route = routes.find((r) => r.method === 'POST' && r.url === '/api/v1/cycles')!;
    const answer = await send(route, route.url, { [`na\u0000me`]: 'x' });
    expect(answer.status).toBe(400);
    expect(issueAt(answer, ['na\u0000me'], 'nul_character')).toBe(true);
  });

  it('is refused in a text file to import, at the file', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/v1/instruments/import/file?versionLabel=Rev.%20Test',
      headers: { ...headers, 'content-type': 'text/plain' },
      payload: `RESOLUTION 901 (Rev. Test)\n\u0000\n`,
    });
    expect(response.statusCode).toBe(400);
    const body = response.json<ErrorBody>();
    expect(body.error.code).toBe('validation_failed');
    expect(body.error.issues).toEqual([expect.objectContaining({ path: ['file'], code: 'nul_character' })]);
  });
});

describe('bidirectional controls', () => {
  /** Every string field of every route's body and query, with the request that puts `value` in it. */
  const sweep = () =>
    routes.flatMap((route) => {
      const url = urlOf(route.url, (name) => validParam(route, name));
      const name = `${route.method} ${route.url}`;
      return [
        ...bodyFields(route.schema.body).map((field) => ({
          name,
          field,
          at: field.path,
          request: (value: string) => send(route, url, field.body(value)),
        })),
        ...bodyFields(route.schema.querystring).map((field) => ({
          name,
          field,
          at: ['query', ...field.path],
          request: (value: string) =>
            send(route, `${url}?${field.path.join('.')}=${encodeURIComponent(value)}`, route.schema.body && {}),
        })),
      ];
    });

  it('are refused in every name, title, code and e-mail address, and only there', async () => {
    const wrong: string[] = [];
    for (const { name, field, at, request } of sweep()) {
      const answer = await request(RLO_VALUE);
      expect(answer.status, `${name} ${at.join('.')}`).toBeLessThan(500);
      if (issueAt(answer, at, 'bidi_control') !== field.plain) {
        wrong.push(`${name} ${at.join('.')}: ${field.plain ? 'not refused' : 'refused'}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('are listed field by field in docs/api-edges.md, as the schemas hold them', () => {
    const listed = sweep()
      .filter(({ field }) => field.plain)
      .map(({ name, at }) => `- \`${name}\`: \`${at.join('.')}\``);
    const doc = readFileSync(PLAIN_FIELDS_DOC, 'utf8');
    const section = doc.split('<!-- plain-text fields -->')[1] ?? '';
    const documented = section.split('\n').filter((line) => line.startsWith('- `'));
    expect(documented.sort()).toEqual([...new Set(listed)].sort());
  });

  it('refuse a spoofed name: nothing is stored', async () => {
    const before = await tableRows(t.db);
    const response = await t.app.inject(
      jsonRequest(
        'POST',
        '/api/v1/users',
        { email: 'eve@example.org', name: 'Eve \u202Egpj.exe', role: 'observer' },
        headers,
      ),
    );
    expect(response.statusCode).toBe(400);
    expect(response.json<ErrorBody>().error.issues).toEqual([
      expect.objectContaining({ path: ['name'], code: 'bidi_control' }),
    ]);
    expect(await tableRows(t.db)).toEqual(before);
  });

  it('are kept in a provision text where Arabic and Latin mix', async () => {
    const { meeting } = await makeMeeting(t);
    const versionId = await makeVersion(t);
    const created = await t.app.inject(
      jsonRequest('POST', '/api/v1/contributions', contributionBody(meeting.code, { memberState: 'EGY' }), headers),
    );
    expect(created.statusCode).toBe(201);
    const id = created.json<{ data: { id: string } }>().data.id;
    // An isolate keeps a Latin term in its order inside an Arabic sentence.
    const text = 'أن تنشر شبكات \u2066Wi-Fi 6\u2069 في المناطق الريفية؛';
    const added = await t.app.inject(
      jsonRequest(
        'POST',
        `/api/v1/contributions/${id}/proposals`,
        { mark: 'MOD', target: { kind: 'provision', versionId, provisionId: 'resolves.1' }, text, reasons: 'لماذا.' },
        headers,
      ),
    );
    expect(added.statusCode).toBe(201);
    const proposals = added.json<{ data: { proposals: { text: string | null }[] } }>().data.proposals;
    expect(proposals.map((proposal) => proposal.text)).toContain(text);
  });
});

describe('a body with a content coding', () => {
  it.each(['gzip', 'br', 'deflate', 'x-unknown'])(
    'answers 415 unsupported_media_type to %s, writing nothing',
    async (coding) => {
      const before = await tableRows(t.db);
      const response = await t.app.inject({
        method: 'POST',
        url: '/api/v1/cycles',
        headers: { ...headers, 'content-type': 'application/json', 'content-encoding': coding },
        payload: Buffer.from([0x1f, 0x8b, 0x08, 0x00, 0x01, 0x02]),
      });
      expect(response.statusCode).toBe(415);
      expect(response.json<ErrorBody>().error).toMatchObject({
        code: 'unsupported_media_type',
        issues: [expect.objectContaining({ path: ['headers', 'content-encoding'] })],
      });
      expect(await tableRows(t.db)).toEqual(before);
    },
  );

  it('answers a file body with a content coding 415 too', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/v1/instruments/import/file?versionLabel=Rev.%20Test',
      headers: { ...headers, 'content-type': 'text/plain', 'content-encoding': 'gzip' },
      payload: Buffer.from([0x1f, 0x8b, 0x08, 0x00]),
    });
    expect(response.statusCode).toBe(415);
  });

  it('takes the identity coding, and a coding named on a request without a body', async () => {
    const identity = await t.app.inject({
      method: 'POST',
      url: '/api/v1/cycles',
      headers: { ...headers, 'content-type': 'application/json', 'content-encoding': 'identity' },
      payload: JSON.stringify({}),
    });
    expect(identity.statusCode).toBe(400);
    expect(identity.json<ErrorBody>().error.code).toBe('validation_failed');
    const read = await t.app.inject({ method: 'GET', url: '/api/v1/regions', headers: { 'content-encoding': 'gzip' } });
    expect(read.statusCode).toBe(200);
  });
});

/** The lines logged at warning level or above (pino: 40 warn, 50 error). */
const errorLines = () => logLines.filter((line) => (JSON.parse(line) as { level: number }).level >= 40);

describe('the logs', () => {
  it('name the request id, route and code of a failure, never the values the caller sent', async () => {
    const response = await t.app.inject({ method: 'GET', url: `/api/test/failing-query?q=${SENTINEL}`, headers });
    expect(response.statusCode).toBe(500);
    const requestId = response.json<ErrorBody>().error.requestId;
    const logged = errorLines()
      .map((line) => JSON.parse(line) as Record<string, unknown>)
      .filter((line) => line.reqId === requestId);
    expect(logged).toHaveLength(1);
    expect(logged[0]).toMatchObject({ route: '/api/test/failing-query', code: 'internal_error' });
    expect(logged[0]!.error).toMatchObject({
      type: expect.any(String) as string,
      stack: expect.any(Array) as unknown[],
    });
    expect(errorLines().filter((line) => line.includes(SENTINEL))).toEqual([]);
  });
});

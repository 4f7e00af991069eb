import type { AddProposalBody } from '@tansiq/api';
import { strFromU8, unzipSync } from 'fflate';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readDocxText } from '../src/exchange/docx-text.ts';
import { loadDemo } from '../src/index.ts';
import {
  addProposal,
  createContribution,
  submitContribution,
} from '../src/modules/contributions/contribution.service.ts';
import { importInstrumentText } from '../src/modules/library/library.service.ts';
import { signedIn } from './account-helpers.ts';
import { contributionBody, version901 } from './contribution-helpers.ts';
import { expectApiError, openTestApp, operator, type TestApp } from './helpers.ts';

let t: TestApp;
let englishOnly: string;

const DEMO_SOURCES = ['AFCP', 'BRA', 'EGY', 'EUR'];

/** A submitted contribution to WTDC-17 with one proposal. */
async function contribute(source: Parameters<typeof contributionBody>[1], proposal: AddProposalBody) {
  const ctx = t.as(operator);
  const document = await createContribution(ctx, contributionBody('wtdc-17', source));
  await addProposal(ctx, document.id, proposal);
  await submitContribution(ctx, document.id);
}

beforeAll(async () => {
  t = await openTestApp();
  await loadDemo(t.as(operator));
  ({ versionId: englishOnly } = await importInstrumentText(t.as(operator), {
    text: [
      'RESOLUTION 8801 (Rev. Buenos Aires, 2017)',
      'A sample resolution stored in English only',
      'The World Telecommunication Development Conference (Buenos Aires, 2017),',
      'resolves',
      '1\tto import this text;',
      '2\tto compile it.',
    ].join('\n'),
    language: 'en',
    versionLabel: 'Rev. Buenos Aires, 2017',
    status: 'in-force',
    adoptedAtMeeting: null,
    instrumentTitle: null,
  }));
  await contribute(
    { memberState: 'CHN' },
    {
      mark: 'MOD',
      target: { kind: 'provision', versionId: englishOnly, provisionId: 'resolves.2' },
      text: 'to compile it, with commas, "quotes"\nand a line break.',
      reasons: 'Because.',
    },
  );
  // Its authors' side and the secretariat read it; nobody else.
  await contribute(
    { memberState: 'JPN', access: 'authors' },
    {
      mark: 'SUP',
      target: { kind: 'provision', versionId: await version901(t), provisionId: 'resolves.3' },
      text: null,
      reasons: 'Hidden reasons.',
    },
  );
});
afterAll(() => t.close());

const get = (query: string, headers: Record<string, string> = {}) =>
  t.app.inject({ method: 'GET', url: `/api/v1/meetings/wtdc-17/compilation${query}`, headers });

function documentXml(response: LightMyRequestResponse): string {
  expect(response.statusCode, response.body).toBe(200);
  return strFromU8(unzipSync(response.rawPayload)['word/document.xml']!);
}

const authorsOf = (xml: string) => [
  ...new Set([...xml.matchAll(/<w:(?:ins|del) [^>]*w:author="([^"]*)"/g)].map((m) => m[1])),
];

/** Parses RFC 4180 records (the fields here hold no CR of their own). */
function records(csv: string): string[][] {
  const rows: string[][] = [];
  for (const match of csv.matchAll(/((?:"(?:[^"]|"")*"|[^,\r\n]*)(?:,(?:"(?:[^"]|"")*"|[^,\r\n]*))*)\r\n/g)) {
    rows.push(
      [...match[1]!.matchAll(/(?:^|,)("(?:[^"]|"")*"|[^,]*)/g)].map(([, field]) =>
        field!.startsWith('"') ? field!.slice(1, -1).replaceAll('""', '"') : field!,
      ),
    );
  }
  return rows;
}

describe('GET /meetings/:meeting/compilation?format=docx', () => {
  it('gives the demo meeting in Word with every source’s changes tracked under its name', async () => {
    const response = await get('');
    expect(response.headers['content-type']).toBe(
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    );
    expect(response.headers['content-disposition']).toBe('attachment; filename="WTDC-17-compilation-en.docx"');
    const xml = documentXml(response);
    expect(authorsOf(xml).sort()).toEqual([...DEMO_SOURCES, 'CHN'].sort());
    for (const change of xml.match(/<w:(?:ins|del) [^>]*>/g) ?? []) {
      expect(change).toContain('w:date="2017-09-01T00:00:00Z"');
    }
    // Europe's SUP deletes the whole of recognizing abis; Africa inserts "post offices" in it.
    expect(xml).toMatch(/<w:del [^>]*w:author="EUR"[^>]*>[\s\S]*?the contribution of libraries and schools/);
    expect(xml).toMatch(/<w:ins [^>]*w:author="AFCP"[^>]*>[\s\S]*?post offices/);
    const text = await readDocxText(response.rawPayload);
    expect(text).toContain('Compilation of proposals');
    expect(text).toContain('RESOLUTION 901 (Rev. Dubai, 2014)');
    expect(text).toContain('RESOLUTION 8801 (Rev. Buenos Aires, 2017)');
    expect(text).toContain('NOC\tEGY/1/3\nReasons:\tThe study groups remain the right place to share experience.');
    expect(text.indexOf('RESOLUTION 8801')).toBeGreaterThan(text.indexOf('RESOLUTION 901'));
    expect(text).not.toContain('JPN');
  });

  it('compiles in Arabic right to left where the text is stored in Arabic, in English where it is not', async () => {
    const response = await get('?lang=ar');
    expect(response.headers['content-disposition']).toBe('attachment; filename="WTDC-17-compilation-ar.docx"');
    const xml = documentXml(response);
    expect(authorsOf(xml).sort()).toEqual([...DEMO_SOURCES, 'CHN'].sort());
    const text = await readDocxText(response.rawPayload);
    for (const expected of [
      'تجميع المقترحات',
      'القرار 901',
      'تشجيع إنشاء مراكز مجتمعية للمهارات الرقمية؛',
      'RESOLUTION 8801',
    ]) {
      expect(text).toContain(expected);
    }
    const paragraphs = xml.match(/<w:p(?=[ >])[\s\S]*?<\/w:p>/g) ?? [];
    const arabic = paragraphs.filter((paragraph) => /<w:t[^>]*>[^<]*[\u0600-\u06FF]/.test(paragraph));
    expect(arabic.length).toBeGreaterThan(10);
    expect(arabic.filter((paragraph) => !paragraph.includes('<w:bidi/>'))).toEqual([]);
  });

  it('compiles one instrument named by its version id or by kind and number', async () => {
    const byKey = await get('?instrument=resolution%20901');
    expect(byKey.headers['content-disposition']).toBe(
      'attachment; filename="WTDC-17-resolution-901-compilation-en.docx"',
    );
    expect(authorsOf(documentXml(byKey)).sort()).toEqual(DEMO_SOURCES);
    for (const key of ['Resolution-901', await version901(t)]) {
      const other = await get(`?instrument=${encodeURIComponent(key)}&lang=fr`);
      expect(other.headers['content-disposition'], key).toBe(
        'attachment; filename="WTDC-17-resolution-901-compilation-fr.docx"',
      );
      const text = await readDocxText(other.rawPayload);
      expect(text).toContain('Compilation des propositions');
      expect(text).not.toContain('RESOLUTION 8801');
    }
  });

  it('follows each document’s access level, as the synoptic compilation does', async () => {
    const secretariat = await signedIn(t, 'secretariat');
    const xml = documentXml(await get('?instrument=resolution%20901', secretariat.cookieHeaders));
    expect(authorsOf(xml)).toContain('JPN');
    const delegate = await signedIn(t, 'delegate', { memberStateIso3: 'EGY' });
    expect(authorsOf(documentXml(await get('?instrument=resolution%20901', delegate.cookieHeaders)))).not.toContain(
      'JPN',
    );
  });
});

describe('GET /meetings/:meeting/compilation?format=csv', () => {
  it('lists every readable proposal, one record each, quoted where needed, with a byte order mark', async () => {
    const response = await get('?format=csv');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(response.headers['content-disposition']).toBe('attachment; filename="WTDC-17-proposals.csv"');
    expect([...response.rawPayload.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const [header, ...rows] = records(response.body.replace(/^\uFEFF/, ''));
    expect(header).toEqual([
      'symbol',
      'number',
      'source',
      'mark',
      'instrument',
      'version',
      'provision_id',
      'provision',
      'text',
      'reasons',
      'status',
      'text_language',
      'shown_as',
      'original_language',
    ]);
    expect(rows.map((row) => row[1])).toEqual([
      'EGY/1/1',
      'EGY/1/2',
      'EGY/1/3',
      'AFCP/2/1',
      'AFCP/2/2',
      'AFCP/2/3',
      'AFCP/2/4',
      'EUR/3/1',
      'EUR/3/2',
      'EUR/3/3',
      'BRA/4/1',
      'BRA/4/2',
      'EGY/5/1',
      'CHN/6/1',
    ]);
    expect(rows[1]).toEqual([
      'WTDC-17/1-E',
      'EGY/1/2',
      'EGY',
      'ADD',
      'RESOLUTION 901',
      'Rev. Dubai, 2014',
      'considering.d',
      'considering d)',
      'that the skills in demand change as services change,',
      '',
      'submitted',
      'en',
      'original',
      'en',
    ]);
    expect(rows.at(-1)![8]).toBe('to compile it, with commas, "quotes"\nand a line break.');
  });

  it('prints symbols, instruments and provisions in the language asked, and filters by instrument', async () => {
    const secretariat = await signedIn(t, 'secretariat');
    const response = await get('?format=csv&lang=ar&instrument=resolution-901', secretariat.cookieHeaders);
    expect(response.headers['content-disposition']).toBe(
      'attachment; filename="WTDC-17-resolution-901-proposals-ar.csv"',
    );
    const [, ...rows] = records(response.body.replace(/^\uFEFF/, ''));
    expect(rows).toHaveLength(14);
    expect(rows[0]!.slice(0, 8)).toEqual([
      'WTDC-17/1-A',
      'EGY/1/1',
      'EGY',
      'MOD',
      'القرار 901',
      'Rev. Dubai, 2014',
      'resolves.2',
      'يقرر 2',
    ]);
    expect(rows.at(-1)!.slice(1, 4)).toEqual(['JPN/7/1', 'JPN', 'SUP']);
  });
});

describe('GET /meetings/:meeting/compilation?format=html', () => {
  it('gives one instrument’s synoptic page, or the whole meeting’s, under a policy of its own', async () => {
    const one = await get('?format=html&instrument=resolution%20901&lang=ar');
    expect(one.statusCode).toBe(200);
    expect(one.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(one.headers['content-disposition']).toBe('inline; filename="WTDC-17-resolution-901-compilation-ar.html"');
    expect(one.headers['content-security-policy']).toMatch(/^default-src 'none'; style-src 'unsafe-inline'/);
    expect(one.body).toContain('<html lang="ar" dir="rtl">');
    expect(one.body).toContain('<div class="text" lang="en" dir="ltr">');

    const whole = await get('?format=html');
    expect(whole.headers['content-disposition']).toBe('inline; filename="WTDC-17-compilation-en.html"');
    expect(whole.body).toMatch(/<h1>Compilation of proposals: World Telecommunication Development Conference/);
    expect(whole.body.match(/<section>/g)).toHaveLength(2);
    expect(whole.body).toContain('<p>Sources: EGY (WTDC-17/1-E, WTDC-17/5-E), AFCP (WTDC-17/2-E)');
  });
});

describe('refusals', () => {
  it('answers 404 with the field for an unknown meeting or instrument, 400 for a bad query', async () => {
    expectApiError(
      await t.app.inject({ method: 'GET', url: '/api/v1/meetings/no-such-meeting/compilation' }),
      404,
      'not_found',
      { path: ['params', 'meeting'] },
    );
    expectApiError(await get('?format=pdf'), 400, 'validation_failed', { path: ['query', 'format'] });
    expectApiError(await get('?lang=xx'), 400, 'validation_failed', { path: ['query', 'lang'] });
    expectApiError(await get('?instrument=frobnicate'), 400, 'validation_failed', {
      path: ['query', 'instrument'],
      issue: 'invalid_instrument',
    });
    expectApiError(await get('?instrument=resolution%2099999'), 404, 'not_found', { path: ['query', 'instrument'] });
    expectApiError(await get('?instrument=00000000-0000-4000-8000-000000000000'), 404, 'not_found', {
      path: ['query', 'instrument'],
    });
    expectApiError(await get(`?instrument=${englishOnly}&lang=ar`), 400, 'validation_failed', {
      path: ['query', 'lang'],
      issue: 'language_not_stored',
    });
  });

  it('is documented under the synoptic tag', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/openapi.json' });
    const { paths } = response.json<{ paths: Record<string, Record<string, { tags?: string[] }>> }>();
    expect(paths['/api/v1/meetings/{meeting}/compilation']?.get?.tags).toEqual(['synoptic']);
  });
});

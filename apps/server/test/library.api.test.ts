import { readFileSync } from 'node:fs';
import type { Instrument, InstrumentVersion } from '@tansiq/api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemo } from '../src/index.ts';
import { signedIn, type SignedIn } from './account-helpers.ts';
import { countRows, expectApiError, getData, openTestApp, operator, type TestApp } from './helpers.ts';
import { sampleResolution } from './write-routes.ts';

const GOLDEN = new URL('../../../packages/domain/src/texts/golden/', import.meta.url);
const golden = (name: string) => readFileSync(new URL(name, GOLDEN), 'utf8');

let t: TestApp;
let secretariat: SignedIn;

beforeAll(async () => {
  t = await openTestApp();
  await loadDemo(t.as(operator));
  secretariat = await signedIn(t, 'secretariat');
});

afterAll(async () => {
  await t?.close();
});

const importText = (payload: Record<string, unknown>) =>
  t.app.inject({ method: 'POST', url: '/api/v1/instruments/import', headers: secretariat.headers, payload });

describe('the texts library', () => {
  it('holds the demo’s sample Resolution 901 (Rev. Dubai, 2014) in the six languages', async () => {
    const list = await getData<Instrument[]>(t, '/api/v1/instruments?kind=resolution');
    const r901 = list.find((instrument) => instrument.number === '901')!;
    expect(r901.title.en).toContain('sample text');
    expect(r901.versions).toEqual([
      expect.objectContaining({
        label: 'Rev. Dubai, 2014',
        status: 'in-force',
        languages: ['ar', 'zh', 'en', 'fr', 'ru', 'es'],
      }),
    ]);
    const version = await getData<InstrumentVersion>(
      t,
      `/api/v1/instrument-versions/${r901.versions[0]!.id}?lang=en,ar`,
    );
    expect(Object.keys(version.texts)).toEqual(['ar', 'en']);
    expect(version.texts.en!.revision).toBe('Rev. Dubai, 2014');
    const resolves2 = version.provisions.find((provision) => provision.id === 'resolves.2')!;
    expect(resolves2).toMatchObject({ section: 'operative', headingKey: 'resolves', key: '2', parent: null });
    expect(Object.keys(resolves2.texts).sort()).toEqual(['ar', 'en']);
    expect(resolves2.texts.en!.text).toBe('that the centres should:');
    expect(version.provisions.find((provision) => provision.id === 'resolves.2.i')!.parent).toBe('resolves.2');
    expect(version.provisions.map((provision) => provision.id)).toContain('annex-1.2.b');
  });

  it('aligns the Russian, Chinese and Spanish texts with the others by provision id', async () => {
    const list = await getData<Instrument[]>(t, '/api/v1/instruments?kind=resolution');
    const r901 = list.find((instrument) => instrument.number === '901')!;
    const version = await getData<InstrumentVersion>(
      t,
      `/api/v1/instrument-versions/${r901.versions[0]!.id}?lang=ru,zh,es,en`,
    );
    expect(Object.keys(version.texts).sort()).toEqual(['en', 'es', 'ru', 'zh']);
    expect(version.texts.zh!.revision).toBe('2014年，迪拜，修订版');
    for (const provision of version.provisions) {
      expect(Object.keys(provision.texts).sort(), provision.id).toEqual(['en', 'es', 'ru', 'zh']);
    }
    const resolves2 = version.provisions.find((provision) => provision.id === 'resolves.2')!;
    expect(resolves2.texts.ru!.text).toBe('что центрам следует:');
    expect(resolves2.texts.zh!.text).toBe('社区中心应：');
    expect(resolves2.texts.es!.heading).toBe('resuelve');
  });

  it('rejects a language the library does not hold, naming the query field', async () => {
    const list = await getData<Instrument[]>(t, '/api/v1/instruments?kind=resolution');
    const response = await t.app.inject({
      method: 'GET',
      url: `/api/v1/instrument-versions/${list[0]!.versions[0]!.id}?lang=en,de`,
    });
    expect(response.statusCode).toBe(400);
    expect(JSON.stringify(response.json())).toContain('lang');
  });

  it('gives each version’s label as its text in each language prints it', async () => {
    const list = await getData<Instrument[]>(t, '/api/v1/instruments?kind=resolution');
    const r901 = list.find((instrument) => instrument.number === '901')!;
    expect(r901.versions[0]!.labels).toEqual({
      ar: 'المراجَع في دبي، 2014',
      zh: '2014年，迪拜，修订版',
      en: 'Rev. Dubai, 2014',
      fr: 'Rév. Dubaï, 2014',
      ru: 'Пересм. Дубай, 2014 г.',
      es: 'Rev. Dubái, 2014',
    });
    const one = await getData<Instrument>(t, `/api/v1/instruments/${r901.id}`);
    expect(one.versions[0]!.labels.ar).toBe('المراجَع في دبي، 2014');
  });

  it('stores a further language version that aligns, and refuses one that does not', async () => {
    const en = golden('sample-resolution-901-en.txt').replaceAll('901', '911');
    const ar = golden('sample-resolution-901-ar.txt').replaceAll('901', '911');
    const first = await importText({ text: en, versionLabel: 'Rev. Buenos Aires, 2017' });
    expect(first.statusCode, first.body).toBe(201);
    expect(first.json<{ data: { created: boolean; language: string } }>().data).toMatchObject({
      created: true,
      language: 'en',
    });
    const second = await importText({ text: ar, versionLabel: 'Rev. Buenos Aires, 2017' });
    expect(second.statusCode, second.body).toBe(201);
    expect(second.json<{ data: { created: boolean; language: string } }>().data).toMatchObject({
      created: false,
      language: 'ar',
    });

    const again = await importText({ text: ar, versionLabel: 'Rev. Buenos Aires, 2017' });
    expectApiError(again, 409, 'conflict', { path: ['language'] });

    const shorter = golden('sample-resolution-901-fr.txt')
      .replaceAll('901', '911')
      .split('\n')
      .filter((line) => !line.startsWith('abis)'))
      .join('\n');
    const before = await countRows(t.db);
    const misaligned = await importText({ text: shorter, versionLabel: 'Rev. Buenos Aires, 2017' });
    expectApiError(misaligned, 400, 'provisions_misaligned', { path: ['provisions', 'recognizing.abis'] });
    expect(await countRows(t.db)).toEqual(before);
  });

  it('stores the Spanish, Russian and Chinese versions beside the English one, told or detected', async () => {
    const text = (language: string) => golden(`sample-resolution-901-${language}.txt`).replaceAll('901', '912');
    const label = 'Rev. Buenos Aires, 2017';
    expect((await importText({ text: text('en'), versionLabel: label })).statusCode).toBe(201);
    for (const [language, told] of [
      ['es', true],
      ['ru', false],
      ['zh', true],
    ] as const) {
      const response = await importText({ text: text(language), versionLabel: label, ...(told ? { language } : {}) });
      expect(response.statusCode, response.body).toBe(201);
      expect(response.json<{ data: { created: boolean; language: string } }>().data).toMatchObject({
        created: false,
        language,
      });
    }
    // The version holds a Russian text already: a second one is refused, naming the field.
    const shorter = text('ru')
      .split('\n')
      .filter((line) => !line.startsWith('abis)'))
      .join('\n');
    const misaligned = await importText({ text: shorter, versionLabel: 'Rev. Buenos Aires, 2017', language: 'ru' });
    expectApiError(misaligned, 409, 'conflict', { path: ['language'] });
  });

  it('refuses a language it does not read, naming the field', async () => {
    const response = await importText({
      text: golden('sample-resolution-901-en.txt'),
      versionLabel: 'X',
      language: 'de',
    });
    expectApiError(response, 400, 'validation_failed', { path: ['language'] });
  });

  it('refuses a text it cannot parse, naming the line, and writes nothing', async () => {
    const before = await countRows(t.db);
    const response = await importText({
      text: 'RESOLUTION 5\nSubject\nNo headings here.',
      versionLabel: 'Dubai, 2014',
    });
    expectApiError(response, 400, 'unparsable_text');
    expect(response.json<{ error: { issues: { path: unknown[] }[] } }>().error.issues[0]!.path).toEqual(['line', 1]);
    expect(await countRows(t.db)).toEqual(before);
  });

  it('refuses an unknown meeting of adoption, and a reader who is not the secretariat', async () => {
    const unknown = await importText({
      text: sampleResolution(),
      versionLabel: 'Rev. Buenos Aires, 2017',
      adoptedAtMeeting: 'nope',
    });
    expectApiError(unknown, 400, 'validation_failed', { path: ['adoptedAtMeeting'] });
    const delegate = await signedIn(t, 'delegate', { memberStateIso3: 'EGY' });
    const refused = await t.app.inject({
      method: 'POST',
      url: '/api/v1/instruments/import',
      headers: delegate.headers,
      payload: { text: sampleResolution(), versionLabel: 'Rev. Buenos Aires, 2017' },
    });
    expectApiError(refused, 403, 'forbidden');
  });

  it('answers 404 for an unknown instrument or version', async () => {
    const id = '00000000-0000-4000-8000-000000000000';
    expectApiError(await t.app.inject({ url: `/api/v1/instruments/${id}` }), 404, 'not_found');
    expectApiError(await t.app.inject({ url: `/api/v1/instrument-versions/${id}` }), 404, 'not_found');
    expectApiError(await t.app.inject({ url: '/api/v1/instrument-versions/not-a-uuid' }), 400, 'validation_failed', {
      path: ['params', 'id'],
    });
  });
});

describe('lineage', () => {
  it('records that one text was merged into another, once, and shows it on both', async () => {
    const imported = [];
    for (const number of ['8101', '8102']) {
      const response = await importText({ text: sampleResolution(number), versionLabel: 'Rev. Buenos Aires, 2017' });
      imported.push(response.json<{ data: { instrumentId: string } }>().data.instrumentId);
    }
    const [from, to] = imported as [string, string];
    const link = (payload: Record<string, unknown>, id = from) =>
      t.app.inject({ method: 'POST', url: `/api/v1/instruments/${id}/lineage`, headers: secretariat.headers, payload });
    const created = await link({ relation: 'merged-into', instrument: to, meeting: 'wtdc-17' });
    expect(created.statusCode, created.body).toBe(201);
    const lineage = created.json<{ data: Instrument }>().data.lineage;
    expect(lineage.map((entry) => [entry.relation, entry.direction, entry.instrument.number])).toEqual([
      ['merged-into', 'outgoing', '8102'],
    ]);
    const other = await getData<Instrument>(t, `/api/v1/instruments/${to}`);
    expect(other.lineage).toEqual([expect.objectContaining({ relation: 'merged-into', direction: 'incoming' })]);

    const before = await countRows(t.db);
    expectApiError(await link({ relation: 'merged-into', instrument: to }), 409, 'conflict');
    expectApiError(await link({ relation: 'revises', instrument: from }), 400, 'validation_failed', {
      path: ['instrument'],
    });
    expectApiError(await link({ relation: 'revises', instrument: to, meeting: 'nope' }), 400, 'validation_failed', {
      path: ['meeting'],
    });
    expectApiError(await link({ relation: 'replaces', instrument: to }), 400, 'validation_failed', {
      path: ['relation'],
    });
    expect(await countRows(t.db)).toEqual(before);
  });
});

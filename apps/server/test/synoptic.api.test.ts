import type { AddProposalBody, CreateContributionBody, RegionDivergence, Synoptic, SynopticSummary } from '@tansiq/api';
import type { ProposalMark } from '@tansiq/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemo } from '../src/index.ts';
import {
  addProposal,
  createContribution,
  submitContribution,
} from '../src/modules/contributions/contribution.service.ts';
import { withdrawDocument } from '../src/modules/contributions/document.service.ts';
import { importInstrumentText } from '../src/modules/library/library.service.ts';
import { signedIn } from './account-helpers.ts';
import { contributionBody, version901 } from './contribution-helpers.ts';
import { expectApiError, getData, makeMeeting, openTestApp, operator, type TestApp } from './helpers.ts';

let t: TestApp;
let meeting: string;
let version: string;
let englishOnly: string;

const TEXT = {
  en: [
    'RESOLUTION 8801 (Rev. Buenos Aires, 2017)',
    'A sample resolution for synoptic tests',
    'The World Telecommunication Development Conference (Buenos Aires, 2017),',
    'considering',
    'a)\tthat tests need texts;',
    'b)\tthat texts need tests,',
    'resolves',
    '1\tto import this text;',
    '2\tto read it back;',
    '3\tto compile it.',
  ],
  fr: [
    'RÉSOLUTION 8801 (Rév. Buenos Aires, 2017)',
    'Une résolution d’exemple pour les tests de compilation',
    'La Conférence mondiale de développement des télécommunications (Buenos Aires, 2017),',
    'considérant',
    'a)\tque les tests ont besoin de textes;',
    'b)\tque les textes ont besoin de tests,',
    'décide',
    '1\td’importer ce texte;',
    '2\tde le relire;',
    '3\tde le compiler.',
  ],
};

async function importText(lines: string[], language: 'en' | 'fr') {
  const { versionId } = await importInstrumentText(t.as(operator), {
    text: lines.join('\n'),
    language,
    versionLabel: 'Rev. Buenos Aires, 2017',
    status: 'in-force',
    adoptedAtMeeting: null,
    instrumentTitle: null,
  });
  return versionId;
}

type Proposal = [ProposalMark, string | null, string | null];

/** A contribution of `source` with `proposals` ([mark, provision or null for the whole text, text]), submitted. */
async function contribute(
  on: string,
  source: Partial<CreateContributionBody>,
  proposals: Proposal[],
  options: { submit?: boolean } = {},
) {
  const ctx = t.as(operator);
  const document = await createContribution(ctx, contributionBody(meeting, source));
  for (const [mark, provisionId, text] of proposals) {
    const body: AddProposalBody = {
      mark,
      target:
        provisionId === null ? { kind: 'text', versionId: on } : { kind: 'provision', versionId: on, provisionId },
      text,
      reasons: mark === 'SUP' || mark === 'NOC' ? 'Reasons.' : null,
    };
    await addProposal(ctx, document.id, body);
  }
  if (options.submit !== false) {
    await submitContribution(ctx, document.id);
  }
  return document;
}

const national = (iso3: string, extra: Partial<CreateContributionBody> = {}) => ({
  memberState: iso3,
  organization: null,
  ...extra,
});
const common = (organization: 'ATU' | 'CEPT'): Partial<CreateContributionBody> => ({
  memberState: null,
  organization,
});

beforeAll(async () => {
  t = await openTestApp();
  meeting = (await makeMeeting(t)).meeting.code;
  version = await importText(TEXT.en, 'en');
  await importText(TEXT.fr, 'fr');
  englishOnly = await importText(
    TEXT.en.map((line) => line.replace('8801', '8802')),
    'en',
  );
  await contribute(version, national('EGY'), [
    ['SUP', 'considering.b', null],
    ['MOD', 'resolves.1', 'to import this text quickly;'],
    ['MOD', 'resolves.2', 'to read it back twice;'],
    ['ADD', 'considering.c', 'that tests need time,'],
  ]);
  await contribute(version, common('ATU'), [
    ['MOD', 'considering.a', 'that good tests need texts;'],
    ['MOD', 'resolves.1', 'to import this text quickly;'],
  ]);
  await contribute(version, common('CEPT'), [
    ['MOD', 'considering.a', 'that tests need clear texts;'],
    ['MOD', 'considering.b', 'that texts need many tests,'],
    ['MOD', 'resolves.2', 'to read it back once;'],
  ]);
  // Egypt's second word on resolves.2, in a later contribution: it replaces the first.
  await contribute(version, national('EGY'), [['MOD', 'resolves.2', 'to read it back twice and slowly;']]);
  // Not counted: a draft, a withdrawn contribution.
  await contribute(version, national('BRA'), [['MOD', 'resolves.3', 'to compile it at once.']], { submit: false });
  const withdrawn = await contribute(version, national('ARG'), [['MOD', 'resolves.3', 'to compile it twice.']]);
  await withdrawDocument(t.as(operator), withdrawn.id);
  // Read by access level: members only; authors only.
  await contribute(version, national('JPN', { access: 'members' }), [['NOC', 'resolves.3', null]]);
  await contribute(version, national('USA', { access: 'authors' }), [['SUP', 'resolves.3', null]]);
  // In French: diffed against the French base; on a version stored in English only, shown without a diff.
  await contribute(version, national('SEN', { originalLanguage: 'fr' }), [
    ['MOD', 'resolves.3', 'de le compiler vite.'],
  ]);
  await contribute(englishOnly, national('SEN', { originalLanguage: 'fr' }), [
    ['MOD', 'resolves.3', 'de le compiler vite.'],
  ]);
  await contribute(englishOnly, national('CHN'), [['SUP', null, null]]);
});

afterAll(() => t.close());

const synoptic = (query = '', headers: Record<string, string> = {}) =>
  t.app.inject({ method: 'GET', url: `/api/v1/meetings/${meeting}/synoptic/${version}${query}`, headers });

async function compiled(query = '', headers: Record<string, string> = {}): Promise<Synoptic> {
  const response = await synoptic(query, headers);
  expect(response.statusCode, response.body).toBe(200);
  return response.json<{ data: Synoptic }>().data;
}

const rowOf = (data: Synoptic, id: string) => data.rows.find((row) => row.id === id)!;
const entryOf = (data: Synoptic, id: string, source: string) =>
  rowOf(data, id).entries.find((entry) => entry.source === source)!;

describe('GET /meetings/:meeting/synoptic/:version', () => {
  it('compiles the submitted proposals a reader may see, one source per author, in order of first document', async () => {
    const data = await compiled();
    expect(data.language).toBe('en');
    expect(data.sources.map((source) => [source.source, source.region])).toEqual([
      ['EGY', 'arab-states'],
      ['AFCP', 'africa'],
      ['EUR', 'europe'],
      ['SEN', 'africa'],
    ]);
    expect(data.sources[0]!.documents).toHaveLength(2);
    expect(data.rows.map((row) => [row.id, row.class])).toEqual([
      ['considering.a', 'compatible'],
      ['considering.b', 'sup-mod'],
      ['considering.c', 'single'],
      ['resolves.1', 'same'],
      ['resolves.2', 'conflict'],
      ['resolves.3', 'single'],
    ]);
    expect(data.classes).toEqual({ unchanged: 0, single: 2, same: 1, compatible: 1, conflict: 1, 'sup-mod': 1 });
    expect(rowOf(data, 'considering.b').divergence).toBe(1);
    expect(data.divergence).toBeGreaterThan(0);
    expect(data.pairs).toHaveLength(6);
  });

  it('shows each change inline with its mark and proposal number; a later proposal of an author replaces its first', async () => {
    const data = await compiled();
    const egypt = entryOf(data, 'resolves.2', 'EGY');
    expect(egypt).toMatchObject({ mark: 'MOD', proposed: true, text: 'to read it back twice and slowly;' });
    expect(egypt.number).toMatch(/^EGY\/\d+\/1$/);
    expect(egypt.ops.filter((op) => op.op === 'insert').map((op) => op.text.trim())).toEqual(['twice and slowly']);
    expect(entryOf(data, 'resolves.2', 'EUR').ops).toContainEqual({ op: 'insert', text: ' once' });
    expect(entryOf(data, 'considering.b', 'EGY')).toMatchObject({ mark: 'SUP', text: null });
    expect(entryOf(data, 'considering.a', 'EGY')).toMatchObject({ mark: 'NOC', proposed: false, number: null });
  });

  it('places an ADD after the base provision it follows, with the heading and number of its siblings', async () => {
    const data = await compiled();
    const ids = data.rows.map((row) => row.id);
    expect(ids.indexOf('considering.c')).toBe(ids.indexOf('considering.b') + 1);
    expect(rowOf(data, 'considering.c')).toMatchObject({ heading: 'considering', num: 'c)', base: null });
    expect(entryOf(data, 'considering.c', 'EGY')).toMatchObject({ mark: 'ADD', text: 'that tests need time,' });
  });

  it('shows two contributions adding one provision in different words on one row, a conflict', async () => {
    // At a meeting of its own, so that the other tests' compilations stay as they are.
    const elsewhere = (await makeMeeting(t)).meeting.code;
    await contribute(version, national('EGY', { meeting: elsewhere }), [['ADD', 'resolves.4', 'to report on it.']]);
    await contribute(version, { ...common('ATU'), meeting: elsewhere }, [
      ['ADD', 'resolves.4', 'to report on it yearly.'],
      ['ADD', 'resolves.5', 'to keep it short.'],
    ]);
    const data = await getData<Synoptic>(t, `/api/v1/meetings/${elsewhere}/synoptic/${version}`);
    const added = data.rows.filter((row) => row.base === null);
    expect(added.map((row) => [row.id, row.num, row.class, row.divergence])).toEqual([
      ['resolves.4', '4', 'conflict', 0.5],
      ['resolves.5', '5', 'single', 0],
    ]);
    expect(added[0]!.entries.map((entry) => [entry.source, entry.mark, entry.text])).toEqual([
      ['EGY', 'ADD', 'to report on it.'],
      ['AFCP', 'ADD', 'to report on it yearly.'],
    ]);
  });

  it('leaves out drafts and withdrawn contributions, and follows each document’s access level', async () => {
    const anonymous = await compiled();
    for (const hidden of ['BRA', 'ARG', 'JPN', 'USA']) {
      expect(anonymous.sources.map((source) => source.source)).not.toContain(hidden);
    }
    const delegate = await signedIn(t, 'delegate', { memberStateIso3: 'EGY' });
    const member = await compiled('', delegate.cookieHeaders);
    expect(member.sources.map((source) => source.source)).toContain('JPN');
    expect(member.sources.map((source) => source.source)).not.toContain('USA');
    const secretariat = await signedIn(t, 'secretariat');
    const all = await compiled('', secretariat.cookieHeaders);
    expect(all.sources.map((source) => source.source)).toEqual(['EGY', 'AFCP', 'EUR', 'JPN', 'USA', 'SEN']);
    expect(entryOf(all, 'resolves.3', 'USA')).toMatchObject({ mark: 'SUP', proposed: true });
    expect(rowOf(all, 'resolves.3').class).toBe('sup-mod');
  });

  it('diffs a text in another language against the base in that language, or shows it without a diff', async () => {
    const english = await compiled();
    const french = entryOf(english, 'resolves.3', 'SEN');
    expect(french).toMatchObject({ language: 'fr', diffed: true, text: 'de le compiler vite.' });
    expect(french.ops).toContainEqual({ op: 'insert', text: ' vite' });
    expect(entryOf(english, 'resolves.1', 'EGY').language).toBe('en');

    const inFrench = await compiled('?lang=fr');
    expect(inFrench.language).toBe('fr');
    expect(rowOf(inFrench, 'resolves.3')).toMatchObject({ base: 'de le compiler.', heading: 'décide' });
    expect(entryOf(inFrench, 'resolves.3', 'SEN')).toMatchObject({ language: 'fr', diffed: true });
    expect(entryOf(inFrench, 'resolves.1', 'EGY')).toMatchObject({ language: 'en', diffed: true });

    const response = await t.app.inject({ method: 'GET', url: `/api/v1/meetings/${meeting}/synoptic/${englishOnly}` });
    const onlyEnglish = response.json<{ data: Synoptic }>().data;
    expect(entryOf(onlyEnglish, 'resolves.3', 'SEN')).toMatchObject({ language: 'fr', diffed: false, ops: [] });
  });

  it('measures in the language of the proposals, whatever language shows the base', async () => {
    const english = await compiled();
    const french = await compiled('?lang=fr');
    expect([english.language, english.proposalLanguage, french.language, french.proposalLanguage]).toEqual([
      'en',
      'en',
      'fr',
      'en',
    ]);
    // Compared with the French base, every English change would replace the whole text: a reader in French
    // still sees the classes and scores of the texts as written.
    expect(french.rows.map((row) => [row.id, row.class, row.divergence])).toEqual(
      english.rows.map((row) => [row.id, row.class, row.divergence]),
    );
    expect([french.divergence, french.classes, french.pairs]).toEqual([
      english.divergence,
      english.classes,
      english.pairs,
    ]);
    expect(rowOf(french, 'considering.a')).toMatchObject({
      class: 'compatible',
      base: 'que les tests ont besoin de textes;',
    });
  });

  it('shows the base in the reader’s language when the version is stored in it (prefer), else as by default', async () => {
    expect((await compiled('?prefer=fr')).language).toBe('fr');
    expect(await compiled('?prefer=ar')).toMatchObject({ language: 'en', proposalLanguage: 'en' });
    expect((await compiled('?lang=en&prefer=fr')).language).toBe('en');
    expectApiError(await synoptic('?prefer=xx'), 400, 'validation_failed', { path: ['query', 'prefer'] });
  });

  it('shows a whole-text SUP on every provision', async () => {
    const data = await getData<Synoptic>(t, `/api/v1/meetings/${meeting}/synoptic/${englishOnly}`);
    expect(data.sources.find((source) => source.source === 'CHN')?.wholeText).toMatchObject({ mark: 'SUP' });
    for (const row of data.rows) {
      expect(row.entries.find((entry) => entry.source === 'CHN')).toMatchObject({ mark: 'SUP', proposed: true });
    }
    expect(rowOf(data, 'resolves.3').class).toBe('sup-mod');
    expect(rowOf(data, 'considering.a').class).toBe('single');
  });

  it('aligns a whole-text MOD with the base: its MOD, ADD and NOCs carry the proposal number', async () => {
    const revised = await importText(
      TEXT.en.map((line) => line.replace('8801', '8803')),
      'en',
    );
    const text = [
      'RESOLUTION 8803 (Rev. Buenos Aires, 2017)',
      'A sample resolution for synoptic tests',
      'The World Telecommunication Development Conference (Buenos Aires, 2017),',
      'considering',
      'a)\tthat tests need texts;',
      'b)\tthat tests need time;',
      'c)\tthat texts need tests,',
      'resolves',
      '1\tto import this text;',
      '2\tto read it back twice;',
      '3\tto compile it.',
    ].join('\n');
    // At a meeting of its own, so that the other tests' compilations stay as they are.
    const elsewhere = (await makeMeeting(t)).meeting.code;
    await contribute(revised, national('KEN', { meeting: elsewhere }), [['MOD', null, text]]);
    // A whole text that does not parse cannot be placed: its author is a source that changes nothing.
    await contribute(revised, national('GHA', { meeting: elsewhere }), [['MOD', null, 'Not a text in ITU layout.']]);
    const data = await getData<Synoptic>(t, `/api/v1/meetings/${elsewhere}/synoptic/${revised}`);
    const ken = (id: string) => rowOf(data, id).entries.find((entry) => entry.source === 'KEN')!;
    expect(ken('resolves.2')).toMatchObject({ mark: 'MOD', text: 'to read it back twice;' });
    expect(ken('resolves.2').number).toMatch(/^KEN\/\d+\/1$/);
    // The inserted b) renumbers the old b) to c): one ADD after considering a), the old b) kept.
    expect(ken('considering.b')).toMatchObject({ mark: 'NOC', number: ken('resolves.2').number });
    const added = data.rows.filter((row) => row.base === null);
    expect(added.map((row) => [row.id, row.class])).toEqual([['considering.a+1', 'single']]);
    expect(ken('considering.a+1')).toMatchObject({ mark: 'ADD', text: 'that tests need time;' });
    expect(data.rows.map((row) => row.id).indexOf('considering.a+1')).toBe(1);
    for (const row of data.rows) {
      expect(row.entries.find((entry) => entry.source === 'GHA')).toMatchObject({ mark: 'NOC' });
    }
  });

  it('answers 404 for an unknown meeting or version and 400 for a bad query', async () => {
    expectApiError(
      await t.app.inject({ method: 'GET', url: `/api/v1/meetings/no-such-meeting/synoptic/${version}` }),
      404,
      'not_found',
      { path: ['params', 'meeting'] },
    );
    expectApiError(
      await t.app.inject({
        method: 'GET',
        url: `/api/v1/meetings/${meeting}/synoptic/00000000-0000-4000-8000-000000000000`,
      }),
      404,
      'not_found',
      { path: ['params', 'version'] },
    );
    expectApiError(
      await t.app.inject({ method: 'GET', url: `/api/v1/meetings/${meeting}/synoptic/not-a-uuid` }),
      400,
      'validation_failed',
      { path: ['params', 'version'] },
    );
    expectApiError(await synoptic('?lang=xx'), 400, 'validation_failed', { path: ['query', 'lang'] });
    expectApiError(await synoptic('?lang=ar'), 400, 'validation_failed', {
      path: ['query', 'lang'],
      issue: 'language_not_stored',
    });
  });
});

describe('GET /meetings/:meeting/synoptic', () => {
  it('lists every version with readable proposals, with its sources, divergence and class counts', async () => {
    const list = await getData<SynopticSummary[]>(t, `/api/v1/meetings/${meeting}/synoptic`);
    expect(list.map((summary) => summary.instrument.number)).toEqual(['8801', '8802']);
    expect(list[0]).toMatchObject({
      version: { id: version, label: 'Rev. Buenos Aires, 2017' },
      language: 'en',
      classes: { same: 1, compatible: 1, 'sup-mod': 1, single: 2, conflict: 1, unchanged: 0 },
    });
    expect(list[1]!.sources).toEqual([
      { source: 'SEN', region: 'africa' },
      { source: 'CHN', region: 'asia-pacific' },
    ]);
  });

  it('is empty for a meeting without proposals, and 404 for an unknown meeting', async () => {
    const other = (await makeMeeting(t)).meeting.code;
    expect(await getData(t, `/api/v1/meetings/${other}/synoptic`)).toEqual([]);
    expectApiError(await t.app.inject({ method: 'GET', url: '/api/v1/meetings/nowhere/synoptic' }), 404, 'not_found', {
      path: ['params', 'meeting'],
    });
  });
});

describe('GET /meetings/:meeting/divergence', () => {
  it('gives the region-by-region matrix and the provisions that most divide the regions', async () => {
    const data = await getData<RegionDivergence>(t, `/api/v1/meetings/${meeting}/divergence?limit=3`);
    expect(data.regions.map((region) => [region.id, region.sources])).toEqual([
      ['africa', ['AFCP', 'SEN']],
      ['arab-states', ['EGY']],
      ['asia-pacific', ['CHN']],
      ['europe', ['EUR']],
    ]);
    expect(data.regions[1]!.name.en).toBe('Arab States');
    const size = data.regions.length;
    expect(data.matrix).toHaveLength(size);
    for (let i = 0; i < size; i++) {
      for (let j = 0; j < size; j++) {
        expect(data.matrix[i]![j]).toBe(data.matrix[j]![i]);
        expect(data.matrix[i]![j]).toBeGreaterThanOrEqual(0);
        expect(data.matrix[i]![j]).toBeLessThanOrEqual(1);
      }
    }
    const arab = 1;
    const europe = 3;
    expect(data.matrix[arab]![europe]).toBeGreaterThan(data.matrix[0]![arab]!);
    expect(data.hotSpots).toHaveLength(3);
    expect(data.hotSpots[0]).toMatchObject({
      provisionId: 'considering.b',
      class: 'sup-mod',
      regionDivergence: 1,
      regions: ['arab-states', 'europe'],
      sources: ['EGY', 'EUR'],
      instrument: { number: '8801' },
    });
  });

  it('answers 400 for a bad limit and 404 for an unknown meeting', async () => {
    expectApiError(
      await t.app.inject({ method: 'GET', url: `/api/v1/meetings/${meeting}/divergence?limit=0` }),
      400,
      'validation_failed',
      { path: ['query', 'limit'] },
    );
    expectApiError(
      await t.app.inject({ method: 'GET', url: '/api/v1/meetings/nowhere/divergence' }),
      404,
      'not_found',
      {
        path: ['params', 'meeting'],
      },
    );
  });
});

describe('the OpenAPI document', () => {
  it('documents the three read-only endpoints under the synoptic tag', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/openapi.json' });
    const { paths } = response.json<{ paths: Record<string, Record<string, { tags?: string[] }>> }>();
    for (const path of [
      '/api/v1/meetings/{meeting}/synoptic',
      '/api/v1/meetings/{meeting}/synoptic/{version}',
      '/api/v1/meetings/{meeting}/divergence',
    ]) {
      expect(Object.keys(paths[path] ?? {}), path).toEqual(['get']);
      expect(paths[path]?.get?.tags).toEqual(['synoptic']);
    }
  });
});

describe('the demo', () => {
  it('shows every kind of divergence on sample Resolution 901 at WTDC-17', async () => {
    await loadDemo(t.as(operator));
    const data = await getData<Synoptic>(t, `/api/v1/meetings/wtdc-17/synoptic/${await version901(t)}`);
    expect(data.sources.map((source) => source.source)).toEqual(['EGY', 'AFCP', 'EUR', 'BRA']);
    const classOf = (id: string) => rowOf(data, id).class;
    expect(classOf('resolves.2')).toBe('same');
    expect(classOf('instructs-director.1')).toBe('compatible');
    expect(classOf('resolves.1')).toBe('conflict');
    expect(classOf('recognizing.abis')).toBe('sup-mod');
    expect(classOf('considering.d')).toBe('single');
    const ids = data.rows.map((row) => row.id);
    expect(ids.indexOf('resolves.4')).toBe(ids.indexOf('resolves.3') + 1);
    const divergence = await getData<RegionDivergence>(t, '/api/v1/meetings/wtdc-17/divergence');
    expect(divergence.regions.map((region) => region.id)).toEqual(['africa', 'americas', 'arab-states', 'europe']);
    expect(divergence.hotSpots[0]?.provisionId).toBe('recognizing.abis');
  });
});

import { readFileSync } from 'node:fs';
import type { AdoptedTranslation, AdoptionPreview, ConsolidationDraft, InstrumentVersion } from '@tansiq/api';
import { findProposalsWithDocuments } from '@tansiq/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importInstrumentText } from '../src/modules/library/library.service.ts';
import { getTranslation, moveTranslation, saveTranslation } from '../src/modules/translations/translation.service.ts';
import { auditRowsAfter, lastAuditSequence, jsonRequest } from './account-helpers.ts';
import { consolidationApi, contribute, draftOf, provisionOf } from './consolidation-helpers.ts';
import { tokenCaller, type Caller } from './contribution-helpers.ts';
import { countRows, expectApiError, getData, makeMeeting, openTestApp, operator, type TestApp } from './helpers.ts';

/*
 * Issue 16, consolidation in any language: an Arabic draft merges Egypt's Arabic MOD and Germany's English MOD
 * through its published Arabic translation, each change under its proposal's number; the adopted version is
 * Arabic, and its other language versions are imported afterwards, aligned by provision id or refused whole.
 */

const GOLDEN = new URL('../../../packages/domain/src/texts/golden/', import.meta.url);
const NUMBER = '9801';
/** The sample Resolution 901 in `language`, under a number of its own. */
const sample = (language: string) =>
  readFileSync(new URL(`sample-resolution-901-${language}.txt`, GOLDEN), 'utf8').replaceAll('901', NUMBER);

const BASE_AR = 'تشجيع إنشاء مراكز مجتمعية للمهارات الرقمية؛';
const EGYPT_AR = 'تشجيع إنشاء مراكز مجتمعية للمهارات الرقمية وتمويلها؛';
const GERMANY_EN = 'to encourage the establishment of accessible community centres for digital skills;';
const GERMANY_AR = 'تشجيع إنشاء مراكز مجتمعية ميسّرة للمهارات الرقمية؛';
const MERGED_AR = 'تشجيع إنشاء مراكز مجتمعية ميسّرة للمهارات الرقمية وتمويلها؛';
const EGYPT_EN = 'to encourage the establishment of community centres for digital skills and their funding;';
/** Resolves 1 as the English readers see Germany's original and Egypt's translation merged. */
const MERGED_EN =
  'to encourage the establishment of accessible community centres for digital skills and their funding;';
/** The chair's own words on resolves 3, which no translation gives. */
const EDITED_AR = 'تبادل الخبرات بين المناطق من خلال لجنتي الدراسات والمكاتب الإقليمية،';
const EDITED_EN = 'to share experience among the regions through the study groups and the regional offices,';
const ADOPTED_LABEL = 'Rev. Cairo, 2017';

let t: TestApp;
let chair: Caller;
let secretariat: Caller;
let meeting: string;
let versionId: string;
let egypt: string;
let germany: string;
let germanyDocument: string;
let egyptDocument: string;

beforeAll(async () => {
  t = await openTestApp();
  chair = await tokenCaller(t, 'chair');
  secretariat = await tokenCaller(t, 'secretariat');
  ({
    meeting: { code: meeting },
  } = await makeMeeting(t, {
    city: { en: 'Cairo', ar: 'القاهرة', fr: 'Le Caire' },
    countryIso3: 'EGY',
    timeZone: 'Africa/Cairo',
    languages: ['ar', 'zh', 'en', 'fr', 'ru', 'es'],
  }));
  const ctx = t.as(operator);
  const imported = (language: 'en' | 'ar' | 'fr') =>
    importInstrumentText(ctx, {
      text: sample(language),
      language,
      versionLabel: 'Rev. Buenos Aires, 2017',
      status: 'in-force',
      adoptedAtMeeting: null,
      instrumentTitle: null,
    });
  versionId = (await imported('en')).versionId;
  await imported('ar');
  await imported('fr');
  egypt = (
    await contribute(
      t,
      meeting,
      versionId,
      { memberState: 'EGY', originalLanguage: 'ar', title: { ar: 'مقترحات مصر', en: 'Proposals of Egypt' } },
      [['MOD', 'resolves.1', EGYPT_AR]],
    )
  )[0]!;
  germany = (
    await contribute(t, meeting, versionId, { memberState: 'DEU', originalLanguage: 'en' }, [
      ['MOD', 'resolves.1', GERMANY_EN],
    ])
  )[0]!;
  germanyDocument = (await findProposalsWithDocuments(t.db, [germany]))[0]!.document.id;
  egyptDocument = (await findProposalsWithDocuments(t.db, [egypt]))[0]!.document.id;
});

afterAll(async () => {
  await t?.close();
});

const api = () => consolidationApi(t, chair.headers);

/** A contribution's version in `language` with its one proposal's text: saved (in translation), then published. */
async function translate(document: string, language: 'ar' | 'en', text: string, publish = true) {
  const ctx = t.as(operator);
  const current = await getTranslation(ctx, document, language);
  const [proposal] = current.proposals;
  const saved = await saveTranslation(ctx, document, language, {
    title: language === 'ar' ? 'مقترحات' : 'Proposals',
    proposals: [
      { number: proposal!.original.row.number, mark: 'MOD', target: proposal!.original.target, text, reasons: null },
    ],
    expectedRevision: current.version?.revision ?? 0,
  });
  if (publish) {
    await moveTranslation(ctx, document, language, { status: 'published', expectedRevision: saved.version!.revision });
  }
}

const adoptedTranslation = (draftId: string, language: string) =>
  t.app.inject(
    jsonRequest(
      'GET',
      `/api/v1/consolidation-drafts/${draftId}/adopted-translation/${language}`,
      undefined,
      chair.headers,
    ),
  );

const importText = (text: string, language: string) =>
  t.app.inject(
    jsonRequest(
      'POST',
      '/api/v1/instruments/import',
      { text, language, versionLabel: ADOPTED_LABEL },
      secretariat.headers,
    ),
  );

/** The sample in `language` as adopted at Cairo: its revision line and resolves 1 (the first item 1) replaced. */
function adoptedIn(language: 'en' | 'fr', revision: string, resolves1: string): string {
  const text = sample(language).replace(/\((Rev|Rév)\. Buenos Aires, 2017\)/g, `(${revision})`);
  const start = text.indexOf('\n1\t') + 1;
  const end = text.indexOf('\n', start);
  return `${text.slice(0, start)}1\t${resolves1}${text.slice(end)}`;
}

describe('a consolidation draft in Arabic', () => {
  let draft: ConsolidationDraft;

  it('shows an English proposal awaiting translation, and refuses it', async () => {
    draft = draftOf(await api().create({ meeting, version: versionId, language: 'ar' }), 201);
    const resolves1 = provisionOf(draft, 'resolves.1');
    expect(resolves1.base).toBe(BASE_AR);
    const available = new Map(resolves1.available.map((proposal) => [proposal.id, proposal]));
    expect(available.get(egypt)).toMatchObject({
      shownAs: 'original',
      language: 'ar',
      text: EGYPT_AR,
      original: { language: 'ar', text: EGYPT_AR },
    });
    expect(available.get(germany)).toMatchObject({
      shownAs: 'awaiting-translation',
      language: 'en',
      text: GERMANY_EN,
      original: { language: 'en', text: GERMANY_EN },
    });
    const before = await countRows(t.db);
    expectApiError(await api().pick(draft.id, 'resolves.1', [egypt, germany], draft.revision), 400, 'invalid_pick', {
      path: ['proposals', 1],
      issue: 'other_language',
    });
    expect(await countRows(t.db)).toEqual(before);
  });

  it('still refuses it while its translation is being made (not published)', async () => {
    await translate(germanyDocument, 'ar', GERMANY_AR, false);
    const error = expectApiError(
      await api().pick(draft.id, 'resolves.1', [germany], draft.revision),
      400,
      'invalid_pick',
      { path: ['proposals', 0], issue: 'other_language' },
    );
    expect(error.issues![0]!.message).toContain('awaits translation into ar');
  });

  it('merges it through its published translation with Egypt’s MOD, each change under its number', async () => {
    await moveTranslation(t.as(operator), germanyDocument, 'ar', {
      status: 'published',
      expectedRevision: (await getTranslation(t.as(operator), germanyDocument, 'ar')).version!.revision,
    });
    draft = draftOf(await api().get(draft.id));
    const shown = provisionOf(draft, 'resolves.1').available.find((proposal) => proposal.id === germany)!;
    expect(shown).toMatchObject({
      shownAs: 'translation',
      language: 'ar',
      text: GERMANY_AR,
      original: { language: 'en', text: GERMANY_EN },
    });
    const sequence = await lastAuditSequence(t.db);
    draft = draftOf(await api().pick(draft.id, 'resolves.1', [egypt, germany], draft.revision));
    const resolves1 = provisionOf(draft, 'resolves.1');
    expect(resolves1.text).toBe(MERGED_AR);
    expect(resolves1.openBrackets).toEqual([]);
    const inserted = resolves1.parts.filter((part) => part.kind === 'insert');
    expect(inserted.map((part) => [part.text.trim(), part.kind === 'insert' && part.from])).toEqual([
      ['ميسّرة', { kind: 'proposal', numbers: [shown.number] }],
      ['وتمويلها', { kind: 'proposal', numbers: [provisionOf(draft, 'resolves.1').available[0]!.number] }],
    ]);
    expect(shown.number).toMatch(/^DEU\//);
    expect(provisionOf(draft, 'resolves.1').available[0]!.number).toMatch(/^EGY\//);
    const [audit] = await auditRowsAfter(t.db, sequence);
    expect(audit).toMatchObject({
      action: 'consolidation.draft.pick',
      changes: {
        picks: { after: [expect.stringMatching(/^EGY\//), shown.number] },
        translations: { after: [shown.number] },
      },
    });
  });

  it('previews and adopts an Arabic version naming both sources', async () => {
    draft = draftOf(await api().edit(draft.id, 'resolves.3', EDITED_AR, draft.revision));
    // Egypt's English version, published before adoption, serves the English text drafted afterwards.
    await translate(egyptDocument, 'en', EGYPT_EN);
    const preview = await t.app.inject(
      jsonRequest('GET', `/api/v1/consolidation-drafts/${draft.id}/adoption-preview`, undefined, chair.headers),
    );
    expect(preview.statusCode, preview.body).toBe(200);
    const changes = preview.json<{ data: AdoptionPreview }>().data.changes;
    const number = (id: string) => provisionOf(draft, 'resolves.1').available.find((one) => one.id === id)!.number;
    expect(changes).toEqual([
      expect.objectContaining({
        kind: 'modified',
        provision: 'resolves.1',
        after: MERGED_AR,
        by: {
          // In the order of the changes in the text: Germany's word comes first.
          proposals: [
            { number: number(germany), source: 'DEU' },
            { number: number(egypt), source: 'EGY' },
          ],
          chair: false,
        },
      }),
      expect.objectContaining({
        kind: 'modified',
        provision: 'resolves.3',
        after: EDITED_AR,
        by: { proposals: [], chair: true },
      }),
    ]);
    draft = draftOf(await api().adopt(draft.id, draft.revision));
    expect(draft.adoption).toMatchObject({ outcome: 'revised', version: { label: ADOPTED_LABEL }, languages: ['ar'] });
    const adopted = await getData<InstrumentVersion>(t, `/api/v1/instrument-versions/${draft.adoption!.version!.id}`);
    expect(Object.keys(adopted.texts)).toEqual(['ar']);
    expect(adopted.provisions.find((provision) => provision.id === 'resolves.1')!.texts.ar!.text).toBe(MERGED_AR);
  });
});

describe('the other language versions of the adopted text', () => {
  let draft: ConsolidationDraft;
  /** The English text drafted, with the chair's words translated by hand. */
  let englishText = '';
  const number = (id: string) => provisionOf(draft, 'resolves.1').available.find((one) => one.id === id)!.number;

  beforeAll(async () => {
    [draft] = (await api().list(meeting)).json<{ data: ConsolidationDraft[] }>().data as [ConsolidationDraft];
    draft = draftOf(await api().get(draft.id));
  });

  it('drafts French from the base, listing the provisions whose proposals await translation or the chair edited', async () => {
    const response = await adoptedTranslation(draft.id, 'fr');
    expect(response.statusCode, response.body).toBe(200);
    const french = response.json<{ data: AdoptedTranslation }>().data;
    expect(french).toMatchObject({ draft: draft.id, language: 'fr', version: { label: ADOPTED_LABEL } });
    expect(french.untranslated).toEqual([
      // Neither Egypt's Arabic nor Germany's English is translated into French.
      {
        provision: 'resolves.1',
        num: '1',
        reason: 'awaiting-translation',
        proposals: [number(egypt), number(germany)],
      },
      { provision: 'resolves.3', num: '3', reason: 'edited', proposals: [] },
    ]);
    // Provisions kept from the base read the base's French; one left untranslated keeps the adopted Arabic.
    expect(french.text).toContain('RÉSOLUTION 9801 (Rév. Le Caire, 2017)');
    expect(french.text).toContain('2\tque les centres devraient:');
    expect(french.text).toContain(`3\t${EDITED_AR}`);
  });

  it('drafts English from Germany’s original and Egypt’s translation; the chair’s words are left to translate', async () => {
    const response = await adoptedTranslation(draft.id, 'en');
    expect(response.statusCode, response.body).toBe(200);
    const english = response.json<{ data: AdoptedTranslation }>().data;
    expect(english.untranslated).toEqual([{ provision: 'resolves.3', num: '3', reason: 'edited', proposals: [] }]);
    expect(english.text.split('\n').slice(0, 2)).toEqual([
      'RESOLUTION 9801 (Rev. Cairo, 2017)',
      'Community centres for digital skills',
    ]);
    expect(english.text).toContain(`1\t${MERGED_EN}`);
    expect(english.text).toContain(`3\t${EDITED_AR}`);
    englishText = english.text.replace(`3\t${EDITED_AR}`, `3\t${EDITED_EN}`);
  });

  it('stores the English version, translated by hand where listed, beside the Arabic one by provision id', async () => {
    const response = await importText(englishText, 'en');
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json<{ data: { created: boolean; versionId: string } }>().data).toMatchObject({
      created: false,
      language: 'en',
      versionId: draft.adoption!.version!.id,
    });
    const version = await getData<InstrumentVersion>(
      t,
      `/api/v1/instrument-versions/${draft.adoption!.version!.id}?lang=ar,en`,
    );
    expect(Object.keys(version.texts)).toEqual(['ar', 'en']);
    for (const provision of version.provisions) {
      expect(Object.keys(provision.texts).sort(), provision.id).toEqual(['ar', 'en']);
    }
    const text = (id: string) => version.provisions.find((provision) => provision.id === id)!.texts;
    expect([text('resolves.1').ar!.text, text('resolves.1').en!.text]).toEqual([MERGED_AR, MERGED_EN]);
    expect([text('resolves.3').ar!.text, text('resolves.3').en!.text]).toEqual([EDITED_AR, EDITED_EN]);
    expect(draftOf(await api().get(draft.id)).adoption!.languages).toEqual(['ar', 'en']);
  });

  it('refuses a misaligned French version whole, storing nothing', async () => {
    const french = adoptedIn(
      'fr',
      'Rév. Le Caire, 2017',
      'encourager la création de centres communautaires accessibles;',
    )
      .split('\n')
      .filter((line) => !line.startsWith('abis)'))
      .join('\n');
    const before = await countRows(t.db);
    expectApiError(await importText(french, 'fr'), 400, 'provisions_misaligned', {
      path: ['provisions', 'recognizing.abis'],
    });
    expect(await countRows(t.db)).toEqual(before);
  });

  it('drafts no language the adopted version has, and nothing for a draft not adopted', async () => {
    expectApiError(await adoptedTranslation(draft.id, 'en'), 400, 'validation_failed', {
      path: ['params', 'language'],
      issue: 'language_stored',
    });
    const open = draftOf(await api().create({ meeting, version: draft.adoption!.version!.id, language: 'ar' }), 201);
    expectApiError(await adoptedTranslation(open.id, 'fr'), 409, 'conflict', { path: ['status'] });
    expectApiError(await adoptedTranslation(draft.id, 'de'), 400, 'validation_failed', {
      path: ['params', 'language'],
    });
  });
});

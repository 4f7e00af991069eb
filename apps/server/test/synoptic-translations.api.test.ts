import type { AddProposalBody, CreateContributionBody, Synoptic } from '@tansiq/api';
import { findMeeting, listDocumentsOfMeeting, listProposals } from '@tansiq/db';
import type { Language } from '@tansiq/domain';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readDocxText } from '../src/exchange/docx-text.ts';
import { loadDemo } from '../src/index.ts';
import {
  addProposal,
  createContribution,
  submitContribution,
} from '../src/modules/contributions/contribution.service.ts';
import { getTranslation, moveTranslation, saveTranslation } from '../src/modules/translations/translation.service.ts';
import { contributionBody, version901 } from './contribution-helpers.ts';
import { getData, makeMeeting, openTestApp, operator, type TestApp } from './helpers.ts';

/*
 * The synoptic compilation in any language through the translations of its proposals (issue 16): a published
 * translation is shown in the compilation's language and diffed against the base in it, an original without one
 * is marked awaiting translation, and faithful translations give the same classes in every language.
 */

let t: TestApp;
let version: string;

beforeAll(async () => {
  t = await openTestApp();
  await loadDemo(t.as(operator));
  version = await version901(t);
});

afterAll(() => t.close());

/** What a translation gives each proposal of a document, by the provision it aims at. */
type Texts = Record<string, { text: string | null; reasons: string | null }>;

/**
 * Stores `texts` as the `language` version of a document and publishes it unless told not to; a version already
 * published (the demo may bring some) is reopened and replaced, so the test decides every text itself.
 */
async function translate(documentId: string, language: Language, texts: Texts, publish = true) {
  const ctx = t.as(operator);
  let view = await getTranslation(ctx, documentId, language);
  if (view.version?.status === 'published') {
    view = await moveTranslation(ctx, documentId, language, {
      status: 'in-translation',
      expectedRevision: view.version.revision,
    });
  }
  view = await saveTranslation(ctx, documentId, language, {
    title: null,
    expectedRevision: view.version?.revision ?? 0,
    proposals: view.proposals.map(({ original }) => {
      const key = original.row.provisionId ?? 'text';
      const translated = texts[key];
      if (translated === undefined) {
        throw new Error(`No ${language} translation given for ${key}.`);
      }
      return {
        number: original.row.number,
        mark: original.row.mark as AddProposalBody['mark'],
        target: original.target,
        ...translated,
      };
    }),
  });
  if (publish) {
    await moveTranslation(ctx, documentId, language, { status: 'published', expectedRevision: view.version!.revision });
  }
}

/** A submitted contribution to `meeting` with MODs of Resolution 901 ([provision, English text]). */
async function contribute(meeting: string, head: Partial<CreateContributionBody>, mods: [string, string][]) {
  const ctx = t.as(operator);
  const document = await createContribution(ctx, contributionBody(meeting, head));
  for (const [provisionId, text] of mods) {
    await addProposal(ctx, document.id, {
      mark: 'MOD',
      target: { kind: 'provision', versionId: version, provisionId },
      text,
      reasons: 'Reasons.',
    });
  }
  await submitContribution(ctx, document.id);
  return document.id;
}

const compiled = (meeting: string, language: string) =>
  getData<Synoptic>(t, `/api/v1/meetings/${meeting}/synoptic/${version}?lang=${language}`);

const entryOf = (data: Synoptic, id: string, source: string) =>
  data.rows.find((row) => row.id === id)!.entries.find((entry) => entry.source === source)!;

describe('a compilation in the language of a translation', () => {
  it('shows an English MOD in its published Arabic translation, diffed against the Arabic base', async () => {
    const meeting = (await makeMeeting(t)).meeting.code;
    const egypt = await contribute(meeting, { memberState: 'EGY' }, [
      ['resolves.1', 'to promote the establishment of community centres for digital skills;'],
    ]);
    await translate(egypt, 'ar', {
      'resolves.1': { text: 'تعزيز إنشاء مراكز مجتمعية للمهارات الرقمية؛', reasons: 'أسباب.' },
    });

    const arabic = await compiled(meeting, 'ar');
    expect(arabic).toMatchObject({ language: 'ar', proposalLanguage: 'en', measureLanguage: 'ar' });
    const entry = entryOf(arabic, 'resolves.1', 'EGY');
    expect(entry).toMatchObject({
      mark: 'MOD',
      text: 'تعزيز إنشاء مراكز مجتمعية للمهارات الرقمية؛',
      language: 'ar',
      diffed: true,
      shownAs: 'translation',
      original: { language: 'en', text: 'to promote the establishment of community centres for digital skills;' },
    });
    expect(entry.ops).toEqual([
      { op: 'delete', text: 'تشجيع' },
      { op: 'insert', text: 'تعزيز' },
      { op: 'equal', text: ' إنشاء مراكز مجتمعية للمهارات الرقمية؛' },
    ]);

    const english = await compiled(meeting, 'en');
    expect(entryOf(english, 'resolves.1', 'EGY')).toMatchObject({
      text: 'to promote the establishment of community centres for digital skills;',
      language: 'en',
      shownAs: 'original',
      original: null,
    });
    // French has no translation: the English text is shown as written, diffed against the English base.
    const french = await compiled(meeting, 'fr');
    expect(french.measureLanguage).toBe('en');
    expect(entryOf(french, 'resolves.1', 'EGY')).toMatchObject({
      language: 'en',
      diffed: true,
      shownAs: 'awaiting-translation',
      original: null,
    });
  });

  it('marks a proposal awaiting translation, and shows no translation that is not published', async () => {
    const meeting = (await makeMeeting(t)).meeting.code;
    await contribute(meeting, { memberState: 'KEN' }, [
      ['resolves.1', 'to support the establishment of community centres for digital skills;'],
    ]);
    const france = await contribute(meeting, { memberState: 'FRA' }, [
      ['resolves.1', 'to promote the establishment of community centres for digital skills;'],
    ]);
    await translate(
      france,
      'ar',
      { 'resolves.1': { text: 'تعزيز إنشاء مراكز مجتمعية للمهارات الرقمية؛', reasons: 'أسباب.' } },
      false,
    );

    const arabic = await compiled(meeting, 'ar');
    expect(arabic.sources.map((source) => source.source)).toEqual(['KEN', 'FRA']);
    for (const source of ['KEN', 'FRA']) {
      const entry = arabic.rows
        .find((row) => row.id === 'resolves.1')!
        .entries.find((candidate) => candidate.source === source)!;
      expect(entry).toMatchObject({ language: 'en', diffed: true, shownAs: 'awaiting-translation', original: null });
      expect(entry.text).toMatch(/^to (support|promote) the establishment/);
    }
    // Measured in the language the proposals are written in, as an English reader sees them.
    const english = await compiled(meeting, 'en');
    expect(arabic.measureLanguage).toBe('en');
    expect(arabic.rows.map((row) => [row.id, row.class, row.divergence])).toEqual(
      english.rows.map((row) => [row.id, row.class, row.divergence]),
    );
    expect(english.rows.find((row) => row.id === 'resolves.1')!.class).toBe('conflict');
  });
});

describe('the compilation as a file, in the language of a translation', () => {
  it('prints a translation as its source’s tracked changes, marked, and lists it so in the register', async () => {
    const meeting = (await makeMeeting(t)).meeting.code;
    const egypt = await contribute(meeting, { memberState: 'EGY' }, [
      ['resolves.1', 'to promote the establishment of community centres for digital skills;'],
    ]);
    await contribute(meeting, { memberState: 'KEN' }, [['resolves.2', 'that the centres should, where they can:']]);
    await translate(egypt, 'ar', {
      'resolves.1': { text: 'تعزيز إنشاء مراكز مجتمعية للمهارات الرقمية؛', reasons: 'تختار الإدارات الوسائل.' },
    });
    const file = (query: string) =>
      t.app.inject({
        method: 'GET',
        url: `/api/v1/meetings/${meeting}/compilation?instrument=resolution-901&${query}`,
      });

    const docx = await file('format=docx&lang=ar');
    expect(docx.statusCode, docx.body).toBe(200);
    const xml = strFromU8(unzipSync(docx.rawPayload)['word/document.xml']!);
    const text = await readDocxText(docx.rawPayload);
    expect(text).toMatch(/MOD\tEGY\/\d+\/1 \(ترجمة\)/);
    expect(text).toMatch(/MOD\tKEN\/\d+\/1 \(في انتظار الترجمة\)/);
    expect(text).toContain('تختار الإدارات الوسائل.');
    expect(text).not.toContain('Reasons.\n');
    const insertions = [...xml.matchAll(/<w:ins [^>]*w:author="([^"]*)"[^>]*>([\s\S]*?)<\/w:ins>/g)].map(
      ([, author, body]) => [author, [...body!.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('')],
    );
    expect(insertions).toContainEqual(['EGY', 'تعزيز']);
    expect(insertions).toContainEqual(['KEN', ', where they can']);

    const csv = (await file('format=csv&lang=ar')).body.replace(/^\uFEFF/, '').split('\r\n');
    expect(csv[0]!.split(',').slice(-3)).toEqual(['text_language', 'shown_as', 'original_language']);
    const egyptLine = csv.find((line) => line.includes(',EGY,'))!;
    expect(egyptLine).toContain('تعزيز إنشاء مراكز مجتمعية للمهارات الرقمية؛');
    expect(egyptLine.endsWith(',ar,translation,en')).toBe(true);
    expect(csv.find((line) => line.includes(',KEN,'))!.endsWith(',en,awaiting-translation,en')).toBe(true);
    const original = (await file('format=csv')).body.split('\r\n').find((line) => line.includes(',EGY,'))!;
    expect(original).toContain('to promote the establishment');
    expect(original.endsWith(',en,original,en')).toBe(true);

    const html = (await file('format=html&lang=ar')).body;
    expect(html).toContain('<div class="shown">ترجمة</div>');
    expect(html).toContain(
      '<details class="original"><summary>الأصل</summary><div class="text" lang="en" dir="ltr">to promote the establishment of community centres for digital skills;</div></details>',
    );
    expect(html).toContain('<div class="shown">في انتظار الترجمة</div>');
  });
});

/** One proposal's translation into each language of the test (the original's own language left out). */
type Versions = Partial<Record<'ar' | 'en' | 'fr', { text: string | null; reasons: string | null }>>;

const RESOLVES_2: Versions = {
  ar: {
    text: 'أن تقوم المراكز، بدعم من المكاتب الإقليمية، بما يلي:',
    reasons: 'تساعد المكاتب الإقليمية المراكز على البدء.',
  },
  fr: {
    text: 'que les centres devraient, avec l’appui des bureaux régionaux:',
    reasons: 'Les bureaux régionaux aident les centres à démarrer.',
  },
};

const PROMOTE: Versions = {
  ar: { text: 'تعزيز إنشاء مراكز مجتمعية للمهارات الرقمية؛', reasons: 'تختار الإدارات الوسائل.' },
  fr: {
    text: 'de promouvoir la création de centres communautaires pour les compétences numériques;',
    reasons: 'Les administrations choisissent les moyens.',
  },
};

/**
 * Faithful translations of the demo's proposals on Resolution 901, by author and provision: each makes, in the
 * base of its language, the change its original makes (the same words replaced, inserted at the same place or
 * suppressed). An Egyptian proposal written in Arabic, if the demo has one, is translated into English and French.
 */
const DEMO_TRANSLATIONS: Record<string, Versions> = {
  'EGY resolves.2': RESOLVES_2,
  'EGY considering.d': {
    ar: { text: 'أن المهارات المطلوبة تتغير بتغير الخدمات،', reasons: null },
    fr: { text: 'que les compétences recherchées évoluent avec les services,', reasons: null },
  },
  'EGY resolves.3': {
    ar: { text: null, reasons: 'تبقى لجان الدراسات المكان المناسب لتبادل الخبرات.' },
    fr: { text: null, reasons: 'Les commissions d’études restent le lieu où partager l’expérience.' },
  },
  'EGY instructs-director.1': {
    en: {
      text: 'to prepare guidelines for community centres in the six official languages of the Union, based on the outline in Annex 1 to this resolution;',
      reasons: 'Trainers in every region need the guidelines in their language.',
    },
    fr: {
      text: 'd’établir des lignes directrices pour les centres communautaires dans les six langues officielles de l’Union, sur la base du plan figurant dans l’Annexe 1 de la présente résolution;',
      reasons: 'Les formateurs de chaque région ont besoin des lignes directrices dans leur langue.',
    },
  },
  'AFCP resolves.1': {
    ar: { text: 'دعم إنشاء مراكز مجتمعية للمهارات الرقمية؛', reasons: 'لم يكفِ التشجيع وحده.' },
    fr: {
      text: 'd’appuyer la création de centres communautaires pour les compétences numériques;',
      reasons: 'Les encouragements seuls n’ont pas suffi.',
    },
  },
  'AFCP resolves.2': RESOLVES_2,
  'AFCP recognizing.abis': {
    ar: {
      text: 'إسهام المكتبات والمدارس ومكاتب البريد في هذا العمل؛',
      reasons: 'تصل مكاتب البريد إلى أماكن لا تصلها المكتبات.',
    },
    fr: {
      text: 'la contribution des bibliothèques, des écoles et des bureaux de poste à ce travail;',
      reasons: 'Les bureaux de poste atteignent des lieux que les bibliothèques n’atteignent pas.',
    },
  },
  'AFCP instructs-director.1': {
    // "and regularly update" goes with the verb, before the centres, as in English.
    ar: {
      text: 'بإعداد مبادئ توجيهية وتحديثها بانتظام للمراكز المجتمعية، استناداً إلى المخطط الوارد في الملحق 1 بهذا القرار؛',
      reasons: 'تتقادم المبادئ التوجيهية بتغير الخدمات.',
    },
    fr: {
      text: 'd’établir et de mettre à jour régulièrement des lignes directrices pour les centres communautaires, sur la base du plan figurant dans l’Annexe 1 de la présente résolution;',
      reasons: 'Les lignes directrices vieillissent.',
    },
  },
  'EUR resolves.1': PROMOTE,
  'EUR recognizing.abis': {
    ar: { text: null, reasons: 'تغطي الفقرة أ) هذا العمل.' },
    fr: { text: null, reasons: 'Le reconnaissant a) couvre déjà ce travail.' },
  },
  'EUR instructs-director.1': {
    ar: {
      text: 'بإعداد مبادئ توجيهية للمراكز المجتمعية، استناداً إلى المخطط الوارد في الملحق 1 بهذا القرار وإلى تجارب المناطق؛',
      reasons: 'جرّبت المناطق نماذج كثيرة.',
    },
    fr: {
      text: 'd’établir des lignes directrices pour les centres communautaires, sur la base du plan figurant dans l’Annexe 1 de la présente résolution et de l’expérience des régions;',
      reasons: 'Les régions ont essayé de nombreux modèles.',
    },
  },
  'BRA resolves.1': PROMOTE,
  'BRA resolves.4': {
    ar: {
      text: 'تشجيع المراكز التي تعمل بالطاقة المتجددة حيث لا يمكن الاعتماد على شبكة الكهرباء،',
      reasons: 'كثير من المراكز الريفية تفتقر إلى إمداد موثوق.',
    },
    fr: {
      text: 'd’encourager les centres alimentés par une énergie renouvelable là où le réseau électrique n’est pas fiable,',
      reasons: 'De nombreux centres ruraux manquent d’un approvisionnement fiable.',
    },
  },
};

const AUTHORS = new Set(Object.keys(DEMO_TRANSLATIONS).map((key) => key.split(' ')[0]!));

describe('the demo in Arabic, English and French', () => {
  it('gives every provision of Resolution 901 the same class in each language when the translations are faithful', async () => {
    const meeting = (await findMeeting(t.db, 'wtdc-17'))!;
    const documents = (await listDocumentsOfMeeting(t.db, meeting.id)).filter(
      (document) => document.series === 'Doc' && AUTHORS.has(document.authorCode),
    );
    expect(new Set(documents.map((document) => document.authorCode))).toEqual(AUTHORS);
    for (const document of documents) {
      const proposals = await listProposals(t.db, document.id);
      expect(proposals.every((proposal) => proposal.versionId === version)).toBe(true);
      for (const language of (['ar', 'en', 'fr'] as const).filter((one) => one !== document.originalLanguage)) {
        const texts: Texts = {};
        for (const { provisionId } of proposals) {
          const translated = DEMO_TRANSLATIONS[`${document.authorCode} ${provisionId}`]?.[language];
          if (translated !== undefined) {
            texts[provisionId!] = translated;
          }
        }
        await translate(document.id, language, texts);
      }
    }

    const arabic = await compiled('wtdc-17', 'ar');
    const english = await compiled('wtdc-17', 'en');
    const french = await compiled('wtdc-17', 'fr');
    for (const [data, language] of [
      [arabic, 'ar'],
      [english, 'en'],
      [french, 'fr'],
    ] as const) {
      // Measured in the language shown: every proposal is read in it, as written or translated.
      expect([data.language, data.measureLanguage]).toEqual([language, language]);
      const proposed = data.rows.flatMap((row) => row.entries.filter((entry) => entry.proposed));
      expect(proposed.filter((entry) => entry.shownAs === 'awaiting-translation')).toEqual([]);
      expect(proposed.every((entry) => entry.language === language && entry.diffed)).toBe(true);
    }
    expect(entryOf(arabic, 'resolves.1', 'AFCP').shownAs).toBe('translation');
    expect(entryOf(english, 'resolves.1', 'AFCP').shownAs).toBe('original');
    const classes = (data: Synoptic) => data.rows.map((row) => [row.id, row.class]);
    expect(classes(arabic)).toEqual(classes(english));
    expect(classes(french)).toEqual(classes(english));
    expect(Object.fromEntries(classes(english))).toMatchObject({
      'resolves.1': 'conflict',
      'resolves.2': 'same',
      'recognizing.abis': 'sup-mod',
      'instructs-director.1': 'compatible',
      'considering.d': 'single',
      'resolves.4': 'single',
      'resolves.3': 'unchanged',
    });
    // Each translated entry keeps what its author wrote one step away.
    expect(entryOf(french, 'resolves.2', 'EGY').original).toEqual({
      language: 'en',
      text: 'that the centres should, with the support of the regional offices:',
    });
  });
});

import { describe, expect, it } from 'vitest';
import {
  currentVersion,
  depthOf,
  groupByHeading,
  provisionLabel,
  provisionsById,
  provisionText,
  readingLanguages,
  sortInstruments,
  suggestNewProvisionId,
  type Provision,
} from './provisions.ts';

/** A provision with its text in English and Arabic, as the API gives it. */
function provision(
  id: string,
  fields: { heading: [string, string]; num: [string, string]; parent?: string; section?: Provision['section'] },
): Provision {
  const [headingKey = id] = id.split('.');
  return {
    id,
    section: fields.section ?? 'operative',
    headingKey,
    key: id.split('.').at(-1) ?? id,
    parent: fields.parent ?? null,
    texts: {
      en: { heading: fields.heading[0], num: fields.num[0], text: `text of ${id}` },
      ar: { heading: fields.heading[1], num: fields.num[1], text: `نص ${id}` },
    },
  };
}

const considering = ['considering', 'إذ يضع في اعتباره'] as [string, string];
const resolves = ['resolves', 'يقرر'] as [string, string];
const noting = ['noting', 'وإذ يلاحظ'] as [string, string];
const annex = ['ANNEX 1 TO RESOLUTION 901', 'الملحق 1 بالقرار 901'] as [string, string];

const PROVISIONS: Provision[] = [
  provision('considering.a', { heading: considering, num: ['a)', 'أ)'], section: 'preamble' }),
  provision('considering.b', { heading: considering, num: ['b)', 'ب)'], section: 'preamble' }),
  provision('noting.1', { heading: noting, num: ['', ''], section: 'preamble' }),
  provision('resolves.1', { heading: resolves, num: ['1', '1'] }),
  provision('resolves.2', { heading: resolves, num: ['2', '2'] }),
  provision('resolves.2.i', { heading: resolves, num: ['i)', 'i)'], parent: 'resolves.2' }),
  provision('resolves.2.ii', { heading: resolves, num: ['ii)', 'ii)'], parent: 'resolves.2' }),
  provision('resolves.3', { heading: resolves, num: ['3', '3'] }),
  { ...provision('annex-1', { heading: annex, num: ['1', '1'], section: 'annex' }), key: '1' },
  provision('annex-1.1', { heading: annex, num: ['1', '1'], parent: 'annex-1', section: 'annex' }),
  provision('annex-1.1.a', { heading: annex, num: ['a)', 'أ)'], parent: 'annex-1.1', section: 'annex' }),
];
const byId = provisionsById(PROVISIONS);

describe('a version’s structure', () => {
  it('groups provisions under their headings in order, an annex under its own entry', () => {
    const groups = groupByHeading(PROVISIONS);
    expect(groups.map((group) => group.headingKey)).toEqual(['considering', 'noting', 'resolves', 'annex-1']);
    expect(groups[2]?.provisions.map((p) => p.id)).toEqual([
      'resolves.1',
      'resolves.2',
      'resolves.2.i',
      'resolves.2.ii',
      'resolves.3',
    ]);
    expect(groups[3]?.root?.id).toBe('annex-1');
    expect(groups[3]?.provisions.map((p) => p.id)).toEqual(['annex-1.1', 'annex-1.1.a']);
  });

  it('nests sub-items one level below their item, annex items at the top of their annex', () => {
    expect(depthOf(byId.get('resolves.2')!, byId)).toBe(0);
    expect(depthOf(byId.get('resolves.2.i')!, byId)).toBe(1);
    expect(depthOf(byId.get('annex-1.1')!, byId)).toBe(0);
    expect(depthOf(byId.get('annex-1.1.a')!, byId)).toBe(1);
  });

  it('cites a provision in the reader’s language, whatever its text prints', () => {
    expect(provisionLabel(byId.get('resolves.2')!, 'en')).toBe('resolves 2');
    expect(provisionLabel(byId.get('resolves.2')!, 'ar')).toBe('يقرر 2');
    expect(provisionLabel(byId.get('resolves.2')!, 'fr')).toBe('décide 2');
    expect(provisionLabel(byId.get('resolves.2.ii')!, 'en')).toBe('resolves 2 ii)');
    expect(provisionLabel(byId.get('considering.b')!, 'ar')).toBe('إذ يضع في اعتباره ب)');
    expect(provisionLabel(byId.get('noting.1')!, 'en')).toBe('noting');
    expect(provisionLabel(byId.get('annex-1')!, 'ar')).toBe('الملحق 1');
    expect(provisionLabel(byId.get('annex-1.1.a')!, 'en')).toBe('Annex 1, § 1 a)');
    expect(provisionLabel(byId.get('annex-1.1.a')!, 'ar')).toBe('الملحق 1، الفقرة 1 أ)');
  });

  it('reads a provision in the language asked for, else English', () => {
    expect(provisionText(byId.get('resolves.2')!, 'ar')?.text).toBe('نص resolves.2');
    expect(provisionText(byId.get('resolves.2')!, 'fr')).toMatchObject({ language: 'en', text: 'text of resolves.2' });
  });
});

describe('reading languages', () => {
  const available = ['ar', 'en'] as const;

  it('reads in the language asked for, else the reader’s, else English', () => {
    expect(readingLanguages(available, { text: 'ar', compare: null }, 'en')).toEqual({ text: 'ar', compare: null });
    expect(readingLanguages(available, { text: 'fr', compare: null }, 'ar')).toEqual({ text: 'ar', compare: null });
    expect(readingLanguages(available, { text: null, compare: null }, 'ru')).toEqual({ text: 'en', compare: null });
    expect(readingLanguages(['fr'], { text: null, compare: null }, 'ru')).toEqual({ text: 'fr', compare: null });
  });

  it('compares with a second language only when the version has it and it differs', () => {
    expect(readingLanguages(available, { text: 'en', compare: 'ar' }, 'en')).toEqual({ text: 'en', compare: 'ar' });
    expect(readingLanguages(available, { text: 'en', compare: 'en' }, 'en')).toEqual({ text: 'en', compare: null });
    expect(readingLanguages(available, { text: 'en', compare: 'fr' }, 'en')).toEqual({ text: 'en', compare: null });
  });
});

describe('new provision ids', () => {
  it('takes the next number after the last item of a list', () => {
    expect(suggestNewProvisionId(PROVISIONS, 'considering.b')).toBe('considering.c');
    expect(suggestNewProvisionId(PROVISIONS, 'resolves.3')).toBe('resolves.4');
    expect(suggestNewProvisionId(PROVISIONS, 'resolves.2.ii')).toBe('resolves.2.iii');
  });

  it('inserts with bis, ter… between two items', () => {
    expect(suggestNewProvisionId(PROVISIONS, 'considering.a')).toBe('considering.abis');
    const withBis = [
      ...PROVISIONS,
      provision('considering.abis', { heading: considering, num: ['abis)', 'أ مكرراً)'] }),
    ];
    expect(suggestNewProvisionId(withBis, 'considering.a')).toBe('considering.ater');
    expect(suggestNewProvisionId(PROVISIONS, 'nowhere.1')).toBe('');
  });
});

describe('the library', () => {
  it('orders instruments by number read as numbers', () => {
    const sorted = sortInstruments([
      { kind: 'resolution', number: '12' },
      { kind: 'resolution', number: '5/1' },
      { kind: 'resolution', number: '2' },
    ]);
    expect(sorted.map((instrument) => instrument.number)).toEqual(['2', '5/1', '12']);
  });

  it('opens the version in force, else the newest', () => {
    expect(currentVersion([{ status: 'superseded' }, { status: 'in-force' }])?.status).toBe('in-force');
    expect(currentVersion([{ status: 'abrogated' as const, id: 'newest' }])?.id).toBe('newest');
    expect(currentVersion([])).toBeUndefined();
  });
});

import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseInstrumentText } from '../texts/parse-text.ts';
import { alignProvisions, textSimilarity } from './align.ts';
import type { BaseProvision, ProvisionChange } from './types.ts';

const GOLDEN = path.join(import.meta.dirname, '../texts/golden');
const source901 = readFileSync(path.join(GOLDEN, 'sample-resolution-901-en.txt'), 'utf8');
const source901ar = readFileSync(path.join(GOLDEN, 'sample-resolution-901-ar.txt'), 'utf8');
const provisionsOf = (source: string) => parseInstrumentText(source).text.provisions;
const base901 = provisionsOf(source901);

/** [mark, provision id or after] of each change, the compact form the tables compare. */
const summary = (changes: ProvisionChange[]) =>
  changes.map((change) =>
    change.mark === 'ADD' ? ['ADD', `after ${change.after}`, change.num] : [change.mark, change.provisionId],
  );
const marksOf = (changes: ProvisionChange[]) =>
  Object.fromEntries(
    changes.filter((c) => c.provisionId !== null).map((c): [string, string] => [c.provisionId!, c.mark]),
  );

function provision(headingKey: string, key: string, text: string): BaseProvision {
  return {
    id: `${headingKey}.${key}`,
    section: 'preamble',
    heading: headingKey,
    headingKey,
    num: `${key})`,
    key,
    parent: null,
    text,
  };
}

/** The list with the items of each heading numbered afresh a), b), … (as the parser would number them). */
function renumber(list: readonly { headingKey: string; text: string }[]): BaseProvision[] {
  const counts = new Map<string, number>();
  return list.map(({ headingKey, text }) => {
    const n = (counts.get(headingKey) ?? 0) + 1;
    counts.set(headingKey, n);
    return provision(headingKey, String.fromCharCode(96 + n), text);
  });
}

describe('textSimilarity', () => {
  it.each([
    ['the same words', 'that centres help', 'that centres help', 1],
    ['case and punctuation aside', 'That centres, help;', 'that centres help', 1],
    ['no shared word', 'alpha beta', 'gamma delta', 0],
    ['half the words', 'a b c d', 'a b x y', 0.5],
    ['two texts without words', '', '—', 1],
  ])('%s', (_case, a, b, expected) => {
    expect(textSimilarity(a, b)).toBeCloseTo(expected);
  });
});

describe('alignProvisions', () => {
  it('gives NOC for every provision of an unchanged text', () => {
    const changes = alignProvisions(base901, provisionsOf(source901));
    expect(changes).toHaveLength(base901.length);
    expect(changes.every((change) => change.mark === 'NOC' && change.text === null)).toBe(true);
    expect(changes.map((change) => change.provisionId)).toEqual(base901.map((p) => p.id));
  });

  it('gives one ADD and NOCs when an inserted item renumbers the ones after it', () => {
    const proposed = source901
      .replace(
        'b)\tthat community centres',
        'b)\tthat public access points complement home connections;\nc)\tthat community centres',
      )
      .replace('c)\tthat many rural', 'd)\tthat many rural');
    const changes = alignProvisions(base901, provisionsOf(proposed));
    expect(summary(changes).slice(0, 4)).toEqual([
      ['NOC', 'considering.a'],
      ['ADD', 'after considering.a', 'b)'],
      ['NOC', 'considering.b'],
      ['NOC', 'considering.c'],
    ]);
    expect(changes.filter((change) => change.mark !== 'NOC')).toHaveLength(1);
    expect(changes[1]).toMatchObject({
      provisionId: null,
      section: 'preamble',
      heading: 'considering',
      headingKey: 'considering',
      text: 'that public access points complement home connections;',
      number: null,
    });
  });

  it('aligns an Arabic text with an inserted item the same way', () => {
    const proposed = source901ar
      .replace('ب)\tأن المراكز', 'ب)\tأن نقاط النفاذ العامة تكمل التوصيلات المنزلية؛\nج)\tأن المراكز')
      .replace('ج)\tأن كثيراً', 'د)\tأن كثيراً');
    const changes = alignProvisions(provisionsOf(source901ar), provisionsOf(proposed));
    expect(summary(changes).slice(0, 4)).toEqual([
      ['NOC', 'considering.a'],
      ['ADD', 'after considering.a', 'ب)'],
      ['NOC', 'considering.b'],
      ['NOC', 'considering.c'],
    ]);
  });

  it('gives a SUP and NOCs when a deleted item renumbers the ones after it', () => {
    const proposed = source901
      .replace('b)\tthat community centres can offer training close to where people live;\n', '')
      .replace('c)\tthat many rural', 'b)\tthat many rural');
    const marks = marksOf(alignProvisions(base901, provisionsOf(proposed)));
    expect(marks).toMatchObject({ 'considering.a': 'NOC', 'considering.b': 'SUP', 'considering.c': 'NOC' });
    expect(Object.values(marks).filter((mark) => mark !== 'NOC')).toEqual(['SUP']);
  });

  it('gives a MOD with the proposed text when words change, also when the item moved by a renumbering', () => {
    const proposed = source901
      .replace('recognizing\na)\t', 'recognizing\na)\tthe efforts of regional organizations;\nb)\t')
      .replace(
        'abis)\tthe contribution of libraries and schools',
        'bbis)\tthe contribution of libraries, museums and schools',
      )
      .replace('b)\tthat the needs', 'c)\tthat the needs');
    const changes = alignProvisions(base901, provisionsOf(proposed));
    expect(marksOf(changes)).toMatchObject({
      'recognizing.a': 'NOC',
      'recognizing.abis': 'MOD',
      'recognizing.b': 'NOC',
    });
    expect(changes.find((change) => change.provisionId === 'recognizing.abis')?.text).toBe(
      'the contribution of libraries, museums and schools to this work;',
    );
    expect(summary(changes).filter(([mark]) => mark === 'ADD')).toEqual([['ADD', 'after considering.c', 'a)']]);
  });

  it('keeps a rewritten item at its number as a MOD, not a SUP and an ADD', () => {
    const proposed = source901.replace(
      'to share experience among the regions through the study groups,',
      'to publish an annual report,',
    );
    const changes = alignProvisions(base901, provisionsOf(proposed));
    expect(changes.find((change) => change.provisionId === 'resolves.3')).toMatchObject({
      mark: 'MOD',
      text: 'to publish an annual report,',
    });
    expect(changes.some((change) => change.mark === 'ADD' || change.mark === 'SUP')).toBe(false);
  });

  it('places an ADD that opens a heading after the last provision of the heading before', () => {
    const base = [provision('considering', 'a', 'alpha beta gamma'), provision('recognizing', 'a', 'delta epsilon')];
    const proposed = renumber([
      { headingKey: 'considering', text: 'alpha beta gamma' },
      { headingKey: 'recognizing', text: 'zeta eta theta' },
      { headingKey: 'recognizing', text: 'delta epsilon' },
    ]);
    expect(summary(alignProvisions(base, proposed))).toEqual([
      ['NOC', 'considering.a'],
      ['ADD', 'after considering.a', 'a)'],
      ['NOC', 'recognizing.a'],
    ]);
  });

  it('places an ADD after a provision the same text suppresses, and first of all after null', () => {
    const base = renumber([
      { headingKey: 'considering', text: 'alpha beta' },
      { headingKey: 'considering', text: 'gamma delta' },
      { headingKey: 'considering', text: 'epsilon zeta' },
    ]);
    const proposed = [
      provision('considering', 'a', 'first new words'),
      provision('considering', 'abis', 'alpha beta'),
      provision('considering', 'b', 'eta theta iota'),
      provision('considering', 'c', 'epsilon zeta'),
    ];
    const changes = alignProvisions(base, proposed);
    expect(changes.find((change) => change.text === 'first new words')).toMatchObject({ mark: 'ADD', after: null });
    expect(marksOf(changes)).toEqual({ 'considering.a': 'NOC', 'considering.b': 'MOD', 'considering.c': 'NOC' });
  });

  it('never matches provisions under different headings', () => {
    const base = [provision('considering', 'a', 'alpha beta gamma')];
    const proposed = [provision('noting', 'a', 'alpha beta gamma')];
    expect(summary(alignProvisions(base, proposed))).toEqual([
      ['SUP', 'considering.a'],
      ['ADD', 'after considering.a', 'a)'],
    ]);
  });

  it('gives all SUP against an empty text and all ADD on an empty base', () => {
    expect(alignProvisions(base901, []).every((change) => change.mark === 'SUP')).toBe(true);
    const added = alignProvisions([], base901);
    expect(added.every((change) => change.mark === 'ADD' && change.after === null)).toBe(true);
    expect(added.map((change) => change.text)).toEqual(base901.map((p) => p.text));
  });

  // Sentences of words no other sentence has: any two are dissimilar, as distinct provisions mostly are.
  const sentence = (n: number) => `w${n}a w${n}b w${n}c w${n}d.`;
  const headings = ['considering', 'recognizing', 'resolves'];

  it('finds exactly what was kept, dropped and inserted, whatever the renumbering (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom(...headings), fc.boolean()), { minLength: 1, maxLength: 12 }),
        fc.array(fc.tuple(fc.nat(12), fc.constantFrom(...headings)), { maxLength: 5 }),
        (baseSpec, insertions) => {
          const sorted = [...baseSpec].sort((x, y) => headings.indexOf(x[0]) - headings.indexOf(y[0]));
          const baseList = sorted.map(([headingKey], n) => ({ headingKey, text: sentence(n) }));
          const base = renumber(baseList);
          const proposedList: { headingKey: string; text: string; from: number | null }[] = [];
          sorted.forEach(([, keep], n) => {
            if (keep) {
              proposedList.push({ ...baseList[n]!, from: n });
            }
          });
          insertions.forEach(([at, headingKey], k) => {
            const where = Math.min(at, proposedList.length);
            proposedList.splice(where, 0, { headingKey, text: sentence(100 + k), from: null });
          });
          proposedList.sort((x, y) => headings.indexOf(x.headingKey) - headings.indexOf(y.headingKey));
          const changes = alignProvisions(base, renumber(proposedList));
          const kept = new Set(proposedList.flatMap((p) => (p.from === null ? [] : [base[p.from]!.id])));
          // Every base provision once, in order; kept ones NOC, the others SUP unless one took its number.
          expect(changes.filter((c) => c.mark !== 'ADD').map((c) => c.provisionId)).toEqual(base.map((p) => p.id));
          for (const change of changes) {
            if (change.mark === 'NOC') {
              expect(kept.has(change.provisionId!)).toBe(true);
            } else if (change.mark === 'SUP' || change.mark === 'MOD') {
              expect(kept.has(change.provisionId!)).toBe(false);
            }
          }
          expect(changes.filter((c) => c.mark === 'NOC')).toHaveLength(kept.size);
          // Each new text is an ADD or took the place of a dropped provision of its number (a MOD).
          const added = changes.filter((c) => c.mark === 'ADD' || c.mark === 'MOD').map((c) => c.text);
          expect(added.sort()).toEqual(
            proposedList
              .filter((p) => p.from === null)
              .map((p) => p.text)
              .sort(),
          );
        },
      ),
    );
  });
});

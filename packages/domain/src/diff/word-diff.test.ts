import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  WORD_DIFF_ALGORITHM,
  diffBase,
  diffResult,
  isUnchanged,
  tokenize,
  wordDiff,
  type DiffOp,
} from './word-diff.ts';

const changedTokens = (ops: DiffOp[]) =>
  ops.filter((op) => op.op !== 'equal').reduce((n, op) => n + tokenize(op.text).length, 0);

/** A reference LCS length by plain recursion with memo: the changed-token count must be n + m - 2·LCS. */
function lcsLength(a: string[], b: string[]): number {
  const memo = new Map<string, number>();
  const go = (i: number, j: number): number => {
    if (i === a.length || j === b.length) return 0;
    const key = `${i},${j}`;
    const hit = memo.get(key);
    if (hit !== undefined) return hit;
    const value = a[i] === b[j] ? 1 + go(i + 1, j + 1) : Math.max(go(i + 1, j), go(i, j + 1));
    memo.set(key, value);
    return value;
  };
  return go(0, 0);
}

const WORDS = [
  'يقرر',
  'الدول',
  'الأعضاء',
  'الاتصالاتِ',
  'ـــ',
  'resolves',
  'Member',
  'States',
  'ICT',
  '2017',
  ',',
  ';',
  '.',
];
const text = fc.array(fc.constantFrom(...WORDS), { maxLength: 14 }).map((words) => words.join(' '));

describe('tokenize', () => {
  it('keeps an Arabic word with its diacritics and tatweel together, and rebuilds the text exactly', () => {
    expect(tokenize('يُقرِّر  أنْ يكلّف،المديرَ ـ 2017.')).toEqual([
      'يُقرِّر',
      '  ',
      'أنْ',
      ' ',
      'يكلّف',
      '،',
      'المديرَ',
      ' ',
      'ـ',
      ' ',
      '2017',
      '.',
    ]);
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (s) => {
        expect(tokenize(s).join('')).toBe(s);
      }),
    );
  });
});

describe('wordDiff', () => {
  it('marks inserted and deleted words, with its algorithm', () => {
    const diff = wordDiff(
      'to assist Member States in developing policies',
      'to assist developing countries in developing national policies',
    );
    expect(diff.algorithm).toBe(WORD_DIFF_ALGORITHM);
    expect(diff.coarse).toBe(false);
    expect(diff.ops).toMatchObject([
      { op: 'equal', text: 'to assist ' },
      { op: 'delete', text: 'Member States' },
      { op: 'insert', text: 'developing countries' },
      { op: 'equal', text: ' in developing' },
      { op: 'insert', text: ' national' },
      { op: 'equal', text: ' policies' },
    ]);
  });

  it('diffs Arabic by whole words', () => {
    const diff = wordDiff('يكلف مدير مكتب تنمية الاتصالات', 'يكلف مدير مكتب تنمية الاتصالات والأمين العام');
    expect(diff.ops).toMatchObject([
      { op: 'equal', text: 'يكلف مدير مكتب تنمية الاتصالات' },
      { op: 'insert', text: ' والأمين العام' },
    ]);
  });

  it('obeys its laws on generated Arabic, English and mixed texts', () => {
    fc.assert(
      fc.property(text, text, (a, b) => {
        const raw = wordDiff(a, b, { cleanup: false });
        const clean = wordDiff(a, b);
        for (const diff of [raw, clean]) {
          expect(diffBase(diff)).toBe(a);
          expect(diffResult(diff)).toBe(b);
        }
        expect(isUnchanged(wordDiff(a, a))).toBe(true);
        const ta = tokenize(a);
        const tb = tokenize(b);
        // Before clean-up the core is minimal: it changes exactly the tokens outside a longest common subsequence.
        expect(changedTokens(raw.ops)).toBe(ta.length + tb.length - 2 * lcsLength(ta, tb));
      }),
    );
  });

  it('goes coarse, and says so, when the texts are too far apart for the quadratic core', () => {
    const a = Array.from({ length: 2100 }, (_, i) => `a${i}`).join(' ');
    const b = Array.from({ length: 2100 }, (_, i) => `b${i}`).join(' ');
    const diff = wordDiff(a, b);
    expect(diff.coarse).toBe(true);
    expect(diffBase(diff)).toBe(a);
    expect(diffResult(diff)).toBe(b);
  });
});

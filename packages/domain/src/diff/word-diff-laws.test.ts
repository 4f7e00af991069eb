import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hashRange } from './tokenize.ts';
import {
  cleanupSemantic,
  countChangedTokens,
  diffBase,
  diffResult,
  isUnchanged,
  tokenize,
  wordDiff,
  type DiffOp,
  type LocatedWordDiff,
  type WordDiffOptions,
} from './word-diff.ts';

/** Generated cases per law: the issue asks for thousands in all; each law runs a thousand. */
const LAW_RUNS = 1000;

/** The length of a longest common subsequence of two token lists, by the textbook table. */
function lcsLength(a: string[], b: string[]): number {
  let row = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    const next = new Array<number>(b.length + 1).fill(0);
    for (let j = 1; j <= b.length; j++) {
      next[j] = a[i - 1] === b[j - 1] ? row[j - 1]! + 1 : Math.max(row[j]!, next[j - 1]!);
    }
    row = next;
  }
  return row[b.length]!;
}

const ARABIC = ['يُقرِّر', 'يقرر', 'الأعضاء', 'الاعضاء', 'إنشاء', 'مسؤولية', 'الاتصالاتِ', 'جـمـيـع', 'ـــ', 'و'];
const ENGLISH = ['resolves', 'Resolves', 'Member', 'States', 'the', 'ICT', 'État', 'etat', '2017', '1.5', '3,000'];
const OTHER = ['国', '际', '٣٫٥', '(', ')', '،', '؛', ',', '.', ';', '😀'];
const SEPARATORS = [' ', ' ', ' ', '  ', '\n', '', '\t', '. ', '، '];

const textOf = (words: readonly string[]) =>
  fc
    .array(fc.tuple(fc.constantFrom(...words), fc.constantFrom(...SEPARATORS)), { maxLength: 16 })
    .map((pairs) => pairs.flat().join(''));
const arabic = textOf(ARABIC);
const english = textOf(ENGLISH);
const mixed = textOf([...ARABIC, ...ENGLISH, ...OTHER]);
/** Two texts, often close: the second is the first edited, or another text altogether. */
const pairOf = (text: fc.Arbitrary<string>) =>
  fc.oneof(
    fc.tuple(text, text),
    fc.tuple(text, text, text, text).map(([a, b, c, d]): [string, string] => [a + b + c, a + d + c]),
  );
const options: fc.Arbitrary<WordDiffOptions> = fc.record(
  { ignoreDiacritics: fc.boolean(), ignoreCase: fc.boolean(), ignoreSpacing: fc.boolean() },
  { requiredKeys: [] },
);

/** Each op's offsets point at its text in both texts, and its token count is that of its text. */
function expectLocated(diff: LocatedWordDiff, base: string, changed: string): void {
  let baseToken = 0;
  let changedToken = 0;
  for (const op of diff.ops) {
    expect(op.baseToken).toBe(baseToken);
    expect(op.changedToken).toBe(changedToken);
    expect(op.tokens).toBe(tokenize(op.text).length);
    if (op.op !== 'insert') {
      expect(base.slice(op.baseChar, op.baseChar + op.text.length)).toBe(op.text);
      baseToken += op.tokens;
    }
    if (op.op !== 'delete') {
      const text = op.op === 'equal' ? (op.changedText ?? op.text) : op.text;
      expect(changed.slice(op.changedChar, op.changedChar + text.length)).toBe(text);
      changedToken += op.tokens;
    }
  }
  expect(baseToken).toBe(tokenize(base).length);
  expect(changedToken).toBe(tokenize(changed).length);
}

describe('wordDiff laws', () => {
  for (const [name, text] of [
    ['Arabic', arabic],
    ['English', english],
    ['mixed', mixed],
  ] as const) {
    it(`on generated ${name} texts: rebuilds both texts, before and after clean-up, and is minimal`, () => {
      fc.assert(
        fc.property(pairOf(text), ([a, b]) => {
          const raw = wordDiff(a, b, { cleanup: false });
          const clean = wordDiff(a, b);
          const semantic = { ...clean, ops: cleanupSemantic(clean.ops) };
          for (const diff of [raw, clean, semantic]) {
            expect(diffBase(diff)).toBe(a);
            expect(diffResult(diff)).toBe(b);
            expectLocated(diff, a, b);
          }
          expect(raw.coarse).toBe(false);
          expect(isUnchanged(wordDiff(a, a))).toBe(true);
          expect(wordDiff(a, a).ops.length).toBeLessThanOrEqual(1);
          const ta = tokenize(a);
          const tb = tokenize(b);
          expect(countChangedTokens(raw.ops)).toBe(ta.length + tb.length - 2 * lcsLength(ta, tb));
        }),
        { numRuns: LAW_RUNS },
      );
    });
  }

  it('keeps its laws under the ignore options, and ignores only what they name', () => {
    fc.assert(
      fc.property(pairOf(mixed), options, fc.boolean(), ([a, b], ignore, cleanup) => {
        const diff = wordDiff(a, b, { ...ignore, cleanup });
        expect(diffBase(diff)).toBe(a);
        expect(diffResult(diff)).toBe(b);
        expectLocated(diff, a, b);
        for (const op of diff.ops) {
          if (op.changedText !== undefined) {
            expect(op.op).toBe('equal');
            expect(op.changedText).not.toBe(op.text);
          }
        }
        if (Object.values(ignore).every((value) => value !== true)) {
          expect(diff.ops.every((op) => op.changedText === undefined)).toBe(true);
        }
      }),
      { numRuns: LAW_RUNS },
    );
  });
});

const plain = (ops: DiffOp[]) => ops.map(({ op, text, changedText }) => ({ op, text, changedText }));

describe('wordDiff ignore options', () => {
  it('ignores Arabic harakat, shadda and tatweel, and Latin accents, but not hamza', () => {
    const diff = wordDiff('يُقرِّر جـمـيـع الأعضاء État', 'يقرر جميع الاعضاء Etat', { ignoreDiacritics: true });
    expect(plain(diff.ops)).toEqual([
      { op: 'equal', text: 'يُقرِّر جـمـيـع ', changedText: 'يقرر جميع ' },
      { op: 'delete', text: 'الأعضاء', changedText: undefined },
      { op: 'insert', text: 'الاعضاء', changedText: undefined },
      { op: 'equal', text: ' État', changedText: ' Etat' },
    ]);
    expect(diffResult(diff)).toBe('يقرر جميع الاعضاء Etat');
    expect(isUnchanged(wordDiff('يُقرِّر', 'يقرر', { ignoreDiacritics: true }))).toBe(true);
    expect(isUnchanged(wordDiff('يُقرِّر', 'يقرر'))).toBe(false);
  });

  it('ignores case, and spacing (but not a missing space)', () => {
    expect(isUnchanged(wordDiff('Member States', 'member STATES', { ignoreCase: true }))).toBe(true);
    expect(isUnchanged(wordDiff('Member  States\n', 'Member States ', { ignoreSpacing: true }))).toBe(true);
    const joined = wordDiff('Member States', 'MemberStates', { ignoreSpacing: true });
    expect(isUnchanged(joined)).toBe(false);
    expect(diffResult(joined)).toBe('MemberStates');
  });
});

describe('wordDiff on hashed token ids', () => {
  it('finds two tokens sharing a hash out and diffs them as different', () => {
    // The first two words of the form w<n> whose FNV-1a hashes collide (found by a search over n).
    const [first, second] = ['w673879', 'w1180600'];
    expect(hashRange(first, 0, first.length)).toBe(hashRange(second, 0, second.length));
    const diff = wordDiff(`keep ${first} keep`, `keep ${second} keep`);
    expect(plain(diff.ops)).toEqual([
      { op: 'equal', text: 'keep ', changedText: undefined },
      { op: 'delete', text: first, changedText: undefined },
      { op: 'insert', text: second, changedText: undefined },
      { op: 'equal', text: ' keep', changedText: undefined },
    ]);
  });
});

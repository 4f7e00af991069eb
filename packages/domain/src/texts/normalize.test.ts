/**
 * Words of a line, read only as far as needed, and folded without a backtracking expression (issue 12: a 4.5 MB
 * line was folded whole once per language tried, and a word of 20,000 dots took seconds).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldText, foldWord, hasMoreWordsThan, wordsOf } from './normalize.ts';

/** What `foldWord` did with a regular expression (full-width punctuation added): its result must not change. */
function foldWordBefore(word: string): string {
  const folded = foldText(word).replace(/^[("'«“„‹[{（「『【]+|[)"'»”›\]},;:.!?،؛…）」』】，；：。！？、]+$/g, '');
  if (!/[\u0621-\u064A\u0671-\u06D3]/.test(folded) || folded.length < 3) {
    return folded;
  }
  return folded.replace(/^ت/, 'ي').replace(/ها$/, 'ه');
}

const pieces = fc.constantFrom(
  ' ',
  '\t',
  '\u00A0',
  'a',
  'É',
  '(',
  ')',
  '"',
  "'",
  '«',
  '»',
  '“',
  '”',
  '[',
  ']',
  '{',
  '}',
  '.',
  '…',
  '،',
  '؛',
  '!',
  '?',
  '（',
  '）',
  '：',
  '，',
  '。',
  '考虑到',
  'تقرر',
  'اعتبارها',
  '\u064B',
);
const text = fc.array(pieces, { maxLength: 14 }).map((list) => list.join(''));

describe('foldWord', () => {
  it('folds as the regular expression did', () => {
    fc.assert(
      fc.property(text, (word) => {
        expect(foldWord(word)).toBe(foldWordBefore(word));
      }),
      { numRuns: 5_000 },
    );
  });

  // The expression tried a closing run from each character: 20,000 dots took seconds, 200,000 a hundred times more.
  it.each([
    ['dots', `${'.'.repeat(200_000)}x`, `${'.'.repeat(200_000)}x`],
    ['closing quotes', `x${'»'.repeat(200_000)}y`, `x${'»'.repeat(200_000)}y`],
    ['quotes around it', `${'«'.repeat(200_000)}x${'»'.repeat(200_000)}`, 'x'],
  ])('folds a long word of %s at once', (_name, word, folded) => {
    const started = performance.now();
    expect(foldWord(word)).toBe(folded);
    expect(performance.now() - started).toBeLessThan(1_000);
  });
});

describe('wordsOf with a limit', () => {
  it('gives the first words of the whole list', () => {
    fc.assert(
      fc.property(text, fc.nat(6), (line, limit) => {
        expect(wordsOf(line, limit)).toEqual(wordsOf(line).slice(0, limit));
      }),
      { numRuns: 2_000 },
    );
  });

  it('reads a few words of a 4.5 MB line at once', () => {
    const line = 'the quick brown fox jumps over the lazy dog '.repeat(100_000);
    const started = performance.now();
    expect(wordsOf(line, 3).map((word) => word.printed)).toEqual(['the', 'quick', 'brown']);
    expect(hasMoreWordsThan(line, 10)).toBe(true);
    expect(performance.now() - started).toBeLessThan(100);
  });
});

describe('hasMoreWordsThan', () => {
  it('counts the words as splitting on spaces did', () => {
    fc.assert(
      fc.property(text, fc.nat(6), (line, count) => {
        const words = line.trim() === '' ? 0 : line.trim().split(/\s+/).length;
        expect(hasMoreWordsThan(line, count)).toBe(words > count);
      }),
      { numRuns: 2_000 },
    );
  });
});

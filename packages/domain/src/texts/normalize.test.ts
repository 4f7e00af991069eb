/** Words of a line, read only as far as needed (issue 12: a 4.5 MB line was folded whole once per language tried). */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hasMoreWordsThan, wordsOf } from './normalize.ts';

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
  'تقرر',
  'اعتبارها',
  '\u064B',
);
const text = fc.array(pieces, { maxLength: 14 }).map((list) => list.join(''));

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

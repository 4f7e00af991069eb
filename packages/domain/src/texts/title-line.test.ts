/**
 * The title line's two scanners read what the regular expressions they replace matched, in one pass (issue 12:
 * those expressions backtracked, so a long run of spaces or a long word with digits took seconds to minutes).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readTitleLine, splitNumberAtEnd, splitTrailingBrackets } from './title-line.ts';

const TRAILING_BRACKETS = /^(.*?)\s*[(（]([^()（）]+)[)）]$/;
const NUMBER_AT_END = /^(.*\S)\s+(\[[^\]\s]+\]|\S*\d\S*)$/;

/** Lines made of the pieces that matter to the scanners: spaces of every kind, brackets, digits, line breaks. */
const pieces = fc.constantFrom(
  ' ',
  '   ',
  '\t',
  '\u00A0',
  '\u3000',
  '\u2028',
  '\r',
  '(',
  ')',
  '（',
  '）',
  '[',
  ']',
  '1',
  '2017',
  'a',
  'RESOLUTION',
  'Rev.',
  '[ARB-1]',
  ',',
);
const lines = fc.array(pieces, { maxLength: 16 }).map((list) => list.join(''));

describe('splitTrailingBrackets', () => {
  it('reads the revision in brackets at the end of a line', () => {
    expect(splitTrailingBrackets('RESOLUTION 1 (Rev. Buenos Aires, 2017)')).toEqual([
      'RESOLUTION 1',
      'Rev. Buenos Aires, 2017',
    ]);
    expect(splitTrailingBrackets('القرار 1（المراجَع）')).toEqual(['القرار 1', 'المراجَع']);
    expect(splitTrailingBrackets('RESOLUTION 1 ()')).toBeNull();
    expect(splitTrailingBrackets('RESOLUTION 1 (a (b)')).toEqual(['RESOLUTION 1 (a', 'b']);
    expect(splitTrailingBrackets('RESOLUTION 1 (a) b')).toBeNull();
  });

  it('matches what the regular expression matched', () => {
    fc.assert(
      fc.property(lines, (line) => {
        const match = TRAILING_BRACKETS.exec(line);
        expect(splitTrailingBrackets(line)).toEqual(match === null ? null : [match[1], match[2]]);
      }),
      { numRuns: 5_000 },
    );
  });
});

describe('splitNumberAtEnd', () => {
  it('reads the number or the bracketed label at the end of a head', () => {
    expect(splitNumberAtEnd('RESOLUTION 901')).toEqual(['RESOLUTION', '901']);
    expect(splitNumberAtEnd('DRAFT NEW RESOLUTION [ARB-1]')).toEqual(['DRAFT NEW RESOLUTION', '[ARB-1]']);
    expect(splitNumberAtEnd('QUESTION 9/1')).toEqual(['QUESTION', '9/1']);
    expect(splitNumberAtEnd('RESOLUTION one')).toBeNull();
    expect(splitNumberAtEnd('901')).toBeNull();
  });

  it('matches what the regular expression matched', () => {
    fc.assert(
      fc.property(lines, (head) => {
        const match = NUMBER_AT_END.exec(head);
        expect(splitNumberAtEnd(head)).toEqual(match === null ? null : [match[1], match[2]]);
      }),
      { numRuns: 5_000 },
    );
  });
});

describe('readTitleLine on long lines', () => {
  // Each took seconds at 20,000 characters with the regular expressions, four times longer at twice the length.
  it.each([
    ['a run of spaces', `RESOLUTION${' '.repeat(200_000)}1 (Rev.)`],
    ['a run of spaces before a bracket', `RESOLUTION 1${' '.repeat(200_000)}(Rev.)`],
    ['a long word of digits', `RESOLUTION ${'1'.repeat(200_000)} x`],
    ['a long paragraph', 'considering that the quick brown fox jumps (over) the lazy dog 1 '.repeat(3_000)],
  ])('reads %s at once', (_name, line) => {
    const started = performance.now();
    for (const language of ['en', 'fr', 'ar'] as const) {
      readTitleLine(line, language);
    }
    expect(performance.now() - started).toBeLessThan(1_000);
  });

  it('still reads a title whose spaces are many', () => {
    expect(readTitleLine(`RESOLUTION${' '.repeat(200_000)}901 (Rev. Buenos Aires, 2017)`, 'en')).toEqual({
      kind: 'resolution',
      number: '901',
      revision: 'Rev. Buenos Aires, 2017',
      draft: false,
    });
  });
});

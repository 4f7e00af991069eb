/**
 * `parseInstrumentText` on large input (issue 12): a 4.5 MB text on one line, a 4.5 MB paragraph, and lines whose
 * runs of spaces, digits or dots made the title and word expressions backtrack. Each used to take seconds (the
 * 4.5 MB line 8 to 16 s, a 50,000-character run of spaces far longer); each reads at once and as before. Large
 * inputs are built at test time.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors.ts';
import { parseInstrumentText } from './parse-text.ts';
import type { StructuredText } from './structured-text.ts';

const GOLDEN = path.join(import.meta.dirname, 'golden');
const golden = (name: string) => readFileSync(path.join(GOLDEN, `${name}.txt`), 'utf8');
const goldenJson = (name: string) =>
  JSON.parse(readFileSync(path.join(GOLDEN, `${name}.json`), 'utf8')) as StructuredText;

/** `text` repeated and cut to `length` characters. */
const filled = (text: string, length: number) => text.repeat(Math.ceil(length / text.length)).slice(0, length);

/** The issues (line, code) `source` is refused with, and how long reading it took in milliseconds. */
function timedProblems(source: string): { problems: [unknown, string][]; elapsed: number } {
  const started = performance.now();
  try {
    parseInstrumentText(source);
  } catch (error) {
    const elapsed = performance.now() - started;
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).code).toBe('unparsable_text');
    return { problems: (error as DomainError).issues.map(({ path: where, code }) => [where[1], code]), elapsed };
  }
  throw new Error('The text parsed.');
}

describe('parseInstrumentText on a 4.5 MB text on one line', () => {
  // The whole resolution with its line ends made spaces, repeated: one line of paragraph text.
  it.each([
    'sample-resolution-901-en',
    'sample-resolution-901-ar',
    'sample-resolution-901-zh',
    'sample-resolution-901-ru',
  ])('refuses %s on one line at once: no title, no heading, on line 1', (name) => {
    const line = golden(name)
      .split('\n')
      .map((text) => text.trim())
      .filter((text) => text !== '')
      .join(' ');
    const source = filled(`${line} `, 4_500_000);
    const { problems, elapsed } = timedProblems(source);
    expect(problems).toEqual([
      [1, 'missing_title'],
      [1, 'no_headings'],
    ]);
    expect(elapsed).toBeLessThan(2_000);
  });

  it('reads a text whose one paragraph is 4.5 MB long, at once and as the text without it', () => {
    const name = 'sample-resolution-901-en';
    const paragraph = filled('the quick brown fox jumps over the lazy dog; ', 4_500_000);
    const source = golden(name).replace(/^(a\)\t.*)$/m, `$1 ${paragraph}`);
    const started = performance.now();
    const { text } = parseInstrumentText(source);
    expect(performance.now() - started).toBeLessThan(1_000);
    const expected = goldenJson(name);
    expect(text.provisions.map((provision) => provision.id)).toEqual(expected.provisions.map(({ id }) => id));
    expect(text.provisions[0]!.text).toBe(`${expected.provisions[0]!.text} ${paragraph}`.trim());
  });
});

describe('parseInstrumentText on lines that made expressions backtrack', () => {
  const N = 50_000;
  it.each<[string, string, [unknown, string][]]>([
    ['a run of spaces in a title', `RESOLUTION${' '.repeat(N)}1`, [[1, 'no_headings']]],
    ['a run of spaces before a bracket', `RESOLUTION 1${' '.repeat(N)}(Rev.)`, [[1, 'no_headings']]],
    ['a run of tabs after a heading', `considering${'\t'.repeat(N)}that`, [[1, 'missing_title']]],
    [
      'a long word of digits',
      `RESOLUTION ${'1'.repeat(N)} x`,
      [
        [1, 'missing_title'],
        [1, 'no_headings'],
      ],
    ],
    [
      'a long word of dots',
      `${'.'.repeat(N)}x`,
      [
        [1, 'missing_title'],
        [1, 'no_headings'],
      ],
    ],
    [
      'a bracket and a run of spaces',
      `(${' '.repeat(N)}a`,
      [
        [1, 'missing_title'],
        [1, 'no_headings'],
      ],
    ],
  ])('reads %s at once, alone and as an item of a text', (_name, line, alone) => {
    const { problems, elapsed } = timedProblems(line);
    expect(problems).toEqual(alone);
    expect(elapsed).toBeLessThan(1_000);
    const started = performance.now();
    const { text } = parseInstrumentText(`RESOLUTION 1 (Rev. Buenos Aires, 2017)\nSubject\nconsidering\na)\t${line}\n`);
    expect(performance.now() - started).toBeLessThan(1_000);
    expect(text.provisions.map((provision) => [provision.id, provision.text])).toEqual([['considering.a', line]]);
  });
});

describe('parseInstrumentText on Chinese lines that could make expressions backtrack', () => {
  const N = 50_000;
  const empty: [unknown, string][] = [
    [1, 'missing_title'],
    [1, 'no_headings'],
  ];
  it.each<[string, string, [unknown, string][]]>([
    ['a title with a long number', `第${'1'.repeat(N)}号决议`, empty],
    ['a long run of annex words after a title', `第1号决议${'附件'.repeat(N)}`, empty],
    [
      'a heading followed by a long run of colons',
      `考虑到${'：'.repeat(N)}a)`,
      [
        [1, 'empty_item'],
        [1, 'missing_title'],
      ],
    ],
  ])('reads %s at once, alone and as an item of a Chinese text', (_name, line, alone) => {
    const { problems, elapsed } = timedProblems(line);
    expect(problems).toEqual(alone);
    expect(elapsed).toBeLessThan(1_000);
    const started = performance.now();
    const { text } = parseInstrumentText(`第1号决议（2017年，布宜诺斯艾利斯，修订版）\n主题\n考虑到\na)\t${line}\n`);
    expect(performance.now() - started).toBeLessThan(1_000);
    expect(text.provisions.map((provision) => [provision.id, provision.text])).toEqual([['considering.a', line]]);
  });
});

/**
 * `tansiq compare` on bad input (issue 5): empty files, a file in another language than the base, a 10 MB line,
 * invisible characters, two unrelated 100,000-word texts. Each ends in a clear exit 2 naming the file or in a
 * documented compilation, in bounded time. The large files are written to a temporary directory by the test.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { run, type Io } from '../src/program.ts';

const GOLDEN = path.resolve(import.meta.dirname, '../../../packages/domain/src/texts/golden');
const BASE_EN = path.join(GOLDEN, 'sample-resolution-901-en.txt');
const BASE_AR = path.join(GOLDEN, 'sample-resolution-901-ar.txt');
const RESOLVES_1 = 'to encourage the establishment of community centres for digital skills;';

const scratch = mkdtempSync(path.join(tmpdir(), 'tansiq-compare-bad-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Writes a file in the scratch directory and gives its path. */
function write(name: string, text: string): string {
  const file = path.join(scratch, name);
  writeFileSync(file, text);
  return file;
}
/** The English base with `resolves 1` replaced. */
const withResolves1 = (text: string) => readFileSync(BASE_EN, 'utf8').replace(RESOLVES_1, text);

async function tansiq(argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const io: Io = { out: (text) => out.push(text), err: (text) => err.push(text), env: {}, readStdin: async () => '' };
  const code = await run(argv, io);
  return { code, stdout: out.join(''), stderr: err.join('') };
}

interface Answer {
  provisions: { id: string; class: string; proposals: { mark: string; coarse: boolean; text: string | null }[] }[];
}
async function compare(...argv: string[]): Promise<Answer> {
  const result = await tansiq(['compare', ...argv, '--json']);
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  return JSON.parse(result.stdout) as Answer;
}
const classes = (answer: Answer) =>
  answer.provisions.filter((p) => p.class !== 'unchanged').map((p) => [p.id, p.class]);
const escaped = (file: string) => file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

describe('tansiq compare: empty files', () => {
  it('exits 2 on an empty or blank proposed file or base, naming it', async () => {
    const empty = write('EMPTY.txt', '');
    const blank = write('BLANK.txt', '\n \t\r\n');
    for (const files of [
      [BASE_EN, empty],
      [BASE_EN, blank],
      [empty, BASE_EN],
    ]) {
      const culprit = files[0] === BASE_EN ? files[1]! : files[0]!;
      const result = await tansiq(['compare', ...files, '--json']);
      expect(result.code).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr).toMatch(new RegExp(`^${escaped(culprit)}: line 1: empty_text: `));
      expect(result.stderr).toMatch(new RegExp(`\\ntansiq: ${escaped(culprit)}: The text is empty`));
    }
  });
});

describe('tansiq compare: a language it does not read', () => {
  it('exits 2 on --lang de, naming the option and the six languages', async () => {
    const result = await tansiq(['compare', BASE_EN, BASE_EN, '--lang', 'de', '--json']);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/option '--lang <language>' argument 'de' is invalid/);
    expect(result.stderr).toMatch(/Allowed choices are ar, zh, en, fr, ru, es/);
  });

  it('exits 2 on text import --lang de before touching any data', async () => {
    const result = await tansiq(['text', 'import', BASE_EN, '--version-label', 'Rev. X, 2017', '--lang', 'de']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/option '--lang <language>' argument 'de' is invalid/);
  });
});

describe('tansiq compare: a proposed text in another language than the base', () => {
  it('exits 2 naming the file when the languages are detected', async () => {
    const result = await tansiq(['compare', BASE_EN, BASE_AR, '--json']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(
      new RegExp(`^tansiq: ${escaped(BASE_AR)}: its language \\(ar\\) is not the base's \\(en\\)`),
    );
  });

  it('exits 2 naming the file in the other language when --lang is given, with its lines', async () => {
    for (const [lang, culprit] of [
      ['en', BASE_AR],
      ['ar', BASE_EN],
    ] as const) {
      const result = await tansiq(['compare', BASE_EN, BASE_AR, '--lang', lang, '--json']);
      expect(result.code).toBe(2);
      expect(result.stdout).toBe('');
      const lines = result.stderr.trimEnd().split('\n');
      expect(lines[0]).toMatch(new RegExp(`^${escaped(culprit)}: line \\d+: mixed_language: `));
      expect(lines.at(-1)).toMatch(new RegExp(`^tansiq: ${escaped(culprit)}: The text could not be read`));
    }
  });

  it('compiles a provision quoting words of another language as a change of that provision', async () => {
    const quoting = write('MIX.txt', withResolves1(RESOLVES_1.replace('centres', 'centres (المراكز المجتمعية)')));
    const answer = await compare(BASE_EN, quoting);
    expect(classes(answer)).toEqual([['resolves.1', 'single']]);
  });
});

describe('tansiq compare: 10 MB on one line', () => {
  it('exits 2 at once on a file over 5 MB, naming it, base or proposed', { timeout: 60_000 }, async () => {
    const line = 'telecommunication development '.repeat(350_000);
    expect(line.length).toBeGreaterThan(10_000_000);
    const huge = write('HUGE.txt', withResolves1(`to ${line};`));
    for (const files of [
      [BASE_EN, huge],
      [huge, BASE_EN],
    ]) {
      const started = performance.now();
      const result = await tansiq(['compare', ...files, '--json']);
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(new RegExp(`^tansiq: ${escaped(huge)}: larger than 5 MB`));
      expect(performance.now() - started).toBeLessThan(10_000);
    }
  });
});

describe('tansiq compare: invisible characters', () => {
  it('reads a copy with a BOM, CRLF, directional marks and no-break spaces: changes, unless spacing is ignored', async () => {
    const marked = readFileSync(BASE_EN, 'utf8')
      .replace('to encourage', 'to \u200fencourage')
      .replace('digital skills help', 'digital\u00a0skills help')
      .replace('the work of administrations', 'the work\u200e of administrations')
      .replaceAll('\n', '\r\n');
    const file = write('RLM.txt', `\ufeff${marked}`);
    const exact = await compare(BASE_EN, file);
    expect(classes(exact)).toEqual([
      ['considering.a', 'single'],
      ['recognizing.a', 'single'],
      ['resolves.1', 'single'],
    ]);
    const ignoring = await compare(BASE_EN, file, '--ignore-spacing');
    expect(classes(ignoring)).toEqual([]);
    // The marks are kept in the proposed text as it was written.
    const resolves1 = ignoring.provisions.find((p) => p.id === 'resolves.1')!;
    expect(resolves1.proposals[0]).toMatchObject({ mark: 'MOD', text: RESOLVES_1.replace('to ', 'to \u200f') });
  });
});

describe('tansiq compare: two unrelated 100,000-word texts', () => {
  it('compiles them coarsely, in bounded time', { timeout: 120_000 }, async () => {
    const words = (prefix: string) =>
      Array.from({ length: 100_000 }, (_, w) => `${prefix}${(w * 7919) % 5000}`).join(' ');
    const base = write('BASE100K.txt', withResolves1(`to ${words('a')};`));
    const other = write('OTHER100K.txt', withResolves1(`to ${words('b')};`));
    const started = performance.now();
    const answer = await compare(base, other);
    expect(performance.now() - started).toBeLessThan(60_000);
    expect(classes(answer)).toEqual([['resolves.1', 'single']]);
    const resolves1 = answer.provisions.find((p) => p.id === 'resolves.1')!;
    expect(resolves1.proposals[0]).toMatchObject({ mark: 'MOD', coarse: true });
  });
});

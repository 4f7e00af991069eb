import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { run, type Io } from '../src/program.ts';

const GOLDEN = path.resolve(import.meta.dirname, '../../../packages/domain/src/texts/golden');
const FIXTURES = path.resolve(import.meta.dirname, 'fixtures/compare');
const BASE_EN = path.join(GOLDEN, 'sample-resolution-901-en.txt');
const BASE_AR = path.join(GOLDEN, 'sample-resolution-901-ar.txt');
const fixture = (name: string) => path.join(FIXTURES, name);

const scratch = mkdtempSync(path.join(tmpdir(), 'tansiq-compare-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

async function tansiq(argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const io: Io = { out: (text) => out.push(text), err: (text) => err.push(text), env: {}, readStdin: async () => '' };
  const code = await run(argv, io);
  return { code, stdout: out.join(''), stderr: err.join('') };
}

interface Proposal {
  source: string;
  mark: string;
  text: string | null;
  coarse: boolean;
  ops: { op: string; text: string }[];
}
interface Provision {
  id: string;
  heading: string;
  num: string;
  base: string | null;
  proposals: Proposal[];
  class: string;
  divergence: number;
}
interface Answer {
  provisions: Provision[];
  divergence: number;
  pairs: { a: string; b: string; divergence: number }[];
}

async function compare(...argv: string[]): Promise<Answer> {
  const result = await tansiq(['compare', ...argv, '--json']);
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  return JSON.parse(result.stdout) as Answer;
}
const byId = (answer: Answer, id: string) => answer.provisions.find((p) => p.id === id)!;
const marks = (provision: Provision) => provision.proposals.map((p) => `${p.source} ${p.mark}`);

describe('tansiq compare (English)', () => {
  const sources = ['en/EGY.txt', 'en/ARB.txt', 'en/USA.txt'].map(fixture);

  it('prints exactly the fields of the issue, every source once per provision in argument order', async () => {
    const answer = await compare(BASE_EN, ...sources);
    expect(Object.keys(answer)).toEqual(['provisions', 'divergence', 'pairs']);
    for (const provision of answer.provisions) {
      expect(Object.keys(provision)).toEqual(['id', 'heading', 'num', 'base', 'proposals', 'class', 'divergence']);
      expect(provision.proposals.map((p) => p.source)).toEqual(['EGY', 'ARB', 'USA']);
      for (const proposal of provision.proposals) {
        expect(Object.keys(proposal)).toEqual(['source', 'mark', 'text', 'coarse', 'ops']);
        expect(proposal.ops.every((op) => Object.keys(op).join() === 'op,text')).toBe(true);
      }
    }
    expect(answer.pairs.map((pair) => [pair.a, pair.b])).toEqual([
      ['EGY', 'ARB'],
      ['EGY', 'USA'],
      ['ARB', 'USA'],
    ]);
  });

  it('reads an inserted item that renumbers as one shared ADD row and NOCs', async () => {
    const answer = await compare(BASE_EN, ...sources);
    expect(answer.provisions.slice(0, 4).map((p) => [p.id, p.num, p.class])).toEqual([
      ['considering.a', 'a)', 'unchanged'],
      ['considering.a+1', 'b)', 'same'],
      ['considering.b', 'b)', 'unchanged'],
      ['considering.c', 'c)', 'unchanged'],
    ]);
    const added = byId(answer, 'considering.a+1');
    expect(added).toMatchObject({ heading: 'considering', base: null, divergence: 0 });
    const text = 'that public access points complement connections at home;';
    expect(added.proposals).toEqual([
      { source: 'EGY', mark: 'ADD', text, coarse: false, ops: [{ op: 'insert', text }] },
      { source: 'ARB', mark: 'ADD', text, coarse: false, ops: [{ op: 'insert', text }] },
      { source: 'USA', mark: 'NOC', text: null, coarse: false, ops: [] },
    ]);
    const kept = byId(answer, 'considering.b');
    expect(kept.proposals[0]).toEqual({ source: 'EGY', mark: 'NOC', text: kept.base, coarse: false, ops: [] });
  });

  it('shows a SUP, a conflict and single MODs with their word diffs', async () => {
    const answer = await compare(BASE_EN, ...sources);
    const suppressed = byId(answer, 'resolves.3');
    expect(marks(suppressed)).toEqual(['EGY NOC', 'ARB SUP', 'USA NOC']);
    expect(suppressed.proposals[1]).toEqual({
      source: 'ARB',
      mark: 'SUP',
      text: null,
      coarse: false,
      ops: [{ op: 'delete', text: suppressed.base }],
    });
    const contested = byId(answer, 'resolves.1');
    expect(contested).toMatchObject({ class: 'conflict', divergence: 1 });
    expect(contested.proposals[0]!.ops).toEqual([
      { op: 'equal', text: 'to ' },
      { op: 'delete', text: 'encourage' },
      { op: 'insert', text: 'promote' },
      { op: 'equal', text: ' the establishment of community centres for digital skills;' },
    ]);
    expect(byId(answer, 'recognizing.b')).toMatchObject({ class: 'single', divergence: 0 });
    expect(marks(byId(answer, 'recognizing.b'))).toEqual(['EGY NOC', 'ARB NOC', 'USA MOD']);
    expect(answer.provisions.filter((p) => p.class !== 'unchanged').map((p) => p.id)).toEqual([
      'considering.a+1',
      'recognizing.b',
      'resolves.1',
      'resolves.2.ii',
      'resolves.3',
    ]);
    expect(answer.pairs).toEqual([
      { a: 'EGY', b: 'ARB', divergence: 0.25 },
      { a: 'EGY', b: 'USA', divergence: 0 },
      { a: 'ARB', b: 'USA', divergence: 0 },
    ]);
    expect(answer.divergence).toBeCloseTo(1 / 5);
  });

  it('gives the same ids for the same input, and all NOC for the base itself', async () => {
    const ids = (answer: Answer) => answer.provisions.map((p) => p.id);
    expect(ids(await compare(BASE_EN, ...sources))).toEqual(ids(await compare(BASE_EN, ...sources)));
    const self = await compare(BASE_EN, fixture('other/EGY.txt'));
    expect(self.provisions.every((p) => p.class === 'unchanged' && p.proposals[0]!.mark === 'NOC')).toBe(true);
    expect(self).toMatchObject({ divergence: 0, pairs: [] });
  });

  it('prints a table without --json', async () => {
    const result = await tansiq(['compare', BASE_EN, ...sources]);
    expect(result.code).toBe(0);
    const lines = result.stdout.split('\n');
    expect(lines[0]).toBe('provision\tnum\tclass\tdivergence\tEGY\tARB\tUSA');
    expect(lines).toContain('resolves.1\t1\tconflict\t1.00\tMOD\tMOD\tNOC');
    expect(lines).toContain('EGY/ARB\t0.25');
  });
});

describe('tansiq compare (Arabic)', () => {
  it('aligns the Arabic texts, with --lang ar, and writes a right-to-left page with --html', async () => {
    const page = path.join(scratch, 'synoptic-ar.html');
    const answer = await compare(BASE_AR, fixture('ar/ARB.txt'), fixture('ar/EGY.txt'), '--lang', 'ar', '--html', page);
    expect(answer.provisions.slice(0, 4).map((p) => [p.id, p.num, marks(p)])).toEqual([
      ['considering.a', 'أ)', ['ARB NOC', 'EGY NOC']],
      ['considering.a+1', 'ب)', ['ARB ADD', 'EGY NOC']],
      ['considering.b', 'ب)', ['ARB NOC', 'EGY NOC']],
      ['considering.c', 'ج)', ['ARB NOC', 'EGY NOC']],
    ]);
    const contested = byId(answer, 'resolves.1');
    expect(contested).toMatchObject({ class: 'conflict', divergence: 1 });
    expect(contested.proposals[0]!.ops.filter((op) => op.op !== 'equal')).toEqual([
      { op: 'delete', text: 'تشجيع' },
      { op: 'insert', text: 'دعم' },
    ]);
    const html = readFileSync(page, 'utf8');
    expect(html).toContain('<html lang="ar" dir="rtl">');
    expect(html).toContain('<del>تشجيع</del><ins>دعم</ins>');
  });

  it('writes the page and says so without --json', async () => {
    const page = path.join(scratch, 'synoptic-en.html');
    const result = await tansiq(['compare', BASE_EN, fixture('en/USA.txt'), '--html', page]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`Wrote ${page}.`);
    expect(readFileSync(page, 'utf8')).toMatch(/^<!doctype html>\n<html lang="en" dir="ltr">/);
  });
});

describe('tansiq compare (Russian and Chinese)', () => {
  const BASE_RU = path.join(GOLDEN, 'sample-resolution-901-ru.txt');
  const BASE_ZH = path.join(GOLDEN, 'sample-resolution-901-zh.txt');

  it.each([[[]], [['--lang', 'ru']]])('classes the divergence of two Russian proposals (%j)', async (lang) => {
    const answer = await compare(BASE_RU, fixture('ru/RCC.txt'), fixture('ru/ATU.txt'), ...lang);
    expect(answer.provisions.map((p) => [p.id, p.class])).toEqual(
      expect.arrayContaining([
        ['considering.a', 'unchanged'],
        ['considering.a+1', 'same'],
        ['recognizing.b', 'single'],
        ['resolves.1', 'conflict'],
        ['resolves.2.ii', 'single'],
        ['resolves.3', 'sup-mod'],
        ['annex-1.3', 'unchanged'],
      ]),
    );
    expect(answer.provisions.filter((p) => p.class !== 'unchanged')).toHaveLength(5);
    const contested = byId(answer, 'resolves.1');
    expect(marks(contested)).toEqual(['RCC MOD', 'ATU MOD']);
    // By words: Cyrillic letters make words, and a changed word is one delete and one insert.
    expect(contested.proposals[0]!.ops.filter((op) => op.op !== 'equal')).toEqual([
      { op: 'delete', text: 'поощрять' },
      { op: 'insert', text: 'поддерживать' },
    ]);
    expect(byId(answer, 'resolves.3').proposals.map((p) => p.mark)).toEqual(['SUP', 'MOD']);
    expect(byId(answer, 'considering.a+1')).toMatchObject({ num: 'b)', heading: 'учитывая' });
  });

  it('diffs a Chinese proposal by character', async () => {
    const answer = await compare(BASE_ZH, fixture('zh/APT.txt'));
    const changed = byId(answer, 'resolves.1');
    expect(changed).toMatchObject({ class: 'single', heading: '做出决议' });
    expect(changed.proposals[0]!.ops).toEqual([
      { op: 'delete', text: '鼓励' },
      { op: 'insert', text: '支持' },
      { op: 'equal', text: '建立数字技能社区中心；' },
    ]);
    expect(answer.provisions.filter((p) => p.class !== 'unchanged').map((p) => p.id)).toEqual(['resolves.1']);
  });

  it('exits 2 when a Russian proposal is compared with a Chinese base', async () => {
    const result = await tansiq(['compare', BASE_ZH, fixture('ru/RCC.txt'), '--json']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/RCC\.txt: its language \(ru\) is not the base's \(zh\)/);
  });
});

describe('tansiq compare refusals', () => {
  it('exits 2 on two files of one name, naming both', async () => {
    const result = await tansiq(['compare', BASE_EN, fixture('en/EGY.txt'), fixture('other/EGY.txt'), '--json']);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^tansiq: .*en\/EGY\.txt and .*other\/EGY\.txt give one source name "EGY"/);
  });

  it('exits 2 on an unparsable file, with the file and the line', async () => {
    const bad = fixture('bad.txt');
    const result = await tansiq(['compare', BASE_EN, fixture('en/USA.txt'), bad, '--json']);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    const lines = result.stderr.trimEnd().split('\n');
    expect(lines[0]).toMatch(new RegExp(`^${bad.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: line 8: skipped_number: `));
    expect(lines.at(-1)).toMatch(/^tansiq: .*bad\.txt: The text could not be read/);
  });

  it('exits 2 on an unparsable base, a missing file, a text in another language', async () => {
    const cases = [
      [[fixture('bad.txt'), fixture('en/USA.txt')], /bad\.txt: line 8: skipped_number/],
      [[BASE_EN, path.join(scratch, 'nowhere.txt')], /nowhere\.txt: no such file/],
      [[BASE_EN, fixture('ar/ARB.txt')], /ARB\.txt: its language \(ar\) is not the base's \(en\)/],
      [[BASE_EN], /missing required argument 'proposed/],
    ] as const;
    for (const [files, expected] of cases) {
      const result = await tansiq(['compare', ...files, '--json']);
      expect(result.code).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr).toMatch(expected);
    }
  });
});

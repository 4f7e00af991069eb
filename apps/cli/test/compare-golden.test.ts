/**
 * Golden compilations of `tansiq compare` (issue 5): the sample Resolution 901 in English and in Arabic against
 * three regional versions each (ATU, ARB, CEPT: sample texts, fixtures/compare/golden/), which between them give
 * every class with ADD, MOD, SUP and NOC. The `--json` output is compared exactly with the golden file; to
 * regenerate the golden files after a deliberate change, run `UPDATE_GOLDEN=1 npx vitest run
 * apps/cli/test/compare-golden.test.ts` and review the diff.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { run, type Io } from '../src/program.ts';

const TEXTS = path.resolve(import.meta.dirname, '../../../packages/domain/src/texts/golden');
const GOLDEN = path.resolve(import.meta.dirname, 'fixtures/compare/golden');
const REGIONS = ['ATU', 'ARB', 'CEPT'];

async function compare(language: 'en' | 'ar'): Promise<string> {
  const out: string[] = [];
  const err: string[] = [];
  const io: Io = { out: (text) => out.push(text), err: (text) => err.push(text), env: {}, readStdin: async () => '' };
  const base = path.join(TEXTS, `sample-resolution-901-${language}.txt`);
  const versions = REGIONS.map((region) => path.join(GOLDEN, language, `${region}.txt`));
  const code = await run(['compare', base, ...versions, '--json'], io);
  expect(err.join('')).toBe('');
  expect(code).toBe(0);
  return out.join('');
}

interface Answer {
  provisions: {
    id: string;
    num: string;
    class: string;
    divergence: number;
    base: string | null;
    proposals: { source: string; mark: string; text: string | null; ops: { op: string; text: string }[] }[];
  }[];
  divergence: number;
}

const EXPECTED_CLASSES = [
  ['considering.a', 'unchanged', 'NOC NOC NOC'],
  ['considering.a+1', 'same', 'ADD ADD NOC'],
  ['considering.b', 'single', 'NOC MOD NOC'],
  ['considering.c', 'same', 'MOD NOC MOD'],
  ['recognizing.a', 'compatible', 'MOD NOC MOD'],
  ['recognizing.abis', 'single', 'NOC NOC SUP'],
  ['recognizing.b', 'unchanged', 'NOC NOC NOC'],
  ['noting.1', 'unchanged', 'NOC NOC NOC'],
  ['resolves.1', 'conflict', 'MOD MOD NOC'],
  ['resolves.2', 'unchanged', 'NOC NOC NOC'],
  ['resolves.2.i', 'unchanged', 'NOC NOC NOC'],
  ['resolves.2.ii', 'unchanged', 'NOC NOC NOC'],
  ['resolves.3', 'sup-mod', 'NOC MOD SUP'],
  ['resolves.3+1', 'conflict', 'ADD ADD NOC'],
  ['instructs-director.1', 'single', 'MOD NOC NOC'],
  ['instructs-director.2', 'unchanged', 'NOC NOC NOC'],
  ['invites-member-states.1', 'unchanged', 'NOC NOC NOC'],
  ['annex-1', 'unchanged', 'NOC NOC NOC'],
  ['annex-1.1', 'unchanged', 'NOC NOC NOC'],
  ['annex-1.2', 'unchanged', 'NOC NOC NOC'],
  ['annex-1.2.a', 'unchanged', 'NOC NOC NOC'],
  ['annex-1.2.b', 'unchanged', 'NOC NOC NOC'],
  ['annex-1.2.b+1', 'single', 'NOC NOC ADD'],
  ['annex-1.3', 'unchanged', 'NOC NOC NOC'],
];

/** The words each source's diff deletes and inserts on one provision. */
const changes = (answer: Answer, id: string) =>
  answer.provisions
    .find((p) => p.id === id)!
    .proposals.map((p) => p.ops.filter((op) => op.op !== 'equal').map((op) => `${op.op} ${op.text}`));

describe.each(['en', 'ar'] as const)('tansiq compare golden compilation (%s)', (language) => {
  const file = path.join(GOLDEN, `${language}.json`);

  it('prints exactly the golden JSON', async () => {
    const printed = await compare(language);
    if (process.env.UPDATE_GOLDEN === '1') {
      writeFileSync(file, printed);
    }
    expect(printed).toBe(readFileSync(file, 'utf8'));
  });

  it('gives the right class per provision: every class, with ADD, MOD, SUP and NOC', async () => {
    const answer = JSON.parse(await compare(language)) as Answer;
    expect(
      answer.provisions.map((p) => [p.id, p.class, p.proposals.map((proposal) => proposal.mark).join(' ')]),
    ).toEqual(EXPECTED_CLASSES);
    expect(
      answer.provisions.every((p) => p.proposals.map((proposal) => proposal.source).join() === 'ATU,ARB,CEPT'),
    ).toBe(true);
  });

  it('reads two regions changing the same words differently as a conflict, a SUP against a MOD as sup-mod, and two texts added at one place as one row', async () => {
    const answer = JSON.parse(await compare(language)) as Answer;
    const [atu, arb, cept] = changes(answer, 'resolves.1');
    const word = language === 'en' ? 'encourage' : 'تشجيع';
    expect(atu).toEqual([`delete ${word}`, `insert ${language === 'en' ? 'promote' : 'تعزيز'}`]);
    expect(arb).toEqual([`delete ${word}`, `insert ${language === 'en' ? 'support' : 'دعم'}`]);
    expect(cept).toEqual([]);
    expect(answer.provisions.find((p) => p.id === 'resolves.1')).toMatchObject({ class: 'conflict', divergence: 1 });
    const suppressed = answer.provisions.find((p) => p.id === 'resolves.3')!;
    expect(suppressed).toMatchObject({ class: 'sup-mod', divergence: 1 });
    expect(suppressed.proposals.map((p) => p.mark)).toEqual(['NOC', 'MOD', 'SUP']);
    // Two different texts added as one new resolves 4: one row, each source's own text (issue 13).
    const added = answer.provisions.filter((p) => p.base === null && p.id.startsWith('resolves.'));
    expect(added.map((p) => [p.id, p.num, p.class, p.divergence])).toEqual([['resolves.3+1', '4', 'conflict', 0.5]]);
    expect(added[0]!.proposals.map((p) => p.text?.split(' ').slice(0, 4).join(' ') ?? null)).toEqual(
      language === 'en'
        ? ['to encourage centres that', 'to encourage centres to', null]
        : ['تشجيع المراكز التي تعمل', 'تشجيع المراكز على تقديم', null],
    );
    // Different words of one provision fit together: compatible, a quarter.
    expect(answer.provisions.find((p) => p.id === 'recognizing.a')).toMatchObject({
      class: 'compatible',
      divergence: 0.25,
    });
  });
});

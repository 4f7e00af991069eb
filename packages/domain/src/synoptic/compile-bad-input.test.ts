/**
 * Bad input for the synoptic compiler and the alignment (issue 5): empty bases and proposals, a 10 MB provision,
 * two unrelated 100,000-word texts, invisible characters, a proposal in another language than its base, two
 * languages in one provision. Each gives a compilation (or a clear refusal) in bounded time, never a hang or a
 * crash; what it gives is the documented behaviour asserted here.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { diffBase, diffResult } from '../diff/word-diff.ts';
import { parseInstrumentText } from '../texts/parse-text.ts';
import { alignProvisions } from './align.ts';
import { compileSynoptic } from './compile.ts';
import type { BaseProvision, ProvisionChange, Synoptic, SynopticSource } from './types.ts';

const GOLDEN = path.join(import.meta.dirname, '../texts/golden');
const parsed = (name: string) =>
  parseInstrumentText(readFileSync(path.join(GOLDEN, name), 'utf8')).text.provisions as BaseProvision[];
const base901 = parsed('sample-resolution-901-en.txt');
const base901ar = parsed('sample-resolution-901-ar.txt');

const TEXT = 'to encourage the establishment of community centres for digital skills;';
const PROMOTED = TEXT.replace('encourage', 'promote');
const provision = (text: string): BaseProvision => ({
  id: 'resolves.1',
  section: 'operative',
  heading: 'resolves',
  headingKey: 'resolves',
  num: '1',
  key: '1',
  parent: null,
  text,
});
const mod = (text: string): ProvisionChange => ({ mark: 'MOD', provisionId: 'resolves.1', text, number: null });
const sup: ProvisionChange = { mark: 'SUP', provisionId: 'resolves.1', text: null, number: null };
const source = (name: string, changes: ProvisionChange[]): SynopticSource => ({
  source: name,
  wholeText: null,
  changes,
});
const only = (synoptic: Synoptic) => synoptic.rows[0]!;

/**
 * Every entry's ops rebuild the row's base and the entry's text (`ignoring`: only the base, since equal runs carry
 * the base's spelling when the diff ignored something).
 */
function expectRebuilt(synoptic: Synoptic, ignoring = false): void {
  for (const row of synoptic.rows) {
    for (const entry of row.entries) {
      if (entry.ops.length > 0) {
        const diff = { algorithm: '', coarse: entry.coarse, ops: entry.ops };
        expect(diffBase(diff)).toBe(row.base ?? '');
        if (!ignoring) {
          expect(diffResult(diff)).toBe(entry.mark === 'SUP' ? '' : entry.text);
        }
      }
    }
  }
}

describe('compileSynoptic on empty input', () => {
  it('compiles nothing against nothing, and a base without sources as unchanged rows', () => {
    expect(compileSynoptic([], [])).toEqual({ sources: [], rows: [], divergence: 0, pairs: [] });
    const alone = compileSynoptic(base901, []);
    expect(alone.rows).toHaveLength(base901.length);
    expect(alone.rows.every((row) => row.class === 'unchanged' && row.entries.length === 0)).toBe(true);
    expect(alone).toMatchObject({ divergence: 0, pairs: [] });
    const silent = compileSynoptic(base901, [source('A', []), source('B', [])]);
    expect(silent.rows.every((row) => row.class === 'unchanged')).toBe(true);
    expect(silent.pairs).toEqual([{ a: 'A', b: 'B', divergence: 0 }]);
  });

  it('aligns an empty proposal as SUP of everything, and a proposal against an empty base as ADDs', () => {
    expect(alignProvisions([], [])).toEqual([]);
    expect(alignProvisions(base901, []).map((change) => change.mark)).toEqual(base901.map(() => 'SUP'));
    const added = compileSynoptic([], [source('A', alignProvisions([], base901))]);
    expect(added.rows.map((row) => row.base)).toEqual(base901.map(() => null));
    expect(added.rows.map((row) => row.class)).toEqual(base901.map(() => 'single'));
  });

  it('diffs an empty base provision and a MOD to an empty text (a text deleting every word, not a SUP)', () => {
    const fromEmpty = compileSynoptic([provision('')], [source('A', [mod(TEXT)])]);
    expect(only(fromEmpty)).toMatchObject({ class: 'single', base: '' });
    expect(only(fromEmpty).entries[0]!.ops).toMatchObject([{ op: 'insert', text: TEXT }]);
    const toEmpty = compileSynoptic([provision(TEXT)], [source('A', [mod('')]), source('B', [sup])]);
    expect(only(toEmpty).entries[0]).toMatchObject({ mark: 'MOD', text: '', ops: [{ op: 'delete', text: TEXT }] });
    expect(only(toEmpty)).toMatchObject({ class: 'sup-mod', divergence: 1 });
    const bothEmpty = compileSynoptic([provision('')], [source('A', [mod('')])]);
    expect(only(bothEmpty)).toMatchObject({ class: 'unchanged', divergence: 0 });
    expectRebuilt(toEmpty);
  });
});

describe('compileSynoptic on large input', () => {
  // About 10 MB of words in one provision: a line of 1.4 million words, no sentence end.
  const words = Array.from({ length: 1_400_000 }, (_, w) => ['telecommunication', 'الاتصالات', 'ICT'][w % 3]!);
  const huge = `${words.join(' ')};`;

  it('compiles a 10 MB provision with a MOD, a SUP and a NOC in seconds', { timeout: 120_000 }, () => {
    const changed = [...words];
    for (let w = 5_000; w < changed.length; w += 50_000) {
      changed[w] = 'broadband';
    }
    const started = performance.now();
    const synoptic = compileSynoptic(
      [provision(huge)],
      [source('A', [mod(`${changed.join(' ')};`)]), source('B', [sup]), source('C', [{ ...sup, mark: 'NOC' }])],
    );
    const elapsed = performance.now() - started;
    expect(huge.length).toBeGreaterThan(10_000_000);
    expect(only(synoptic)).toMatchObject({ class: 'sup-mod', divergence: 1 });
    expect(only(synoptic).entries.map((entry) => [entry.mark, entry.coarse])).toEqual([
      ['MOD', false],
      ['SUP', false],
      ['NOC', false],
    ]);
    expect(only(synoptic).entries[0]!.ops.filter((op) => op.op === 'insert')).toHaveLength(28);
    expectRebuilt(synoptic);
    expect(elapsed).toBeLessThan(60_000);
  });

  it(
    'compiles two unrelated 100,000-word texts of one provision coarsely, in bounded time',
    { timeout: 120_000 },
    () => {
      const text = (prefix: string) =>
        Array.from({ length: 100_000 }, (_, w) => `${prefix}${(w * 7919) % 5000}`).join(' ');
      const started = performance.now();
      const synoptic = compileSynoptic(
        [provision(text('a'))],
        [source('A', [mod(text('b'))]), source('B', [mod(text('c'))])],
      );
      const elapsed = performance.now() - started;
      expect(only(synoptic).entries.every((entry) => entry.coarse)).toBe(true);
      // Both replace the whole text differently: their blocks collide over all of it.
      expect(only(synoptic)).toMatchObject({ class: 'conflict', divergence: 1 });
      expectRebuilt(synoptic);
      expect(elapsed).toBeLessThan(30_000);
    },
  );
});

describe('compileSynoptic on invisible characters', () => {
  const RLM = '\u200f';

  it('counts an inserted directional mark as a change, and not when spacing is ignored', () => {
    const marked = TEXT.replace('the', `${RLM}the`);
    const exact = compileSynoptic([provision(TEXT)], [source('A', [mod(marked)])]);
    expect(only(exact).class).toBe('single');
    const ignoring = compileSynoptic([provision(TEXT)], [source('A', [mod(marked)])], {
      diff: { ignoreSpacing: true },
    });
    expect(only(ignoring)).toMatchObject({ class: 'unchanged', divergence: 0 });
    expect(only(ignoring).entries[0]).toMatchObject({ mark: 'MOD', text: marked });
    expectRebuilt(ignoring, true);
  });

  it('reads one change made with and without a mark as a conflict, and as the same change ignoring spacing', () => {
    const sources = [source('A', [mod(PROMOTED)]), source('B', [mod(PROMOTED.replace('promote', `${RLM}promote`))])];
    expect(only(compileSynoptic([provision(TEXT)], sources))).toMatchObject({ class: 'conflict', divergence: 1 });
    const ignoring = compileSynoptic([provision(TEXT)], sources, { diff: { ignoreSpacing: true } });
    expect(only(ignoring)).toMatchObject({ class: 'same', divergence: 0 });
  });

  it('reads a no-break space and a BOM as spacing', () => {
    const spaced = `\ufeff${TEXT.replace('community centres', 'community\u00a0centres')}`;
    const ignoring = compileSynoptic([provision(TEXT)], [source('A', [mod(spaced)])], {
      diff: { ignoreSpacing: true },
    });
    expect(only(ignoring).class).toBe('unchanged');
    expect(only(compileSynoptic([provision(TEXT)], [source('A', [mod(spaced)])])).class).toBe('single');
  });
});

describe('compileSynoptic on languages', () => {
  it('compares a proposal in another language than its base as a text of the base language', () => {
    const arabic = base901ar.find((p) => p.id === 'resolves.1')!.text;
    const synoptic = compileSynoptic(
      [provision(TEXT)],
      [source('A', [mod(arabic)]), source('B', [mod(PROMOTED)]), source('C', [mod(arabic)])],
    );
    // The Arabic text replaces every English word; beside an English change it is a conflict (docs/synoptic.md).
    expect(only(synoptic)).toMatchObject({ class: 'conflict' });
    expect(
      only(synoptic)
        .entries[0]!.ops.filter((op) => op.op === 'equal')
        .map((op) => op.text.trim()),
    ).toEqual([]);
    expect(synoptic.pairs.find((pair) => pair.a === 'A' && pair.b === 'C')!.divergence).toBe(0);
    expectRebuilt(synoptic);
  });

  it('aligns a whole text in another language by number only: every provision a MOD', () => {
    const changes = alignProvisions(base901, base901ar);
    expect(changes.map((change) => change.mark)).toEqual(base901.map(() => 'MOD'));
    expect(changes.map((change) => change.provisionId)).toEqual(base901.map((p) => p.id));
  });

  it('diffs a provision mixing Arabic and English word by word', () => {
    const mixed = 'to promote access to الاتصالات/تكنولوجيا المعلومات والاتصالات services (ICT4D)';
    const changed = 'to promote access to الاتصالات/تكنولوجيا المعلومات services (ICT4D) في المناطق الريفية';
    const synoptic = compileSynoptic([provision(mixed)], [source('A', [mod(changed)])]);
    expect(only(synoptic).entries[0]!.ops.map(({ op, text }) => [op, text])).toEqual([
      ['equal', 'to promote access to الاتصالات/تكنولوجيا المعلومات '],
      ['delete', 'والاتصالات '],
      ['equal', 'services (ICT4D)'],
      ['insert', ' في المناطق الريفية'],
    ]);
  });
});

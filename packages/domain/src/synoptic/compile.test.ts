import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diffBase, diffResult, tokenize } from '../diff/word-diff.ts';
import { DomainError } from '../errors.ts';
import { parseInstrumentText } from '../texts/parse-text.ts';
import { alignProvisions } from './align.ts';
import { compileSynoptic } from './compile.ts';
import type { BaseProvision, ProvisionChange, Synoptic, SynopticSource } from './types.ts';

const GOLDEN = path.join(import.meta.dirname, '../texts/golden');
const base901 = parseInstrumentText(readFileSync(path.join(GOLDEN, 'sample-resolution-901-en.txt'), 'utf8')).text
  .provisions;

const TEXT = 'to encourage the establishment of community centres for digital skills;';

function provision(id: string, text: string, headingKey = id.split('.')[0]!): BaseProvision {
  const key = id.split('.').at(-1)!;
  return { id, section: 'operative', heading: headingKey, headingKey, num: key, key, parent: null, text };
}
const one = [provision('resolves.1', TEXT)];

const mod = (provisionId: string, text: string, number: string | null = null): ProvisionChange => ({
  mark: 'MOD',
  provisionId,
  text,
  number,
});
const sup = (provisionId: string, number: string | null = null): ProvisionChange => ({
  mark: 'SUP',
  provisionId,
  text: null,
  number,
});
const noc = (provisionId: string): ProvisionChange => ({ mark: 'NOC', provisionId, text: null, number: null });
const add = (text: string, after: string | null, extra: Partial<ProvisionChange> = {}): ProvisionChange => ({
  mark: 'ADD',
  provisionId: null,
  after,
  text,
  number: null,
  ...extra,
});
const source = (name: string, changes: ProvisionChange[], wholeText: SynopticSource['wholeText'] = null) => ({
  source: name,
  wholeText,
  changes,
});
/** Sources named A, B, C… each with the given changes. */
const sources = (...changes: ProvisionChange[][]) =>
  changes.map((list, i) => source(String.fromCharCode(65 + i), list));

const row = (synoptic: Synoptic, id: string) => synoptic.rows.find((r) => r.id === id)!;

describe('compileSynoptic: the class and score of a row', () => {
  const r1 = 'resolves.1';
  it.each([
    ['unchanged: nobody changes it', [[], [noc(r1)]], 'unchanged', 0],
    ['single: one MOD', [[mod(r1, TEXT.replace('encourage', 'promote'))], []], 'single', 0],
    ['single: one SUP', [[sup(r1)], [noc(r1)]], 'single', 0],
    [
      'same: two MODs to one text',
      [[mod(r1, TEXT.replace('encourage', 'promote'))], [mod(r1, TEXT.replace('encourage', 'promote'))]],
      'same',
      0,
    ],
    ['same: two SUPs', [[sup(r1)], [sup(r1)]], 'same', 0],
    [
      'same: texts that differ only in runs of spaces',
      [[mod(r1, TEXT.replace('encourage', 'promote'))], [mod(r1, TEXT.replace('encourage', 'promote  '))]],
      'same',
      0,
    ],
    [
      'compatible: different words',
      [[mod(r1, TEXT.replace('encourage', 'promote'))], [mod(r1, TEXT.replace('digital', 'basic digital'))]],
      'compatible',
      0.25,
    ],
    [
      'conflict: one word replaced two ways',
      [[mod(r1, TEXT.replace('encourage', 'promote'))], [mod(r1, TEXT.replace('encourage', 'support'))]],
      'conflict',
      1,
    ],
    [
      'conflict: two insertions at one point',
      [
        [mod(r1, TEXT.replace('to encourage', 'to strongly encourage'))],
        [mod(r1, TEXT.replace('to encourage', 'to further encourage'))],
      ],
      'conflict',
      0.5,
    ],
    [
      'conflict: an insertion at the boundary of a replacement',
      [[mod(r1, TEXT.replace('encourage', 'promote'))], [mod(r1, TEXT.replace('encourage', 'encourage,'))]],
      'conflict',
      0.5,
    ],
    ['sup-mod: one SUP, one MOD', [[sup(r1)], [mod(r1, TEXT.replace('digital', 'basic digital'))]], 'sup-mod', 1],
  ])('%s', (_case, changes, expectedClass, expectedScore) => {
    const compiled = compileSynoptic(one, sources(...changes));
    expect(compiled.rows).toHaveLength(1);
    expect(compiled.rows[0]!.class).toBe(expectedClass);
    expect(compiled.rows[0]!.divergence).toBeCloseTo(expectedScore);
  });

  it('weighs a conflict by how much of the base the two replace together', () => {
    const score = (a: string, b: string) =>
      compileSynoptic(one, sources([mod('resolves.1', a)], [mod('resolves.1', b)])).rows[0]!.divergence;
    const small = score(
      TEXT.replace('encourage the establishment', 'promote the establishment'),
      TEXT.replace('encourage the establishment of', 'support the creation of'),
    );
    const large = score(
      TEXT.replace('encourage the establishment', 'promote the setting-up'),
      TEXT.replace('encourage the establishment of', 'support the creation of'),
    );
    expect(small).toBeGreaterThan(0.5);
    expect(large).toBeGreaterThan(small);
    expect(large).toBeLessThanOrEqual(1);
  });

  it('gives sup-mod before conflict, and scores a row by the mean over pairs of changers', () => {
    const compiled = compileSynoptic(
      one,
      sources(
        [sup('resolves.1')],
        [mod('resolves.1', TEXT.replace('encourage', 'promote'))],
        [mod('resolves.1', TEXT.replace('encourage', 'promote'))],
        [],
      ),
    );
    // Pairs of changers: A-B 1, A-C 1, B-C 0 (same text); D keeps the text and counts in no pair.
    expect(compiled.rows[0]).toMatchObject({ class: 'sup-mod' });
    expect(compiled.rows[0]!.divergence).toBeCloseTo(2 / 3);
  });

  it('does not count a MOD whose text is the base as a change', () => {
    const compiled = compileSynoptic(one, sources([mod('resolves.1', TEXT)], [sup('resolves.1')]));
    expect(compiled.rows[0]).toMatchObject({ class: 'single', divergence: 0 });
    expect(compiled.rows[0]!.entries[0]).toMatchObject({ mark: 'MOD', ops: [{ op: 'equal', text: TEXT }] });
  });
});

describe('compileSynoptic: entries', () => {
  it('shows every source once per row in the given order, with mark, number, text and the word diff', () => {
    const compiled = compileSynoptic(one, [
      source('EGY', [mod('resolves.1', TEXT.replace('encourage', 'promote'), 'EGY/12/1')]),
      source('USA', []),
      source('ARB', [sup('resolves.1', 'ARB/20/3')]),
    ]);
    expect(compiled.sources).toEqual(['EGY', 'USA', 'ARB']);
    expect(compiled.rows[0]!.entries).toEqual([
      {
        source: 'EGY',
        mark: 'MOD',
        number: 'EGY/12/1',
        text: TEXT.replace('encourage', 'promote'),
        coarse: false,
        ops: [
          { op: 'equal', text: 'to ' },
          { op: 'delete', text: 'encourage' },
          { op: 'insert', text: 'promote' },
          { op: 'equal', text: ' the establishment of community centres for digital skills;' },
        ],
      },
      { source: 'USA', mark: 'NOC', number: null, text: null, coarse: false, ops: [] },
      {
        source: 'ARB',
        mark: 'SUP',
        number: 'ARB/20/3',
        text: null,
        coarse: false,
        ops: [{ op: 'delete', text: TEXT }],
      },
    ]);
  });

  it('applies a whole-text SUP to every base row and NOC to added rows; a whole-text NOC keeps everything', () => {
    const base = [provision('resolves.1', 'alpha'), provision('resolves.2', 'beta')];
    const compiled = compileSynoptic(base, [
      source('A', [], { mark: 'SUP', number: 'A/1/1' }),
      source('B', [], { mark: 'NOC', number: 'B/2/1' }),
      source('C', [add('gamma', 'resolves.1')]),
    ]);
    expect(compiled.rows.map((r) => [r.id, r.entries.map((e) => `${e.mark} ${e.number}`)])).toEqual([
      ['resolves.1', ['SUP A/1/1', 'NOC B/2/1', 'NOC null']],
      ['resolves.1+1', ['NOC null', 'NOC null', 'ADD null']],
      ['resolves.2', ['SUP A/1/1', 'NOC B/2/1', 'NOC null']],
    ]);
  });

  it('takes the last proposal a source makes on a provision', () => {
    const compiled = compileSynoptic(one, sources([sup('resolves.1'), mod('resolves.1', 'other words')]));
    expect(compiled.rows[0]!.entries[0]).toMatchObject({ mark: 'MOD', text: 'other words' });
  });

  it('marks a diff coarse when the word diff fell back, and still rebuilds both texts', () => {
    const long = (word: string) => Array.from({ length: 2100 }, (_, i) => `${word}${i}`).join(' ');
    const compiled = compileSynoptic([provision('resolves.1', long('a'))], sources([mod('resolves.1', long('b'))]));
    const entry = compiled.rows[0]!.entries[0]!;
    expect(entry.coarse).toBe(true);
    expect(diffBase({ algorithm: '', coarse: true, ops: entry.ops })).toBe(long('a'));
    expect(diffResult({ algorithm: '', coarse: true, ops: entry.ops })).toBe(long('b'));
  });
});

describe('compileSynoptic: added provisions', () => {
  const base = [
    provision('considering.a', 'alpha'),
    provision('considering.b', 'beta'),
    provision('resolves.1', 'gamma'),
  ];
  const withHeading = (text: string, after: string | null, num = '') =>
    add(text, after, { headingKey: 'considering', heading: 'considering', section: 'preamble', num });

  it('places ADD rows after their provision, several in source order, and shares identical ones', () => {
    const compiled = compileSynoptic(
      base,
      sources(
        [withHeading('new one', 'considering.a', 'b)'), withHeading('new two', 'considering.a', 'c)')],
        [withHeading('new three', 'considering.a', 'd)'), withHeading('new  one', 'considering.a', 'b)')],
      ),
    );
    expect(compiled.rows.map((r) => [r.id, r.num, r.class])).toEqual([
      ['considering.a', 'a', 'unchanged'],
      ['considering.a+1', 'b)', 'same'],
      ['considering.a+2', 'c)', 'single'],
      ['considering.a+3', 'd)', 'single'],
      ['considering.b', 'b', 'unchanged'],
      ['resolves.1', '1', 'unchanged'],
    ]);
    const shared = row(compiled, 'considering.a+1');
    expect(shared).toMatchObject({ base: null, heading: 'considering', section: 'preamble', divergence: 0 });
    // Each source's entry carries its own text (B's has two spaces), the row's class reads them as one change.
    expect(shared.entries.map((e) => [e.mark, e.text, e.ops])).toEqual([
      ['ADD', 'new one', [{ op: 'insert', text: 'new one' }]],
      ['ADD', 'new  one', [{ op: 'insert', text: 'new  one' }]],
    ]);
    expect(row(compiled, 'considering.a+2').entries[1]).toEqual({
      source: 'B',
      mark: 'NOC',
      number: null,
      text: null,
      coarse: false,
      ops: [],
    });
  });

  it('shares one row between different texts added at one place: one provision, two wordings, a conflict', () => {
    // Two sources each add a "resolves 2" after resolves 1 (issue 13: not two "resolves 2" rows).
    const resolves = (text: string, extra: Partial<ProvisionChange> = {}) =>
      add(text, 'resolves.1', { headingKey: 'resolves', heading: 'resolves', num: '2', ...extra });
    const compiled = compileSynoptic(
      base,
      sources([resolves('to act,', { number: 'A/1/1' })], [resolves('to act fast,', { number: 'B/1/1' })]),
    );
    expect(compiled.rows.map((r) => [r.id, r.num, r.class, r.divergence])).toEqual([
      ['considering.a', 'a', 'unchanged', 0],
      ['considering.b', 'b', 'unchanged', 0],
      ['resolves.1', '1', 'unchanged', 0],
      ['resolves.1+1', '2', 'conflict', 0.5],
    ]);
    expect(compiled.rows[3]!.entries.map((e) => [e.source, e.mark, e.number, e.text, e.ops])).toEqual([
      ['A', 'ADD', 'A/1/1', 'to act,', [{ op: 'insert', text: 'to act,' }]],
      ['B', 'ADD', 'B/1/1', 'to act fast,', [{ op: 'insert', text: 'to act fast,' }]],
    ]);
    expect(compiled.pairs).toEqual([{ a: 'A', b: 'B', divergence: 0.5 }]);
    // An ADD without a number or an id names no provision: it shares a row only with its very text.
    const unnamed = compileSynoptic(
      base,
      sources([resolves('to act,')], [resolves('to act fast,', { num: '' })], [resolves('to act,', { num: '' })]),
    );
    expect(unnamed.rows.slice(3).map((r) => [r.id, r.entries.map((e) => e.text ?? '-').join(' ')])).toEqual([
      ['resolves.1+1', 'to act, - to act,'],
      ['resolves.1+2', '- to act fast, -'],
    ]);
  });

  it('keeps apart ADDs at one place that name different provisions, and two ADDs of one source', () => {
    const at = (text: string, extra: Partial<ProvisionChange>) =>
      add(text, 'resolves.1', { headingKey: 'resolves', heading: 'resolves', ...extra });
    const compiled = compileSynoptic(
      base,
      sources(
        [at('two', { num: '2' }), at('three', { num: '3' })],
        [at('third', { num: '3' }), at('second', { num: '2' })],
        [at('x', { provisionId: 'resolves.2', num: '2' })],
        [at('y', { provisionId: 'resolves.3' })],
      ),
    );
    expect(
      compiled.rows
        .filter((r) => r.base === null)
        .map((r) => [r.id, r.num, r.entries.map((e) => e.text ?? '-').join(' ')]),
    ).toEqual([
      ['resolves.1+1', '2', 'two second x -'],
      ['resolves.1+2', '3', 'three third - -'],
      // An id alone says nothing of a number: D's resolves 3 cannot be matched with the rows named by number.
      ['resolves.3', '', '- - - y'],
    ]);
    // A source proposing one text twice at one place gets two rows, never two entries on one.
    const twice = compileSynoptic(base, sources([at('p', {}), at('p', {})], [at('p', {})]));
    expect(twice.rows.filter((r) => r.base === null).map((r) => r.entries.map((e) => e.text ?? '-'))).toEqual([
      ['p', 'p'],
      ['p', '-'],
    ]);
  });

  it('gives stable ids: the same input, the same ids', () => {
    const input = sources(
      [withHeading('x', 'considering.b', 'c)'), withHeading('y', null)],
      [withHeading('z', 'considering.b', 'd)')],
    );
    const ids = (synoptic: Synoptic) => synoptic.rows.map((r) => r.id);
    expect(ids(compileSynoptic(base, input))).toEqual(ids(compileSynoptic(base, structuredClone(input))));
    expect(ids(compileSynoptic(base, input))).toEqual([
      'considering+1',
      'considering.a',
      'considering.b',
      'considering.b+1',
      'considering.b+2',
      'resolves.1',
    ]);
  });

  it('names an ADD that opens a heading after its heading', () => {
    const compiled = compileSynoptic(
      base,
      sources([add('delta', 'considering.b', { headingKey: 'noting', heading: 'noting' })]),
    );
    expect(compiled.rows[2]).toMatchObject({ id: 'noting+1', heading: 'noting' });
  });

  it("keeps a contribution's own id, places an ADD after another ADD, and guesses the place when not given", () => {
    const compiled = compileSynoptic(
      base,
      sources([
        { ...withHeading('delta', 'considering.b', 'c)'), provisionId: 'considering.c', number: 'EGY/1/1' },
        { ...withHeading('epsilon', 'considering.c', 'd)'), provisionId: 'considering.d' },
        { mark: 'ADD', provisionId: 'resolves.2', text: 'zeta', number: null },
      ]),
    );
    expect(compiled.rows.map((r) => r.id)).toEqual([
      'considering.a',
      'considering.b',
      'considering.c',
      'considering.d',
      'resolves.1',
      'resolves.2',
    ]);
    expect(row(compiled, 'considering.c').entries[0]).toMatchObject({ mark: 'ADD', number: 'EGY/1/1' });
    expect(row(compiled, 'resolves.2')).toMatchObject({ heading: 'resolves', section: 'operative' });
  });

  it('shares the row of one id given to different texts, and gives a fresh id to that id at another place', () => {
    const compiled = compileSynoptic(
      base,
      sources(
        [{ ...withHeading('delta', 'considering.b'), provisionId: 'considering.c' }],
        [{ ...withHeading('other', 'considering.b'), provisionId: 'considering.c' }],
        [{ ...withHeading('third', 'considering.b'), provisionId: 'considering.d' }],
        [{ ...withHeading('elsewhere', 'considering.a'), provisionId: 'considering.c' }],
      ),
    );
    expect(compiled.rows.map((r) => [r.id, r.class, r.entries.map((e) => e.text ?? '-').join(' ')])).toEqual([
      ['considering.a', 'unchanged', '- - - -'],
      ['considering.a+1', 'single', '- - - elsewhere'],
      ['considering.b', 'unchanged', '- - - -'],
      ['considering.c', 'conflict', 'delta other - -'],
      ['considering.d', 'single', '- - third -'],
      ['resolves.1', 'unchanged', '- - - -'],
    ]);
  });
});

describe('compileSynoptic: refusals', () => {
  const refused = (run: () => unknown) => {
    try {
      run();
    } catch (error) {
      expect(error).toBeInstanceOf(DomainError);
      return [
        (error as DomainError).code,
        (error as DomainError).issues.map((issue) => [issue.path.join('.'), issue.code]),
      ];
    }
    throw new Error('compiled');
  };

  it('lists every bad input', () => {
    expect(
      refused(() =>
        compileSynoptic(one, [
          source('A', [mod('resolves.9', 'x'), { mark: 'MOD', provisionId: 'resolves.1', text: null, number: null }]),
          source('A', [
            { mark: 'ADD', provisionId: 'resolves.1', text: 'x', number: null },
            add('', null),
            { ...add('x', null), text: null },
          ]),
        ]),
      ),
    ).toEqual([
      'invalid_compilation',
      [
        ['sources.0.changes.0.provisionId', 'unknown_provision'],
        ['sources.0.changes.1.text', 'missing_text'],
        ['sources.1.source', 'duplicate_source'],
        ['sources.1.changes.0.provisionId', 'provision_exists'],
        ['sources.1.changes.2.text', 'missing_text'],
      ],
    ]);
  });

  it('refuses an ADD after a provision nobody has', () => {
    expect(refused(() => compileSynoptic(one, sources([add('x', 'resolves.7')])))).toEqual([
      'invalid_compilation',
      [['sources.0.changes.0.after', 'unknown_provision']],
    ]);
  });
});

describe('compileSynoptic: version and pairs', () => {
  it('scores the version over the rows some source changes, and each pair over the rows either changes', () => {
    const base = [
      provision('resolves.1', TEXT),
      provision('resolves.2', 'beta gamma'),
      provision('resolves.3', 'delta'),
    ];
    const compiled = compileSynoptic(
      base,
      sources(
        [mod('resolves.1', TEXT.replace('encourage', 'promote')), sup('resolves.2')],
        [mod('resolves.1', TEXT.replace('encourage', 'support'))],
        [],
      ),
    );
    // resolves.1 conflict (1), resolves.2 single (0); resolves.3 unchanged is not counted.
    expect(compiled.divergence).toBeCloseTo(0.5);
    expect(compiled.pairs).toEqual([
      { a: 'A', b: 'B', divergence: 0.5 },
      { a: 'A', b: 'C', divergence: 0 },
      { a: 'B', b: 'C', divergence: 0 },
    ]);
  });

  it('gives 0 with no source, and no pairs with one', () => {
    expect(compileSynoptic(base901, [])).toMatchObject({ sources: [], divergence: 0, pairs: [] });
    expect(compileSynoptic(base901, sources([])).pairs).toEqual([]);
    expect(compileSynoptic([], sources([], [])).rows).toEqual([]);
  });
});

// Random proposals on the sample resolution: each source keeps, suppresses or rewrites some provisions.
const WORDS = ['promote', 'encourage', 'Member', 'States', 'regional', ',', 'digital', 'الدول', 'الأعضاء'];
const edit = fc.array(fc.tuple(fc.constantFrom('replace', 'insert', 'delete'), fc.nat(60), fc.constantFrom(...WORDS)), {
  minLength: 1,
  maxLength: 3,
});
const applyEdits = (text: string, edits: [string, number, string][]) => {
  const tokens = tokenize(text);
  for (const [kind, at, word] of edits) {
    const i = tokens.length === 0 ? 0 : at % tokens.length;
    if (kind === 'replace') {
      tokens.splice(i, 1, word);
    } else if (kind === 'insert') {
      tokens.splice(i, 0, `${word} `);
    } else {
      tokens.splice(i, 1);
    }
  }
  return tokens.join('');
};
// An ADD's number: none, or one of two, so that different texts added at one place share rows.
const proposalOn = fc.tuple(
  fc.nat(base901.length - 1),
  fc.constantFrom('MOD', 'SUP', 'NOC', 'ADD'),
  edit,
  fc.constantFrom('', 'x', 'y'),
);
const randomSources = fc.array(fc.array(proposalOn, { maxLength: 8 }), { minLength: 1, maxLength: 5 }).map((lists) =>
  lists.map((list, s) =>
    source(
      `S${s}`,
      list.map(([at, mark, edits, num]): ProvisionChange => {
        const target = base901[at]!;
        if (mark === 'ADD') {
          return add(applyEdits(target.text, edits), target.id, { headingKey: target.headingKey, num });
        }
        if (mark === 'MOD') {
          return mod(target.id, applyEdits(target.text, edits));
        }
        return mark === 'SUP' ? sup(target.id) : noc(target.id);
      }),
    ),
  ),
);

/** Generated cases per law: the issue asks for thousands in all; each law runs a thousand. */
const LAW_RUNS = 1000;

describe('compileSynoptic: properties', () => {
  it('compiles a source that is the base itself as NOC everywhere, unchanged, divergence 0', () => {
    const self = source('SELF', alignProvisions(base901, base901));
    const compiled = compileSynoptic(base901, [self, source('OTHER', [])]);
    expect(compiled.rows.map((r) => r.id)).toEqual(base901.map((p) => p.id));
    expect(compiled.rows.every((r) => r.class === 'unchanged' && r.divergence === 0)).toBe(true);
    expect(compiled.rows.every((r) => r.entries.every((e) => e.mark === 'NOC' && e.ops.length === 0))).toBe(true);
    expect(compiled).toMatchObject({ divergence: 0, pairs: [{ a: 'SELF', b: 'OTHER', divergence: 0 }] });
  });

  it('adds the base itself as a source without changing anything: NOC everywhere, pairs 0, same classes', () => {
    const self = source('SELF', alignProvisions(base901, base901));
    fc.assert(
      fc.property(randomSources, (list) => {
        const without = compileSynoptic(base901, list);
        const compiled = compileSynoptic(base901, [self, ...list]);
        expect(compiled.rows.map((r) => [r.id, r.class, r.divergence])).toEqual(
          without.rows.map((r) => [r.id, r.class, r.divergence]),
        );
        expect(compiled.rows.every((r) => r.entries[0]!.mark === 'NOC' && r.entries[0]!.ops.length === 0)).toBe(true);
        expect(compiled.pairs.filter((p) => p.a === 'SELF').every((p) => p.divergence === 0)).toBe(true);
        expect(compiled.divergence).toBe(without.divergence);
      }),
      { numRuns: LAW_RUNS },
    );
  });

  it('keeps every score in [0, 1], 0 exactly when no two sources change a row differently', () => {
    fc.assert(
      fc.property(randomSources, (list) => {
        const compiled = compileSynoptic(base901, list);
        const scores = [
          compiled.divergence,
          ...compiled.rows.map((r) => r.divergence),
          ...compiled.pairs.map((p) => p.divergence),
        ];
        expect(scores.every((score) => score >= 0 && score <= 1)).toBe(true);
        for (const r of compiled.rows) {
          expect(r.divergence === 0).toBe(['unchanged', 'single', 'same'].includes(r.class));
        }
        expect(compiled.divergence === 0).toBe(compiled.rows.every((r) => r.divergence === 0));
      }),
      { numRuns: LAW_RUNS },
    );
  });

  it('shows every source once per row, in order, with ops that rebuild the base and the text', () => {
    fc.assert(
      fc.property(randomSources, (list) => {
        const compiled = compileSynoptic(base901, list);
        for (const r of compiled.rows) {
          expect(r.entries.map((e) => e.source)).toEqual(list.map((s) => s.source));
          for (const entry of r.entries) {
            const diff = { algorithm: '', coarse: entry.coarse, ops: entry.ops };
            if (entry.ops.length > 0) {
              expect(diffBase(diff)).toBe(r.base ?? '');
              expect(diffResult(diff)).toBe(entry.mark === 'SUP' ? '' : entry.text);
            }
          }
        }
        expect(compiled.rows.filter((r) => r.base !== null).map((r) => r.id)).toEqual(base901.map((p) => p.id));
        expect(new Set(compiled.rows.map((r) => r.id)).size).toBe(compiled.rows.length);
      }),
      { numRuns: LAW_RUNS },
    );
  });

  it('shows every ADD once, with its own text, and shares its row only with ADDs at its place', () => {
    fc.assert(
      fc.property(randomSources, (list) => {
        const compiled = compileSynoptic(base901, list);
        list.forEach((source, s) => {
          const proposed = source.changes.filter((change) => change.mark === 'ADD').map((change) => change.text);
          const shown = compiled.rows.flatMap((r) => (r.entries[s]!.mark === 'ADD' ? [r.entries[s]!.text] : []));
          expect(shown.sort()).toEqual(proposed.sort());
        });
        for (const r of compiled.rows.filter((candidate) => candidate.base === null)) {
          // The ADDs of one row follow one provision.
          const adders = r.entries.flatMap((entry, s) => (entry.mark === 'ADD' ? [s] : []));
          const places = adders.map(
            (s) => list[s]!.changes.find((c) => c.mark === 'ADD' && c.text === r.entries[s]!.text)!.after,
          );
          expect(new Set(places).size).toBe(1);
        }
      }),
      { numRuns: LAW_RUNS },
    );
  });

  it('groups the ADDs at one place alike whichever source comes first (a case the property below found)', () => {
    // S0 adds two provisions after invites 1: one numbered x, one in S1's very words; S1 adds its own, numbered x.
    // S1's joins S0's same words, never S0's x by number, in either order.
    const add = (text: string, num: string): ProvisionChange => ({
      mark: 'ADD',
      provisionId: null,
      after: 'invites-member-states.1',
      text,
      number: null,
      headingKey: 'invites-member-states',
      num,
    });
    const shared = 'to share their experience of community centres with the Telecommunication Development Bureau.';
    const list: SynopticSource[] = [
      { source: 'S0', wholeText: null, changes: [add('promote the work of community centres.', 'x'), add(shared, '')] },
      { source: 'S1', wholeText: null, changes: [add(shared, 'x')] },
    ];
    const rows = (synoptic: Synoptic) =>
      synoptic.rows
        .filter((row) => row.base === null)
        .map((row) => row.entries.map((entry) => `${entry.source}:${entry.text ?? ''}`).sort());
    const forward = compileSynoptic(base901, list);
    const backward = compileSynoptic(base901, [...list].reverse());
    expect(rows(backward).sort()).toEqual(rows(forward).sort());
    expect(rows(forward)).toContainEqual([`S0:${shared}`, `S1:${shared}`]);
    expect(backward.divergence).toBeCloseTo(forward.divergence, 12);
  });

  it('gives symmetric pairs: reversing the sources reverses each pair, not its score', () => {
    fc.assert(
      fc.property(randomSources, (list) => {
        const forward = compileSynoptic(base901, list);
        const backward = compileSynoptic(base901, [...list].reverse());
        const score = (synoptic: Synoptic, a: string, b: string) =>
          synoptic.pairs.find((p) => (p.a === a && p.b === b) || (p.a === b && p.b === a))!.divergence;
        for (const pair of forward.pairs) {
          expect(score(backward, pair.b, pair.a)).toBeCloseTo(pair.divergence, 12);
        }
        expect(backward.divergence).toBeCloseTo(forward.divergence, 12);
      }),
      { numRuns: LAW_RUNS },
    );
  });
});

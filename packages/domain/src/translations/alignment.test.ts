import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { PROPOSAL_MARKS, type ProposalTarget } from '../proposals.ts';
import {
  sameTarget,
  translatedModIssues,
  translationAlignmentIssues,
  type AlignedProposal,
  type TranslatedText,
} from './alignment.ts';

const EGYPT: AlignedProposal[] = [
  { number: 'EGY/23/1', mark: 'MOD', target: { kind: 'provision', provisionId: 'resolves-1' } },
  { number: 'EGY/23/2', mark: 'ADD', target: { kind: 'provision', provisionId: 'resolves-4' } },
  { number: 'EGY/23/3', mark: 'SUP', target: { kind: 'provision', provisionId: 'considering-b' } },
  { number: 'EGY/23/4', mark: 'ADD', target: { kind: 'new-text', tag: '[ARB-1]' } },
  { number: 'EGY/23/5', mark: 'OTHER', target: { kind: 'general' } },
];

const codes = (issues: { path: (string | number)[]; code: string }[]) =>
  issues.map(({ path, code }) => ({ path, code }));

const target: fc.Arbitrary<ProposalTarget> = fc.oneof(
  fc.constantFrom('resolves-1', 'resolves-2', 'considering-a').map((provisionId) => ({
    kind: 'provision' as const,
    provisionId,
  })),
  fc.constant({ kind: 'text' as const }),
  fc.constantFrom('[ARB-1]', '[EUR-2]').map((tag) => ({ kind: 'new-text' as const, tag })),
  fc.constant({ kind: 'general' as const }),
);

/** A contribution's proposals, numbered 1, 2, 3 … as submission numbers them. */
const contribution = fc
  .array(fc.record({ mark: fc.constantFrom(...PROPOSAL_MARKS), target }), { minLength: 1, maxLength: 12 })
  .map((proposals) => proposals.map((proposal, index) => ({ number: `EGY/23/${index + 1}`, ...proposal })));

describe('translationAlignmentIssues', () => {
  it('finds nothing in a translation that gives every proposal with its mark and target, in any order', () => {
    expect(translationAlignmentIssues(EGYPT, [...EGYPT].reverse())).toEqual([]);
  });

  it('names each proposal missing, given twice, extra, re-marked or re-aimed, and refuses them all', () => {
    const translated: AlignedProposal[] = [
      { ...EGYPT[0]!, mark: '(MOD)' },
      { ...EGYPT[1]!, target: { kind: 'provision', provisionId: 'resolves-5' } },
      EGYPT[3]!,
      EGYPT[3]!,
      EGYPT[4]!,
      { number: 'EGY/23/6', mark: 'NOC', target: { kind: 'text' } },
    ];
    const issues = translationAlignmentIssues(EGYPT, translated);
    expect(codes(issues)).toEqual([
      { path: ['proposals', 'EGY/23/4'], code: 'translation_duplicate_proposal' },
      { path: ['proposals', 'EGY/23/1'], code: 'translation_mark_changed' },
      { path: ['proposals', 'EGY/23/2'], code: 'translation_target_changed' },
      { path: ['proposals', 'EGY/23/3'], code: 'translation_missing_proposal' },
      { path: ['proposals', 'EGY/23/6'], code: 'translation_extra_proposal' },
    ]);
    expect(issues[1]!.message).toBe('Proposal EGY/23/1 is marked MOD in the original, (MOD) in the translation.');
    expect(issues[2]!.message).toBe(
      'Proposal EGY/23/2 aims at provision resolves-4 in the original, provision resolves-5 in the translation.',
    );
  });

  it('reports a proposal whose mark and target both changed twice, once for each', () => {
    const translated = [{ number: 'EGY/23/1', mark: 'ADD' as const, target: { kind: 'text' as const } }];
    expect(codes(translationAlignmentIssues(EGYPT.slice(0, 1), translated))).toEqual([
      { path: ['proposals', 'EGY/23/1'], code: 'translation_mark_changed' },
      { path: ['proposals', 'EGY/23/1'], code: 'translation_target_changed' },
    ]);
  });

  it.each([
    ['a draft new text under another tag', { kind: 'new-text', tag: '[ARB-2]' }],
    ['the whole text instead of a provision', { kind: 'text' }],
    ['a general matter', { kind: 'general' }],
  ] as const)('reports a change of target to %s', (_case, changed) => {
    const original = [EGYPT[3]!];
    const translated = [{ ...EGYPT[3]!, target: changed }];
    expect(codes(translationAlignmentIssues(original, translated))).toEqual([
      { path: ['proposals', 'EGY/23/4'], code: 'translation_target_changed' },
    ]);
  });

  it('refuses an empty translation of a contribution, naming every proposal', () => {
    expect(translationAlignmentIssues(EGYPT, []).map((issue) => issue.path[1])).toEqual(
      EGYPT.map((proposal) => proposal.number),
    );
  });

  it('finds no issue aligning a contribution with itself, or with itself shuffled', () => {
    fc.assert(
      fc.property(
        contribution.chain((proposals) =>
          fc.tuple(
            fc.constant(proposals),
            fc.shuffledSubarray(proposals, { minLength: proposals.length, maxLength: proposals.length }),
          ),
        ),
        ([proposals, shuffled]) => {
          expect(translationAlignmentIssues(proposals, proposals)).toEqual([]);
          expect(translationAlignmentIssues(proposals, shuffled)).toEqual([]);
        },
      ),
    );
  });

  it('gives exactly one missing issue naming the proposal taken out, whichever it is', () => {
    fc.assert(
      fc.property(contribution, fc.nat(), (proposals, pick) => {
        const removed = proposals[pick % proposals.length]!;
        const translated = proposals.filter((proposal) => proposal !== removed);
        expect(codes(translationAlignmentIssues(proposals, translated))).toEqual([
          { path: ['proposals', removed.number], code: 'translation_missing_proposal' },
        ]);
      }),
    );
  });

  it('gives exactly one extra issue naming a proposal added, and one missing issue per side swapped', () => {
    fc.assert(
      fc.property(contribution, (proposals) => {
        const extra = { number: 'EGY/23/99', mark: 'ADD' as const, target: { kind: 'text' as const } };
        expect(codes(translationAlignmentIssues(proposals, [...proposals, extra]))).toEqual([
          { path: ['proposals', 'EGY/23/99'], code: 'translation_extra_proposal' },
        ]);
        expect(codes(translationAlignmentIssues([...proposals, extra], proposals))).toEqual([
          { path: ['proposals', 'EGY/23/99'], code: 'translation_missing_proposal' },
        ]);
      }),
    );
  });

  it('gives exactly one mark issue naming the proposal whose mark changed', () => {
    fc.assert(
      fc.property(contribution, fc.nat(), fc.constantFrom(...PROPOSAL_MARKS), (proposals, pick, mark) => {
        const index = pick % proposals.length;
        fc.pre(proposals[index]!.mark !== mark);
        const translated = proposals.map((proposal, at) => (at === index ? { ...proposal, mark } : proposal));
        expect(codes(translationAlignmentIssues(proposals, translated))).toEqual([
          { path: ['proposals', proposals[index]!.number], code: 'translation_mark_changed' },
        ]);
      }),
    );
  });

  it('is empty exactly when both sides hold the same numbers with the same marks and targets', () => {
    fc.assert(
      fc.property(contribution, contribution, (original, translated) => {
        const same =
          original.length === translated.length &&
          original.every((proposal, index) => {
            const other = translated[index]!;
            return other.mark === proposal.mark && sameTarget(other.target, proposal.target);
          });
        expect(translationAlignmentIssues(original, translated).length === 0).toBe(same);
      }),
    );
  });
});

describe('translatedModIssues', () => {
  const base = 'to continue to assist Member States in developing their ICT infrastructure;';
  const mod = (overrides: Partial<TranslatedText> = {}): TranslatedText => ({
    number: 'EGY/23/1',
    mark: 'MOD',
    text: 'to continue to assist Member States, in particular developing countries, in their ICT infrastructure;',
    baseText: base,
    ...overrides,
  });

  it('accepts a translated MOD that changes the base in its language, and leaves other marks alone', () => {
    expect(
      translatedModIssues([
        mod(),
        mod({ number: 'EGY/23/2', mark: 'ADD', text: base, baseText: null }),
        mod({ number: 'EGY/23/3', mark: 'SUP', text: null }),
      ]),
    ).toEqual([]);
  });

  it.each([
    ['the same text as the base', mod({ text: base }), 'translation_empty_mod'],
    ['the same text as the base, marked (MOD)', mod({ mark: '(MOD)', text: base }), 'translation_empty_mod'],
    ['no text', mod({ text: '  ' }), 'translation_text_required'],
    ['no base in that language', mod({ baseText: null }), 'translation_base_missing'],
  ])('reports a translated MOD with %s', (_case, proposal, code) => {
    expect(codes(translatedModIssues([proposal]))).toEqual([{ path: ['proposals', 'EGY/23/1', 'text'], code }]);
  });

  it('reports an Arabic MOD identical to the Arabic base, and accepts one word changed', () => {
    const arabic = 'أن يواصل مساعدة الدول الأعضاء في تطوير بنيتها التحتية لتكنولوجيا المعلومات والاتصالات؛';
    expect(codes(translatedModIssues([mod({ text: arabic, baseText: arabic })]))).toEqual([
      { path: ['proposals', 'EGY/23/1', 'text'], code: 'translation_empty_mod' },
    ]);
    expect(translatedModIssues([mod({ text: arabic.replace('يواصل', 'يعزز'), baseText: arabic })])).toEqual([]);
  });

  it('reports a translated MOD exactly when its text equals the base', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('assist', 'Member', 'States', 'مساعدة', '成员国', ' ', ',', ';'), {
          minLength: 1,
          maxLength: 20,
        }),
        fc.array(fc.constantFrom('assist', 'Member', 'States', 'مساعدة', '成员国', ' ', ',', ';'), {
          minLength: 1,
          maxLength: 20,
        }),
        (a, b) => {
          const baseText = a.join('');
          const text = b.join('');
          fc.pre(text.trim() !== '');
          const issues = translatedModIssues([mod({ text, baseText })]);
          expect(issues.length === 1 && issues[0]!.code === 'translation_empty_mod').toBe(text === baseText);
        },
      ),
    );
  });
});

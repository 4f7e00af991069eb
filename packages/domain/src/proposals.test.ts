import { describe, expect, it } from 'vitest';
import { DEFAULT_SUPPORT_RULE, IAP_SUPPORT_RULE, commonProposalStatus, supportRuleIssues } from './common-proposals.ts';
import { isProposalMark, proposalIssues, type ProposalDraft } from './proposals.ts';

const BASE = 'to assist Member States in developing policies';
const draft = (overrides: Partial<ProposalDraft>): ProposalDraft => ({
  mark: 'MOD',
  target: { kind: 'provision', provisionId: 'resolves.2' },
  text: 'to assist developing countries in developing policies',
  reasons: null,
  baseText: BASE,
  ...overrides,
});
const codes = (d: ProposalDraft) => proposalIssues(d).map((issue) => [issue.path[0], issue.code]);

describe('proposalIssues', () => {
  it.each<[string, Partial<ProposalDraft>]>([
    ['a MOD that changes its provision', {}],
    ['an editorial (MOD)', { mark: '(MOD)' }],
    [
      'an ADD of a new provision',
      { mark: 'ADD', target: { kind: 'provision', provisionId: 'considering.f' }, baseText: null },
    ],
    ['a draft new resolution', { mark: 'ADD', target: { kind: 'new-text', tag: '[ARB-1]' }, baseText: null }],
    ['a SUP with reasons', { mark: 'SUP', text: null, reasons: 'Merged into Resolution 37.' }],
    ['a SUP of a whole text', { mark: 'SUP', target: { kind: 'text' }, text: null, reasons: 'Done.', baseText: null }],
    ['a NOC with reasons', { mark: 'NOC', text: null, reasons: 'Still relevant.' }],
    ['a SUP* with reasons', { mark: 'SUP*', text: null, reasons: 'Moved to annex 2.' }],
    ['an OTHER', { mark: 'OTHER', target: { kind: 'general' }, text: 'A general view.', baseText: null }],
  ])('accepts %s', (_label, overrides) => {
    expect(proposalIssues(draft(overrides))).toEqual([]);
  });

  it.each<[string, Partial<ProposalDraft>, [string | number | undefined, string][]]>([
    ['a MOD equal to its base', { text: BASE }, [['text', 'no_change']]],
    ['an ADD of a provision that exists', { mark: 'ADD' }, [['target', 'provision_exists']]],
    ['a MOD of a provision that does not exist', { baseText: null }, [['target', 'unknown_provision']]],
    ['a MOD without text', { text: ' ' }, [['text', 'text_required']]],
    ['a SUP without reasons', { mark: 'SUP', text: null }, [['reasons', 'reasons_required']]],
    ['a NOC that reproduces text', { mark: 'NOC', reasons: 'Keep.' }, [['text', 'text_not_allowed']]],
    [
      'a SUP of a provision that does not exist, without reasons',
      { mark: 'SUP', text: null, baseText: null },
      [
        ['reasons', 'reasons_required'],
        ['target', 'unknown_provision'],
      ],
    ],
    [
      'a draft new text without a proper tag',
      { mark: 'ADD', target: { kind: 'new-text', tag: 'ARB-1' }, baseText: null },
      [['target', 'invalid_tag']],
    ],
    ['a MOD of a draft new text', { target: { kind: 'new-text', tag: '[ARB-1]' } }, [['target', 'target_not_allowed']]],
    [
      'a general matter marked ADD',
      { mark: 'ADD', target: { kind: 'general' }, baseText: null },
      [['mark', 'mark_not_allowed']],
    ],
  ])('refuses %s', (_label, overrides, expected) => {
    expect(codes(draft(overrides))).toEqual(expected);
  });

  it('knows the eight marks', () => {
    expect(['ADD', 'ADD*', 'MOD', '(MOD)', 'SUP', 'SUP*', 'NOC', 'OTHER'].every(isProposalMark)).toBe(true);
    expect(isProposalMark('DEL')).toBe(false);
  });
});

describe('commonProposalStatus', () => {
  it.each([
    [IAP_SUPPORT_RULE, 5, 0, 'preliminary'],
    [IAP_SUPPORT_RULE, 6, 0, 'common'],
    [IAP_SUPPORT_RULE, 6, 3, 'common'],
    [IAP_SUPPORT_RULE, 6, 4, 'preliminary'],
    [DEFAULT_SUPPORT_RULE, 2, 1, 'common'],
    [DEFAULT_SUPPORT_RULE, 1, 0, 'preliminary'],
  ])('under %j, %i supporters and %i objections make it %s', (rule, supporters, objectors, status) => {
    expect(commonProposalStatus(rule, supporters, objectors)).toBe(status);
  });

  it('checks a configured rule', () => {
    expect(supportRuleIssues(IAP_SUPPORT_RULE)).toEqual([]);
    expect(supportRuleIssues({ minSupporters: 0, maxObjectionShare: 1.5 }).map((issue) => issue.path[0])).toEqual([
      'minSupporters',
      'maxObjectionShare',
    ]);
  });
});

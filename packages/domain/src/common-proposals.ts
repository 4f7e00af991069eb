import type { Issue } from './errors.ts';

/**
 * When a regional proposal is common: at least `minSupporters` signatories, and objections no more than
 * `maxObjectionShare` of the supporters. Configuration per organization (docs/domain.md §2: CITEL's IAP needs 6
 * supporters and objections from no more than half that number; the other organizations' rules are unconfirmed).
 */
export interface SupportRule {
  minSupporters: number;
  maxObjectionShare: number;
}

/** The default for an organization without a rule of its own: two supporters, no more objections than half. */
export const DEFAULT_SUPPORT_RULE: SupportRule = { minSupporters: 2, maxObjectionShare: 0.5 };

/** CITEL's rule for Inter-American Proposals. */
export const IAP_SUPPORT_RULE: SupportRule = { minSupporters: 6, maxObjectionShare: 0.5 };

export const COMMON_PROPOSAL_STATUSES = ['preliminary', 'common'] as const;
/** A regional proposal before its organization's rule is met (`preliminary`) and after (`common`). */
export type CommonProposalStatus = (typeof COMMON_PROPOSAL_STATUSES)[number];

export const SIGNATURE_STANCES = ['support', 'object'] as const;
/** What a Member State's signature on a common proposal says: it supports the proposal or objects to it. */
export type SignatureStance = (typeof SIGNATURE_STANCES)[number];

/** Whether a regional proposal is common under its organization's rule, given who signed on and who objected. */
export function commonProposalStatus(rule: SupportRule, supporters: number, objectors: number): CommonProposalStatus {
  return supporters >= rule.minSupporters && objectors <= supporters * rule.maxObjectionShare
    ? 'common'
    : 'preliminary';
}

/** Checks a support rule a secretariat configures. */
export function supportRuleIssues(rule: SupportRule): Issue[] {
  const issues: Issue[] = [];
  if (!Number.isInteger(rule.minSupporters) || rule.minSupporters < 1 || rule.minSupporters > 200) {
    issues.push({ path: ['minSupporters'], code: 'out_of_range', message: 'A whole number from 1 to 200.' });
  }
  if (!(rule.maxObjectionShare >= 0 && rule.maxObjectionShare <= 1)) {
    issues.push({ path: ['maxObjectionShare'], code: 'out_of_range', message: 'A share from 0 to 1.' });
  }
  return issues;
}

/** The rule of each organization by default: CITEL's confirmed one, the default for the others. */
export function defaultSupportRule(organizationCode: string): SupportRule {
  return organizationCode === 'CITEL' ? IAP_SUPPORT_RULE : DEFAULT_SUPPORT_RULE;
}

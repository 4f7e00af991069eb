import type { Issue } from './errors.ts';
import { isUnchanged, wordDiff } from './diff/word-diff.ts';

/** The marks of a proposal (docs/domain.md §5). */
export const PROPOSAL_MARKS = ['ADD', 'ADD*', 'MOD', '(MOD)', 'SUP', 'SUP*', 'NOC', 'OTHER'] as const;
export type ProposalMark = (typeof PROPOSAL_MARKS)[number];

/** The marks whose proposal does not bring a text of its own: it suppresses, moves away or keeps the base's. */
export const TEXTLESS_MARKS = ['SUP', 'SUP*', 'NOC'] as const satisfies readonly ProposalMark[];

/** True for the marks that bring no text of their own (SUP, SUP*, NOC): they give their reasons instead. */
export function isTextlessMark(mark: string): boolean {
  return (TEXTLESS_MARKS as readonly string[]).includes(mark);
}

export function isProposalMark(value: string): value is ProposalMark {
  return (PROPOSAL_MARKS as readonly string[]).includes(value);
}

/** What a proposal aims at: a provision of a version, a whole text, a draft new text, or nothing (OTHER). */
export type ProposalTarget =
  | { kind: 'provision'; provisionId: string }
  | { kind: 'text' }
  | { kind: 'new-text'; tag: string }
  | { kind: 'general' };

/** A proposal as drafted, with the base text of its target when it has one. */
export interface ProposalDraft {
  mark: ProposalMark;
  target: ProposalTarget;
  /** The proposed text: a new or modified provision, or a draft new text. */
  text: string | null;
  reasons: string | null;
  /** The text in force of the targeted provision; null when the target is not a provision or does not exist. */
  baseText: string | null;
}

/** A provisional tag of a draft new text: `[ARB-1]`, `[AFCP-2]`, `[EUR-1]`. */
export const PROVISIONAL_TAG = /^\[[A-Z]{2,5}-\d+\]$/;

const blank = (text: string | null) => text === null || text.trim() === '';

/**
 * The rules of a proposal: SUP and NOC need reasons and carry no text; MOD and (MOD) aim at an existing
 * provision and differ from it; ADD brings text, on a new provision, a whole text or a draft new text with a
 * provisional tag; ADD* and SUP* mark text moved to or from elsewhere; OTHER is a general matter with text.
 * Returns every breach with the field it concerns.
 */
export function proposalIssues(draft: ProposalDraft): Issue[] {
  const issues: Issue[] = [];
  const add = (field: string, code: string, message: string) => issues.push({ path: [field], code, message });
  const { mark, target } = draft;
  if ((mark === 'SUP' || mark === 'SUP*' || mark === 'NOC') && blank(draft.reasons)) {
    add('reasons', 'reasons_required', `A ${mark} proposal gives its reasons.`);
  }
  if ((mark === 'SUP' || mark === 'NOC') && !blank(draft.text)) {
    add('text', 'text_not_allowed', `A ${mark} proposal does not reproduce the text.`);
  }
  if (
    (mark === 'ADD' || mark === 'ADD*' || mark === 'MOD' || mark === '(MOD)' || mark === 'OTHER') &&
    blank(draft.text)
  ) {
    add('text', 'text_required', `A ${mark} proposal brings its text.`);
  }
  if (mark === 'MOD' || mark === '(MOD)' || mark === 'SUP' || mark === 'NOC') {
    if (target.kind === 'new-text' || target.kind === 'general') {
      add('target', 'target_not_allowed', `A ${mark} proposal aims at an existing provision or text.`);
    }
  }
  if ((mark === 'MOD' || mark === '(MOD)') && target.kind === 'provision') {
    if (draft.baseText === null) {
      add('target', 'unknown_provision', `No provision ${target.provisionId} in that version.`);
    } else if (!blank(draft.text) && isUnchanged(wordDiff(draft.baseText, draft.text!))) {
      add('text', 'no_change', 'The modified text is the same as the text in force.');
    }
  }
  if ((mark === 'SUP' || mark === 'NOC') && target.kind === 'provision' && draft.baseText === null) {
    add('target', 'unknown_provision', `No provision ${target.provisionId} in that version.`);
  }
  if ((mark === 'ADD' || mark === 'ADD*') && target.kind === 'provision' && draft.baseText !== null) {
    add(
      'target',
      'provision_exists',
      `${target.provisionId} exists already: propose a MOD, or add under a new number.`,
    );
  }
  if (target.kind === 'new-text' && !PROVISIONAL_TAG.test(target.tag)) {
    add('target', 'invalid_tag', 'A draft new text carries a provisional tag such as [ARB-1].');
  }
  if (target.kind === 'general' && mark !== 'OTHER') {
    add('mark', 'mark_not_allowed', 'A general matter is marked OTHER.');
  }
  return issues;
}

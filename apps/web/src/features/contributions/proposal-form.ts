import type { AddProposalBody, Proposal } from '@tansiq/api';
import type { z } from 'zod';
import { isTextlessMark, type ProposalMark, TEXTLESS_MARKS } from '@tansiq/domain';

/** The marks of a proposal, in the order the editor offers them. */
export const MARKS = [
  'MOD',
  '(MOD)',
  'ADD',
  'ADD*',
  'SUP',
  'SUP*',
  'NOC',
  'OTHER',
] as const satisfies readonly ProposalMark[];
export type Mark = (typeof MARKS)[number];

/** The catalog key of each mark's explanation (marks themselves are printed as they are, in every language). */
export const MARK_KEYS: Record<
  Mark,
  'mod' | 'modEditorial' | 'add' | 'addMoved' | 'sup' | 'supMoved' | 'noc' | 'other'
> = {
  MOD: 'mod',
  '(MOD)': 'modEditorial',
  ADD: 'add',
  'ADD*': 'addMoved',
  SUP: 'sup',
  'SUP*': 'supMoved',
  NOC: 'noc',
  OTHER: 'other',
};

/** What a proposal is on: a provision of a text, a whole text, a draft new text, or a general matter. */
export type TargetKind = Proposal['target']['kind'];

/** The marks that make sense on each kind of target (the server applies the rules again). */
export function marksFor(kind: TargetKind): readonly Mark[] {
  switch (kind) {
    case 'provision':
      return ['MOD', '(MOD)', 'ADD', 'ADD*', 'SUP', 'SUP*', 'NOC'];
    case 'text':
      return TEXTLESS_MARKS;
    case 'new-text':
      return ['ADD', 'ADD*'];
    case 'general':
      return ['OTHER'];
  }
}

/** True for the marks that change a provision in force, shown as tracked changes against it. */
export const modifies = (mark: Mark) => mark === 'MOD' || mark === '(MOD)';

/** True for the marks that bring text: a modified, added or general text. SUP and NOC carry none. */
export const bringsText = (mark: Mark) => !isTextlessMark(mark);

/** True for the marks that must give reasons. */
export const needsReasons = (mark: Mark) => isTextlessMark(mark);

/** True for an addition of a provision to a text: it takes a new provision id of its own. */
export const addsProvision = (mark: Mark, kind: TargetKind) =>
  kind === 'provision' && (mark === 'ADD' || mark === 'ADD*');

/** The editor's values, as typed. */
export interface ProposalFormValues {
  kind: TargetKind;
  versionId: string;
  /** The provision chosen in the list: the one changed, or the one after which a new one is added. */
  provisionId: string;
  /** The id an added provision takes, from the place chosen (`considering.d` after `considering.c`). */
  newProvisionId: string;
  tag: string;
  mark: Mark;
  text: string;
  reasons: string;
}

/** The form's fields that the server's issues land on. */
export const PROPOSAL_FIELDS = ['target', 'mark', 'text', 'reasons'] as const;

/** A blank editor: a provision of a text, to modify. */
export function blankProposal(versionId = ''): ProposalFormValues {
  return {
    kind: 'provision',
    versionId,
    provisionId: '',
    newProvisionId: '',
    tag: '',
    mark: 'MOD',
    text: '',
    reasons: '',
  };
}

/** What the editor knows of the chosen text, to keep its values coherent. */
export interface ProposalContext {
  /** The text in force of a provision, in the contribution's language; null when there is none. */
  baseTextOf: (provisionId: string) => string | null;
  /** The id to suggest for a provision added after this one. */
  suggestNewId: (afterId: string) => string;
}

/**
 * The values after a change, keeping the form coherent: a mark the target does not take becomes its first
 * one; a modification starts from the text in force of its provision (afresh when the provision changes: a text
 * edited from another provision's would make no sense against this one); a text
 * that was only the text in force is cleared when the mark stops being a modification; an addition takes the id
 * that follows the provision it comes after.
 */
export function withChange(
  previous: ProposalFormValues,
  change: Partial<ProposalFormValues>,
  context: ProposalContext,
): ProposalFormValues {
  const next = { ...previous, ...change };
  if (next.versionId !== previous.versionId && change.provisionId === undefined) {
    next.provisionId = '';
  }
  if (next.kind !== 'provision') {
    next.provisionId = '';
  }
  if (!marksFor(next.kind).includes(next.mark)) {
    next.mark = marksFor(next.kind)[0] ?? 'OTHER';
  }
  const targetChanged = next.provisionId !== previous.provisionId || next.kind !== previous.kind;
  const previousBase = previous.provisionId === '' ? null : context.baseTextOf(previous.provisionId);
  const untouched = next.text === '' || next.text === previousBase;
  if (modifies(next.mark) && next.kind === 'provision') {
    if (targetChanged || (!modifies(previous.mark) && untouched)) {
      next.text = next.provisionId === '' ? '' : (context.baseTextOf(next.provisionId) ?? '');
    }
  } else if (modifies(previous.mark) && untouched) {
    next.text = '';
  }
  if (!bringsText(next.mark)) {
    next.text = '';
  }
  if (addsProvision(next.mark, next.kind)) {
    next.newProvisionId = next.provisionId === '' ? '' : context.suggestNewId(next.provisionId);
  }
  return next;
}

const orNull = (text: string) => (text.trim() === '' ? null : text);

/** The body of the API's "add a proposal" from the editor's values. */
export function proposalBody(values: ProposalFormValues): z.input<typeof AddProposalBody> {
  const target = ((): z.input<typeof AddProposalBody>['target'] => {
    switch (values.kind) {
      case 'provision':
        return {
          kind: 'provision',
          versionId: values.versionId,
          provisionId: addsProvision(values.mark, values.kind) ? values.newProvisionId.trim() : values.provisionId,
        };
      case 'text':
        return { kind: 'text', versionId: values.versionId };
      case 'new-text':
        return { kind: 'new-text', tag: values.tag.trim() };
      case 'general':
        return { kind: 'general' };
    }
  })();
  return {
    mark: values.mark,
    target,
    text: bringsText(values.mark) ? orNull(values.text) : null,
    reasons: orNull(values.reasons),
  };
}

/** How many words a diff inserts and deletes, for a short spoken summary of the changes. */
export function changeCounts(ops: readonly { op: 'equal' | 'insert' | 'delete'; text: string }[]): {
  inserted: number;
  deleted: number;
} {
  const words = (text: string) => text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
  let inserted = 0;
  let deleted = 0;
  for (const op of ops) {
    if (op.op === 'insert') {
      inserted += words(op.text);
    } else if (op.op === 'delete') {
      deleted += words(op.text);
    }
  }
  return { inserted, deleted };
}

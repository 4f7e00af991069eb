import {
  advanceConsolidationDraft,
  findConsolidationDraft,
  type ConsolidationDraftRow,
  type Executor,
} from '@tansiq/db';
import { DomainError } from '@tansiq/domain';

/*
 * The revision check of every write to a consolidation draft: a write names the revision it is based on, and
 * the draft moves to the next one only from that revision (optimistic concurrency); the routes answer the
 * revision as the ETag.
 */

/**
 * The revision a write is based on: `expectedRevision` in the body, or the one the request's If-Match header
 * names (`fromHeader`, parsed by the route); both given, they must agree.
 */
export function expectedRevisionOf(bodyRevision: number | undefined, fromHeader: number | undefined): number {
  if (bodyRevision !== undefined && fromHeader !== undefined && bodyRevision !== fromHeader) {
    throw new DomainError('validation_failed', 'The body and If-Match name different revisions.', [
      { path: ['expectedRevision'], code: 'revision_mismatch', message: 'The body and If-Match disagree.' },
    ]);
  }
  const expected = bodyRevision ?? fromHeader;
  if (expected === undefined) {
    throw new DomainError('validation_failed', 'Say which revision of the draft the change is based on.', [
      { path: ['expectedRevision'], code: 'required', message: 'Send expectedRevision (or If-Match).' },
    ]);
  }
  return expected;
}

/** `stale_draft`: another write came first; the message and the issue say the current revision. */
export function staleDraft(current: number): DomainError {
  const message = `The draft has changed since (it is at revision ${current} now): reload it and apply the change again.`;
  return new DomainError('stale_draft', message, [{ path: ['expectedRevision'], code: 'stale_draft', message }], {
    revision: current,
  });
}

/** Refuses a write to an adopted draft, or one based on another revision than the stored one. */
export function requireOpenAt(draft: ConsolidationDraftRow, expected: number): void {
  if (draft.status !== 'open') {
    throw new DomainError('already_adopted', 'The draft is adopted: an adopted text changes only by corrigendum.', [
      { path: ['params', 'id'], code: 'already_adopted', message: 'The draft is adopted.' },
    ]);
  }
  if (draft.revision !== expected) {
    throw staleDraft(draft.revision);
  }
}

/** Moves the draft to its next revision inside `tx`, or throws what stands in the way (adopted, stale). */
export async function advance(
  tx: Executor,
  draft: ConsolidationDraftRow,
  expected: number,
  at: Date,
  values: Parameters<typeof advanceConsolidationDraft>[3] = {},
) {
  const row = await advanceConsolidationDraft(tx, draft.id, expected, { ...values, updatedAt: at });
  if (row === undefined) {
    requireOpenAt((await findConsolidationDraft(tx, draft.id))!, expected);
    throw staleDraft(expected + 1);
  }
  return row;
}

import { isMemberOf, type DocumentRow, type Executor } from '@tansiq/db';
import { canReadDocument, readingState, type ContributionSource } from '@tansiq/domain';
import type { Actor } from '../../actor.ts';
import { personOf } from '../../policy.ts';

/*
 * A stored document as the domain's document policies take it (`packages/domain/src/policies/contributions.ts`),
 * and the one fact they need from the database: whether the actor's state is a member of its organization.
 */

/** Whom a stored document speaks for: one administration, or one organization (a common proposal). */
export const sourceOf = (document: DocumentRow): ContributionSource => ({
  memberStateIso3: document.sourceMemberStateIso3,
  organizationCode: document.sourceOrganizationCode,
});

/** The domain's `canReadDocument` for the actor on a stored document. */
export function canRead(actor: Actor, document: DocumentRow, memberOfOrganization: boolean): boolean {
  return canReadDocument(
    personOf(actor),
    { source: sourceOf(document), status: document.status, access: document.access },
    memberOfOrganization,
  );
}

/** True when the actor acts for a Member State that is a member of the document's organization. */
export async function isMemberOfOrganization(db: Executor, actor: Actor, document: DocumentRow): Promise<boolean> {
  const state = readingState(personOf(actor));
  if (state === null || document.sourceOrganizationCode === null) {
    return false;
  }
  return isMemberOf(db, state, document.sourceOrganizationCode);
}

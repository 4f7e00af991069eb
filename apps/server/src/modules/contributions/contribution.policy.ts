import { isMemberOf, type DocumentRow, type Executor } from '@tansiq/db';
import { DomainError } from '@tansiq/domain';
import type { Actor } from '../../actor.ts';
import { isSecretariat, requireIdentified } from '../../policy.ts';

/** Whom a contribution speaks for: one administration, or one organization (a common proposal). */
export interface ContributionSource {
  memberStateIso3: string | null;
  organizationCode: string | null;
}

/**
 * Who may draft for a source: the secretariat; a focal point for its own administration; a regional
 * coordinator for its own organization.
 */
export function canDraftFor(actor: Actor, source: ContributionSource): boolean {
  if (isSecretariat(actor)) {
    return true;
  }
  if (actor.kind !== 'user') {
    return false;
  }
  if (source.memberStateIso3 !== null) {
    return actor.role === 'focal-point' && actor.memberStateIso3 === source.memberStateIso3;
  }
  return actor.role === 'regional-coordinator' && actor.organizationCode === source.organizationCode;
}

export function requireDraftRight(actor: Actor, source: ContributionSource): void {
  requireIdentified(actor);
  if (!canDraftFor(actor, source)) {
    throw new DomainError(
      'forbidden',
      'Only the focal point of that administration, or the coordinator of that organization, drafts for it.',
    );
  }
}

const sourceOf = (document: DocumentRow): ContributionSource => ({
  memberStateIso3: document.sourceMemberStateIso3,
  organizationCode: document.sourceOrganizationCode,
});

/**
 * Who may read a document: a draft, its authors' side and the secretariat (and, for a common proposal, the
 * focal points of the organization's members, who sign on to it); a submitted one, by its access level.
 */
export function canRead(actor: Actor, document: DocumentRow, memberOfOrganization: boolean): boolean {
  if (canDraftFor(actor, sourceOf(document))) {
    return true;
  }
  const colleague =
    actor.kind === 'user' &&
    ((document.sourceMemberStateIso3 !== null && actor.memberStateIso3 === document.sourceMemberStateIso3) ||
      (document.sourceOrganizationCode !== null &&
        (actor.organizationCode === document.sourceOrganizationCode || memberOfOrganization)));
  if (document.status === 'draft' || document.access === 'authors') {
    return colleague;
  }
  return document.access === 'public' || actor.kind !== 'anonymous';
}

export { sourceOf };

/** True when the actor is a focal point or delegate of a member of the document's organization. */
export async function isMemberOfOrganization(db: Executor, actor: Actor, document: DocumentRow): Promise<boolean> {
  if (actor.kind !== 'user' || actor.memberStateIso3 === null || document.sourceOrganizationCode === null) {
    return false;
  }
  return isMemberOf(db, actor.memberStateIso3, document.sourceOrganizationCode);
}

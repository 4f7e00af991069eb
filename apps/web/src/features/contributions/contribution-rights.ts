import type { Contribution, MemberState, User } from '@tansiq/api';

/** What a signed-in person may do with contributions in the web app. The server checks every right again. */

type Person = Pick<User, 'role' | 'memberStateIso3' | 'organizationCode'> | null | undefined;

/** Whom a contribution speaks for: one administration, or one organization (a regional common proposal). */
export type ContributionSource = Contribution['source'];

/** Whether the person drafts contributions at all: the secretariat, a focal point, a regional coordinator. */
export function canDraft(user: Person): boolean {
  if (!user) {
    return false;
  }
  return (
    user.role === 'secretariat' ||
    (user.role === 'focal-point' && user.memberStateIso3 !== null) ||
    (user.role === 'regional-coordinator' && user.organizationCode !== null)
  );
}

/**
 * The source a person drafts for when it is fixed by their role (a focal point's administration, a coordinator's
 * organization); null for the secretariat, who chooses, and for anyone who does not draft.
 */
export function fixedSource(user: Person): ContributionSource | null {
  if (user?.role === 'focal-point' && user.memberStateIso3 !== null) {
    return { memberStateIso3: user.memberStateIso3, organizationCode: null };
  }
  if (user?.role === 'regional-coordinator' && user.organizationCode !== null) {
    return { memberStateIso3: null, organizationCode: user.organizationCode };
  }
  return null;
}

/** Whether the person drafts for this source: the secretariat always, others for their own (as the server). */
export function canDraftFor(user: Person, source: ContributionSource): boolean {
  if (!user) {
    return false;
  }
  if (user.role === 'secretariat') {
    return true;
  }
  if (source.memberStateIso3 !== null) {
    return user.role === 'focal-point' && user.memberStateIso3 === source.memberStateIso3;
  }
  return user.role === 'regional-coordinator' && user.organizationCode === source.organizationCode;
}

/** Whether the person edits this contribution now: a draft, for its source. */
export function canEdit(user: Person, contribution: Pick<Contribution, 'status' | 'source'>): boolean {
  return contribution.status === 'draft' && canDraftFor(user, contribution.source);
}

/**
 * Whether the person signs on to or objects to a common proposal: the focal point of a Member State that is a
 * member of the proposing organization, while the proposal is not withdrawn.
 */
export function canSign(
  user: Person,
  contribution: Pick<Contribution, 'status' | 'source' | 'commonProposal'>,
  memberStates: readonly Pick<MemberState, 'iso3' | 'organizations'>[],
): boolean {
  const organization = contribution.source.organizationCode;
  if (contribution.commonProposal === null || organization === null || contribution.status === 'withdrawn') {
    return false;
  }
  if (user?.role !== 'focal-point' || user.memberStateIso3 === null) {
    return false;
  }
  const state = memberStates.find((candidate) => candidate.iso3 === user.memberStateIso3);
  return state?.organizations.includes(organization) ?? false;
}

type Signatures = NonNullable<Contribution['commonProposal']>['signatures'];

/** A Member State's standing support or objection (a withdrawn one no longer counts). */
export function currentStance(signatures: Signatures, iso3: string | null): 'support' | 'object' | null {
  return (
    signatures.find((signature) => signature.memberStateIso3 === iso3 && signature.withdrawnAt === null)?.stance ?? null
  );
}

/** How many Member States support and object now. */
export function stanceCounts(signatures: Signatures): { supporters: number; objectors: number } {
  const current = signatures.filter((signature) => signature.withdrawnAt === null);
  const supporters = current.filter((signature) => signature.stance === 'support').length;
  return { supporters, objectors: current.length - supporters };
}

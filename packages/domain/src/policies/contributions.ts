import { DomainError } from '../errors.ts';
import {
  focalPointState,
  isSecretariat,
  isTranslator,
  organizationOf,
  requireIdentified,
  requireRight,
  stateOf,
  type Person,
  type Someone,
} from './person.ts';

/** Whom a contribution speaks for: one administration, or one organization (a regional common proposal). */
export interface ContributionSource {
  memberStateIso3: string | null;
  organizationCode: string | null;
}

/** Whether the person drafts contributions at all: the secretariat, a focal point, a regional coordinator. */
export function canDraft(person: Someone): boolean {
  if (!person) {
    return false;
  }
  return (
    isSecretariat(person) ||
    (person.role === 'focal-point' && stateOf(person) !== null) ||
    (person.role === 'regional-coordinator' && organizationOf(person) !== null)
  );
}

/**
 * The source a person drafts for when it is fixed by their role (a focal point's administration, a coordinator's
 * organization); null for the secretariat, who chooses, and for anyone who does not draft.
 */
export function fixedSource<Organization extends string>(
  person: (Person & { organizationCode?: Organization | null }) | null | undefined,
): { memberStateIso3: string | null; organizationCode: Organization | null } | null {
  const state = stateOf(person);
  const organization = person?.organizationCode ?? null;
  if (person?.role === 'focal-point' && state !== null) {
    return { memberStateIso3: state, organizationCode: null };
  }
  if (person?.role === 'regional-coordinator' && organization !== null) {
    return { memberStateIso3: null, organizationCode: organization };
  }
  return null;
}

/**
 * Who may draft for a source (and so write to, submit and withdraw its documents): the secretariat; a focal
 * point for its own administration; a regional coordinator for its own organization.
 */
export function canDraftFor(person: Someone, source: ContributionSource): boolean {
  if (!person) {
    return false;
  }
  if (isSecretariat(person)) {
    return true;
  }
  if (source.memberStateIso3 !== null) {
    return person.role === 'focal-point' && stateOf(person) === source.memberStateIso3;
  }
  return person.role === 'regional-coordinator' && organizationOf(person) === source.organizationCode;
}

/** Throws unless the person drafts for `source` (`canDraftFor`). */
export function requireDraftRight(person: Someone, source: ContributionSource): asserts person is Person {
  requireRight(
    person,
    (who) => canDraftFor(who, source),
    'Only the focal point of that administration, or the coordinator of that organization, drafts for it.',
  );
}

/** Whether the person edits this contribution now: a draft, for its source. */
export function canEdit(person: Someone, contribution: { status: string; source: ContributionSource }): boolean {
  return contribution.status === 'draft' && canDraftFor(person, contribution.source);
}

/** What the reading rule needs of a document: whom it speaks for, its status and its access level. */
export interface ReadableDocument {
  source: ContributionSource;
  status: string;
  access: string;
}

/**
 * Who may read a document: a draft, its authors' side and the secretariat (and, for a common proposal, the
 * focal points and delegates of the organization's members, who sign on to it: `memberOfOrganization`); a
 * submitted one, by its access level (`authors`: the same people; `public`: anyone; else anyone signed in).
 */
export function canReadDocument(person: Someone, document: ReadableDocument, memberOfOrganization: boolean): boolean {
  const { source } = document;
  if (canDraftFor(person, source)) {
    return true;
  }
  const colleague =
    !!person &&
    person.operator !== true &&
    ((source.memberStateIso3 !== null && stateOf(person) === source.memberStateIso3) ||
      (source.organizationCode !== null &&
        (organizationOf(person) === source.organizationCode || memberOfOrganization)));
  if (document.status === 'draft') {
    return colleague;
  }
  // The language services translate every document submitted, whatever its access level.
  if (isTranslator(person)) {
    return true;
  }
  if (document.access === 'authors') {
    return colleague;
  }
  return document.access === 'public' || !!person;
}

/** The Member State whose members' focal points and delegates read its organizations' common proposals. */
export function readingState(person: Someone): string | null {
  return person?.operator === true ? null : stateOf(person);
}

/** The administration a person signs common proposals for: a focal point's own Member State; null for others. */
export function signingState(person: Someone): string | null {
  return focalPointState(person) ?? null;
}

/**
 * Throws unless the person signs for a Member State (its focal point) that is a member of `organization`
 * (`memberOfOrganization`, read by the caller for the state `signingState` gives); returns that state.
 */
export function requireSigningRight(person: Someone, organization: string, memberOfOrganization: boolean): string {
  requireIdentified(person);
  const state = signingState(person);
  if (state === null) {
    throw new DomainError('forbidden', 'The focal point of a Member State signs for it.');
  }
  if (!memberOfOrganization) {
    throw new DomainError('forbidden', `${state} is not a member of ${organization}.`);
  }
  return state;
}

/**
 * Whether the person signs on to or objects to a common proposal: the focal point of a Member State that is a
 * member of the proposing organization, while the proposal is not withdrawn.
 */
export function canSign(
  person: Someone,
  contribution: { status: string; source: ContributionSource; commonProposal: unknown },
  memberStates: readonly { iso3: string; organizations: readonly string[] }[],
): boolean {
  const organization = contribution.source.organizationCode;
  if (contribution.commonProposal === null || organization === null || contribution.status === 'withdrawn') {
    return false;
  }
  const own = signingState(person);
  if (own === null) {
    return false;
  }
  const state = memberStates.find((candidate) => candidate.iso3 === own);
  return state?.organizations.includes(organization) ?? false;
}

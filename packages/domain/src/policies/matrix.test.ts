import { describe, expect, it } from 'vitest';
import { ROLES } from '../accounts.ts';
import { DomainError } from '../errors.ts';
import { canKeepAgenda, requireAgendaKeeper, statementStates } from './agenda.ts';
import { canEditMeetings, canImportTexts, canIssueCorrigenda, canReadAudit } from './administration.ts';
import { canConsolidate, canOwnDraft, isDraftWriter, requireDraftOpener, requireDraftWriter } from './consolidation.ts';
import {
  canDraft,
  canDraftFor,
  canReadDocument,
  readingState,
  requireDraftRight,
  requireSigningRight,
  signingState,
} from './contributions.ts';
import { actsForDelegations, canActForDelegation, canCheckIn, requireDelegationRight } from './delegations.ts';
import { canPublish, canRegisterDocuments, requireUploadRight, uploadLanguages } from './documents.ts';
import {
  canAppoint,
  canManageOfficers,
  canNominate,
  mayWithdrawNominationOf,
  requireNominatingRight,
  requireWithdrawRight,
} from './officers.ts';
import {
  OPERATOR,
  requireIdentified,
  requireSecretariat,
  requireSignedIn,
  type Person,
  type Someone,
} from './person.ts';
import { testUser } from './testing.ts';
import { canTranslate, requireTranslationRight } from './translations.ts';
import { canEditUser, canManageUser, canManageUsers, choosesAdministration, requireUserManager } from './users.ts';
import { canConductVotes, castsBallots, isVotingDelegate, recordsRollCall, requireBallotRight } from './votes.ts';

/** One of each kind of person, keyed by the column names of the table below. */
const PEOPLE = {
  nobody: null,
  operator: OPERATOR,
  secretariat: testUser({ role: 'secretariat' }),
  focalEGY: testUser({ role: 'focal-point', memberStateIso3: 'EGY', email: 'focal.egypt@example.org' }),
  focalEntity: testUser({ role: 'focal-point', entityId: 'entity-1' }),
  coordARAB: testUser({ role: 'regional-coordinator', organizationCode: 'ARAB' }),
  chair: testUser({ role: 'chair' }),
  delegateEGY: testUser({ role: 'delegate', memberStateIso3: 'EGY', email: 'Delegate.Egypt@example.org' }),
  observer: testUser({ role: 'observer' }),
  translator: testUser({ role: 'translator' }),
} satisfies Record<string, Someone>;
type Who = keyof typeof PEOPLE;
const WHO = Object.keys(PEOPLE) as Who[];

const egyptSource = { memberStateIso3: 'EGY', organizationCode: null };
const arabSource = { memberStateIso3: null, organizationCode: 'ARAB' };
const chairDraft = PEOPLE.chair.id ?? null;

/** Each right, and who holds it (everyone else does not). */
const RIGHTS: [string, (person: Someone) => boolean, Who[]][] = [
  ['edit meetings', canEditMeetings, ['operator', 'secretariat']],
  ['read the audit trail', canReadAudit, ['operator', 'secretariat']],
  ['import texts', canImportTexts, ['operator', 'secretariat']],
  ['issue corrigenda', canIssueCorrigenda, ['operator', 'secretariat']],
  ['manage users', canManageUsers, ['operator', 'secretariat', 'focalEGY', 'focalEntity']],
  ['choose the administration of new users', choosesAdministration, ['operator', 'secretariat']],
  ['manage a delegate of Egypt', (p) => canManageUser(p, PEOPLE.delegateEGY), ['operator', 'secretariat', 'focalEGY']],
  [
    'manage a chair of Egypt',
    (p) => canManageUser(p, { ...PEOPLE.chair, memberStateIso3: 'EGY' }),
    ['operator', 'secretariat'],
  ],
  [
    'edit the delegate of Egypt',
    (p) => canEditUser(p, { ...PEOPLE.delegateEGY, id: 'x' }),
    ['operator', 'secretariat', 'focalEGY'],
  ],
  ['draft', canDraft, ['operator', 'secretariat', 'focalEGY', 'coordARAB']],
  ['draft for Egypt', (p) => canDraftFor(p, egyptSource), ['operator', 'secretariat', 'focalEGY']],
  ['draft for ARAB', (p) => canDraftFor(p, arabSource), ['operator', 'secretariat', 'coordARAB']],
  [
    "read Egypt's draft",
    (p) => canReadDocument(p, { source: egyptSource, status: 'draft', access: 'public' }, false),
    ['operator', 'secretariat', 'focalEGY', 'delegateEGY'],
  ],
  [
    "read ARAB's draft as its members' people",
    (p) => canReadDocument(p, { source: arabSource, status: 'draft', access: 'public' }, readingState(p) === 'EGY'),
    ['operator', 'secretariat', 'focalEGY', 'coordARAB', 'delegateEGY'],
  ],
  [
    'read a submitted members-only document',
    (p) => canReadDocument(p, { source: egyptSource, status: 'submitted', access: 'members' }, false),
    WHO.filter((who) => who !== 'nobody'),
  ],
  [
    'read a submitted authors-only document (the language services translate it too)',
    (p) => canReadDocument(p, { source: egyptSource, status: 'submitted', access: 'authors' }, false),
    ['operator', 'secretariat', 'focalEGY', 'delegateEGY', 'translator'],
  ],
  [
    'read a submitted public document',
    (p) => canReadDocument(p, { source: egyptSource, status: 'submitted', access: 'public' }, false),
    WHO,
  ],
  ['sign for a state', (p) => signingState(p) !== null, ['focalEGY']],
  ['register documents', canRegisterDocuments, ['operator', 'secretariat']],
  ['publish a submitted document', (p) => canPublish(p, { status: 'submitted' }), ['operator', 'secretariat']],
  [
    "upload Egypt's draft in Arabic",
    (p) => uploadLanguages(p, { status: 'draft', source: egyptSource, originalLanguage: 'ar' }).includes('ar'),
    ['operator', 'secretariat', 'focalEGY'],
  ],
  [
    'upload the Arabic version of a submitted document written in English',
    (p) => uploadLanguages(p, { status: 'submitted', source: egyptSource, originalLanguage: 'en' }).includes('ar'),
    ['operator', 'secretariat', 'translator'],
  ],
  [
    'upload the original of a submitted document',
    (p) => uploadLanguages(p, { status: 'submitted', source: egyptSource, originalLanguage: 'en' }).includes('en'),
    ['operator', 'secretariat'],
  ],
  [
    "upload Egypt's Arabic draft in French",
    (p) => uploadLanguages(p, { status: 'draft', source: egyptSource, originalLanguage: 'ar' }).includes('fr'),
    ['operator', 'secretariat'],
  ],
  [
    'upload a withdrawn document in any language',
    (p) => uploadLanguages(p, { status: 'withdrawn', source: egyptSource, originalLanguage: 'en' }).length > 0,
    [],
  ],
  ['translate', canTranslate, ['operator', 'secretariat', 'translator']],
  ['act for some delegation', actsForDelegations, ['operator', 'secretariat', 'focalEGY']],
  ["act for Egypt's delegation", (p) => canActForDelegation(p, 'EGY'), ['operator', 'secretariat', 'focalEGY']],
  ["act for Tunisia's delegation", (p) => canActForDelegation(p, 'TUN'), ['operator', 'secretariat']],
  ['check delegations in', canCheckIn, ['operator', 'secretariat']],
  ['keep the agenda', canKeepAgenda, ['operator', 'secretariat']],
  [
    'speak for Egypt',
    (p) => statementStates(p, ['EGY', 'TUN']).includes('EGY'),
    ['operator', 'secretariat', 'focalEGY'],
  ],
  ['set officer posts', canManageOfficers, ['operator', 'secretariat']],
  ['nominate', canNominate, ['operator', 'secretariat', 'focalEGY']],
  ["withdraw Egypt's nomination", (p) => mayWithdrawNominationOf(p, 'EGY'), ['operator', 'secretariat', 'focalEGY']],
  ['appoint', (p) => canAppoint(p, { status: 'standing' }, 1), ['operator', 'secretariat']],
  ['consolidate', canConsolidate, ['operator', 'secretariat', 'chair']],
  ["write the chair's draft", (p) => isDraftWriter(p, chairDraft), ['operator', 'secretariat', 'chair']],
  ['write an unowned draft', (p) => isDraftWriter(p, null), ['operator', 'secretariat']],
  ['conduct votes', canConductVotes, ['operator', 'secretariat']],
  [
    'cast ballots (by role; the state and e-mail are checked apart)',
    castsBallots,
    ['focalEGY', 'focalEntity', 'delegateEGY'],
  ],
  ['record a roll-call', (p) => recordsRollCall(p, 'roll-call'), ['operator', 'secretariat']],
  ['record a secret ballot', (p) => recordsRollCall(p, 'secret'), []],
  ["vote as Egypt's voting delegate", (p) => isVotingDelegate(p, 'EGY', 'delegate.egypt@EXAMPLE.org'), ['delegateEGY']],
];

/** The code a `requireX` call throws, or null when it passes. */
function thrown(call: () => unknown): string | null {
  try {
    call();
    return null;
  } catch (error) {
    if (error instanceof DomainError) {
      return error.code;
    }
    throw error;
  }
}

/** Each throwing wrapper beside the right it enforces. */
const WRAPPERS: [string, (person: Someone) => unknown, (person: Someone) => boolean][] = [
  ['requireSecretariat', (p) => requireSecretariat(p, 'act'), canEditMeetings],
  ['requireAgendaKeeper', (p) => requireAgendaKeeper(p, 'manage agendas'), canKeepAgenda],
  ['requireUserManager', (p) => requireUserManager(p, PEOPLE.delegateEGY), (p) => canManageUser(p, PEOPLE.delegateEGY)],
  ['requireDraftRight', (p) => requireDraftRight(p, egyptSource), (p) => canDraftFor(p, egyptSource)],
  ['requireDelegationRight', (p) => requireDelegationRight(p, 'EGY'), (p) => canActForDelegation(p, 'EGY')],
  ['requireNominatingRight', (p) => requireNominatingRight(p, undefined), canNominate],
  ['requireWithdrawRight', (p) => requireWithdrawRight(p, 'EGY'), (p) => mayWithdrawNominationOf(p, 'EGY')],
  ['requireDraftOpener', (p) => requireDraftOpener(p, undefined), canConsolidate],
  ['requireDraftWriter', (p) => requireDraftWriter(p, chairDraft), (p) => isDraftWriter(p, chairDraft)],
  ['requireBallotRight', requireBallotRight, (p) => castsBallots(p) || canConductVotes(p)],
  [
    'requireUploadRight',
    (p) => requireUploadRight(p, { status: 'draft', source: egyptSource, originalLanguage: 'ar' }, 'ar'),
    (p) => uploadLanguages(p, { status: 'draft', source: egyptSource, originalLanguage: 'ar' }).includes('ar'),
  ],
  [
    'requireUploadRight of a submitted document in another language',
    (p) => requireUploadRight(p, { status: 'submitted', source: egyptSource, originalLanguage: 'en' }, 'ar'),
    (p) => uploadLanguages(p, { status: 'submitted', source: egyptSource, originalLanguage: 'en' }).includes('ar'),
  ],
  [
    'requireUploadRight of a submitted document in its original',
    (p) => requireUploadRight(p, { status: 'submitted', source: egyptSource, originalLanguage: 'en' }, 'en'),
    (p) => uploadLanguages(p, { status: 'submitted', source: egyptSource, originalLanguage: 'en' }).includes('en'),
  ],
  ['requireTranslationRight', requireTranslationRight, canTranslate],
  ['requireSigningRight', (p) => requireSigningRight(p, 'ARAB', true), (p) => signingState(p) !== null],
];

describe('who may do what, role by role', () => {
  it('covers every role', () => {
    const people: Someone[] = Object.values(PEOPLE);
    expect(new Set(people.map((person) => person?.role).filter(Boolean))).toEqual(new Set(ROLES));
  });

  it.each(RIGHTS)('%s', (_right, can, holders) => {
    const allowed = WHO.filter((who) => can(PEOPLE[who]));
    expect(allowed).toEqual(WHO.filter((who) => holders.includes(who)));
  });

  it.each(WRAPPERS)(
    '%s throws unauthenticated for nobody, forbidden exactly where the right fails',
    (_name, call, can) => {
      for (const who of WHO) {
        const expected = who === 'nobody' ? 'unauthenticated' : can(PEOPLE[who]) ? null : 'forbidden';
        expect([who, thrown(() => call(PEOPLE[who]))]).toEqual([who, expected]);
      }
    },
  );

  it('keeps the messages people read', () => {
    expect(() => requireSecretariat(PEOPLE.chair, 'manage agendas')).toThrow(
      'Only the secretariat may manage agendas.',
    );
    expect(() => requireNominatingRight(PEOPLE.focalEGY, 'TUN')).toThrow(
      'A focal point nominates for its own Member State (EGY) only.',
    );
    expect(requireNominatingRight(PEOPLE.focalEGY, undefined)).toBe('EGY');
    expect(requireNominatingRight(PEOPLE.secretariat, 'TUN')).toBe('TUN');
    expect(() => requireUserManager(PEOPLE.focalEGY, { role: 'delegate', memberStateIso3: 'TUN' })).toThrow(
      'A focal point manages the users of its own administration or entity only.',
    );
    expect(() => requireUserManager(PEOPLE.focalEGY, { role: 'chair', memberStateIso3: 'EGY' })).toThrow(
      'A focal point may not give the role chair.',
    );
    expect(() => requireSigningRight(PEOPLE.focalEGY, 'CEPT', false)).toThrow('EGY is not a member of CEPT.');
    expect(() => requireDraftOpener(PEOPLE.chair, 'someone-else')).toThrow('A chair opens drafts of their own only.');
    expect(requireDraftOpener(PEOPLE.chair, PEOPLE.chair.id ?? undefined)).toBe(true);
    expect(requireDraftOpener(PEOPLE.secretariat, 'a-chair')).toBe(false);
    expect(() => requireTranslationRight(PEOPLE.chair)).toThrow(
      'Only the language services (translators) and the secretariat translate.',
    );
    expect(() =>
      requireUploadRight(PEOPLE.translator, { status: 'submitted', source: egyptSource, originalLanguage: 'en' }, 'en'),
    ).toThrow('Translators upload the other language versions of a submitted document, never its original.');
  });

  it('lets an active chair own a draft, no other account', () => {
    expect(ROLES.filter((role) => canOwnDraft({ role, disabled: false }))).toEqual(['chair']);
    expect(canOwnDraft({ role: 'chair', disabled: true })).toBe(false);
    expect(canOwnDraft(undefined)).toBe(false);
  });

  it('counts the operator as the secretariat, but as no signed-in person', () => {
    expect(() => requireIdentified(OPERATOR)).not.toThrow();
    expect(thrown(() => requireSignedIn(OPERATOR))).toBe('forbidden');
    expect(thrown(() => requireSignedIn(null))).toBe('unauthenticated');
    const person: Person = PEOPLE.observer;
    expect(() => requireSignedIn(person)).not.toThrow();
  });
});

import type { Contribution, Deadline } from '@tansiq/api';
import { describe, expect, it } from 'vitest';
import { blankContribution, createContributionBody, titleLanguages } from './contribution-form.ts';
import { currentStance, stanceCounts } from './signatures.ts';
import { expectedTiming, numberPattern } from './submission.ts';
import { testUser } from '../../testing/users.ts';

const secretariat = testUser({ role: 'secretariat' });
const focalEgypt = testUser({ role: 'focal-point', memberStateIso3: 'EGY' });
const coordinator = testUser({ role: 'regional-coordinator', organizationCode: 'ARAB' });

const signature = (memberStateIso3: string, stance: 'support' | 'object', withdrawnAt: string | null = null) => ({
  memberStateIso3,
  stance,
  signedAt: '2017-09-02T10:00:00.000Z',
  withdrawnAt,
});
const common: Pick<Contribution, 'status' | 'source' | 'commonProposal'> = {
  status: 'draft',
  source: { memberStateIso3: null, organizationCode: 'ARAB' },
  commonProposal: {
    status: 'preliminary',
    rule: { minSupporters: 2, maxObjectionShare: 0.5 },
    signatures: [signature('EGY', 'support'), signature('TUN', 'object', '2017-09-03T10:00:00.000Z')],
  },
};

describe('signing a common proposal', () => {
  it('counts standing stances only', () => {
    const signatures = common.commonProposal?.signatures ?? [];
    expect(currentStance(signatures, 'EGY')).toBe('support');
    expect(currentStance(signatures, 'TUN')).toBeNull();
    expect(stanceCounts(signatures)).toEqual({ supporters: 1, objectors: 0 });
  });
});

describe('submission', () => {
  const deadline = (kind: Deadline['kind'], closesAt: string): Deadline => ({
    kind,
    daysBefore: 14,
    date: closesAt.slice(0, 10),
    closesAt,
    timeZone: 'UTC',
    closed: false,
    secondsRemaining: 0,
  });
  const deadlines = [
    deadline('contributions', '2017-09-25T23:59:59.000Z'),
    deadline('delayed-contributions', '2017-09-28T23:59:59.000Z'),
  ];

  it('tells on time, delayed or late by the domain’s rule, with the deadline that decides', () => {
    expect(expectedTiming(new Date('2017-09-25T23:59:59.500Z'), deadlines)).toEqual({
      timing: 'on-time',
      deadline: deadlines[0],
    });
    expect(expectedTiming(new Date('2017-09-27T00:00:00Z'), deadlines).timing).toBe('delayed');
    expect(expectedTiming(new Date('2017-09-30T00:00:00Z'), deadlines)).toEqual({
      timing: 'late',
      deadline: deadlines[1],
    });
    expect(expectedTiming(new Date('2017-09-30T00:00:00Z'), [])).toEqual({ timing: 'on-time', deadline: null });
  });

  it('never names the translations deadline, though it closes last', () => {
    const withTranslations = [...deadlines, deadline('translations', '2017-10-02T23:59:59.000Z')];
    expect(expectedTiming(new Date('2017-10-05T00:00:00Z'), withTranslations)).toEqual({
      timing: 'late',
      deadline: deadlines[1],
    });
    const conference = [deadlines[0]!, deadline('translations', '2017-10-02T23:59:59.000Z')];
    expect(expectedTiming(new Date('2017-09-30T00:00:00Z'), conference)).toEqual({
      timing: 'late',
      deadline: deadlines[0],
    });
  });

  it('shows the form of the numbers to come', () => {
    expect(numberPattern('EGY', 1)).toBe('EGY/…/1');
    expect(numberPattern('ARB', 3)).toBe('ARB/…/1–3');
  });
});

describe('the new-contribution form', () => {
  it('starts in the reader’s language when the meeting works in it, for the source of the role', () => {
    expect(blankContribution(focalEgypt, { languages: ['ar', 'en'] }, 'ar')).toMatchObject({
      originalLanguage: 'ar',
      memberState: 'EGY',
      sourceKind: 'memberState',
    });
    expect(blankContribution(coordinator, { languages: ['en'] }, 'ar')).toMatchObject({
      originalLanguage: 'en',
      organization: 'ARAB',
      sourceKind: 'organization',
    });
  });

  it('asks the title in the original language first, then in the other languages offered', () => {
    expect(titleLanguages('ar')).toEqual(['ar', 'en', 'fr']);
    expect(titleLanguages('en')).toEqual(['en', 'ar', 'fr']);
    expect(titleLanguages('es')).toEqual(['es', 'en', 'ar', 'fr']);
  });

  it('sends the title in the original language only, not always in English, and one source', () => {
    const values = {
      ...blankContribution(focalEgypt, { languages: ['ar', 'en'] }, 'ar'),
      title: { ar: ' مقترحات مصر ' },
    };
    expect(createContributionBody('wtdc-17', values)).toEqual({
      meeting: 'wtdc-17',
      title: { ar: 'مقترحات مصر' },
      originalLanguage: 'ar',
      memberState: 'EGY',
      organization: null,
    });
  });

  it('sends the other titles typed, and the original one even when empty, for the server to ask for', () => {
    const values = {
      ...blankContribution(secretariat, { languages: ['ar', 'en', 'fr'] }, 'en'),
      title: { en: ' Proposals ', ar: 'مقترحات', fr: '   ', es: 'Propuestas' },
      sourceKind: 'organization' as const,
      memberState: 'EGY',
      organization: 'ARAB',
    };
    expect(createContributionBody('wtdc-17', values)).toEqual({
      meeting: 'wtdc-17',
      title: { en: 'Proposals', ar: 'مقترحات' },
      originalLanguage: 'en',
      memberState: null,
      organization: 'ARAB',
    });
    const untitled = { ...values, originalLanguage: 'fr' as const, title: { en: 'Proposals' } };
    expect(createContributionBody('wtdc-17', untitled).title).toEqual({ fr: '', en: 'Proposals' });
  });
});

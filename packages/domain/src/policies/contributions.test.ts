import { describe, expect, it } from 'vitest';
import { canDraft, canDraftFor, canEdit, canSign, fixedSource } from './contributions.ts';
import { testUser } from './testing.ts';

const secretariat = testUser({ role: 'secretariat' });
const focalEgypt = testUser({ role: 'focal-point', memberStateIso3: 'EGY' });
const focalFrance = testUser({ role: 'focal-point', memberStateIso3: 'FRA' });
const delegateEgypt = testUser({ role: 'delegate', memberStateIso3: 'EGY' });
const coordinator = testUser({ role: 'regional-coordinator', organizationCode: 'ARAB' });
const MEMBER_STATES = [
  { iso3: 'EGY', organizations: ['ARAB' as const, 'ATU' as const] },
  { iso3: 'FRA', organizations: ['CEPT' as const] },
];

const national = { status: 'draft', source: { memberStateIso3: 'EGY', organizationCode: null } } as const;
const signature = (memberStateIso3: string, stance: 'support' | 'object', withdrawnAt: string | null = null) => ({
  memberStateIso3,
  stance,
  signedAt: '2017-09-02T10:00:00.000Z',
  withdrawnAt,
});
const common = {
  status: 'draft',
  source: { memberStateIso3: null, organizationCode: 'ARAB' },
  commonProposal: {
    status: 'preliminary',
    rule: { minSupporters: 2, maxObjectionShare: 0.5 },
    signatures: [signature('EGY', 'support'), signature('TUN', 'object', '2017-09-03T10:00:00.000Z')],
  },
};

describe('drafting rights', () => {
  it('lets the secretariat, focal points and coordinators draft; others not', () => {
    expect([secretariat, focalEgypt, coordinator].map(canDraft)).toEqual([true, true, true]);
    expect([delegateEgypt, null].map(canDraft)).toEqual([false, false]);
  });

  it('fixes the source of focal points and coordinators; the secretariat chooses', () => {
    expect(fixedSource(focalEgypt)).toEqual({ memberStateIso3: 'EGY', organizationCode: null });
    expect(fixedSource(coordinator)).toEqual({ memberStateIso3: null, organizationCode: 'ARAB' });
    expect(fixedSource(secretariat)).toBeNull();
  });

  it('edits a draft of one’s own source only', () => {
    expect(canDraftFor(focalEgypt, national.source)).toBe(true);
    expect(canDraftFor(focalFrance, national.source)).toBe(false);
    expect(canDraftFor(coordinator, common.source)).toBe(true);
    expect(canDraftFor(focalEgypt, common.source)).toBe(false);
    expect(canEdit(secretariat, national)).toBe(true);
    expect(canEdit(focalEgypt, { ...national, status: 'submitted' })).toBe(false);
  });
});

describe('signing a common proposal', () => {
  it('is for the focal points of the organization’s members', () => {
    expect(canSign(focalEgypt, common, MEMBER_STATES)).toBe(true);
    expect(canSign(focalFrance, common, MEMBER_STATES)).toBe(false);
    expect(canSign(delegateEgypt, common, MEMBER_STATES)).toBe(false);
    expect(canSign(coordinator, common, MEMBER_STATES)).toBe(false);
    expect(canSign(focalEgypt, { ...common, status: 'withdrawn' }, MEMBER_STATES)).toBe(false);
    expect(canSign(focalEgypt, { ...national, commonProposal: null }, MEMBER_STATES)).toBe(false);
  });
});

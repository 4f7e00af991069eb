import { describe, expect, it } from 'vitest';
import { canPublish, canRegisterDocuments, canWithdrawDocument, uploadLanguages } from './documents.ts';
import { testUser } from './testing.ts';

const secretariat = testUser({ role: 'secretariat' });
const focalEgypt = testUser({ role: 'focal-point', memberStateIso3: 'EGY' });
const focalTunisia = testUser({ role: 'focal-point', memberStateIso3: 'TUN' });
const delegateEgypt = testUser({ role: 'delegate', memberStateIso3: 'EGY' });
const egypt = { memberStateIso3: 'EGY', organizationCode: null };
const draft = { status: 'draft', source: egypt, originalLanguage: 'ar' } as const;
const submitted = { ...draft, status: 'submitted' } as const;
const withdrawn = { ...draft, status: 'withdrawn' } as const;

describe('document rights', () => {
  it('lets the secretariat register and publish a submitted document', () => {
    expect(canRegisterDocuments(secretariat)).toBe(true);
    expect(canRegisterDocuments(focalEgypt)).toBe(false);
    expect(canRegisterDocuments(null)).toBe(false);
    expect(canPublish(secretariat, submitted)).toBe(true);
    expect(canPublish(secretariat, draft)).toBe(false);
    expect(canPublish(focalEgypt, submitted)).toBe(false);
  });

  it('lets the authors’ side and the secretariat withdraw, once', () => {
    expect(canWithdrawDocument(focalEgypt, submitted)).toBe(true);
    expect(canWithdrawDocument(secretariat, submitted)).toBe(true);
    expect(canWithdrawDocument(focalTunisia, submitted)).toBe(false);
    expect(canWithdrawDocument(delegateEgypt, submitted)).toBe(false);
    expect(canWithdrawDocument(focalEgypt, withdrawn)).toBe(false);
  });

  it('offers every language to the secretariat, the original of a draft to its authors, none when withdrawn', () => {
    expect(uploadLanguages(secretariat, submitted)).toEqual(['ar', 'zh', 'en', 'fr', 'ru', 'es']);
    expect(uploadLanguages(focalEgypt, draft)).toEqual(['ar']);
    expect(uploadLanguages(focalEgypt, submitted)).toEqual([]);
    expect(uploadLanguages(focalTunisia, draft)).toEqual([]);
    expect(uploadLanguages(secretariat, withdrawn)).toEqual([]);
    expect(uploadLanguages(null, draft)).toEqual([]);
  });
});

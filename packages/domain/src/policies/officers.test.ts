import { describe, expect, it } from 'vitest';
import { canAppoint, canNominate, canWithdrawNomination } from './officers.ts';

const secretariat = { role: 'secretariat' as const, memberStateIso3: null };
const egypt = { role: 'focal-point' as const, memberStateIso3: 'EGY' };
const delegate = { role: 'delegate' as const, memberStateIso3: 'EGY' };

describe('officer rights', () => {
  it('lets a focal point and the secretariat nominate, nobody else', () => {
    expect(canNominate(egypt)).toBe(true);
    expect(canNominate(secretariat)).toBe(true);
    expect(canNominate(delegate)).toBe(false);
    expect(canNominate({ role: 'focal-point', memberStateIso3: null })).toBe(false);
    expect(canNominate(null)).toBe(false);
  });

  it("lets the nominating state's focal point or the secretariat withdraw a standing nomination", () => {
    const standing = { nominatingState: 'EGY', status: 'standing' as const };
    expect(canWithdrawNomination(egypt, standing)).toBe(true);
    expect(canWithdrawNomination(secretariat, standing)).toBe(true);
    expect(canWithdrawNomination({ role: 'focal-point', memberStateIso3: 'TUN' }, standing)).toBe(false);
    expect(canWithdrawNomination(egypt, { ...standing, status: 'appointed' })).toBe(false);
  });

  it('lets the secretariat appoint a standing nomination while a seat is free', () => {
    expect(canAppoint(secretariat, { status: 'standing' }, 1)).toBe(true);
    expect(canAppoint(secretariat, { status: 'standing' }, 0)).toBe(false);
    expect(canAppoint(secretariat, { status: 'withdrawn' }, 1)).toBe(false);
    expect(canAppoint(egypt, { status: 'standing' }, 1)).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { canActForDelegation, canCheckIn } from './delegations.ts';

describe('delegation rights', () => {
  it('lets a focal point act for its own state only, and the secretariat for any', () => {
    expect(canActForDelegation({ role: 'focal-point', memberStateIso3: 'EGY' }, 'EGY')).toBe(true);
    expect(canActForDelegation({ role: 'focal-point', memberStateIso3: 'EGY' }, 'TUN')).toBe(false);
    expect(canActForDelegation({ role: 'delegate', memberStateIso3: 'EGY' }, 'EGY')).toBe(false);
    expect(canActForDelegation({ role: 'secretariat', memberStateIso3: null }, 'TUN')).toBe(true);
    expect(canActForDelegation(null, 'TUN')).toBe(false);
    expect(canCheckIn({ role: 'secretariat', memberStateIso3: null })).toBe(true);
    expect(canCheckIn({ role: 'focal-point', memberStateIso3: 'EGY' })).toBe(false);
  });
});

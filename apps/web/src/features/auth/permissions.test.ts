import { describe, expect, it } from 'vitest';
import { scopeOf } from './permissions.ts';

describe('roles in the interface', () => {
  it('knows what each role is attached to', () => {
    expect(scopeOf('focal-point')).toBe('administration');
    expect(scopeOf('observer')).toBe('optional-administration');
    expect(scopeOf('regional-coordinator')).toBe('organization');
    expect(scopeOf('secretariat')).toBe('none');
  });
});

import { describe, expect, it } from 'vitest';
import { scopeOf } from './permissions.ts';

describe('roles in the interface', () => {
  it('knows what each role is attached to', () => {
    expect(scopeOf('focal-point')).toBe('administration');
    expect(scopeOf('observer')).toBe('optional-administration');
    expect(scopeOf('regional-coordinator')).toBe('organization');
    expect(scopeOf('secretariat')).toBe('none');
    // A translator works for the conference's language services: attached to no administration.
    expect(scopeOf('translator')).toBe('none');
  });
});

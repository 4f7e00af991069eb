import { describe, expect, it } from 'vitest';
import { canConsolidate, canWriteDraft } from './consolidation.ts';

describe('rights', () => {
  const chair = { id: 'c1', role: 'chair' as const };
  const open = { owner: { id: 'c1', name: 'Chair' }, status: 'open' as const };

  it('lets chairs and the secretariat consolidate', () => {
    expect(canConsolidate(chair)).toBe(true);
    expect(canConsolidate({ id: 's', role: 'secretariat' })).toBe(true);
    expect(canConsolidate({ id: 'd', role: 'delegate' })).toBe(false);
    expect(canConsolidate(null)).toBe(false);
  });

  it('lets the owner chair and the secretariat write while the draft is open', () => {
    expect(canWriteDraft(chair, open)).toBe(true);
    expect(canWriteDraft({ id: 'c2', role: 'chair' }, open)).toBe(false);
    expect(canWriteDraft({ id: 's', role: 'secretariat' }, { ...open, owner: null })).toBe(true);
    expect(canWriteDraft({ id: 'd', role: 'delegate' }, open)).toBe(false);
    expect(canWriteDraft(chair, { ...open, status: 'adopted' })).toBe(false);
    expect(canWriteDraft(undefined, open)).toBe(false);
  });
});

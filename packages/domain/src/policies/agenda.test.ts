import { describe, expect, it } from 'vitest';
import { canKeepAgenda, statementStates } from './agenda.ts';

describe('agenda rights', () => {
  it('lets the secretariat keep the agenda, and a focal point speak for its own state only', () => {
    expect(canKeepAgenda({ role: 'secretariat', memberStateIso3: null })).toBe(true);
    expect(canKeepAgenda({ role: 'chair', memberStateIso3: null })).toBe(false);
    expect(canKeepAgenda(null)).toBe(false);
    expect(statementStates({ role: 'secretariat', memberStateIso3: null }, ['EGY', 'TUN'])).toEqual(['EGY', 'TUN']);
    expect(statementStates({ role: 'focal-point', memberStateIso3: 'EGY' }, ['EGY', 'TUN'])).toEqual(['EGY']);
    expect(statementStates({ role: 'delegate', memberStateIso3: 'EGY' }, ['EGY', 'TUN'])).toEqual([]);
    expect(statementStates(undefined, ['EGY'])).toEqual([]);
  });
});

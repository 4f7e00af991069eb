import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { DomainError } from '../errors.ts';
import {
  TRANSLATION_STATUSES,
  canMoveTranslation,
  requireTranslationTransition,
  translationTransitionIssues,
} from './statuses.ts';

describe('translation statuses', () => {
  it.each([
    ['awaiting', 'in-translation'],
    ['in-translation', 'published'],
    ['published', 'in-translation'],
  ])('allows %s -> %s', (from, to) => {
    expect(translationTransitionIssues(from, to)).toEqual([]);
    expect(() => requireTranslationTransition(from, to)).not.toThrow();
  });

  it.each([
    ['awaiting', 'published'],
    ['in-translation', 'awaiting'],
    ['published', 'awaiting'],
  ])('refuses %s -> %s as a conflict on the status', (from, to) => {
    expect(translationTransitionIssues(from, to)).toEqual([
      expect.objectContaining({ path: ['status'], code: 'invalid_transition' }),
    ]);
    expect(() => requireTranslationTransition(from, to)).toThrow(
      expect.objectContaining({ code: 'conflict', issues: [expect.objectContaining({ code: 'invalid_transition' })] }),
    );
  });

  it('refuses a move to the status the version has already', () => {
    for (const status of TRANSLATION_STATUSES) {
      expect(translationTransitionIssues(status, status)).toEqual([
        expect.objectContaining({ path: ['status'], code: 'unchanged' }),
      ]);
    }
  });

  it('refuses an unknown status with validation_failed, naming which side', () => {
    expect(translationTransitionIssues('draft', 'done').map(({ path, code }) => ({ path, code }))).toEqual([
      { path: ['from'], code: 'unknown_status' },
      { path: ['status'], code: 'unknown_status' },
    ]);
    let thrown: unknown;
    try {
      requireTranslationTransition('awaiting', 'translated');
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(DomainError);
    expect(thrown).toMatchObject({ code: 'validation_failed', issues: [{ path: ['status'], code: 'unknown_status' }] });
  });

  it('reaches published from awaiting only through in-translation, and never goes back to awaiting', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...TRANSLATION_STATUSES), { maxLength: 12 }), (moves) => {
        let status: (typeof TRANSLATION_STATUSES)[number] = 'awaiting';
        let seenInTranslation = false;
        for (const next of moves) {
          if (canMoveTranslation(status, next)) {
            expect(translationTransitionIssues(status, next)).toEqual([]);
            status = next;
            seenInTranslation ||= status === 'in-translation';
            expect(status).not.toBe('awaiting');
          } else {
            expect(translationTransitionIssues(status, next)).toHaveLength(1);
          }
          if (status === 'published') {
            expect(seenInTranslation).toBe(true);
          }
        }
      }),
    );
  });
});

import { describe, expect, it } from 'vitest';
import { readTargetBody, TARGET_BODIES, targetBodyIn, targetBodyName } from './target-bodies.ts';

describe('target bodies', () => {
  it('reads the plenary in any official language as the reader’s language names it', () => {
    expect(targetBodyIn('PLENARY MEETING', 'ar')).toBe('الجلسة العامة');
    expect(targetBodyIn('Plenary  meeting', 'fr')).toBe('SÉANCE PLÉNIÈRE');
    expect(targetBodyIn('الجلسة العامة', 'en')).toBe('PLENARY MEETING');
    expect(targetBodyIn('séance plénière', 'ar')).toBe('الجلسة العامة');
  });

  it('reads a committee with its number', () => {
    expect(readTargetBody('COMMITTEE 4')).toEqual({ kind: 'committee', number: 4 });
    expect(targetBodyIn('COMMITTEE 4', 'ar')).toBe('اللجنة 4');
    expect(targetBodyIn('اللجنة 2', 'fr')).toBe('COMMISSION 2');
  });

  it('keeps another body as printed, and names a body in English for a language without names', () => {
    expect(targetBodyIn('WORKING GROUP 3/1', 'ar')).toBe('WORKING GROUP 3/1');
    expect(targetBodyName({ kind: 'plenary' }, 'de')).toBe('PLENARY MEETING');
  });

  it('reads back every name it prints, in every language', () => {
    for (const language of ['ar', 'zh', 'en', 'fr', 'ru', 'es']) {
      for (const body of TARGET_BODIES) {
        expect(readTargetBody(targetBodyName(body, language))).toEqual(body);
      }
    }
  });
});

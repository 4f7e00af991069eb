import type { MemberState, Organization } from '@tansiq/api';
import { describe, expect, it } from 'vitest';
import {
  compilationPath,
  formatScore,
  heatLevel,
  sourceAction,
  sourceName,
  synopticPath,
  textLanguage,
} from './synoptic.ts';

describe('sourceAction', () => {
  it('names what a source does from its mark, and nothing when it made no proposal', () => {
    expect(sourceAction({ mark: 'NOC', proposed: false })).toBe('none');
    expect(sourceAction({ mark: 'NOC', proposed: true })).toBe('keep');
    expect(sourceAction({ mark: 'MOD', proposed: true })).toBe('modify');
    expect(sourceAction({ mark: '(MOD)', proposed: true })).toBe('modify');
    expect(sourceAction({ mark: 'ADD*', proposed: true })).toBe('add');
    expect(sourceAction({ mark: 'SUP', proposed: true })).toBe('suppress');
  });
});

describe('heatLevel and formatScore', () => {
  it('keeps step 0 for no divergence and splits the rest in quarters', () => {
    expect([0, 0.01, 0.25, 0.26, 0.5, 0.75, 0.76, 1].map(heatLevel)).toEqual([0, 1, 1, 2, 2, 3, 4, 4]);
  });

  it('writes a score with two decimals in the digits of the reader’s language (Western in Arabic too)', () => {
    expect(formatScore('en', 0.5)).toBe('0.50');
    expect(formatScore('fr', 1)).toBe('1,00');
    expect(formatScore('ar-EG', 0.25)).toBe('0.25');
  });
});

describe('sourceName', () => {
  const names = {
    memberStates: [{ iso3: 'EGY', names: { en: 'Egypt', ar: 'مصر' } } as unknown as MemberState],
    organizations: [
      { code: 'ATU', proposalPrefix: 'AFCP', name: { en: 'African Telecommunications Union' } } as Organization,
    ],
  };

  it('names a Member State by its code and an organization by its proposal prefix, else keeps the code', () => {
    expect(sourceName('EGY', 'ar', names)).toBe('مصر');
    expect(sourceName('AFCP', 'ar', names)).toBe('African Telecommunications Union');
    expect(sourceName('XYZ', 'en', names)).toBe('XYZ');
  });
});

describe('paths', () => {
  it('encodes the meeting code and adds the text language as ?text=, leaving ?lang= to the interface', () => {
    expect(compilationPath('wtdc-17')).toBe('/meetings/wtdc-17/compilation');
    expect(synopticPath('wtdc 17', 'v1', 'ar')).toBe('/meetings/wtdc%2017/compilation/v1?text=ar');
    expect(synopticPath('wtdc-17', 'v1')).toBe('/meetings/wtdc-17/compilation/v1');
  });
});

describe('textLanguage', () => {
  it('takes ?text= when it names a text language, else the interface language when it is one', () => {
    expect(textLanguage('fr', 'ar')).toBe('fr');
    expect(textLanguage(null, 'ar')).toBe('ar');
    expect(textLanguage('xx', 'en')).toBe('en');
    expect(textLanguage(null, 'es')).toBe('es');
    expect(textLanguage(null, 'de')).toBeUndefined();
    expect(textLanguage('ar', 'zh')).toBe('ar');
  });
});

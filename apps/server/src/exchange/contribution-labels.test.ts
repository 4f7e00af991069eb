import { LANGUAGES } from '@tansiq/domain';
import { describe, expect, it } from 'vitest';
import { contributionLabels, formatDateRange, labelled, labelledValue, languageName } from './contribution-labels.ts';

describe('contributionLabels', () => {
  it('has words of its own for each of the six languages, none falling back to English', () => {
    const english = contributionLabels('en');
    for (const language of LANGUAGES.filter((candidate) => candidate !== 'en')) {
      const labels = contributionLabels(language);
      expect(labels.reasons).not.toBe(english.reasons);
      expect(labels.summary).not.toBe(english.summary);
      expect(labels.locale).toBe(`${language}-u-nu-latn`);
    }
  });

  it('names a language in the labels’ language from CLDR, as ITU prints "Original: …"', () => {
    const original = (labelsIn: (typeof LANGUAGES)[number], language: (typeof LANGUAGES)[number]) => {
      const labels = contributionLabels(labelsIn);
      return labelledValue(labels, labels.original, languageName(labels, language));
    };
    expect(original('es', 'ru')).toBe('Original: ruso');
    expect(original('ru', 'es')).toBe('Оригинал: испанский');
    expect(original('zh', 'en')).toBe('原文：英语');
    expect(original('ar', 'zh')).toBe('الأصل: الصينية');
    expect(labelled(contributionLabels('zh'), '理由')).toBe('理由：');
    expect(labelled(contributionLabels('fr'), 'Motifs')).toBe('Motifs:');
  });
});

describe('formatDateRange', () => {
  // CLDR puts thin spaces around the dash in some languages: the tests allow them.
  it('prints a range in each language with Western digits', () => {
    const range = (language: (typeof LANGUAGES)[number]) =>
      formatDateRange(contributionLabels(language), '2017-10-09', '2017-10-20');
    expect(range('en')).toMatch(/^9\s?–\s?20 October 2017$/u);
    expect(range('ru')).toMatch(/^9\s?–\s?20 октября 2017\sг\.$/u);
    expect(range('es')).toMatch(/^9\s?–\s?20 de octubre de 2017$/u);
    expect(range('ar')).toMatch(/^9\s?–\s?20 أكتوبر 2017$/u);
    expect(range('zh')).toBe('2017年10月9日至20日');
  });

  it('prints a Chinese range without repeating the year or month the end shares with the start', () => {
    const zh = contributionLabels('zh');
    expect(formatDateRange(zh, '2017-09-29', '2017-10-02')).toBe('2017年9月29日至10月2日');
    expect(formatDateRange(zh, '2016-12-30', '2017-01-02')).toBe('2016年12月30日至2017年1月2日');
    expect(formatDateRange(zh, '2017-05-08', '2017-05-08')).toBe('2017年5月8日');
  });
});

import { IntlMessageFormat } from 'intl-messageformat';
import { describe, expect, it } from 'vitest';
import { messageLocale } from '../i18n/i18n.ts';
import { formattingLocale, UI_LANGUAGES, type UiLanguage } from '../i18n/languages.ts';
import {
  formatCalendarDate,
  formatDateRange,
  formatInstant,
  formatList,
  formatLongDate,
  formatNumber,
  formatPercent,
  formatScore,
  numberingSystemOf,
} from './format.ts';

/** Browsers' preferred languages for each UI language, with regional variants whose own digits differ. */
const READERS: Record<UiLanguage, readonly string[][]> = {
  ar: [['ar'], ['ar-EG'], ['ar-SA'], ['ar-MA'], ['ar-IQ', 'en'], ['en-GB']],
  zh: [['zh-CN'], ['zh-TW']],
  en: [['en-GB'], ['en-US'], ['en-IN']],
  fr: [['fr-FR'], ['fr-MA']],
  ru: [['ru-RU']],
  es: [['es-ES'], ['es-MX']],
};

/** Every decimal digit of a text that is not a Western one (Arabic-Indic, Persian, Devanagari, …). */
const otherDigits = (text: string) => [...text].filter((c) => /\p{Nd}/u.test(c) && !/[0-9]/.test(c));

describe('the one formatter of numbers and dates', () => {
  it('names the numbering system of each UI language in its locale', () => {
    expect(formattingLocale('ar', ['ar-EG'])).toBe('ar-EG-u-nu-latn');
    expect(formattingLocale('ar', ['en-GB'])).toBe('ar-u-nu-latn');
    expect(formattingLocale('en', ['en-GB', 'ar'])).toBe('en-GB-u-nu-latn');
    expect(numberingSystemOf('ar-SA')).toBe('latn');
  });

  it.each(UI_LANGUAGES.flatMap((language) => READERS[language].map((preferred) => [language, preferred] as const)))(
    'prints every count, date, score and percentage of %s (browser %j) in Western digits',
    (language, preferred) => {
      const locale = formattingLocale(language, preferred);
      const printed = [
        formatNumber(locale, 1234567),
        formatNumber(locale, 1536, { style: 'unit', unit: 'kilobyte', maximumFractionDigits: 1 }),
        formatPercent(locale, 0.56),
        formatPercent(locale, 0.5625, 1),
        formatScore(locale, 0.56),
        formatCalendarDate(locale, '2017-09-25'),
        formatDateRange(locale, '2017-10-09', '2017-10-20'),
        formatInstant(locale, '2017-09-25T23:59:59Z', 'America/Argentina/Buenos_Aires'),
        formatLongDate(locale, '2017-09-01T00:00:00Z'),
        new IntlMessageFormat(
          '{days, plural, other {# days}} {share, number, percent}',
          messageLocale(language, preferred),
        )
          .format({ days: 24, share: 0.5 })
          .toString(),
      ];
      expect(printed.flatMap(otherDigits)).toEqual([]);
      expect(printed.every((text) => /[0-9]/.test(text))).toBe(true);
    },
  );

  it('formats a score the same way inside a message and on its own', () => {
    const locale = formattingLocale('ar', ['ar-EG']);
    const inMessage = new IntlMessageFormat('{score, number, ::.00}', messageLocale('ar', ['ar-EG']))
      .format({ score: 0.56 })
      .toString();
    expect(formatScore(locale, 0.56)).toBe(inMessage);
  });

  it('joins names with the language’s own separators, never a Latin comma in Arabic', () => {
    expect(formatList('en-GB', ['Egypt', 'Tunisia', 'Jordan'])).toBe('Egypt, Tunisia, Jordan');
    const arabic = formatList(formattingLocale('ar', ['ar-EG']), ['مصر', 'تونس', 'الأردن']);
    expect(arabic).not.toContain(',');
    expect(arabic).toContain('،');
    expect(formatList('fr', ['Égypte'])).toBe('Égypte');
  });
});

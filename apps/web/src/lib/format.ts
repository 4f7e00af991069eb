import type { LocalizedText } from '@tansiq/api';
import { isLanguage, type Language } from '@tansiq/domain';
import { isUiLanguage, NUMBERING_SYSTEMS } from '../i18n/languages.ts';

/**
 * Locale-aware formatting of the numbers, dates, instants and names the pages show. Every count, date, score and
 * percentage goes through here, with the UI language's numbering system named explicitly, so that one page never
 * mixes Western and Arabic-Indic digits whatever the reader's regional variant defaults to (docs/languages.md).
 */

/** The numbering system of a formatting locale (`ar-EG-u-nu-latn`, `ar`): its UI language's. */
export function numberingSystemOf(locale: string): string {
  const language = locale.toLowerCase().split('-')[0];
  return isUiLanguage(language) ? NUMBERING_SYSTEMS[language] : 'latn';
}

/** A number in the reader's locale and digits: a count ("1,234"), or with the options given (a unit, decimals). */
export function formatNumber(locale: string, value: number, options: Intl.NumberFormatOptions = {}): string {
  return new Intl.NumberFormat(locale, { ...options, numberingSystem: numberingSystemOf(locale) }).format(value);
}

/**
 * A list of names ("Egypt, Tunisia"; "مصر، وتونس") with the language's own separators, never a hand-written comma
 * (an English comma in an Arabic list reads as a stray Latin mark).
 */
export function formatList(locale: string, items: readonly string[]): string {
  return new Intl.ListFormat(locale, { type: 'unit' }).format(items);
}

/** A share in [0, 1] as a percentage ("56%", "56‎%‎"), with at most `fractionDigits` decimals. */
export function formatPercent(locale: string, share: number, fractionDigits = 0): string {
  return formatNumber(locale, share, { style: 'percent', maximumFractionDigits: fractionDigits });
}

/** A score in [0, 1] as two decimals ("0.75"). */
export function formatScore(locale: string, score: number): string {
  return formatNumber(locale, score, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
}

/** Date and time options with the locale's numbering system. */
function dateOptions(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormatOptions {
  return { ...options, numberingSystem: numberingSystemOf(locale) };
}

/** Midnight UTC of a calendar date (`YYYY-MM-DD`), to format the date itself whatever the reader's zone. */
function utcMidnight(calendarDate: string): Date {
  return new Date(`${calendarDate}T00:00:00Z`);
}

const DAY_MONTH_YEAR: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' };

/** A calendar date, e.g. "25 Sept 2017" (en-GB) or "25 سبتمبر 2017" (ar). */
export function formatCalendarDate(locale: string, calendarDate: string): string {
  return new Intl.DateTimeFormat(locale, dateOptions(locale, DAY_MONTH_YEAR)).format(utcMidnight(calendarDate));
}

/** The dates of a meeting as one range, e.g. "9–11 Nov 2016"; a single date for a one-day meeting. */
export function formatDateRange(locale: string, startsOn: string, endsOn: string): string {
  const format = new Intl.DateTimeFormat(locale, dateOptions(locale, DAY_MONTH_YEAR));
  return startsOn === endsOn
    ? format.format(utcMidnight(startsOn))
    : format.formatRange(utcMidnight(startsOn), utcMidnight(endsOn));
}

/** An instant as read in a time zone, with the zone named, e.g. "25 Sept 2017, 23:59 UTC". */
export function formatInstant(locale: string, instant: string, timeZone: string): string {
  return new Intl.DateTimeFormat(
    locale,
    dateOptions(locale, {
      ...DAY_MONTH_YEAR,
      hour: 'numeric',
      minute: '2-digit',
      hourCycle: 'h23',
      timeZone,
      timeZoneName: 'short',
    }),
  ).format(new Date(instant));
}

/** An instant's date and time as read in a time zone, without the zone's name: "25 Sept 2017, 20:59". */
export function formatDateTime(locale: string, instant: string, timeZone: string): string {
  return new Intl.DateTimeFormat(
    locale,
    dateOptions(locale, { ...DAY_MONTH_YEAR, hour: 'numeric', minute: '2-digit', hourCycle: 'h23', timeZone }),
  ).format(new Date(instant));
}

/** A time zone's offset from UTC at an instant, in the reader's words: "GMT-03:00", "غرينتش-03:00". */
export function formatZoneOffset(locale: string, timeZone: string, at: Date): string {
  const parts = new Intl.DateTimeFormat(
    locale,
    dateOptions(locale, { timeZone, timeZoneName: 'longOffset' }),
  ).formatToParts(at);
  return parts.find((part) => part.type === 'timeZoneName')?.value ?? timeZone;
}

/** The long form of an instant's date in UTC, e.g. "1 September 2017". */
export function formatLongDate(locale: string, instant: string): string {
  return new Intl.DateTimeFormat(locale, dateOptions(locale, { dateStyle: 'long', timeZone: 'UTC' })).format(
    new Date(instant),
  );
}

/** The name of a country from its alpha-2 code (Intl.DisplayNames refuses alpha-3 codes). */
export function countryName(language: string, iso2: string): string {
  return new Intl.DisplayNames([language], { type: 'region', fallback: 'code' }).of(iso2) ?? iso2;
}

/** The name of a language in the UI language (`Intl.DisplayNames`), e.g. "Arabic" or "العربية". */
export function languageName(uiLanguage: string, language: string): string {
  return new Intl.DisplayNames([uiLanguage], { type: 'language', fallback: 'code' }).of(language) ?? language;
}

/** A text as shown to a reader: the words, and the language they are in (to mark them with `lang`). */
export interface ShownText {
  text: string;
  language: Language;
}

/**
 * A text stored per language as a reader of `language` sees it: in that language when it has a (non-blank)
 * version in it, else in English, which every such text has; with the language picked, so that the element
 * showing it can carry `lang` and `dir` when it is not the page's.
 */
export function localized(text: LocalizedText, language: string): ShownText {
  const own = isLanguage(language) ? text[language] : undefined;
  return own !== undefined && own.trim() !== '' && isLanguage(language)
    ? { text: own, language }
    : { text: text.en, language: 'en' };
}

/** A text stored per language, in `language` when it has that version, else in English (`localized`'s words). */
export function inLanguage(text: LocalizedText, language: string): string {
  return localized(text, language).text;
}

/**
 * Wraps a value of unknown direction (a city named in Latin letters) in Unicode isolates, so that it keeps its
 * place when interpolated into a right-to-left message.
 */
export function isolate(text: string): string {
  return `\u2068${text}\u2069`;
}

/** The calendar date (`YYYY-MM-DD`) that an instant falls on in a time zone. */
export function calendarDateIn(instant: Date, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en', {
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    timeZone,
  }).formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}

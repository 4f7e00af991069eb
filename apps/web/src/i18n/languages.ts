import { type Language, LANGUAGES } from '@tansiq/domain';
/** The six official languages of ITU, in the order ITU lists them; each is a UI language. */
export const UI_LANGUAGES = LANGUAGES;
export type UiLanguage = Language;

/** Where the reader's choice of language is remembered (also read by the script in index.html). */
export const LANGUAGE_STORAGE_KEY = 'tansiq.lang';

/** Each language's name in itself: the same in every UI language, so not in the catalogs. */
export const AUTONYMS: Record<UiLanguage, string> = {
  ar: 'العربية',
  zh: '中文',
  en: 'English',
  fr: 'Français',
  ru: 'Русский',
  es: 'Español',
};

/** Whether a string (e.g. a `?lang=` value) names one of the UI languages. */
export function isUiLanguage(value: string | null | undefined): value is UiLanguage {
  return (UI_LANGUAGES as readonly string[]).includes(value ?? '');
}

/** The writing direction of a UI language. */
export function directionOf(language: UiLanguage): 'ltr' | 'rtl' {
  return language === 'ar' ? 'rtl' : 'ltr';
}

/**
 * The digits each UI language prints its numbers, dates, scores and percentages in: Western (`latn`) in all six,
 * Arabic included, as the ITU's own Arabic documents print them (docs/languages.md says why, and how sure).
 */
export const NUMBERING_SYSTEMS: Record<UiLanguage, string> = {
  ar: 'latn',
  zh: 'latn',
  en: 'latn',
  fr: 'latn',
  ru: 'latn',
  es: 'latn',
};

/**
 * The locale for dates and numbers: the reader's own regional variant when it is of the UI language (an en-GB
 * browser reads "25 Sept 2017" in English), otherwise the UI language itself; always with the language's
 * numbering system (`ar-EG-u-nu-latn`), since a regional variant may default to other digits (ar-EG to
 * Arabic-Indic ones) than the rest of the page.
 */
export function formattingLocale(language: UiLanguage, preferred: readonly string[]): string {
  const regional = preferred.find((tag) => tag.toLowerCase().split('-')[0] === language) ?? language;
  const numberingSystem = NUMBERING_SYSTEMS[language];
  try {
    return new Intl.Locale(regional, { numberingSystem }).toString();
  } catch {
    // A malformed tag from the browser: the language itself.
    return new Intl.Locale(language, { numberingSystem }).toString();
  }
}

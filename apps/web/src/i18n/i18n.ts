import i18next from 'i18next';
import ICU from 'i18next-icu';
import { initReactI18next } from 'react-i18next';
import ar from './locales/ar.json';
import en from './locales/en.json';
import fr from './locales/fr.json';
import {
  directionOf,
  formattingLocale,
  isUiLanguage,
  LANGUAGE_STORAGE_KEY,
  UI_LANGUAGES,
  type UiLanguage,
} from './languages.ts';

/** The shape of a message catalog: English is the reference every other catalog follows. */
export type Catalog = typeof en;

/** Complete catalogs; Chinese, Russian and Spanish fall back to English until translated. */
export const CATALOGS: Partial<Record<UiLanguage, Catalog>> = { en, ar, fr };

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: Catalog };
  }
}

/**
 * The language chosen before first paint by the script in index.html (which put it on `<html lang>`), so the
 * app starts in the language the page was laid out in.
 */
function languageOfDocument(): UiLanguage {
  const lang = document.documentElement.lang;
  return isUiLanguage(lang) ? lang : 'en';
}

/**
 * The locale ICU messages format their numbers and plurals in (`{count, plural, …}`): the same as every other
 * number on the page (`formattingLocale`, with the language's numbering system), not the bare language, whose
 * digits may differ from those of the reader's regional variant.
 */
export function messageLocale(language: string, preferred: readonly string[]): string {
  return isUiLanguage(language) ? formattingLocale(language, preferred) : language;
}

/** Starts i18next with ICU messages in the document's language. */
export async function startI18n(): Promise<void> {
  await i18next
    .use(new ICU({ parseLngForICU: (language: string) => messageLocale(language, navigator.languages) }))
    .use(initReactI18next)
    .init({
      lng: languageOfDocument(),
      fallbackLng: 'en',
      supportedLngs: [...UI_LANGUAGES],
      resources: Object.fromEntries(
        Object.entries(CATALOGS).map(([language, catalog]) => [language, { translation: catalog }]),
      ),
      interpolation: { escapeValue: false },
    });
}

/** Switches the UI language, remembers the choice, and sets `<html lang dir>` to match. */
export async function applyLanguage(language: UiLanguage): Promise<void> {
  try {
    localStorage.setItem(LANGUAGE_STORAGE_KEY, language);
  } catch {
    // Storage may be disabled (private mode, policy): the choice then lasts for this page only.
  }
  document.documentElement.lang = language;
  document.documentElement.dir = directionOf(language);
  if (i18next.language !== language) {
    await i18next.changeLanguage(language);
  }
}

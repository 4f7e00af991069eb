import i18next from 'i18next';
import ICU from 'i18next-icu';
import { useEffect, useState } from 'react';
import { initReactI18next } from 'react-i18next';
import en from './locales/en.json';
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

/**
 * The other languages' catalogs, each fetched when the reader first needs it: the bundle carries English (the
 * reference, and the types) and one catalog more, not six. The catalogs test holds every file key for key with
 * English, so a catalog that loads is complete.
 */
const CATALOG_LOADERS = import.meta.glob<Catalog>(['./locales/*.json', '!./locales/en.json'], { import: 'default' });

/** The catalog of `language`, loaded once. */
async function catalogOf(language: UiLanguage): Promise<Catalog> {
  if (language === 'en') {
    return en;
  }
  const load = CATALOG_LOADERS[`./locales/${language}.json`];
  if (load === undefined) {
    throw new Error(`No message catalog for ${language}.`);
  }
  return load();
}

/**
 * Whether the catalogs of `languages` are loaded, loading those that are not: for a page that prints words in
 * the languages of its texts (each column of the texts library names its instrument as its text prints it,
 * `t(key, { lng })`), which may differ from the reader's. The page re-renders when they arrive.
 */
export function useCatalogs(languages: readonly string[]): boolean {
  const missing = languages.filter(
    (language): language is UiLanguage => isUiLanguage(language) && !i18next.hasResourceBundle(language, 'translation'),
  );
  const key = missing.join(',');
  const [, setLoaded] = useState(0);
  useEffect(() => {
    if (key === '') {
      return;
    }
    let current = true;
    void Promise.all(key.split(',').map((language) => ensureCatalog(language as UiLanguage))).then(() => {
      if (current) {
        setLoaded((count) => count + 1);
      }
    });
    return () => {
      current = false;
    };
  }, [key]);
  return missing.length === 0;
}

/** Adds the catalog of `language` to i18next unless it holds it already. */
async function ensureCatalog(language: UiLanguage): Promise<void> {
  if (!i18next.hasResourceBundle(language, 'translation')) {
    i18next.addResourceBundle(language, 'translation', await catalogOf(language));
  }
}

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
  const language = languageOfDocument();
  const catalog = await catalogOf(language);
  await i18next
    .use(new ICU({ parseLngForICU: (language: string) => messageLocale(language, navigator.languages) }))
    .use(initReactI18next)
    .init({
      lng: language,
      fallbackLng: 'en',
      supportedLngs: [...UI_LANGUAGES],
      resources: { en: { translation: en }, [language]: { translation: catalog } },
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
    await ensureCatalog(language);
    await i18next.changeLanguage(language);
  }
}

/** The six official languages of the ITU, in the order ITU documents list them. */
export const LANGUAGES = ['ar', 'zh', 'en', 'fr', 'ru', 'es'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Text given per language; English is always present, the others where known. */
export type LocalizedText = { en: string } & Partial<Record<Language, string>>;

/**
 * A document's title: in its original language (the one its authors write in), and in any others they give.
 * English is not required: a contribution drafted in Arabic may have an Arabic title only. Documents made before
 * this rule may have an English title alone.
 */
export type DocumentTitle = Partial<Record<Language, string>>;

/**
 * A document's title as a reader of `language` should see it, with the language it is in: in that language,
 * else in the document's original language, else in English, else in the first language it has (in the ITU's
 * order); null when it has none.
 */
export function documentTitleIn(
  title: DocumentTitle,
  language: string,
  originalLanguage: string,
): { text: string; language: Language } | null {
  const given = (candidate: string): candidate is Language =>
    isLanguage(candidate) && typeof title[candidate] === 'string' && title[candidate].trim() !== '';
  const found = [language, originalLanguage, 'en', ...LANGUAGES].find(given);
  return found === undefined ? null : { text: title[found]!, language: found };
}

/** The letter that ends a document symbol in each language (`WTDC-17/23-E`). */
export const LANGUAGE_SYMBOL_LETTER: Record<Language, string> = {
  ar: 'A',
  zh: 'C',
  en: 'E',
  fr: 'F',
  ru: 'R',
  es: 'S',
};

export function isLanguage(value: string): value is Language {
  return (LANGUAGES as readonly string[]).includes(value);
}

/** Languages written right to left among the six. */
export function isRightToLeft(language: Language): boolean {
  return language === 'ar';
}

/** The six official languages of the ITU, in the order ITU documents list them. */
export const LANGUAGES = ['ar', 'zh', 'en', 'fr', 'ru', 'es'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Text given per language; English is always present, the others where known. */
export type LocalizedText = { en: string } & Partial<Record<Language, string>>;

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

import { useTranslation } from 'react-i18next';
import { formattingLocale, isUiLanguage, type UiLanguage } from '../i18n/languages.ts';

/** The UI language and the locale for its dates and numbers, following language switches. */
export function useLocale(): { language: UiLanguage; locale: string } {
  const { i18n } = useTranslation();
  const language = isUiLanguage(i18n.language) ? i18n.language : 'en';
  return { language, locale: formattingLocale(language, navigator.languages) };
}

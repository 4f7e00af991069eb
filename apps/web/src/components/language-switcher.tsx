import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { AUTONYMS, UI_LANGUAGES } from '../i18n/languages.ts';

/** Links to the current page in each UI language (`?lang=xx`), each language named in itself. */
export function LanguageSwitcher() {
  const { t, i18n } = useTranslation();
  const { pathname, search } = useLocation();
  const linkTo = (language: string) => {
    const params = new URLSearchParams(search);
    params.set('lang', language);
    return { pathname, search: `?${params.toString()}` };
  };
  return (
    <nav className="languages" aria-label={t('language.label')}>
      <ul className="languages__list">
        {UI_LANGUAGES.map((language) => (
          <li key={language}>
            <Link
              className="languages__link"
              to={linkTo(language)}
              lang={language}
              hrefLang={language}
              aria-current={i18n.language === language ? 'true' : undefined}
            >
              {AUTONYMS[language]}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

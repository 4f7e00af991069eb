import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink, Outlet, useSearchParams } from 'react-router';
import { LanguageSwitcher } from '../components/language-switcher.tsx';
import { applyLanguage } from '../i18n/i18n.ts';
import { isUiLanguage } from '../i18n/languages.ts';
import { formatLongDate } from '../lib/format.ts';
import { useServerClock } from '../lib/server-clock.ts';
import { useLocale } from '../lib/use-locale.ts';

/** Follows `?lang=` whenever the URL carries it: the address wins over the remembered choice. */
function useLanguageFromUrl(): void {
  const [params] = useSearchParams();
  const requested = params.get('lang');
  useEffect(() => {
    if (isUiLanguage(requested)) {
      void applyLanguage(requested);
    }
  }, [requested]);
}

function ServerDate() {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const clock = useServerClock();
  if (!clock.data) {
    return null;
  }
  return (
    <p>
      {t('clock.today', { date: formatLongDate(locale, clock.data.now) })}
      {clock.data.shifted && ` (${t('clock.shifted')})`}
    </p>
  );
}

/** The frame of every page: skip link, header with navigation and languages, main content, footer. */
export function RootLayout() {
  const { t } = useTranslation();
  useLanguageFromUrl();
  return (
    <>
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="site-header">
        <div className="site-header__inner">
          <p className="brand">
            <span className="brand__name">{t('app.name')}</span>
            <span className="brand__tagline">{t('app.tagline')}</span>
          </p>
          <nav className="site-nav" aria-label={t('nav.label')}>
            <ul className="site-nav__list">
              <li>
                <NavLink className="site-nav__link" to="/" end>
                  {t('nav.timeline')}
                </NavLink>
              </li>
              <li>
                <NavLink className="site-nav__link" to="/member-states">
                  {t('nav.memberStates')}
                </NavLink>
              </li>
            </ul>
          </nav>
          <LanguageSwitcher />
        </div>
      </header>
      <main id="main" className="page" tabIndex={-1}>
        <Outlet />
      </main>
      <footer className="site-footer">
        <ServerDate />
      </footer>
    </>
  );
}

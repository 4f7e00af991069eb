import { canManageUsers, canReadAudit } from '@tansiq/domain';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink, Outlet, useLocation, useSearchParams } from 'react-router';
import { LanguageSwitcher } from '../components/language-switcher.tsx';
import { PageBoundary } from '../components/page-boundary.tsx';
import { useCurrentUser } from '../features/auth/session.queries.ts';
import { SessionMenu } from '../features/auth/session-menu.tsx';
import { applyLanguage } from '../i18n/i18n.ts';
import { isUiLanguage } from '../i18n/languages.ts';
import { formatLongDate } from '../lib/format.ts';
import { useServerClock } from '../lib/server-clock.ts';
import { useLocale } from '../lib/use-locale.ts';

/** Follows `?lang=` whenever the URL carries it: the address wins over the remembered choice. */
export function useLanguageFromUrl(): void {
  const [params] = useSearchParams();
  const requested = params.get('lang');
  useEffect(() => {
    if (isUiLanguage(requested)) {
      void applyLanguage(requested);
    }
  }, [requested]);
}

/** Moves the focus to the main content when the page (not its query) changes, as a page load would. */
function useFocusOnNavigation(): void {
  const { pathname } = useLocation();
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    document.getElementById('main')?.focus({ preventScroll: false });
  }, [pathname]);
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

function SiteNav() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const links = [
    { to: '/', label: t('nav.timeline'), end: true },
    { to: '/member-states', label: t('nav.memberStates'), end: false },
    { to: '/texts', label: t('nav.texts'), end: false },
    ...(canReadAudit(user) ? [{ to: '/audit', label: t('nav.audit'), end: false }] : []),
    ...(canManageUsers(user) ? [{ to: '/users', label: t('nav.users'), end: false }] : []),
  ];
  return (
    <nav className="site-nav" aria-label={t('nav.label')}>
      <ul className="site-nav__list">
        {links.map((link) => (
          <li key={link.to}>
            <NavLink className="site-nav__link" to={link.to} end={link.end}>
              {link.label}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** The frame of every page: skip link, header with navigation, account and languages, main content, footer. */
export function RootLayout() {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  useLanguageFromUrl();
  useFocusOnNavigation();
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
          <SiteNav />
          <div className="site-header__end">
            <SessionMenu />
            <LanguageSwitcher />
          </div>
        </div>
      </header>
      <main id="main" className="page" tabIndex={-1}>
        <PageBoundary key={pathname}>
          <Outlet />
        </PageBoundary>
      </main>
      <footer className="site-footer">
        <ServerDate />
      </footer>
    </>
  );
}

/**
 * The frame of a page shown alone on a screen of its own (the projector's view of a vote): no header, navigation,
 * language bar or footer; the language still follows `?lang=`.
 */
export function BareLayout() {
  useLanguageFromUrl();
  return (
    <main id="main" className="bare" tabIndex={-1}>
      <Outlet />
    </main>
  );
}

import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { signInPath } from '../lib/return-path.ts';

/** The page for a reader who may not see it: a sign-in link when anonymous, a plain refusal otherwise. */
export function NotAllowed({ signedIn, title }: { signedIn: boolean; title: string }) {
  const { t } = useTranslation();
  const location = useLocation();
  return (
    <>
      <div className="page-intro">
        <h1>{title}</h1>
      </div>
      <div className="notice" role="status">
        {signedIn ? (
          <p>{t('access.forbidden')}</p>
        ) : (
          <>
            <p>{t('access.signInNeeded')}</p>
            <p>
              <Link className="button" to={signInPath(`${location.pathname}${location.search}`)}>
                {t('session.signIn')}
              </Link>
            </p>
          </>
        )}
      </div>
    </>
  );
}

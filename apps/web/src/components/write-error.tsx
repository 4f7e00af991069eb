import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { errorKey, needsSignIn } from '../lib/api-errors.ts';
import { signInPath } from '../lib/return-path.ts';

/**
 * Why a write failed, when the failure belongs to no field. A lost session keeps the page (and what was typed)
 * and offers to sign in again in another tab; saving again afterwards works.
 */
export function WriteError({ error }: { error: unknown }) {
  const { t } = useTranslation();
  const location = useLocation();
  if (error === null || error === undefined) {
    return null;
  }
  if (needsSignIn(error)) {
    return (
      <div className="notice notice--error" role="alert">
        <p>{t('errors.signInAgain')}</p>
        <p>
          <a href={signInPath(`${location.pathname}${location.search}`)} target="_blank" rel="noopener">
            {t('errors.signInAgainLink')}
          </a>
        </p>
      </div>
    );
  }
  return (
    <div className="notice notice--error" role="alert">
      <p>{t(errorKey(error))}</p>
    </div>
  );
}

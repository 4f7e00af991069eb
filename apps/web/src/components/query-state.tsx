import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { errorKey, isNotFound, needsSignIn } from '../lib/api-errors.ts';
import { signInPath } from '../lib/return-path.ts';
import { PageNotFound } from './not-found.tsx';

/** A polite, translated "loading" notice. */
export function Loading() {
  const { t } = useTranslation();
  return (
    <p className="notice" role="status">
      {t('status.loading')}
    </p>
  );
}

/** An error while loading, in the reader's language, keyed by the API's error code, with a way to retry. */
export function ErrorNotice({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const { t } = useTranslation();
  const location = useLocation();
  const message = t(errorKey(error));
  return (
    <div className="notice notice--error" role="alert">
      <h2 className="notice__title">{t('errors.title')}</h2>
      <p>{message}</p>
      {needsSignIn(error) ? (
        <Link className="button" to={signInPath(`${location.pathname}${location.search}`)}>
          {t('session.signIn')}
        </Link>
      ) : (
        <button type="button" className="button" onClick={onRetry}>
          {t('errors.retry')}
        </button>
      )}
    </div>
  );
}

/**
 * What to show until every query of a page has its data: "Page not found" when a query names something that does
 * not exist (thrown for the page boundary, so the whole page, title included, gives way), else the first error
 * (retrying the failed queries), otherwise "loading".
 */
export function QueriesStatus({ queries }: { queries: readonly QueryState[] }) {
  const failed = queries.filter((query) => query.isError);
  const missing = failed.find((query) => isNotFound(query.error));
  if (missing) {
    throw new PageNotFound(missing.error);
  }
  const first = failed[0];
  if (first) {
    return <ErrorNotice error={first.error} onRetry={() => failed.forEach((query) => void query.refetch())} />;
  }
  return <Loading />;
}

/** The part of a TanStack query result that QueriesStatus reads. */
interface QueryState {
  isError: boolean;
  error: unknown;
  refetch: () => Promise<unknown>;
}

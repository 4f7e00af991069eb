import { ApiError } from '@tansiq/api';
import { useTranslation } from 'react-i18next';

/** A polite, translated "loading" notice. */
export function Loading() {
  const { t } = useTranslation();
  return (
    <p className="notice" role="status">
      {t('status.loading')}
    </p>
  );
}

/** Codes the catalogs translate; any other code reads as the generic message. */
const TRANSLATED_CODES = [
  'validation_failed',
  'unauthenticated',
  'forbidden',
  'not_found',
  'conflict',
  'payload_too_large',
  'rate_limited',
  'internal_error',
] as const;
type TranslatedCode = (typeof TRANSLATED_CODES)[number];

function isTranslatedCode(code: string): code is TranslatedCode {
  return (TRANSLATED_CODES as readonly string[]).includes(code);
}

/** An error while loading, in the reader's language, keyed by the API's error code, with a way to retry. */
export function ErrorNotice({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const { t } = useTranslation();
  let message: string;
  if (error instanceof ApiError) {
    message = isTranslatedCode(error.code) ? t(`errors.${error.code}`) : t('errors.generic');
  } else {
    // fetch rejects with a TypeError when the server cannot be reached at all.
    message = error instanceof TypeError ? t('errors.network') : t('errors.generic');
  }
  return (
    <div className="notice notice--error" role="alert">
      <h2 className="notice__title">{t('errors.title')}</h2>
      <p>{message}</p>
      <button type="button" className="button" onClick={onRetry}>
        {t('errors.retry')}
      </button>
    </div>
  );
}

/**
 * What to show until every query of a page has its data: the first error (retrying the failed queries),
 * otherwise "loading".
 */
export function QueriesStatus({ queries }: { queries: readonly QueryState[] }) {
  const failed = queries.filter((query) => query.isError);
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

import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useDocumentTitle } from './use-document-title.ts';

/**
 * Thrown while rendering a page whose subject does not exist (the API answered 404, or refused the address's
 * own parameter): the page boundary shows "Page not found" in its place.
 */
export class PageNotFound extends Error {
  override readonly name = 'PageNotFound';
  constructor(override readonly cause: unknown) {
    super('The page names something that does not exist.');
  }
}

/** "Page not found": an address the app does not know, or a record that does not exist. */
export function NotFound() {
  const { t } = useTranslation();
  useDocumentTitle(t('notFound.title'));
  return (
    <div data-not-found="">
      <h1>{t('notFound.title')}</h1>
      <p>{t('notFound.body')}</p>
      <p>
        <Link to="/">{t('notFound.home')}</Link>
      </p>
    </div>
  );
}

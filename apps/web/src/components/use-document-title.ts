import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/** Sets the window title to a page's title followed by the product name, in the UI language. */
export function useDocumentTitle(page: string, enabled = true): void {
  const { t } = useTranslation();
  const title = t('app.documentTitle', { page });
  useEffect(() => {
    if (enabled) {
      document.title = title;
    }
  }, [title, enabled]);
}

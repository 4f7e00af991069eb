import type { Contribution, User } from '@tansiq/api';
import { canTranslate, type TranslationStatus } from '@tansiq/domain';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ZonedTime } from '../../components/zoned-time.tsx';
import { formatNumber, languageName } from '../../lib/format.ts';
import { useLocale } from '../../lib/use-locale.ts';
import { translationPath } from './translations.ts';

/** A language version's status in words, with a fill that also differs (never colour alone). */
export function TranslationStatusBadge({ status }: { status: TranslationStatus }) {
  const { t } = useTranslation();
  return (
    <span className={`badge translation translation--${status}`} data-translation-status={status}>
      {t(`translations.status.${status}`)}
    </span>
  );
}

/** What the page lists of a document's languages: its original and each other language's status. */
type Translated = Pick<Contribution, 'id' | 'status' | 'originalLanguage' | 'translations' | 'symbol'>;

/** Whether a document's languages are translated at all: a submitted or published document with a symbol. */
const translatable = (document: Translated) =>
  (document.status === 'submitted' || document.status === 'published') && document.symbol !== null;

/**
 * A document's six languages: the original, then each other language with its status; a published one links to
 * its reading, and translators and the secretariat get a link to translate each one.
 */
export function LanguageStatuses({ document, user }: { document: Translated; user: User | null | undefined }) {
  const { t } = useTranslation();
  const { language: uiLanguage } = useLocale();
  const translates = canTranslate(user) && translatable(document);
  return (
    <ul className="language-statuses" aria-label={t('translations.languagesLabel')}>
      <li data-language-status="original">
        <span lang={document.originalLanguage}>{languageName(uiLanguage, document.originalLanguage)}</span>{' '}
        <span className="badge translation translation--original">{t('translations.status.original')}</span>
      </li>
      {document.translations.map(({ language, status, publishedAt }) => {
        const name = languageName(uiLanguage, language);
        return (
          <li key={language} data-language-status={language} data-translation-status={status}>
            {status === 'published' && translatable(document) ? (
              <Link to={translationPath(document.id, language)}>{name}</Link>
            ) : (
              <span>{name}</span>
            )}{' '}
            <TranslationStatusBadge status={status} />
            {publishedAt !== null && (
              <>
                {' '}
                <ZonedTime className="muted" instant={publishedAt} />
              </>
            )}
            {translates && (
              <>
                {' '}
                <Link className="language-statuses__action" to={translationPath(document.id, language)}>
                  {status === 'published' ? t('translations.open') : t('translations.translate')}
                  <span className="visually-hidden"> ({name})</span>
                </Link>
              </>
            )}
          </li>
        );
      })}
    </ul>
  );
}

/**
 * A document's languages folded under a count of its published translations, where a table has little room (a
 * meeting's documents): opened, the same list as on the document's page.
 */
export function LanguageStatusSummary({ document, user }: { document: Translated; user: User | null | undefined }) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const published = document.translations.filter((version) => version.status === 'published').length;
  return (
    <details className="language-statuses-details">
      <summary>
        {t('translations.summary', {
          published: formatNumber(locale, published),
          total: formatNumber(locale, document.translations.length),
        })}
      </summary>
      <LanguageStatuses document={document} user={user} />
    </details>
  );
}

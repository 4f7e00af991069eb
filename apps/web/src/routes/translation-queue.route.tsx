import type { Meeting, TranslationQueue } from '@tansiq/api';
import { canTranslate, isLanguage, LANGUAGES, type Language } from '@tansiq/domain';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { LocalizedText } from '../components/localized-text.tsx';
import { QueriesStatus } from '../components/query-state.tsx';
import { useDocumentTitle } from '../components/use-document-title.ts';
import { meetingZone, withPageZone, ZonedTime } from '../components/zoned-time.tsx';
import { RequireUser } from '../features/auth/require-user.tsx';
import { contributionPath, DocumentTitleText, DocumentSymbol } from '../features/contributions/contribution-labels.tsx';
import { useMeeting } from '../features/meetings/meetings.queries.ts';
import { TranslationStatusBadge } from '../features/translations/translation-labels.tsx';
import { useTranslationQueue } from '../features/translations/translations.queries.ts';
import { queueRows, translationPath, translationQueuePath } from '../features/translations/translations.ts';
import { formatNumber, inLanguage, languageName } from '../lib/format.ts';
import { useLocale } from '../lib/use-locale.ts';
import '../features/translations/translations.css';

/** Each language's totals: awaiting, in translation, published, late, and what is left to translate. */
function LanguageTotals({ queue, meetingCode }: { queue: TranslationQueue; meetingCode: string }) {
  const { t } = useTranslation();
  const { language: uiLanguage, locale } = useLocale();
  return (
    <div className="table-scroll">
      <table className="table translation-totals">
        <caption className="visually-hidden">{t('translations.queue.totalsCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('translations.queue.language')}</th>
            <th scope="col">{t('translations.status.awaiting')}</th>
            <th scope="col">{t('translations.status.in-translation')}</th>
            <th scope="col">{t('translations.status.published')}</th>
            <th scope="col">{t('translations.queue.late')}</th>
            <th scope="col">{t('translations.queue.left')}</th>
          </tr>
        </thead>
        <tbody>
          {queue.languages.map((totals) => (
            <tr key={totals.language} data-language={totals.language}>
              <th scope="row">
                <Link to={translationQueuePath(meetingCode, totals.language)}>
                  {languageName(uiLanguage, totals.language)}
                </Link>
              </th>
              <td className="numeric">{formatNumber(locale, totals.awaiting)}</td>
              <td className="numeric">{formatNumber(locale, totals.inTranslation)}</td>
              <td className="numeric">{formatNumber(locale, totals.published)}</td>
              <td className="numeric">
                {totals.late > 0 ? (
                  <span className="badge translation--late">{formatNumber(locale, totals.late)}</span>
                ) : (
                  formatNumber(locale, 0)
                )}
              </td>
              <td className="numeric">{formatNumber(locale, totals.volume)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The language picked: links to every language and to all, the current one marked. */
function LanguageFilter({ meetingCode, picked }: { meetingCode: string; picked: Language | null }) {
  const { t } = useTranslation();
  const { language: uiLanguage } = useLocale();
  const choices: (Language | null)[] = [null, ...LANGUAGES];
  return (
    <nav className="language-filter" aria-label={t('translations.queue.filterLabel')}>
      <ul>
        {choices.map((choice) => (
          <li key={choice ?? 'all'}>
            <Link
              className="language-filter__link"
              to={translationQueuePath(meetingCode, choice)}
              aria-current={choice === picked ? 'page' : undefined}
            >
              {choice === null ? t('translations.queue.allLanguages') : languageName(uiLanguage, choice)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** One row's standing against the deadline: late, not due (delayed or late documents), or nothing to say. */
function DueCell({ item }: { item: TranslationQueue['items'][number] }) {
  const { t } = useTranslation();
  if (!item.due) {
    return <span className="muted">{t('translations.queue.notDue')}</span>;
  }
  return item.late ? (
    <span className="badge translation--late" data-late>
      {t('translations.queue.lateBadge')}
    </span>
  ) : (
    <span className="muted">{t('translations.queue.onTime')}</span>
  );
}

function QueueTable({ queue, picked }: { queue: TranslationQueue; picked: Language | null }) {
  const { t } = useTranslation();
  const { language: uiLanguage, locale } = useLocale();
  const rows = queueRows(queue, picked);
  if (rows.length === 0) {
    return <p className="notice">{t('translations.queue.none')}</p>;
  }
  return (
    <div className="table-scroll">
      <table className="table translation-queue">
        <caption className="visually-hidden">{t('translations.queue.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('documents.document')}</th>
            <th scope="col">{t('documents.title')}</th>
            <th scope="col">{t('contribution.originalLanguage')}</th>
            <th scope="col">{t('translations.queue.language')}</th>
            <th scope="col">{t('translations.queue.status')}</th>
            <th scope="col">{t('translations.queue.volume')}</th>
            <th scope="col">{t('translations.queue.proposals')}</th>
            <th scope="col">{t('translations.queue.deadline')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('translations.queue.action')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((item) => (
            <tr
              key={`${item.documentId}-${item.language}`}
              data-document-id={item.documentId}
              data-language={item.language}
              data-translation-status={item.status}
            >
              <th scope="row">
                <Link to={contributionPath(item.documentId)}>
                  <DocumentSymbol symbol={item.symbol} />
                </Link>
              </th>
              <td>
                <DocumentTitleText document={item} />
              </td>
              <td>{languageName(uiLanguage, item.originalLanguage)}</td>
              <td>{languageName(uiLanguage, item.language)}</td>
              <td>
                <TranslationStatusBadge status={item.status} />
                {item.publishedAt !== null && (
                  <>
                    {' '}
                    <ZonedTime className="muted" instant={item.publishedAt} />
                  </>
                )}
              </td>
              <td className="numeric">{t(`translations.volume.${item.volume.unit}`, { count: item.volume.count })}</td>
              <td className="numeric">
                {t('translations.queue.translatedOf', {
                  translated: formatNumber(locale, item.translated),
                  proposals: formatNumber(locale, item.proposals),
                })}
              </td>
              <td>
                <DueCell item={item} />
              </td>
              <td>
                <Link className="button button--small" to={translationPath(item.documentId, item.language)}>
                  {item.status === 'published' ? t('translations.open') : t('translations.translate')}
                  <span className="visually-hidden">
                    {' '}
                    ({item.symbol}, {languageName(uiLanguage, item.language)})
                  </span>
                </Link>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The queue once the reader may see it. */
function Queue({ meeting, picked }: { meeting: Meeting; picked: Language | null }) {
  const { t } = useTranslation();
  const { language: uiLanguage } = useLocale();
  const queue = useTranslationQueue(meeting.code);
  if (!queue.data) {
    return <QueriesStatus queries={[queue]} />;
  }
  return (
    <>
      <section className="record__section" aria-labelledby="translation-deadline-heading">
        <h2 id="translation-deadline-heading">{t('translations.queue.deadlineHeading')}</h2>
        {queue.data.deadline === null ? (
          <p className="notice">{t('translations.queue.noDeadline')}</p>
        ) : (
          <p data-translations-deadline={queue.data.deadline}>
            {t('translations.queue.deadlineIs')} <ZonedTime instant={queue.data.deadline} />
          </p>
        )}
        <p className="field__hint">{t('translations.queue.notDueHint')}</p>
      </section>
      <section className="record__section" aria-labelledby="translation-totals-heading">
        <h2 id="translation-totals-heading">{t('translations.queue.totalsHeading')}</h2>
        <LanguageTotals queue={queue.data} meetingCode={meeting.code} />
        <p className="field__hint">{t('translations.queue.volumeHint')}</p>
      </section>
      <section className="record__section" aria-labelledby="translation-queue-heading">
        <h2 id="translation-queue-heading">
          {picked === null
            ? t('translations.queue.listAll')
            : t('translations.queue.listIn', { language: languageName(uiLanguage, picked) })}
        </h2>
        <LanguageFilter meetingCode={meeting.code} picked={picked} />
        <QueueTable queue={queue.data} picked={picked} />
      </section>
    </>
  );
}

/**
 * `/meetings/:code/translations`: a meeting's translation queue for translators and the secretariat: the
 * translations deadline, each language's totals, and every language version of its submitted documents (one
 * language with `?language=`), each linked to its translation screen.
 */
export function TranslationQueuePage() {
  const { t } = useTranslation();
  const { language } = useLocale();
  const { code = '' } = useParams();
  const [params] = useSearchParams();
  const asked = params.get('language') ?? '';
  const picked = isLanguage(asked) ? asked : null;
  const meeting = useMeeting(code);
  const meetingTitle = meeting.data ? inLanguage(meeting.data.title, language) : '';
  const title = meeting.data
    ? t('translations.queue.documentTitle', { meeting: meetingTitle })
    : t('translations.queue.heading');
  useDocumentTitle(title);
  return (
    <RequireUser allow={canTranslate} title={title}>
      {() =>
        meeting.data ? (
          withPageZone(
            meetingZone(meeting.data),
            <>
              <div className="page-intro">
                <h1>{t('translations.queue.heading')}</h1>
                <p>
                  <Link to={`/meetings/${encodeURIComponent(meeting.data.code)}`}>
                    <LocalizedText text={meeting.data.title} />
                  </Link>
                </p>
              </div>
              <Queue meeting={meeting.data} picked={picked} />
            </>,
          )
        ) : (
          <QueriesStatus queries={[meeting]} />
        )
      }
    </RequireUser>
  );
}

import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { LocalizedText } from '../components/localized-text.tsx';
import { QueriesStatus } from '../components/query-state.tsx';
import { useDocumentTitle } from '../components/use-document-title.ts';
import { draftPath } from '../features/consolidation/consolidation.ts';
import { useConsolidationDrafts } from '../features/consolidation/consolidation.queries.ts';
import { useMeeting } from '../features/meetings/meetings.queries.ts';
import { compilationPath } from '../features/synoptic/synoptic.ts';
import { VersionLabel, versionPath } from '../features/texts/instrument-entry.tsx';
import { instrumentName } from '../features/texts/instrument-name.ts';
import { formatCalendarDate, inLanguage, languageName } from '../lib/format.ts';
import { useLocale } from '../lib/use-locale.ts';

/** `/meetings/:code/consolidation`: the meeting's consolidation drafts, open and adopted, each linked. */
export function ConsolidationDraftsPage() {
  const { t } = useTranslation();
  const { language, locale } = useLocale();
  const { code = '' } = useParams();
  const meeting = useMeeting(code);
  const drafts = useConsolidationDrafts(code);
  const title = meeting.data ? inLanguage(meeting.data.title, language) : t('consolidation.drafts.pageTitle');
  useDocumentTitle(t('consolidation.drafts.documentTitle', { meeting: title }));

  if (!meeting.data || !drafts.data) {
    return <QueriesStatus queries={[meeting, drafts]} />;
  }
  return (
    <>
      <div className="page-intro">
        <h1>{t('consolidation.drafts.heading')}</h1>
        <p>
          <Link to={`/meetings/${encodeURIComponent(meeting.data.code)}`}>
            <LocalizedText text={meeting.data.title} />
          </Link>
        </p>
        <p>{t('consolidation.drafts.intro')}</p>
        <p>
          <Link to={compilationPath(meeting.data.code)}>{t('consolidation.drafts.toCompilation')}</Link>
        </p>
      </div>
      {drafts.data.length === 0 ? (
        <p className="notice">{t('consolidation.drafts.none')}</p>
      ) : (
        <div className="table-scroll">
          <table className="table">
            <caption className="visually-hidden">{t('consolidation.drafts.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('consolidation.drafts.text')}</th>
                <th scope="col">{t('consolidation.facts.language')}</th>
                <th scope="col">{t('consolidation.facts.owner')}</th>
                <th scope="col">{t('consolidation.facts.status')}</th>
              </tr>
            </thead>
            <tbody>
              {drafts.data.map((draft) => (
                <tr key={draft.id} data-draft={draft.id} data-status={draft.status}>
                  <th scope="row">
                    <Link to={draftPath(draft.id)}>{instrumentName(t, draft.instrument)}</Link>{' '}
                    <span className="muted">
                      (<VersionLabel version={draft.version} />)
                    </span>
                    <br />
                    <LocalizedText text={draft.instrument.title} />
                  </th>
                  <td>{languageName(language, draft.language)}</td>
                  <td>{draft.owner?.name ?? t('consolidation.facts.noOwner')}</td>
                  <td>
                    {t(`consolidation.status.${draft.status}`)}
                    {draft.adoption !== null && draft.adoption.version !== null && (
                      <>
                        {' '}
                        <Link to={versionPath(draft.adoption.version.id)}>
                          <VersionLabel version={draft.adoption.version} />
                        </Link>{' '}
                        <span className="muted">
                          {t('texts.adoptedOn', { date: formatCalendarDate(locale, draft.adoption.adoptedOn) })}
                        </span>
                      </>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}

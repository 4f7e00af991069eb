import type { SynopticSummary } from '@tansiq/api';
import { TEXT_LANGUAGES, type TextLanguage } from '@tansiq/domain';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { LocalizedText } from '../components/localized-text.tsx';
import { QueriesStatus } from '../components/query-state.tsx';
import { useDocumentTitle } from '../components/use-document-title.ts';
import { useCurrentUser } from '../features/auth/session.queries.ts';
import { draftsPath } from '../features/consolidation/consolidation.ts';
import { useMeeting } from '../features/meetings/meetings.queries.ts';
import { useRegions } from '../features/registry/registry.queries.ts';
import { ClassBreakdown, Score } from '../features/synoptic/divergence-labels.tsx';
import { HotSpots } from '../features/synoptic/hot-spots.tsx';
import { RegionMatrix } from '../features/synoptic/region-matrix.tsx';
import { synopticPath } from '../features/synoptic/synoptic.ts';
import { useRegionDivergence, useSynopticOverview } from '../features/synoptic/synoptic.queries.ts';
import '../features/synoptic/synoptic.css';
import { VersionLabel } from '../features/texts/instrument-entry.tsx';
import { instrumentName } from '../features/texts/instrument-name.ts';
import { inLanguage } from '../lib/format.ts';
import { api } from '../lib/api.ts';
import { useLocale } from '../lib/use-locale.ts';

function InstrumentsTable({ meetingCode, summaries }: { meetingCode: string; summaries: readonly SynopticSummary[] }) {
  const { t } = useTranslation();
  return (
    <div className="table-scroll">
      <table className="table synoptic-overview">
        <caption className="visually-hidden">{t('synoptic.overview.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('synoptic.overview.instrument')}</th>
            <th scope="col">{t('synoptic.overview.sources')}</th>
            <th scope="col">{t('synoptic.overview.divergence')}</th>
            <th scope="col">{t('synoptic.overview.classes')}</th>
          </tr>
        </thead>
        <tbody>
          {summaries.map((summary) => (
            <tr key={summary.version.id} data-version={summary.version.id}>
              <th scope="row">
                <Link to={synopticPath(meetingCode, summary.version.id)}>{instrumentName(t, summary.instrument)}</Link>
                <br />
                <LocalizedText text={summary.instrument.title} />{' '}
                <span className="muted">
                  (<VersionLabel version={summary.version} />)
                </span>
              </th>
              <td>
                <span className="synoptic__label">{t('synoptic.overview.sources')}</span>
                {summary.sources.map((source, index) => (
                  <span key={source.source}>
                    {index > 0 && ' '}
                    <bdi dir="ltr">{source.source}</bdi>
                  </span>
                ))}
              </td>
              <td>
                <Score value={summary.divergence} />
              </td>
              <td>
                <ClassBreakdown counts={summary.classes} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The compiled languages: the reader's when the texts can be compiled in it, else English. */
const COMPILED_LANGUAGES = new Set<string>(TEXT_LANGUAGES);

/** Links to the whole meeting's compilation as a Word document, the proposal register and a printable page. */
function CompilationDownloads({ meetingCode, language }: { meetingCode: string; language: string }) {
  const { t } = useTranslation();
  const lang = (COMPILED_LANGUAGES.has(language) ? language : 'en') as TextLanguage;
  const url = (format: 'docx' | 'csv' | 'html') => api.compilationUrl(meetingCode, { format, lang });
  return (
    <section className="record__section" aria-labelledby="downloads-heading">
      <h2 id="downloads-heading">{t('synoptic.overview.downloads')}</h2>
      <ul>
        <li>
          <a href={url('docx')} download data-format="docx">
            {t('synoptic.overview.docx')}
          </a>
        </li>
        <li>
          <a href={url('csv')} download data-format="csv">
            {t('synoptic.overview.csv')}
          </a>
        </li>
        <li>
          <a href={url('html')} data-format="html">
            {t('synoptic.overview.html')}
          </a>
        </li>
      </ul>
    </section>
  );
}

/**
 * `/meetings/:code/compilation`: the texts the meeting's proposals aim at, with how far their sources diverge,
 * the region-by-region matrix and the provisions that most divide the regions.
 */
export function SynopticOverviewPage() {
  const { t } = useTranslation();
  const { language } = useLocale();
  const { code = '' } = useParams();
  const meeting = useMeeting(code);
  const overview = useSynopticOverview(code);
  const divergence = useRegionDivergence(code);
  const regions = useRegions();
  const user = useCurrentUser();
  const title = meeting.data ? inLanguage(meeting.data.title, language) : t('synoptic.pageTitle');
  useDocumentTitle(t('synoptic.overview.documentTitle', { meeting: title }));

  if (!meeting.data || !overview.data || !divergence.data || !regions.data) {
    return <QueriesStatus queries={[meeting, overview, divergence, regions]} />;
  }
  const regionName = (id: string) => {
    const region = regions.data.find((candidate) => candidate.id === id);
    return region === undefined ? id : inLanguage(region.name, language);
  };
  return (
    <>
      <div className="page-intro">
        <h1>{t('synoptic.overview.heading')}</h1>
        <p>
          <Link to={`/meetings/${encodeURIComponent(meeting.data.code)}`}>
            <LocalizedText text={meeting.data.title} />
          </Link>
        </p>
        <p>{t('synoptic.overview.intro')}</p>
        {user !== null && (
          <p>
            <Link to={draftsPath(meeting.data.code)}>{t('consolidation.drafts.heading')}</Link>
          </p>
        )}
      </div>
      <section className="record__section" aria-labelledby="instruments-heading">
        <h2 id="instruments-heading">{t('synoptic.overview.instruments', { count: overview.data.length })}</h2>
        {overview.data.length === 0 ? (
          <p className="notice">{t('synoptic.overview.none')}</p>
        ) : (
          <InstrumentsTable meetingCode={meeting.data.code} summaries={overview.data} />
        )}
      </section>
      {overview.data.length > 0 && <CompilationDownloads meetingCode={meeting.data.code} language={language} />}
      <section className="record__section" aria-labelledby="regions-heading">
        <h2 id="regions-heading">{t('synoptic.regions.heading')}</h2>
        <RegionMatrix divergence={divergence.data} />
      </section>
      <section className="record__section" aria-labelledby="hot-spots-heading">
        <h2 id="hot-spots-heading">{t('synoptic.hotSpots.heading')}</h2>
        <p>{t('synoptic.hotSpots.intro')}</p>
        <HotSpots divergence={divergence.data} regionName={regionName} />
      </section>
    </>
  );
}

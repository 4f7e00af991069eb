import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { LocalizedText } from '../components/localized-text.tsx';
import { QueriesStatus } from '../components/query-state.tsx';
import { useDocumentTitle } from '../components/use-document-title.ts';
import { ConsolidateAction } from '../features/consolidation/consolidate-action.tsx';
import { useMemberStates, useOrganizations, useRegions } from '../features/registry/registry.queries.ts';
import { ClassBreakdown, Score } from '../features/synoptic/divergence-labels.tsx';
import { SourceHeatmap } from '../features/synoptic/source-heatmap.tsx';
import { SynopticTable } from '../features/synoptic/synoptic-table.tsx';
import { compilationPath, sourceName, textLanguage } from '../features/synoptic/synoptic.ts';
import { useSynoptic } from '../features/synoptic/synoptic.queries.ts';
import '../features/synoptic/synoptic.css';
import { VersionLabel } from '../features/texts/instrument-entry.tsx';
import { instrumentName } from '../features/texts/instrument-name.ts';
import { inLanguage, languageName } from '../lib/format.ts';
import { useLocale } from '../lib/use-locale.ts';

/**
 * `/meetings/:code/compilation/:version`: the synoptic table of one text (provisions by sources, changes
 * inline), its sources with their regions, and the heatmap of what each source does. `?text=` picks the
 * language of the text (base, headings, and each proposal in its published translation into it, else as
 * written, marked awaiting translation); without it, the reader's language when the version is stored in it,
 * else the language of its proposals. `?lang=` stays the interface's.
 */
export function SynopticPage() {
  const { t } = useTranslation();
  const { language: uiLanguage } = useLocale();
  const { code = '', version = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const synoptic = useSynoptic(code, version, undefined, textLanguage(params.get('text'), uiLanguage));
  const memberStates = useMemberStates();
  const organizations = useOrganizations();
  const regions = useRegions();
  const name = synoptic.data ? instrumentName(t, synoptic.data.instrument) : t('synoptic.pageTitle');
  useDocumentTitle(t('synoptic.documentTitle', { instrument: name }));

  if (!synoptic.data || !memberStates.data || !organizations.data || !regions.data) {
    return <QueriesStatus queries={[synoptic, memberStates, organizations, regions]} />;
  }
  const data = synoptic.data;
  const names = { memberStates: memberStates.data, organizations: organizations.data };
  const regionName = (id: string | null) => {
    const region = regions.data.find((candidate) => candidate.id === id);
    return region === undefined ? t('synoptic.sources.noRegion') : inLanguage(region.name, uiLanguage);
  };
  return (
    <>
      <div className="page-intro">
        <p>
          <Link to={compilationPath(data.meeting.code)}>{t('synoptic.back')}</Link>
        </p>
        <h1>{t('synoptic.heading', { instrument: name })}</h1>
        <p>
          <LocalizedText text={data.instrument.title} />{' '}
          <span className="muted">
            (<VersionLabel version={data.version} />)
          </span>
        </p>
        <p>
          <Score value={data.divergence} />
        </p>
        {data.measureLanguage !== data.language && (
          <p className="muted">
            {t('synoptic.measuredIn', { language: languageName(uiLanguage, data.measureLanguage) })}
          </p>
        )}
        <ClassBreakdown counts={data.classes} />
        <ConsolidateAction
          meeting={data.meeting.code}
          versionId={data.version.id}
          languages={data.version.languages}
          language={data.proposalLanguage}
        />
      </div>
      {data.version.languages.length > 1 && (
        <form className="filters" aria-label={t('synoptic.baseLanguage')} onSubmit={(event) => event.preventDefault()}>
          <div className="filters__field">
            <label htmlFor="synoptic-language">{t('synoptic.baseLanguage')}</label>
            <select
              id="synoptic-language"
              value={data.language}
              onChange={(event) => {
                const text = event.target.value;
                setParams(
                  (current) => {
                    const next = new URLSearchParams(current);
                    next.set('text', text);
                    return next;
                  },
                  { replace: true },
                );
              }}
            >
              {data.version.languages.map((language) => (
                <option key={language} value={language}>
                  {languageName(uiLanguage, language)}
                </option>
              ))}
            </select>
          </div>
        </form>
      )}
      <section className="record__section" aria-labelledby="sources-heading">
        <h2 id="sources-heading">{t('synoptic.sources.heading')}</h2>
        <p>{t('synoptic.sources.order')}</p>
        <ul className="synoptic-sources">
          {data.sources.map((source) => (
            <li key={source.source} data-source={source.source}>
              <bdi dir="ltr" className="symbol">
                {source.source}
              </bdi>{' '}
              {sourceName(source.source, uiLanguage, names)} — {regionName(source.region)}
              {source.wholeText !== null && (
                <>
                  {' '}
                  <span className="mark">{source.wholeText.mark}</span> {t('synoptic.sources.wholeText')}
                </>
              )}
            </li>
          ))}
        </ul>
      </section>
      <section className="record__section" aria-labelledby="table-heading">
        <h2 id="table-heading">{t('synoptic.table.heading')}</h2>
        {data.sources.length === 0 ? (
          <p className="notice">{t('synoptic.noSources')}</p>
        ) : (
          <SynopticTable synoptic={data} caption={t('synoptic.table.caption', { instrument: name })} />
        )}
      </section>
      {data.sources.length > 0 && (
        <section className="record__section" aria-labelledby="heatmap-heading">
          <h2 id="heatmap-heading">{t('synoptic.heatmap.heading')}</h2>
          <SourceHeatmap synoptic={data} />
        </section>
      )}
    </>
  );
}

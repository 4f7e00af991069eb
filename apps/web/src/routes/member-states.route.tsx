import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { QueriesStatus } from '../components/query-state.tsx';
import { useDocumentTitle } from '../components/use-document-title.ts';
import { groupByRegion, memberStatesQuery, readDirectoryFilters } from '../features/registry/directory.ts';
import { DirectoryFilters } from '../features/registry/directory-filters.tsx';
import { RegionSection } from '../features/registry/region-section.tsx';
import { useMemberStateSearch, useOrganizations, useRegions } from '../features/registry/registry.queries.ts';
import { useLocale } from '../lib/use-locale.ts';

/** The Member State directory: search and filters in the address, results grouped by ITU-D region. */
export function MemberStatesPage() {
  const { t } = useTranslation();
  const { language, locale } = useLocale();
  const [params] = useSearchParams();
  const filters = readDirectoryFilters(params);
  const regions = useRegions();
  const organizations = useOrganizations();
  const memberStates = useMemberStateSearch(memberStatesQuery(filters));
  useDocumentTitle(t('memberStates.title'));

  const searching = filters.q.trim() !== '' || filters.region !== null || filters.organization !== null;
  const results =
    memberStates.data && regions.data
      ? groupByRegion(memberStates.data, regions.data, language, new Intl.Collator(locale))
      : null;

  return (
    <>
      <div className="page-intro">
        <h1>{t('memberStates.title')}</h1>
        <p>{t('memberStates.lead')}</p>
      </div>
      {regions.data && organizations.data && (
        <DirectoryFilters regions={regions.data} organizations={organizations.data} />
      )}
      <p className="results-count" role="status" aria-live="polite">
        {memberStates.data &&
          (searching
            ? t('directory.found', { count: memberStates.data.length })
            : t('memberStates.intro', { count: memberStates.data.length }))}
      </p>
      {results === null || !organizations.data ? (
        <QueriesStatus queries={[regions, organizations, memberStates]} />
      ) : (
        <div className="results" aria-busy={memberStates.isPlaceholderData}>
          {results.length === 0 && <p className="notice">{t('directory.none')}</p>}
          {results.map(({ region, memberStates: states }) => (
            <RegionSection
              key={region.id}
              region={region}
              organizations={
                searching ? [] : organizations.data.filter((organization) => organization.regionId === region.id)
              }
              memberStates={states}
            />
          ))}
        </div>
      )}
    </>
  );
}

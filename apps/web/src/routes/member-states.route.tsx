import { useTranslation } from 'react-i18next';
import { QueriesStatus } from '../components/query-state.tsx';
import { useDocumentTitle } from '../components/use-document-title.ts';
import { RegionSection } from '../features/registry/region-section.tsx';
import { useMemberStates, useOrganizations, useRegions } from '../features/registry/registry.queries.ts';

/** The Member States of ITU grouped by ITU-D region, with each region's regional organizations. */
export function MemberStatesPage() {
  const { t } = useTranslation();
  const regions = useRegions();
  const organizations = useOrganizations();
  const memberStates = useMemberStates();
  useDocumentTitle(t('memberStates.title'));

  if (!regions.data || !organizations.data || !memberStates.data) {
    return <QueriesStatus queries={[regions, organizations, memberStates]} />;
  }

  return (
    <>
      <div className="page-intro">
        <h1>{t('memberStates.title')}</h1>
        <p>{t('memberStates.intro', { count: memberStates.data.length })}</p>
      </div>
      {regions.data.map((region) => (
        <RegionSection
          key={region.id}
          region={region}
          organizations={organizations.data.filter((organization) => organization.regionId === region.id)}
          memberStates={memberStates.data.filter((state) => state.regionId === region.id)}
        />
      ))}
    </>
  );
}

import type { MemberState, Organization, Region } from '@tansiq/api';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { LocalizedText } from '../../components/localized-text.tsx';
import { useLocale } from '../../lib/use-locale.ts';

/**
 * One ITU-D region of the directory: its name and how many states are listed, optionally its regional
 * organizations with their sizes, and its Member States (already sorted), each linking to its page.
 */
export function RegionSection({
  region,
  organizations,
  memberStates,
}: {
  region: Region;
  organizations: readonly Organization[];
  memberStates: readonly MemberState[];
}) {
  const { t } = useTranslation();
  const { language } = useLocale();
  const headingId = `region-${region.id}`;
  return (
    <section className="region" aria-labelledby={headingId} data-region={region.id}>
      <header className="region__header">
        <h2 id={headingId}>
          <LocalizedText text={region.name} />
        </h2>
        <p className="region__count">{t('memberStates.count', { count: memberStates.length })}</p>
      </header>
      {organizations.length > 0 && (
        <>
          <h3 className="region__subheading">{t('memberStates.organizations')}</h3>
          <ul className="organizations">
            {organizations.map((organization) => (
              <li key={organization.code} className="organization">
                <span className="organization__code">{organization.code}</span>{' '}
                <span className="organization__name">
                  <LocalizedText text={organization.name} />
                </span>{' '}
                <span className="organization__count">
                  {t('memberStates.organizationMembers', { count: organization.memberStateCount })}
                </span>
              </li>
            ))}
          </ul>
          <h3 className="region__subheading">{t('memberStates.states')}</h3>
        </>
      )}
      <ul className="states">
        {memberStates.map((state) => (
          <li key={state.iso3} className="state">
            <Link className="state__name" to={`/member-states/${state.iso3}`}>
              {state.names[language]}
            </Link>
            {state.organizations.length > 0 && (
              <span className="state__organizations"> {state.organizations.join(' · ')}</span>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}

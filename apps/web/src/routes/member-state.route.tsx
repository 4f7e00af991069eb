import { canSeeStateUsers } from '@tansiq/domain';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { LocalizedText } from '../components/localized-text.tsx';
import { QueriesStatus } from '../components/query-state.tsx';
import { useDocumentTitle } from '../components/use-document-title.ts';
import { useCurrentUser } from '../features/auth/session.queries.ts';
import { ParticipationHistory } from '../features/registry/participation-history.tsx';
import { useMemberState, useOrganizations, useRegions } from '../features/registry/registry.queries.ts';
import { directionOf, UI_LANGUAGES } from '../i18n/languages.ts';
import { formatCalendarDate, languageName } from '../lib/format.ts';
import { useLocale } from '../lib/use-locale.ts';

/** One Member State: its names in the six languages, region, organizations and participation history. */
export function MemberStatePage() {
  const { t } = useTranslation();
  const { language, locale } = useLocale();
  const { iso3 = '' } = useParams();
  const state = useMemberState(iso3.toUpperCase());
  const regions = useRegions();
  const organizations = useOrganizations();
  const user = useCurrentUser();
  useDocumentTitle(state.data ? state.data.names[language] : t('memberState.pageTitle'));

  if (!state.data || !regions.data || !organizations.data) {
    return <QueriesStatus queries={[state, regions, organizations]} />;
  }
  const region = regions.data.find((candidate) => candidate.id === state.data.regionId);
  const memberships = organizations.data.filter((organization) => state.data.organizations.includes(organization.code));
  return (
    <article className="record" data-member-state={state.data.iso3}>
      <div className="record__heading">
        <h1>{state.data.names[language]}</h1>
        {canSeeStateUsers(user, state.data.iso3) && (
          <Link className="button button--secondary" to={`/users?memberState=${state.data.iso3}`}>
            {t('memberState.users')}
          </Link>
        )}
      </div>
      <p className="record__code">
        <bdi>{state.data.iso3}</bdi>
      </p>
      <dl className="facts">
        <div>
          <dt>{t('memberState.region')}</dt>
          <dd>
            {region ? (
              <Link to={`/member-states?region=${region.id}`}>
                <LocalizedText text={region.name} />
              </Link>
            ) : (
              state.data.regionId
            )}
          </dd>
        </div>
        <div>
          <dt>{t('memberState.organizations')}</dt>
          <dd>
            {memberships.length === 0 ? (
              t('memberState.noOrganization')
            ) : (
              <ul className="inline-list">
                {memberships.map((organization) => (
                  <li key={organization.code} data-organization={organization.code}>
                    <Link to={`/member-states?organization=${organization.code}`}>
                      <bdi>{organization.code}</bdi>
                    </Link>{' '}
                    <span className="muted">
                      <LocalizedText text={organization.name} />
                    </span>
                  </li>
                ))}
              </ul>
            )}
          </dd>
        </div>
        {state.data.admittedOn && (
          <div>
            <dt>{t('memberState.admittedOn')}</dt>
            <dd>
              <time dateTime={state.data.admittedOn}>{formatCalendarDate(locale, state.data.admittedOn)}</time>
            </dd>
          </div>
        )}
      </dl>
      <section className="record__section" aria-labelledby="names-heading">
        <h2 id="names-heading">{t('memberState.names')}</h2>
        <dl className="names">
          {UI_LANGUAGES.map((code) => (
            <div key={code}>
              <dt>{languageName(language, code)}</dt>
              <dd>
                <span lang={code} dir={directionOf(code)}>
                  {state.data.names[code]}
                </span>
              </dd>
            </div>
          ))}
        </dl>
      </section>
      <section className="record__section" aria-labelledby="participation-heading">
        <h2 id="participation-heading">{t('memberState.participation')}</h2>
        <ParticipationHistory participation={state.data.participation} />
      </section>
    </article>
  );
}

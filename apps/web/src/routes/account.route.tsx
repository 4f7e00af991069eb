import type { User } from '@tansiq/api';
import { useTranslation } from 'react-i18next';
import { QueriesStatus } from '../components/query-state.tsx';
import { useDocumentTitle } from '../components/use-document-title.ts';
import { PasswordForm } from '../features/account/password-form.tsx';
import { TokenCreateForm } from '../features/account/token-create-form.tsx';
import { TokensTable } from '../features/account/tokens-table.tsx';
import { useTokens } from '../features/account/account.queries.ts';
import { RequireUser } from '../features/auth/require-user.tsx';
import { useSession } from '../features/auth/session.queries.ts';
import { useMemberStates } from '../features/registry/registry.queries.ts';
import { ZonedTime } from '../components/zoned-time.tsx';
import { useServerClock } from '../lib/server-clock.ts';
import { useLocale } from '../lib/use-locale.ts';

/** Whom the user acts for, in words: a Member State's name, an organization's code, or an entity. */
function ActsFor({ user }: { user: User }) {
  const { t } = useTranslation();
  const { language } = useLocale();
  const memberStates = useMemberStates();
  if (user.memberStateIso3 !== null) {
    const state = memberStates.data?.find((candidate) => candidate.iso3 === user.memberStateIso3);
    return <>{state ? state.names[language] : user.memberStateIso3}</>;
  }
  if (user.organizationCode !== null) {
    return <bdi>{user.organizationCode}</bdi>;
  }
  return <>{user.entityId === null ? t('account.nobody') : t('account.entity')}</>;
}

function Account({ user }: { user: User }) {
  const { t } = useTranslation();
  const session = useSession();
  const tokens = useTokens();
  const clock = useServerClock();
  useDocumentTitle(t('account.title'));
  return (
    <>
      <div className="page-intro">
        <h1>{t('account.title')}</h1>
      </div>
      <section className="record__section" aria-labelledby="who-heading">
        <h2 id="who-heading">{t('account.who')}</h2>
        <dl className="facts">
          <div>
            <dt>{t('account.name')}</dt>
            <dd>
              <bdi>{user.name}</bdi>
            </dd>
          </div>
          <div>
            <dt>{t('account.email')}</dt>
            <dd>
              <bdi>{user.email}</bdi>
            </dd>
          </div>
          <div>
            <dt>{t('account.role')}</dt>
            <dd>{t(`roles.${user.role}`)}</dd>
          </div>
          <div>
            <dt>{t('account.actsFor')}</dt>
            <dd>
              <ActsFor user={user} />
            </dd>
          </div>
          {session.data && (
            <div>
              <dt>{t('account.sessionEnds')}</dt>
              <dd>
                <ZonedTime instant={session.data.expiresAt} />
              </dd>
            </div>
          )}
        </dl>
      </section>
      <section className="record__section" aria-labelledby="password-heading">
        <h2 id="password-heading">{t('account.password.title')}</h2>
        <PasswordForm />
      </section>
      <section className="record__section" aria-labelledby="tokens-heading">
        <h2 id="tokens-heading">{t('account.tokens.title')}</h2>
        <p className="page-lead">{t('account.tokens.intro')}</p>
        {tokens.data && clock.data ? (
          <TokensTable tokens={tokens.data} now={new Date(clock.data.now)} />
        ) : (
          <QueriesStatus queries={[tokens, clock]} />
        )}
        <TokenCreateForm />
      </section>
    </>
  );
}

/** `/account`: who am I, my password, my API tokens. */
export function AccountPage() {
  const { t } = useTranslation();
  return (
    <RequireUser allow={() => true} title={t('account.title')}>
      {(user) => <Account user={user} />}
    </RequireUser>
  );
}

import type { User } from '@tansiq/api';
import { canManageUsers, seesAllUsers } from '@tansiq/domain';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { QueriesStatus } from '../components/query-state.tsx';
import { useDocumentTitle } from '../components/use-document-title.ts';
import { ROLES } from '../features/auth/permissions.ts';
import { RequireUser } from '../features/auth/require-user.tsx';
import { useMemberStates, useOrganizations } from '../features/registry/registry.queries.ts';
import { UserCreateForm } from '../features/users/user-create-form.tsx';
import { readUserFilters, usersQuery } from '../features/users/user-form.ts';
import { UsersTable } from '../features/users/users-table.tsx';
import { useEntities, useUsers } from '../features/users/users.queries.ts';
import { MemberStateOptions } from '../components/member-state-options.tsx';

function Users({ actor }: { actor: User }) {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const filters = readUserFilters(params);
  const users = useUsers(usersQuery(filters));
  const memberStates = useMemberStates();
  const organizations = useOrganizations();
  const entities = useEntities();
  useDocumentTitle(t('users.title'));
  const statesByIso3 = useMemo(() => new Map((memberStates.data ?? []).map((s) => [s.iso3, s])), [memberStates.data]);
  const entitiesById = useMemo(() => new Map((entities.data ?? []).map((e) => [e.id, e])), [entities.data]);

  const choose = (name: 'role' | 'memberState', value: string) =>
    setParams((current) => {
      const next = new URLSearchParams(current);
      if (value === '') {
        next.delete(name);
      } else {
        next.set(name, value);
      }
      return next;
    });
  const secretariat = seesAllUsers(actor);

  return (
    <>
      <div className="page-intro">
        <h1>{t('users.title')}</h1>
        <p>{secretariat ? t('users.introSecretariat') : t('users.introFocalPoint')}</p>
      </div>
      <form className="filters" role="search" aria-label={t('users.filters')} onSubmit={(e) => e.preventDefault()}>
        <div className="filters__field">
          <label htmlFor="users-role">{t('users.fields.role')}</label>
          <select id="users-role" value={filters.role ?? ''} onChange={(e) => choose('role', e.target.value)}>
            <option value="">{t('users.anyRole')}</option>
            {ROLES.map((role) => (
              <option key={role} value={role}>
                {t(`roles.${role}`)}
              </option>
            ))}
          </select>
        </div>
        {secretariat && (
          <div className="filters__field">
            <label htmlFor="users-member-state">{t('users.fields.memberStateIso3')}</label>
            <select
              id="users-member-state"
              value={filters.memberState ?? ''}
              onChange={(e) => choose('memberState', e.target.value)}
            >
              <option value="">{t('users.anyMemberState')}</option>
              <MemberStateOptions states={memberStates.data ?? []} />
            </select>
          </div>
        )}
      </form>
      {!users.data || !memberStates.data || !organizations.data || !entities.data ? (
        <QueriesStatus queries={[users, memberStates, organizations, entities]} />
      ) : (
        <>
          <p className="results-count" role="status">
            {t('users.count', { count: users.data.page.total })}
          </p>
          {users.data.data.length === 0 ? (
            <p className="notice">{t('users.none')}</p>
          ) : (
            <UsersTable actor={actor} users={users.data.data} memberStates={statesByIso3} entities={entitiesById} />
          )}
          <section className="record__section">
            <UserCreateForm
              actor={actor}
              memberStates={memberStates.data}
              organizations={organizations.data}
              entities={entities.data}
            />
          </section>
        </>
      )}
    </>
  );
}

/** `/users`: the secretariat manages every user; a focal point the people of its own administration. */
export function UsersPage() {
  const { t } = useTranslation();
  return (
    <RequireUser allow={canManageUsers} title={t('users.title')}>
      {(user) => <Users actor={user} />}
    </RequireUser>
  );
}

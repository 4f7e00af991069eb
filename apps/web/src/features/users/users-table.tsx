import type { Entity, MemberState, Role, User } from '@tansiq/api';
import { canEditUser } from '@tansiq/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { WriteError } from '../../components/write-error.tsx';
import { useLocale } from '../../lib/use-locale.ts';
import { roleChoices } from './user-form.ts';
import { useUpdateUser } from './users.queries.ts';

/** Whom a user acts for, in words. */
function ActsFor({
  user,
  memberStates,
  entities,
}: {
  user: User;
  memberStates: ReadonlyMap<string, MemberState>;
  entities: ReadonlyMap<string, Entity>;
}) {
  const { language } = useLocale();
  if (user.memberStateIso3 !== null) {
    return <>{memberStates.get(user.memberStateIso3)?.names[language] ?? user.memberStateIso3}</>;
  }
  if (user.entityId !== null) {
    return <bdi>{entities.get(user.entityId)?.name ?? user.entityId}</bdi>;
  }
  return user.organizationCode === null ? null : <bdi>{user.organizationCode}</bdi>;
}

/** A user's role, changeable (with a save button) by those allowed to. */
function RoleCell({ actor, user }: { actor: User; user: User }) {
  const { t } = useTranslation();
  const update = useUpdateUser();
  const [role, setRole] = useState<Role>(user.role);
  if (!canEditUser(actor, user)) {
    return <>{t(`roles.${user.role}`)}</>;
  }
  const selectId = `role-${user.id}`;
  return (
    <form
      className="inline-form"
      onSubmit={(event) => {
        event.preventDefault();
        update.mutate({ id: user.id, body: { role } });
      }}
    >
      <label className="visually-hidden" htmlFor={selectId}>
        {t('users.roleOf', { name: user.name })}
      </label>
      <select id={selectId} value={role} onChange={(event) => setRole(event.target.value as Role)}>
        {roleChoices(actor, user.role).map((choice) => (
          <option key={choice} value={choice}>
            {t(`roles.${choice}`)}
          </option>
        ))}
      </select>
      {role !== user.role && (
        <button type="submit" className="button button--small" disabled={update.isPending}>
          {t('users.saveRole')}
        </button>
      )}
      <WriteError error={update.error} />
    </form>
  );
}

/** Enabling or disabling an account. */
function AccessCell({ actor, user }: { actor: User; user: User }) {
  const { t } = useTranslation();
  const update = useUpdateUser();
  const disabled = user.disabledAt !== null;
  return (
    <>
      <span className={disabled ? 'badge badge--revoked' : 'badge badge--active'}>
        {disabled ? t('users.disabled') : t('users.enabled')}
      </span>
      {canEditUser(actor, user) && (
        <>
          {' '}
          <button
            type="button"
            className="button button--small button--secondary"
            disabled={update.isPending}
            aria-label={
              disabled ? t('users.enableUser', { name: user.name }) : t('users.disableUser', { name: user.name })
            }
            onClick={() => update.mutate({ id: user.id, body: { disabled: !disabled } })}
          >
            {disabled ? t('users.enable') : t('users.disable')}
          </button>
          <WriteError error={update.error} />
        </>
      )}
    </>
  );
}

/** The users the reader manages, with their role and access, changeable where the reader may. */
export function UsersTable({
  actor,
  users,
  memberStates,
  entities,
}: {
  actor: User;
  users: readonly User[];
  memberStates: ReadonlyMap<string, MemberState>;
  entities: ReadonlyMap<string, Entity>;
}) {
  const { t } = useTranslation();
  return (
    <div className="table-scroll">
      <table className="table">
        <caption className="visually-hidden">{t('users.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('users.fields.name')}</th>
            <th scope="col">{t('users.fields.email')}</th>
            <th scope="col">{t('users.fields.role')}</th>
            <th scope="col">{t('users.actsFor')}</th>
            <th scope="col">{t('users.access')}</th>
          </tr>
        </thead>
        <tbody>
          {users.map((user) => (
            <tr key={user.id} data-user={user.email}>
              <th scope="row">
                <bdi>{user.name}</bdi>
              </th>
              <td>
                <bdi>{user.email}</bdi>
              </td>
              <td>
                <RoleCell key={user.role} actor={actor} user={user} />
              </td>
              <td>
                <ActsFor user={user} memberStates={memberStates} entities={entities} />
              </td>
              <td>
                <AccessCell actor={actor} user={user} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

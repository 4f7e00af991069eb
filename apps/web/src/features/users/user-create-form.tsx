import type { CreatedUser, Entity, MemberState, Organization, Role, User } from '@tansiq/api';
import { grantableRoles, choosesAdministration } from '@tansiq/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Field, FormErrors } from '../../components/form-fields.tsx';
import { SecretOnce } from '../../components/secret-once.tsx';
import { useForm } from '../../components/use-form.ts';
import { placeIssues, type PlacedIssue } from '../../lib/api-errors.ts';
import { useLocale } from '../../lib/use-locale.ts';
import { scopeOf } from '../auth/permissions.ts';
import { blankUserValues, createUserBody, USER_FIELDS, type UserFormValues } from './user-form.ts';
import { useCreateUser } from './users.queries.ts';
import { MemberStateOptions } from '../../components/member-state-options.tsx';

type UserField = (typeof USER_FIELDS)[number];

/**
 * Creating a user: e-mail, name, role, and what the role is attached to (a focal point's new users are its own
 * administration's). The server generates the password, shown once.
 */
export function UserCreateForm({
  actor,
  memberStates,
  organizations,
  entities,
}: {
  actor: User;
  memberStates: readonly MemberState[];
  organizations: readonly Organization[];
  entities: readonly Entity[];
}) {
  const { t } = useTranslation();
  const { language } = useLocale();
  const create = useCreateUser();
  const [created, setCreated] = useState<CreatedUser | null>(null);
  const form = useForm<UserFormValues, UserField, PlacedIssue<UserField>>({
    initial: () => blankUserValues(actor),
    submission: create,
    place: (error) => placeIssues(error, USER_FIELDS, 'email'),
    message: (issue) => t(`issues.${issue.key}`),
    label: (field) => t(`users.fields.${field}`),
  });
  const { values, errorOf, input: set } = form;

  const scope = values.role === '' ? 'none' : scopeOf(values.role);
  const chooses = choosesAdministration(actor);
  const ownState = memberStates.find((state) => state.iso3 === actor.memberStateIso3);

  const submit = form.onSubmit(() =>
    create.mutate(createUserBody(actor, values), {
      onSuccess: (result) => {
        setCreated(result);
        form.reset(blankUserValues(actor));
      },
    }),
  );

  if (created !== null) {
    return created.generatedPassword === null ? (
      <p className="notice notice--success" role="status">
        {t('users.created', { name: created.user.name })}
      </p>
    ) : (
      <SecretOnce
        label={t('users.generatedPassword', { name: created.user.name, email: created.user.email })}
        secret={created.generatedPassword}
        onDone={() => setCreated(null)}
      />
    );
  }
  return (
    <form className="form" onSubmit={submit} noValidate aria-labelledby="user-create-heading">
      <h2 id="user-create-heading">{t('users.createTitle')}</h2>
      <FormErrors form={form} />
      <div className="form__row">
        <Field name="email" label={t('users.fields.email')} error={errorOf('email')} required>
          {(control) => <input {...control} type="email" dir="ltr" value={values.email} onChange={set('email')} />}
        </Field>
        <Field name="name" label={t('users.fields.name')} error={errorOf('name')} required>
          {(control) => <input {...control} value={values.name} onChange={set('name')} />}
        </Field>
      </div>
      <Field name="role" label={t('users.fields.role')} error={errorOf('role')} required>
        {(control) => (
          <select {...control} value={values.role} onChange={set('role')}>
            {chooses && <option value="">{t('users.chooseRole')}</option>}
            {grantableRoles(actor).map((role: Role) => (
              <option key={role} value={role}>
                {t(`roles.${role}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      {!chooses && (
        <p className="field__hint">
          {t('users.fixedAdministration', { state: ownState?.names[language] ?? t('account.entity') })}
        </p>
      )}
      {chooses && (scope === 'administration' || scope === 'optional-administration') && (
        <>
          <Field
            name="memberStateIso3"
            label={t('users.fields.memberStateIso3')}
            error={errorOf('memberStateIso3')}
            required={scope === 'administration' && entities.length === 0}
          >
            {(control) => (
              <select {...control} value={values.memberStateIso3} onChange={set('memberStateIso3')}>
                <option value="">{t('form.none')}</option>
                <MemberStateOptions states={memberStates} />
              </select>
            )}
          </Field>
          {entities.length > 0 && (
            <Field name="entityId" label={t('users.fields.entityId')} error={errorOf('entityId')}>
              {(control) => (
                <select {...control} value={values.entityId} onChange={set('entityId')}>
                  <option value="">{t('form.none')}</option>
                  {entities.map((entity) => (
                    <option key={entity.id} value={entity.id}>
                      {entity.name}
                    </option>
                  ))}
                </select>
              )}
            </Field>
          )}
        </>
      )}
      {chooses && scope === 'organization' && (
        <Field
          name="organizationCode"
          label={t('users.fields.organizationCode')}
          error={errorOf('organizationCode')}
          required
        >
          {(control) => (
            <select {...control} value={values.organizationCode} onChange={set('organizationCode')}>
              <option value="">{t('form.none')}</option>
              {organizations.map((organization) => (
                <option key={organization.code} value={organization.code}>
                  {`${organization.code} · ${organization.name[language] ?? organization.name.en}`}
                </option>
              ))}
            </select>
          )}
        </Field>
      )}
      <div className="form__actions">
        <button type="submit" className="button" disabled={form.pending}>
          {form.pending ? t('form.saving') : t('users.create')}
        </button>
      </div>
    </form>
  );
}

import type { Delegation } from '@tansiq/api';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Field, FormErrors } from '../../components/form-fields.tsx';
import { useForm } from '../../components/use-form.ts';
import { placeIssues } from '../../lib/api-errors.ts';
import { isolate } from '../../lib/format.ts';
import { useLocale } from '../../lib/use-locale.ts';
import { useUsers } from '../users/users.queries.ts';
import {
  DELEGATION_ROLES,
  delegationFields,
  delegationFormValues,
  pickUser,
  possibleVoters,
  putDelegationBody,
  registeredUsersOf,
  userOfRow,
  votingDelegateStanding,
  type DelegationFormValues,
  type DelegationRole,
} from './delegation-form.ts';
import { usePutDelegation } from './delegations.queries.ts';

/**
 * Who casts the state's vote as registered, and whether that person can cast its ballots in the web app: the
 * server decides it (from the accounts of the members' addresses), so it shows the saved composition.
 */
export function VotingDelegateStatus({ delegation, stateName }: { delegation: Delegation; stateName: string }) {
  const { t } = useTranslation();
  const voter = votingDelegateStanding(delegation);
  if (voter === null) {
    return null;
  }
  return (
    <div
      className={voter.standing === 'can-vote' ? 'notice notice--success' : 'notice notice--warning'}
      role="status"
      data-voting-delegate={voter.standing}
    >
      <p>
        {t('delegations.voter.who', {
          name: isolate(voter.name),
          role: t(`delegations.roles.${voter.role}`),
          state: stateName,
        })}
      </p>
      <p>{t(`delegations.voter.${voter.standing}`, { state: stateName })}</p>
    </div>
  );
}

/**
 * A state's delegation, registered or updated as a whole: its members (name, role and e-mail address, typed or
 * taken from a registered user of the state; rows added and removed) and who casts the vote (the head unless
 * another member is named). Issues of the API land on their rows.
 */
export function DelegationForm({
  meeting,
  memberState,
  stateName,
  delegation,
}: {
  meeting: string;
  memberState: string;
  stateName: string;
  delegation: Delegation | undefined;
}) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const put = usePutDelegation(meeting, memberState);
  // The state's accounts, to pick a member from; the form is only shown to those who may list them.
  const users = useUsers({ memberState, limit: 500 });
  const registered = registeredUsersOf(users.data?.data ?? [], memberState, locale);
  const [saved, setSaved] = useState(false);
  const labelOf = (field: string) => {
    const [, index, part] = field.split('.');
    if (part === 'name' || part === 'role' || part === 'email') {
      return t(`delegations.form.${part}`, { number: Number(index) + 1 });
    }
    return field === 'votingDelegate' ? t('delegations.form.votingDelegate') : t('delegations.form.members');
  };
  const form = useForm({
    initial: (): DelegationFormValues => delegationFormValues(delegation),
    submission: put,
    place: (error, values) => placeIssues(error, delegationFields(values.members.length)),
    message: (issue) => t(`issues.${issue.key}`),
    label: labelOf,
    // A problem of the whole list shows above the rows, and is listed with no link.
    name: (field) => (field === 'members' ? null : field),
  });
  const { values, setValues, errorOf } = form;

  const update = (key: number, change: Partial<{ name: string; role: DelegationRole; email: string }>) => {
    setSaved(false);
    setValues((current) => ({
      ...current,
      members: current.members.map((member) => (member.key === key ? { ...member, ...change } : member)),
    }));
  };
  const add = () =>
    setValues((current) => ({
      ...current,
      members: [
        ...current.members,
        {
          key: Math.max(-1, ...current.members.map((member) => member.key)) + 1,
          name: '',
          role: 'delegate',
          email: '',
        },
      ],
    }));
  const remove = (key: number) =>
    setValues((current) => ({
      members: current.members.filter((member) => member.key !== key),
      voter: current.voter === key ? null : current.voter,
    }));
  const submit = form.onSubmit(() => {
    setSaved(false);
    put.mutate(putDelegationBody(values), { onSuccess: () => setSaved(true) });
  });
  const voters = possibleVoters(values);
  const headingId = `delegation-form-${memberState}`;

  return (
    <form className="form form--wide" onSubmit={submit} noValidate aria-labelledby={headingId}>
      <h3 id={headingId}>
        {t(delegation ? 'delegations.form.updateHeading' : 'delegations.form.registerHeading', { state: stateName })}
      </h3>
      {delegation && <VotingDelegateStatus delegation={delegation} stateName={stateName} />}
      <FormErrors form={form} />
      <fieldset className="fieldset">
        <legend>{t('delegations.form.members')}</legend>
        <p className="field__hint">{t('delegations.form.emailHint', { state: stateName })}</p>
        {errorOf('members') && <p className="field__error">{errorOf('members')}</p>}
        {values.members.map((member, index) => (
          <div className="member-row" key={member.key} data-member-row={index}>
            <Field
              name={`members.${index}.name`}
              label={labelOf(`members.${index}.name`)}
              error={errorOf(`members.${index}.name`)}
              required
            >
              {(control) => (
                <input
                  {...control}
                  dir="auto"
                  autoComplete="off"
                  value={member.name}
                  onChange={(event) => update(member.key, { name: event.target.value })}
                />
              )}
            </Field>
            <Field
              name={`members.${index}.role`}
              label={labelOf(`members.${index}.role`)}
              error={errorOf(`members.${index}.role`)}
              required
            >
              {(control) => (
                <select
                  {...control}
                  value={member.role}
                  onChange={(event) => update(member.key, { role: event.target.value as DelegationRole })}
                >
                  {DELEGATION_ROLES.map((role) => (
                    <option key={role} value={role}>
                      {t(`delegations.roles.${role}`)}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <Field
              name={`members.${index}.email`}
              label={labelOf(`members.${index}.email`)}
              error={errorOf(`members.${index}.email`)}
            >
              {(control) => (
                <input
                  {...control}
                  type="email"
                  dir="ltr"
                  autoComplete="off"
                  spellCheck={false}
                  value={member.email}
                  onChange={(event) => update(member.key, { email: event.target.value })}
                />
              )}
            </Field>
            {registered.length > 0 && (
              <Field
                name={`members.${index}.user`}
                label={t('delegations.form.pickUser', { number: index + 1, state: stateName })}
              >
                {(control) => (
                  <select
                    {...control}
                    value={userOfRow(member, registered)?.email ?? ''}
                    onChange={(event) => {
                      const user = registered.find((candidate) => candidate.email === event.target.value);
                      if (user !== undefined) {
                        setSaved(false);
                        setValues((current) => ({
                          ...current,
                          members: current.members.map((row) => (row.key === member.key ? pickUser(row, user) : row)),
                        }));
                      }
                    }}
                  >
                    <option value="">{t('delegations.form.noUser')}</option>
                    {registered.map((user) => (
                      <option key={user.id} value={user.email}>
                        {t('delegations.form.userOption', { name: isolate(user.name), email: isolate(user.email) })}
                      </option>
                    ))}
                  </select>
                )}
              </Field>
            )}
            {values.members.length > 1 && (
              <p className="member-row__actions">
                <button
                  type="button"
                  className="button button--small button--secondary"
                  onClick={() => remove(member.key)}
                >
                  {t('delegations.form.remove', { number: index + 1 })}
                </button>
              </p>
            )}
          </div>
        ))}
        <button type="button" className="button button--secondary" onClick={add}>
          {t('delegations.form.add')}
        </button>
      </fieldset>
      <Field
        name="votingDelegate"
        label={labelOf('votingDelegate')}
        hint={t('delegations.form.votingHint')}
        error={errorOf('votingDelegate')}
      >
        {(control) => (
          <select
            {...control}
            value={values.voter === null ? '' : String(values.voter)}
            onChange={(event) =>
              setValues((current) => ({
                ...current,
                voter: event.target.value === '' ? null : Number(event.target.value),
              }))
            }
          >
            <option value="">{t('delegations.form.headVotes')}</option>
            {voters.map((member) => (
              <option key={member.key} value={String(member.key)}>
                {member.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      <div className="form__actions">
        <button type="submit" className="button" disabled={form.pending}>
          {form.pending ? t('form.saving') : t('delegations.form.submit')}
        </button>
      </div>
      {saved && (
        <p className="notice" role="status">
          {t('delegations.form.saved')}
        </p>
      )}
    </form>
  );
}

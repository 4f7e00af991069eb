import type { Delegation } from '@tansiq/api';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorSummary, Field, type SummaryItem } from '../../components/form-fields.tsx';
import { WriteError } from '../../components/write-error.tsx';
import { issuesByField, placeIssues } from '../../lib/api-errors.ts';
import {
  DELEGATION_ROLES,
  delegationFields,
  delegationFormValues,
  possibleVoters,
  putDelegationBody,
  type DelegationFormValues,
  type DelegationRole,
} from './delegation-form.ts';
import { usePutDelegation } from './delegations.queries.ts';

/**
 * A state's delegation, registered or updated as a whole: its members (name and role; rows added and removed) and
 * who casts the vote (the head unless another member is named). Issues of the API land on their rows.
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
  const put = usePutDelegation(meeting, memberState);
  const [values, setValues] = useState<DelegationFormValues>(() => delegationFormValues(delegation));
  const [saved, setSaved] = useState(false);
  const placed = placeIssues(put.error, delegationFields(values.members.length));
  const byField = issuesByField(placed);
  const errorOf = (field: string) => {
    const issue = byField.get(field);
    return issue ? t(`issues.${issue.key}`) : undefined;
  };
  const labelOf = (field: string) => {
    const [, index, part] = field.split('.');
    if (part === 'name' || part === 'role') {
      return t(`delegations.form.${part}`, { number: Number(index) + 1 });
    }
    return field === 'votingDelegate' ? t('delegations.form.votingDelegate') : t('delegations.form.members');
  };
  const summary: SummaryItem[] = placed.map((issue) => ({
    field: issue.field === 'members' ? null : issue.field,
    label: issue.field === null || issue.field === 'members' ? null : labelOf(issue.field),
    message: t(`issues.${issue.key}`),
  }));

  const update = (key: number, change: Partial<{ name: string; role: DelegationRole }>) => {
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
          email: null,
        },
      ],
    }));
  const remove = (key: number) =>
    setValues((current) => ({
      members: current.members.filter((member) => member.key !== key),
      voter: current.voter === key ? null : current.voter,
    }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    put.mutate(putDelegationBody(values), { onSuccess: () => setSaved(true) });
  };
  const voters = possibleVoters(values);
  const headingId = `delegation-form-${memberState}`;

  return (
    <form className="form form--wide" onSubmit={submit} noValidate aria-labelledby={headingId}>
      <h3 id={headingId}>
        {t(delegation ? 'delegations.form.updateHeading' : 'delegations.form.registerHeading', { state: stateName })}
      </h3>
      <ErrorSummary items={summary} title={t('form.problems', { count: summary.length })} error={put.error} />
      <WriteError error={placed.length === 0 ? put.error : null} />
      <fieldset className="fieldset">
        <legend>{t('delegations.form.members')}</legend>
        {errorOf('members') && <p className="field__error">{errorOf('members')}</p>}
        {values.members.map((member, index) => (
          <div className="form__row" key={member.key} data-member-row={index}>
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
            {values.members.length > 1 && (
              <button
                type="button"
                className="button button--small button--secondary"
                onClick={() => remove(member.key)}
              >
                {t('delegations.form.remove', { number: index + 1 })}
              </button>
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
        <button type="submit" className="button" disabled={put.isPending}>
          {put.isPending ? t('form.saving') : t('delegations.form.submit')}
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

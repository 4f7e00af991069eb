import type { MemberState, OfficerGroup } from '@tansiq/api';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Field, FormErrors } from '../../components/form-fields.tsx';
import { MemberStateOptions } from '../../components/member-state-options.tsx';
import { useForm } from '../../components/use-form.ts';
import {
  GENDERS,
  emptyNomination,
  nominationBody,
  officerIssues,
  type NominationField,
  type OfficerIssue,
  type NominationFormValues,
} from './officers.ts';
import { useCreateNomination } from './officers.queries.ts';

/**
 * A nomination of a candidate for a post. A focal point nominates for its own state (`ownState`); the secretariat
 * names the nominating state. The API's issues (a term limit reached, the same person twice) land on their fields.
 */
export function NominationForm({
  meeting,
  groups,
  memberStates,
  ownState,
  nameOf,
}: {
  meeting: string;
  groups: readonly OfficerGroup[];
  memberStates: readonly MemberState[];
  /** The focal point's state, or null for the secretariat (who names the state). */
  ownState: string | null;
  nameOf: (iso3: string) => string;
}) {
  const { t } = useTranslation();
  const create = useCreateNomination(meeting);
  const [saved, setSaved] = useState(false);
  const labelOf = (field: NominationField) => t(`officers.form.${field}`);
  const form = useForm<NominationFormValues, NominationField, OfficerIssue>({
    initial: () => emptyNomination(groups[0]?.id ?? ''),
    submission: create,
    place: officerIssues,
    message: (issue) => t(issue.key),
    label: labelOf,
  });
  const { values, errorOf } = form;
  const posts = groups.find((group) => group.id === values.group)?.posts.filter((post) => post.seats > 0) ?? [];
  const set = (change: Partial<NominationFormValues>) => {
    setSaved(false);
    form.patch(change);
  };
  // A post the new group lacks gives way to its first post, so the select never shows a value it does not hold.
  const changeGroup = (group: string) => {
    const offered = groups.find((candidate) => candidate.id === group)?.posts.filter((post) => post.seats > 0) ?? [];
    const post = offered.some((candidate) => candidate.kind === values.post) ? values.post : (offered[0]?.kind ?? '');
    set({ group, post });
  };
  const submit = form.onSubmit(() =>
    create.mutate(nominationBody(values, ownState === null), {
      onSuccess: () => {
        setSaved(true);
        form.reset(emptyNomination(values.group));
      },
    }),
  );
  return (
    <form className="form form--wide" onSubmit={submit} noValidate aria-labelledby="nomination-form-heading">
      <h2 id="nomination-form-heading">{t('officers.form.heading')}</h2>
      {ownState !== null && <p>{t('officers.form.forOwnState', { state: nameOf(ownState) })}</p>}
      <FormErrors form={form} />
      {saved && (
        <p className="notice notice--success" role="status">
          {t('officers.form.saved')}
        </p>
      )}
      {ownState === null && (
        <Field name="nominatingState" label={labelOf('nominatingState')} error={errorOf('nominatingState')} required>
          {(control) => (
            <select
              {...control}
              value={values.nominatingState}
              onChange={(event) => set({ nominatingState: event.target.value })}
            >
              <option value="">{t('officers.form.chooseState')}</option>
              <MemberStateOptions states={memberStates} />
            </select>
          )}
        </Field>
      )}
      <Field name="group" label={labelOf('group')} error={errorOf('group')} required>
        {(control) => (
          <select {...control} value={values.group} onChange={(event) => changeGroup(event.target.value)}>
            {groups.map((group) => (
              <option key={group.id} value={group.id}>
                {group.id}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field name="post" label={labelOf('post')} error={errorOf('post')} required>
        {(control) => (
          <select {...control} value={values.post} onChange={(event) => set({ post: event.target.value })}>
            {posts.map((post) => (
              <option key={post.kind} value={post.kind}>
                {t(`officers.posts.${post.kind}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field name="candidateName" label={labelOf('candidateName')} error={errorOf('candidateName')} required>
        {(control) => (
          <input
            {...control}
            type="text"
            autoComplete="off"
            maxLength={200}
            value={values.candidateName}
            onChange={(event) => set({ candidateName: event.target.value })}
          />
        )}
      </Field>
      <Field
        name="gender"
        label={labelOf('gender')}
        hint={t('officers.form.genderHint')}
        error={errorOf('gender')}
        required
      >
        {(control) => (
          <select {...control} value={values.gender} onChange={(event) => set({ gender: event.target.value })}>
            {GENDERS.map((gender) => (
              <option key={gender} value={gender}>
                {t(`officers.genders.${gender}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field name="candidateState" label={labelOf('candidateState')} error={errorOf('candidateState')} required>
        {(control) => (
          <select
            {...control}
            value={values.candidateState}
            onChange={(event) => set({ candidateState: event.target.value })}
          >
            <option value="">{t('officers.form.chooseState')}</option>
            <MemberStateOptions states={memberStates} />
          </select>
        )}
      </Field>
      <Field
        name="termsServed"
        label={labelOf('termsServed')}
        hint={t('officers.form.termsHint')}
        error={errorOf('termsServed')}
        required
      >
        {(control) => (
          <input
            {...control}
            type="number"
            inputMode="numeric"
            min={0}
            step={1}
            value={values.termsServed}
            onChange={(event) => set({ termsServed: event.target.value })}
          />
        )}
      </Field>
      <div className="form__actions">
        <button type="submit" className="button" disabled={form.pending}>
          {form.pending ? t('form.saving') : t('officers.form.submit')}
        </button>
      </div>
    </form>
  );
}

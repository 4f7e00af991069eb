import type { MemberState } from '@tansiq/api';
import { useTranslation } from 'react-i18next';
import { STATEMENT_KINDS, type StatementKind } from '@tansiq/domain';
import { Field, FormErrors } from '../../components/form-fields.tsx';
import { MemberStateOptions } from '../../components/member-state-options.tsx';
import { useForm } from '../../components/use-form.ts';
import { addStatementBody, agendaIssues, type AgendaIssue } from './agenda.ts';
import { useAddStatement } from './agenda.queries.ts';

type Kind = StatementKind;

/**
 * Attaches a Member State's reservation or declaration to a decision: a focal point for its own state, the
 * secretariat for any.
 */
export function StatementForm({
  meeting,
  decision,
  states,
}: {
  meeting: string;
  decision: string;
  /** The states the reader may speak for (one for a focal point). */
  states: readonly MemberState[];
}) {
  const { t } = useTranslation();
  const add = useAddStatement(meeting, decision);
  const only = states.length === 1 ? states[0]!.iso3 : '';
  const empty = { memberState: only, kind: 'reservation' as Kind, text: '' };
  const prefix = `statement-${decision}`;
  const labels: Record<string, string> = {
    memberState: t('agenda.statementForm.memberState'),
    kind: t('agenda.statementForm.kind'),
    text: t('agenda.statementForm.text'),
  };
  const form = useForm<typeof empty, string, AgendaIssue>({
    initial: empty,
    submission: add,
    place: (error) => agendaIssues(error, Object.keys(labels)),
    message: (issue) => t(issue.key),
    label: (field) => labels[field] ?? null,
    name: (field) => `${prefix}.${field}`,
  });
  const { values, errorOf } = form;
  const submit = form.onSubmit(() => add.mutate(addStatementBody(values), { onSuccess: () => form.reset() }));
  const headingId = `${prefix}-heading`;
  return (
    <form className="form form--wide" onSubmit={submit} noValidate aria-labelledby={headingId}>
      <h5 id={headingId}>{t('agenda.statementForm.heading')}</h5>
      <FormErrors form={form} />
      {only === '' && (
        <Field name={`${prefix}.memberState`} label={labels.memberState!} error={errorOf('memberState')} required>
          {(control) => (
            <select
              {...control}
              value={values.memberState}
              onChange={(event) => form.set('memberState', event.target.value)}
            >
              <option value="">{t('agenda.statementForm.chooseState')}</option>
              <MemberStateOptions states={states} />
            </select>
          )}
        </Field>
      )}
      <fieldset className="field choices">
        <legend className="field__label">{labels.kind}</legend>
        <div className="choices__list">
          {STATEMENT_KINDS.map((kind) => (
            <label key={kind} className="choice">
              <input
                type="radio"
                name={`${prefix}-kind`}
                value={kind}
                checked={values.kind === kind}
                onChange={() => form.set('kind', kind)}
              />
              {t(`agenda.statementKind.${kind}`)}
            </label>
          ))}
        </div>
      </fieldset>
      <Field name={`${prefix}.text`} label={labels.text!} error={errorOf('text')} required>
        {(control) => (
          <textarea
            {...control}
            rows={3}
            value={values.text}
            onChange={(event) => form.set('text', event.target.value)}
          />
        )}
      </Field>
      <div className="form__actions">
        <button type="submit" className="button" disabled={form.pending || values.memberState === ''}>
          {form.pending ? t('form.saving') : t('agenda.statementForm.submit')}
        </button>
      </div>
    </form>
  );
}

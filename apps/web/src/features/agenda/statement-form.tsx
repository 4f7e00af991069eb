import type { MemberState } from '@tansiq/api';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { STATEMENT_KINDS, type StatementKind } from '@tansiq/domain';
import { ErrorSummary, Field, type SummaryItem } from '../../components/form-fields.tsx';
import { MemberStateOptions } from '../../components/member-state-options.tsx';
import { WriteError } from '../../components/write-error.tsx';
import { addStatementBody, agendaIssues } from './agenda.ts';
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
  const [values, setValues] = useState(empty);
  const prefix = `statement-${decision}`;
  const labels: Record<string, string> = {
    memberState: t('agenda.statementForm.memberState'),
    kind: t('agenda.statementForm.kind'),
    text: t('agenda.statementForm.text'),
  };
  const summary: SummaryItem[] = agendaIssues(add.error, Object.keys(labels)).map((issue) => ({
    field: issue.field === null ? null : `${prefix}.${issue.field}`,
    label: issue.field === null ? null : (labels[issue.field] ?? null),
    message: t(issue.key),
  }));
  const errorOf = (field: string) => summary.find((item) => item.field === `${prefix}.${field}`)?.message;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    add.mutate(addStatementBody(values), { onSuccess: () => setValues(empty) });
  };
  const headingId = `${prefix}-heading`;
  return (
    <form className="form form--wide" onSubmit={submit} noValidate aria-labelledby={headingId}>
      <h5 id={headingId}>{t('agenda.statementForm.heading')}</h5>
      <ErrorSummary items={summary} title={t('form.problems', { count: summary.length })} error={add.error} />
      <WriteError error={summary.length === 0 ? add.error : null} />
      {only === '' && (
        <Field name={`${prefix}.memberState`} label={labels.memberState!} error={errorOf('memberState')} required>
          {(control) => (
            <select
              {...control}
              value={values.memberState}
              onChange={(event) => setValues((current) => ({ ...current, memberState: event.target.value }))}
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
                onChange={() => setValues((current) => ({ ...current, kind }))}
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
            onChange={(event) => setValues((current) => ({ ...current, text: event.target.value }))}
          />
        )}
      </Field>
      <div className="form__actions">
        <button type="submit" className="button" disabled={add.isPending || values.memberState === ''}>
          {add.isPending ? t('form.saving') : t('agenda.statementForm.submit')}
        </button>
      </div>
    </form>
  );
}

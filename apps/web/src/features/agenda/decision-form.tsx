import type { Vote } from '@tansiq/api';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { CONSENSUS_OUTCOMES, DECISION_METHODS } from '@tansiq/domain';
import { ErrorSummary, Field, type SummaryItem } from '../../components/form-fields.tsx';
import { WriteError } from '../../components/write-error.tsx';
import { inLanguage, languageName } from '../../lib/format.ts';
import { useLocale } from '../../lib/use-locale.ts';
import { agendaIssues, recordDecisionBody, type DecisionFormValues } from './agenda.ts';
import { useRecordDecision } from './agenda.queries.ts';

const EMPTY: DecisionFormValues = { method: 'consensus', outcome: 'adopted', vote: '', summary: { en: '', own: '' } };

/**
 * Records a decision on an agenda item (secretariat): by consensus with its outcome, or from a closed vote of the
 * meeting (the outcome and tally follow the vote). Refusals land on their field, translated.
 */
export function DecisionForm({
  meeting,
  agendaItem,
  itemNumber,
  votes,
}: {
  meeting: string;
  agendaItem: string;
  itemNumber: string;
  /** The closed votes a decision may follow. */
  votes: readonly Vote[];
}) {
  const { t } = useTranslation();
  const { language } = useLocale();
  const record = useRecordDecision(meeting, agendaItem);
  const [values, setValues] = useState<DecisionFormValues>(EMPTY);
  const prefix = `decision-${agendaItem}`;
  const labels: Record<string, string> = {
    outcome: t('agenda.decisionForm.outcome'),
    vote: t('agenda.decisionForm.vote'),
    'summary.en': t('agenda.decisionForm.summaryEn'),
  };
  if (language !== 'en') {
    labels[`summary.${language}`] = t('agenda.decisionForm.summaryOwn', { language: languageName(language, language) });
  }
  const issues = agendaIssues(record.error, Object.keys(labels));
  const summary: SummaryItem[] = issues.map((issue) => ({
    field: issue.field === null ? null : `${prefix}.${issue.field}`,
    label: issue.field === null ? null : (labels[issue.field] ?? null),
    message: t(issue.key),
  }));
  const errorOf = (field: string) => summary.find((item) => item.field === `${prefix}.${field}`)?.message;
  const set = <K extends keyof DecisionFormValues>(key: K, value: DecisionFormValues[K]) =>
    setValues((current) => ({ ...current, [key]: value }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    record.mutate(recordDecisionBody(values, language), { onSuccess: () => setValues(EMPTY) });
  };
  const headingId = `${prefix}-heading`;
  return (
    <form className="form form--wide" onSubmit={submit} noValidate aria-labelledby={headingId}>
      <h4 id={headingId}>{t('agenda.decisionForm.heading', { number: itemNumber })}</h4>
      <ErrorSummary items={summary} title={t('form.problems', { count: summary.length })} error={record.error} />
      <WriteError error={summary.length === 0 ? record.error : null} />
      <fieldset className="field choices">
        <legend className="field__label">{t('agenda.decisionForm.method')}</legend>
        <div className="choices__list">
          {DECISION_METHODS.map((method) => (
            <label key={method} className="choice">
              <input
                type="radio"
                name={`${prefix}-method`}
                value={method}
                checked={values.method === method}
                onChange={() => set('method', method)}
              />
              {t(`agenda.method.${method}`)}
            </label>
          ))}
        </div>
      </fieldset>
      {values.method === 'consensus' ? (
        <Field name={`${prefix}.outcome`} label={labels.outcome!} error={errorOf('outcome')} required>
          {(control) => (
            <select
              {...control}
              value={values.outcome}
              onChange={(event) => set('outcome', event.target.value as DecisionFormValues['outcome'])}
            >
              {CONSENSUS_OUTCOMES.map((outcome) => (
                <option key={outcome} value={outcome}>
                  {t(`agenda.outcome.${outcome}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
      ) : (
        <Field
          name={`${prefix}.vote`}
          label={labels.vote!}
          hint={votes.length === 0 ? t('agenda.decisionForm.noVotes') : t('agenda.decisionForm.voteHint')}
          error={errorOf('vote')}
          required
        >
          {(control) => (
            <select
              {...control}
              value={values.vote}
              disabled={votes.length === 0}
              onChange={(event) => set('vote', event.target.value)}
            >
              <option value="">{t('agenda.decisionForm.chooseVote')}</option>
              {votes.map((vote) => (
                <option key={vote.id} value={vote.id}>
                  {t('agenda.decisionForm.voteOption', {
                    number: vote.number,
                    title: inLanguage(vote.title, language),
                    result: vote.result ? t(`agenda.result.${vote.result.result}`) : '',
                  })}
                </option>
              ))}
            </select>
          )}
        </Field>
      )}
      <Field name={`${prefix}.summary.en`} label={labels['summary.en']!} error={errorOf('summary.en')} required>
        {(control) => (
          <textarea
            {...control}
            lang="en"
            dir="ltr"
            rows={3}
            value={values.summary.en}
            onChange={(event) => set('summary', { ...values.summary, en: event.target.value })}
          />
        )}
      </Field>
      {language !== 'en' && (
        <Field
          name={`${prefix}.summary.${language}`}
          label={labels[`summary.${language}`]!}
          error={errorOf(`summary.${language}`)}
        >
          {(control) => (
            <textarea
              {...control}
              rows={3}
              value={values.summary.own}
              onChange={(event) => set('summary', { ...values.summary, own: event.target.value })}
            />
          )}
        </Field>
      )}
      <div className="form__actions">
        <button
          type="submit"
          className="button"
          disabled={record.isPending || (values.method === 'vote' && values.vote === '')}
        >
          {record.isPending ? t('form.saving') : t('agenda.decisionForm.submit')}
        </button>
      </div>
    </form>
  );
}

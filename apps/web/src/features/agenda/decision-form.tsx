import type { Vote } from '@tansiq/api';
import { useTranslation } from 'react-i18next';
import { CONSENSUS_OUTCOMES, DECISION_METHODS } from '@tansiq/domain';
import { Field, FormErrors } from '../../components/form-fields.tsx';
import { useForm } from '../../components/use-form.ts';
import { inLanguage, languageName } from '../../lib/format.ts';
import { useLocale } from '../../lib/use-locale.ts';
import { agendaIssues, recordDecisionBody, type AgendaIssue, type DecisionFormValues } from './agenda.ts';
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
  const prefix = `decision-${agendaItem}`;
  const labels: Record<string, string> = {
    outcome: t('agenda.decisionForm.outcome'),
    vote: t('agenda.decisionForm.vote'),
    'summary.en': t('agenda.decisionForm.summaryEn'),
  };
  if (language !== 'en') {
    labels[`summary.${language}`] = t('agenda.decisionForm.summaryOwn', { language: languageName(language, language) });
  }
  const form = useForm<DecisionFormValues, string, AgendaIssue>({
    initial: EMPTY,
    submission: record,
    place: (error) => agendaIssues(error, Object.keys(labels)),
    message: (issue) => t(issue.key),
    label: (field) => labels[field] ?? null,
    name: (field) => `${prefix}.${field}`,
  });
  const { values, set, errorOf } = form;

  const submit = form.onSubmit(() =>
    record.mutate(recordDecisionBody(values, language), { onSuccess: () => form.reset() }),
  );
  const headingId = `${prefix}-heading`;
  return (
    <form className="form form--wide" onSubmit={submit} noValidate aria-labelledby={headingId}>
      <h4 id={headingId}>{t('agenda.decisionForm.heading', { number: itemNumber })}</h4>
      <FormErrors form={form} />
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
          disabled={form.pending || (values.method === 'vote' && values.vote === '')}
        >
          {form.pending ? t('form.saving') : t('agenda.decisionForm.submit')}
        </button>
      </div>
    </form>
  );
}

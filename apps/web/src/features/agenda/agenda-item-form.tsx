import type { ContributionSummary } from '@tansiq/api';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { Field, fieldId, FormErrors } from '../../components/form-fields.tsx';
import { useForm } from '../../components/use-form.ts';
import { directionOf } from '../../i18n/languages.ts';
import { languageName } from '../../lib/format.ts';
import { useLocale } from '../../lib/use-locale.ts';
import { DocumentSymbol } from '../contributions/contribution-labels.tsx';
import { agendaIssues, localizedBody, type AgendaIssue } from './agenda.ts';
import { useCreateAgendaItem } from './agenda.queries.ts';

type Summary = z.infer<typeof ContributionSummary>;

const EMPTY = { number: '', title: { en: '', own: '' }, documents: [] as string[] };

/** Adds an item to the agenda (secretariat): its number, its title, and the meeting's documents it covers. */
export function AgendaItemForm({ meeting, documents }: { meeting: string; documents: readonly Summary[] }) {
  const { t } = useTranslation();
  const { language } = useLocale();
  const create = useCreateAgendaItem(meeting);
  const labels: Record<string, string> = {
    number: t('agenda.itemForm.number'),
    'title.en': t('agenda.itemForm.titleEn'),
    documents: t('agenda.itemForm.documents'),
  };
  if (language !== 'en') {
    labels[`title.${language}`] = t('agenda.itemForm.titleOwn', { language: languageName(language, language) });
  }
  const form = useForm<typeof EMPTY, string, AgendaIssue>({
    initial: EMPTY,
    submission: create,
    place: (error) => agendaIssues(error, Object.keys(labels)),
    message: (issue) => t(issue.key),
    label: (field) => labels[field] ?? null,
  });
  const { values, setValues, errorOf } = form;
  const linkable = documents.filter((document) => document.symbol !== null && document.status !== 'withdrawn');

  const submit = form.onSubmit(() =>
    create.mutate(
      { number: values.number, title: localizedBody(values.title, language), documents: values.documents },
      { onSuccess: () => form.reset() },
    ),
  );
  const toggle = (id: string, checked: boolean) =>
    setValues((current) => ({
      ...current,
      documents: checked ? [...current.documents, id] : current.documents.filter((candidate) => candidate !== id),
    }));
  return (
    <form className="form form--wide" onSubmit={submit} noValidate aria-labelledby="agenda-item-form-heading">
      <h2 id="agenda-item-form-heading">{t('agenda.itemForm.heading')}</h2>
      <FormErrors form={form} />
      <Field
        name="number"
        label={labels.number!}
        hint={t('agenda.itemForm.numberHint')}
        error={errorOf('number')}
        required
      >
        {(control) => (
          <input
            {...control}
            dir="ltr"
            value={values.number}
            onChange={(event) => form.set('number', event.target.value)}
          />
        )}
      </Field>
      <Field name="title.en" label={labels['title.en']!} error={errorOf('title.en')} required>
        {(control) => (
          <input
            {...control}
            lang="en"
            dir="ltr"
            value={values.title.en}
            onChange={(event) =>
              setValues((current) => ({ ...current, title: { ...current.title, en: event.target.value } }))
            }
          />
        )}
      </Field>
      {language !== 'en' && (
        <Field name={`title.${language}`} label={labels[`title.${language}`]!} error={errorOf(`title.${language}`)}>
          {(control) => (
            <input
              {...control}
              lang={language}
              dir={directionOf(language)}
              value={values.title.own}
              onChange={(event) =>
                setValues((current) => ({ ...current, title: { ...current.title, own: event.target.value } }))
              }
            />
          )}
        </Field>
      )}
      <fieldset className={errorOf('documents') ? 'field field--invalid choices' : 'field choices'}>
        <legend className="field__label">{labels.documents}</legend>
        {errorOf('documents') && <p className="field__error">{errorOf('documents')}</p>}
        {linkable.length === 0 ? (
          <p className="field__hint">{t('agenda.itemForm.noDocuments')}</p>
        ) : (
          <div className="choices__list">
            {linkable.map((document, index) => (
              <label key={document.id} className="choice">
                <input
                  type="checkbox"
                  id={index === 0 ? fieldId('documents') : undefined}
                  checked={values.documents.includes(document.id)}
                  onChange={(event) => toggle(document.id, event.target.checked)}
                />
                <DocumentSymbol symbol={document.symbol} />
              </label>
            ))}
          </div>
        )}
      </fieldset>
      <div className="form__actions">
        <button type="submit" className="button" disabled={form.pending}>
          {form.pending ? t('form.saving') : t('agenda.itemForm.submit')}
        </button>
      </div>
    </form>
  );
}

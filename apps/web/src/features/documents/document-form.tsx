import { ApiError, type Meeting } from '@tansiq/api';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorSummary, Field, type SummaryItem } from '../../components/form-fields.tsx';
import { WriteError } from '../../components/write-error.tsx';
import { directionOf } from '../../i18n/languages.ts';
import { issueKey, needsSignIn } from '../../lib/api-errors.ts';
import { languageName } from '../../lib/format.ts';
import { useLocale } from '../../lib/use-locale.ts';
import {
  ACCESS_LEVELS,
  SECRETARIAT_SERIES,
  blankDocument,
  createDocumentBody,
  documentField,
  TARGET_BODY_CHOICES,
  type DocumentFormValues,
} from './document-form.ts';
import { useCreateDocument } from './documents.queries.ts';

type FieldName = Exclude<keyof DocumentFormValues, 'targetBodyChoice'>;

/** The issues of a failed registration on the form's fields (or on the form, when they name none). */
function placedIssues(error: unknown, originalLanguage: DocumentFormValues['originalLanguage']) {
  if (!(error instanceof ApiError) || needsSignIn(error) || error.status >= 500) {
    return [];
  }
  return error.issues.map((issue) => ({
    field: documentField(issue.path, originalLanguage) as FieldName | null,
    key: issueKey(issue.code),
  }));
}

/**
 * The secretariat's form to register an INF, DT or DL document of a meeting: series, original language, title in
 * it (and in English, which every document has), target body, access. The document is numbered at once.
 */
export function RegisterDocumentForm({ meeting, onDone }: { meeting: Meeting; onDone: () => void }) {
  const { t } = useTranslation();
  const { language } = useLocale();
  const create = useCreateDocument();
  const [values, setValues] = useState<DocumentFormValues>(() => blankDocument(meeting, language));
  const set = (field: keyof DocumentFormValues) => (event: { target: { value: string } }) =>
    setValues((current) => ({ ...current, [field]: event.target.value }));
  const placed = placedIssues(create.error, values.originalLanguage);
  const labelOf = (field: FieldName) =>
    field === 'title'
      ? t('documents.register.titleIn', { language: languageName(language, values.originalLanguage) })
      : t(`documents.register.fields.${field}`);
  const errorOf = (field: FieldName) => {
    const issue = placed.find((candidate) => candidate.field === field);
    return issue ? t(`issues.${issue.key}`) : undefined;
  };
  const summary: SummaryItem[] = placed.map((issue) => ({
    field: issue.field,
    label: issue.field === null ? null : labelOf(issue.field),
    message: t(`issues.${issue.key}`),
  }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate(createDocumentBody(meeting.code, values), { onSuccess: onDone });
  };

  return (
    <form className="form form--wide" onSubmit={submit} noValidate aria-labelledby="register-document-heading">
      <h3 id="register-document-heading">{t('documents.register.heading')}</h3>
      <ErrorSummary items={summary} title={t('form.problems', { count: summary.length })} error={create.error} />
      <WriteError error={placed.length === 0 ? create.error : null} />
      <div className="form__row">
        <Field name="series" label={labelOf('series')} required>
          {(control) => (
            <select {...control} value={values.series} onChange={set('series')}>
              {SECRETARIAT_SERIES.map((series) => (
                <option key={series} value={series}>
                  {t(`documents.register.series.${series}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field name="originalLanguage" label={labelOf('originalLanguage')} error={errorOf('originalLanguage')} required>
          {(control) => (
            <select {...control} value={values.originalLanguage} onChange={set('originalLanguage')}>
              {meeting.languages.map((code) => (
                <option key={code} value={code}>
                  {languageName(language, code)}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <Field name="title" label={labelOf('title')} error={errorOf('title')} required>
        {(control) => (
          <input
            {...control}
            lang={values.originalLanguage}
            dir={directionOf(values.originalLanguage)}
            value={values.title}
            onChange={set('title')}
          />
        )}
      </Field>
      {values.originalLanguage !== 'en' && (
        <Field
          name="titleEn"
          label={labelOf('titleEn')}
          hint={t('documents.register.hints.titleEn')}
          error={errorOf('titleEn')}
          required
        >
          {(control) => <input {...control} lang="en" dir="ltr" value={values.titleEn} onChange={set('titleEn')} />}
        </Field>
      )}
      <div className="form__row">
        <Field
          name="targetBodyChoice"
          label={labelOf('targetBody')}
          error={values.targetBodyChoice === 'other' ? undefined : errorOf('targetBody')}
          required
        >
          {(control) => (
            <select {...control} value={values.targetBodyChoice} onChange={set('targetBodyChoice')}>
              {TARGET_BODY_CHOICES.map(({ value, body }) => (
                <option key={value} value={value}>
                  {body.kind === 'plenary'
                    ? t('documents.register.targetBodies.plenary')
                    : t('documents.register.targetBodies.committee', { number: body.number })}
                </option>
              ))}
              <option value="other">{t('documents.register.targetBodies.other')}</option>
            </select>
          )}
        </Field>
        {values.targetBodyChoice === 'other' && (
          <Field
            name="targetBody"
            label={t('documents.register.targetBodies.otherName')}
            error={errorOf('targetBody')}
            required
          >
            {(control) => (
              <input
                {...control}
                lang={values.originalLanguage}
                dir={directionOf(values.originalLanguage)}
                value={values.targetBody}
                onChange={set('targetBody')}
              />
            )}
          </Field>
        )}
        <Field name="access" label={labelOf('access')} error={errorOf('access')} required>
          {(control) => (
            <select {...control} value={values.access} onChange={set('access')}>
              {ACCESS_LEVELS.map((access) => (
                <option key={access} value={access}>
                  {t(`documents.register.access.${access}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <div className="form__actions">
        <button type="submit" className="button" disabled={create.isPending}>
          {create.isPending ? t('form.saving') : t('documents.register.submit')}
        </button>
        <button type="button" className="button button--secondary" onClick={onDone}>
          {t('form.cancel')}
        </button>
      </div>
    </form>
  );
}

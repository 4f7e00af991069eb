import { ApiError, type Meeting } from '@tansiq/api';
import { useTranslation } from 'react-i18next';
import { Field, FormErrors } from '../../components/form-fields.tsx';
import { useForm } from '../../components/use-form.ts';
import { directionOf } from '../../i18n/languages.ts';
import { issueKey, needsSignIn, type PlacedIssue } from '../../lib/api-errors.ts';
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
function placedIssues(
  error: unknown,
  originalLanguage: DocumentFormValues['originalLanguage'],
): PlacedIssue<FieldName>[] {
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
  const labelOf = (field: FieldName, values: Pick<DocumentFormValues, 'originalLanguage'>) =>
    field === 'title'
      ? t('documents.register.titleIn', { language: languageName(language, values.originalLanguage) })
      : t(`documents.register.fields.${field}`);
  const form = useForm<DocumentFormValues, FieldName, PlacedIssue<FieldName>>({
    initial: () => blankDocument(meeting, language),
    submission: create,
    place: (error, values) => placedIssues(error, values.originalLanguage),
    message: (issue) => t(`issues.${issue.key}`),
    label: labelOf,
  });
  const { values, errorOf, input: set } = form;

  const submit = form.onSubmit(() => create.mutate(createDocumentBody(meeting.code, values), { onSuccess: onDone }));

  return (
    <form className="form form--wide" onSubmit={submit} noValidate aria-labelledby="register-document-heading">
      <h3 id="register-document-heading">{t('documents.register.heading')}</h3>
      <FormErrors form={form} />
      <div className="form__row">
        <Field name="series" label={labelOf('series', values)} required>
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
        <Field
          name="originalLanguage"
          label={labelOf('originalLanguage', values)}
          error={errorOf('originalLanguage')}
          required
        >
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
      <Field name="title" label={labelOf('title', values)} error={errorOf('title')} required>
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
          label={labelOf('titleEn', values)}
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
          label={labelOf('targetBody', values)}
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
        <Field name="access" label={labelOf('access', values)} error={errorOf('access')} required>
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
        <button type="submit" className="button" disabled={form.pending}>
          {form.pending ? t('form.saving') : t('documents.register.submit')}
        </button>
        <button type="button" className="button button--secondary" onClick={onDone}>
          {t('form.cancel')}
        </button>
      </div>
    </form>
  );
}

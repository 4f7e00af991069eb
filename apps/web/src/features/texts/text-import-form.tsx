import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { TEXT_LANGUAGES, type TextLanguage, VERSION_STATUSES, type VersionStatus } from '@tansiq/domain';
import { Field, FormErrors } from '../../components/form-fields.tsx';
import { useForm } from '../../components/use-form.ts';
import { languageName } from '../../lib/format.ts';
import { useLocale } from '../../lib/use-locale.ts';
import { textFileMediaType } from '../documents/document-files.ts';
import { importIssues, type ImportIssue, type TextImportField } from './text-import.ts';
import { useImportTextFile } from './texts.queries.ts';

interface Values {
  versionLabel: string;
  language: '' | TextLanguage;
  status: VersionStatus;
  adoptedAtMeeting: string;
}

/**
 * The secretariat's import of a text into the library: a `.txt` or `.docx` file in ITU layout, the version it is
 * of, its language (detected when not given), status and meeting of adoption. The server reads it as
 * `tansiq text import` does; a text it cannot read is refused with the line and the reason.
 */
export function TextImportForm({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation();
  const { language: uiLanguage } = useLocale();
  const importText = useImportTextFile();
  const fileInput = useRef<HTMLInputElement>(null);
  const [stored, setStored] = useState<{ versionId: string; language: string; created: boolean } | null>(null);
  const labelOf = (field: TextImportField) => t(`textImport.fields.${field}`);
  const form = useForm<Values, TextImportField, ImportIssue>({
    initial: { versionLabel: '', language: '', status: 'in-force', adoptedAtMeeting: '' },
    submission: importText,
    place: importIssues,
    message: (issue) =>
      issue.kind === 'line'
        ? t('textImport.line', { line: issue.line, reason: issue.reason })
        : issue.kind === 'provision'
          ? t('textImport.provision', { provision: issue.provision, reason: issue.reason })
          : t(`issues.${issue.key}`),
    label: labelOf,
  });
  const { values, errorOf, input: set } = form;

  const submit = form.onSubmit(() => {
    setStored(null);
    const file = fileInput.current?.files?.[0];
    const mediaType = file === undefined ? null : textFileMediaType(file.name);
    if (file === undefined || mediaType === null) {
      importText.reset();
      form.found([{ field: 'file', kind: 'issue', key: file === undefined ? 'required' : 'unsupported_media_type' }]);
      return;
    }
    const label = values.versionLabel.trim();
    importText.mutate(
      {
        file,
        mediaType,
        query: {
          versionLabel: label,
          status: values.status,
          ...(values.language === '' ? {} : { language: values.language }),
          ...(values.adoptedAtMeeting.trim() === '' ? {} : { adoptedAtMeeting: values.adoptedAtMeeting.trim() }),
        },
      },
      { onSuccess: (result) => setStored(result) },
    );
  });

  return (
    <form className="form form--wide" onSubmit={submit} noValidate aria-labelledby="text-import-heading">
      <h2 id="text-import-heading">{t('textImport.heading')}</h2>
      <p>{t('textImport.intro')}</p>
      <FormErrors form={form} />
      {stored !== null && (
        <p className="notice notice--success" role="status">
          {stored.created ? t('textImport.storedNew') : t('textImport.storedLanguage')}{' '}
          <Link to={`/texts/versions/${encodeURIComponent(stored.versionId)}`}>
            {t('textImport.read', { language: languageName(uiLanguage, stored.language) })}
          </Link>
        </p>
      )}
      <Field name="file" label={labelOf('file')} hint={t('textImport.hints.file')} error={errorOf('file')} required>
        {(control) => (
          <input
            {...control}
            ref={fileInput}
            type="file"
            accept=".txt,.docx,text/plain,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
            onChange={form.clearFound}
          />
        )}
      </Field>
      <div className="form__row">
        <Field
          name="versionLabel"
          label={labelOf('versionLabel')}
          hint={t('textImport.hints.versionLabel')}
          error={errorOf('versionLabel')}
          required
        >
          {(control) => <input {...control} dir="ltr" value={values.versionLabel} onChange={set('versionLabel')} />}
        </Field>
        <Field name="language" label={labelOf('language')} error={errorOf('language')}>
          {(control) => (
            <select {...control} value={values.language} onChange={set('language')}>
              <option value="">{t('textImport.detect')}</option>
              {TEXT_LANGUAGES.map((code) => (
                <option key={code} value={code}>
                  {languageName(uiLanguage, code)}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <div className="form__row">
        <Field name="status" label={labelOf('status')} error={errorOf('status')}>
          {(control) => (
            <select {...control} value={values.status} onChange={set('status')}>
              {VERSION_STATUSES.map((status) => (
                <option key={status} value={status}>
                  {t(`texts.status.${status}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field
          name="adoptedAtMeeting"
          label={labelOf('adoptedAtMeeting')}
          hint={t('textImport.hints.adoptedAtMeeting')}
          error={errorOf('adoptedAtMeeting')}
        >
          {(control) => (
            <input {...control} dir="ltr" value={values.adoptedAtMeeting} onChange={set('adoptedAtMeeting')} />
          )}
        </Field>
      </div>
      <div className="form__actions">
        <button type="submit" className="button" disabled={form.pending}>
          {form.pending ? t('textImport.importing') : t('textImport.submit')}
        </button>
        <button type="button" className="button button--secondary" onClick={onDone}>
          {t('textImport.close')}
        </button>
      </div>
    </form>
  );
}

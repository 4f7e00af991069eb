import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { TEXT_LANGUAGES, type TextLanguage, VERSION_STATUSES, type VersionStatus } from '@tansiq/domain';
import { ErrorSummary, Field, type SummaryItem } from '../../components/form-fields.tsx';
import { WriteError } from '../../components/write-error.tsx';
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
  const [values, setValues] = useState<Values>({
    versionLabel: '',
    language: '',
    status: 'in-force',
    adoptedAtMeeting: '',
  });
  const [localIssue, setLocalIssue] = useState<ImportIssue | null>(null);
  const [stored, setStored] = useState<{ versionId: string; language: string; created: boolean } | null>(null);
  const set = (field: keyof Values) => (event: { target: { value: string } }) =>
    setValues((current) => ({ ...current, [field]: event.target.value }));

  const issues = localIssue === null ? importIssues(importText.error) : [localIssue];
  const messageOf = (issue: ImportIssue) =>
    issue.kind === 'line'
      ? t('textImport.line', { line: issue.line, reason: issue.reason })
      : issue.kind === 'provision'
        ? t('textImport.provision', { provision: issue.provision, reason: issue.reason })
        : t(`issues.${issue.key}`);
  const labelOf = (field: TextImportField) => t(`textImport.fields.${field}`);
  const errorOf = (field: TextImportField) => {
    const issue = issues.find((candidate) => candidate.field === field);
    return issue ? messageOf(issue) : undefined;
  };
  const summary: SummaryItem[] = issues.map((issue) => ({
    field: issue.field,
    label: issue.field === null ? null : labelOf(issue.field),
    message: messageOf(issue),
  }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setStored(null);
    const file = fileInput.current?.files?.[0];
    const mediaType = file === undefined ? null : textFileMediaType(file.name);
    if (file === undefined || mediaType === null) {
      importText.reset();
      setLocalIssue({ field: 'file', kind: 'issue', key: file === undefined ? 'required' : 'unsupported_media_type' });
      return;
    }
    setLocalIssue(null);
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
  };

  return (
    <form className="form form--wide" onSubmit={submit} noValidate aria-labelledby="text-import-heading">
      <h2 id="text-import-heading">{t('textImport.heading')}</h2>
      <p>{t('textImport.intro')}</p>
      <ErrorSummary
        items={summary}
        title={t('form.problems', { count: summary.length })}
        error={localIssue ?? importText.error}
      />
      <WriteError error={issues.length === 0 ? importText.error : null} />
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
            onChange={() => setLocalIssue(null)}
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
        <button type="submit" className="button" disabled={importText.isPending}>
          {importText.isPending ? t('textImport.importing') : t('textImport.submit')}
        </button>
        <button type="button" className="button button--secondary" onClick={onDone}>
          {t('textImport.close')}
        </button>
      </div>
    </form>
  );
}

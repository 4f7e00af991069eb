import { ApiError, type ContributionSummary, type DocumentFile } from '@tansiq/api';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { Field } from '../../components/form-fields.tsx';
import { WriteError } from '../../components/write-error.tsx';
import { api } from '../../lib/api.ts';
import { issueKey, needsSignIn, type TranslatedIssueCode } from '../../lib/api-errors.ts';
import { ZonedTime } from '../../components/zoned-time.tsx';
import { languageName } from '../../lib/format.ts';
import { useLocale } from '../../lib/use-locale.ts';
import { documentMediaType, formatFileSize, sortVersions } from './document-files.ts';
import { useUploadDocumentFile } from './documents.queries.ts';

type Summary = z.infer<typeof ContributionSummary>;

/** A document's language versions, each a download named by its language and its symbol in that language. */
export function LanguageVersions({ document }: { document: Pick<Summary, 'id' | 'files'> }) {
  const { t } = useTranslation();
  const { language, locale } = useLocale();
  if (document.files.length === 0) {
    return <span className="muted">{t('documents.versions.none')}</span>;
  }
  return (
    <ul className="language-versions">
      {sortVersions(document.files).map((file) => (
        <li key={file.language} data-version={file.language}>
          <a href={api.documentFileUrl(document.id, file.language)} download={file.fileName} lang={file.language}>
            {languageName(language, file.language)}
          </a>{' '}
          <bdi className="symbol" dir="ltr">
            {file.symbol ?? file.fileName}
          </bdi>
          <span className="muted">
            {' '}
            {file.original && `${t('contribution.originalMark')} `}
            {t('documents.versions.details', {
              size: formatFileSize(locale, file.size),
              kind: file.mediaType === 'application/pdf' ? 'PDF' : 'Word',
            })}{' '}
            <ZonedTime instant={file.uploadedAt} />
          </span>
        </li>
      ))}
    </ul>
  );
}

/** Where an upload's refusal lands: the file, the language, or the form as a whole. */
function uploadIssue(
  error: unknown,
): { field: 'file' | 'language' | null; key: TranslatedIssueCode | 'generic' } | null {
  if (!(error instanceof ApiError) || needsSignIn(error) || error.status >= 500) {
    return null;
  }
  const issue = error.issues[0];
  const path = issue?.path.map(String) ?? [];
  if (path[0] === 'file' || path.includes('content-type') || error.code === 'file_too_large') {
    return { field: 'file', key: issueKey(issue?.code ?? error.code) };
  }
  if (path.includes('language')) {
    return { field: 'language', key: issueKey(issue?.code) };
  }
  return null;
}

/**
 * Uploads a language version (`.docx` or PDF) of a document in one of `languages`; it replaces the current one.
 * The file's kind is told from its extension, as the server expects it.
 */
export function UploadVersionForm({
  document,
  languages,
}: {
  document: Pick<Summary, 'id' | 'originalLanguage'>;
  languages: readonly DocumentFile['language'][];
}) {
  const { t } = useTranslation();
  const { language: uiLanguage } = useLocale();
  const upload = useUploadDocumentFile(document.id);
  const [language, setLanguage] = useState(
    languages.includes(document.originalLanguage) ? document.originalLanguage : languages[0]!,
  );
  const [localError, setLocalError] = useState<'required' | 'unsupported_media_type' | null>(null);
  const [done, setDone] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);
  const placed = uploadIssue(upload.error);
  const fileError = localError ?? (placed?.field === 'file' ? placed.key : null);
  const languageError = placed?.field === 'language' ? placed.key : null;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setDone(false);
    const file = fileInput.current?.files?.[0];
    if (file === undefined) {
      setLocalError('required');
      return;
    }
    const mediaType = documentMediaType(file.name);
    if (mediaType === null) {
      setLocalError('unsupported_media_type');
      return;
    }
    setLocalError(null);
    upload.mutate(
      { file, language, mediaType },
      {
        onSuccess: () => {
          setDone(true);
          if (fileInput.current) {
            fileInput.current.value = '';
          }
        },
      },
    );
  };

  return (
    <form className="upload-version" onSubmit={submit} noValidate>
      <Field
        name={`${document.id}.language`}
        label={t('documents.versions.language')}
        error={languageError ? t(`issues.${languageError}`) : undefined}
      >
        {(control) => (
          <select
            {...control}
            value={language}
            onChange={(event) => setLanguage(event.target.value as typeof language)}
          >
            {languages.map((code) => (
              <option key={code} value={code}>
                {languageName(uiLanguage, code)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field
        name={`${document.id}.file`}
        label={t('documents.versions.file')}
        hint={t('documents.versions.fileHint')}
        error={fileError ? t(`issues.${fileError}`) : undefined}
        required
      >
        {(control) => (
          <input
            {...control}
            ref={fileInput}
            type="file"
            accept=".docx,.pdf,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
            onChange={() => setLocalError(null)}
          />
        )}
      </Field>
      <button type="submit" className="button button--small" disabled={upload.isPending}>
        {upload.isPending ? t('documents.versions.uploading') : t('documents.versions.upload')}
      </button>
      <WriteError error={placed === null ? upload.error : null} />
      <p className="visually-hidden" role="status">
        {done ? t('documents.versions.uploaded', { language: languageName(uiLanguage, language) }) : ''}
      </p>
    </form>
  );
}

import type { ContributionSummary, User } from '@tansiq/api';
import {
  canDraft,
  canPublish,
  canRegisterDocuments,
  canTranslate,
  canWithdrawDocument,
  uploadLanguages,
} from '@tansiq/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { z } from 'zod';
import { LocalizedText } from '../components/localized-text.tsx';
import { QueriesStatus } from '../components/query-state.tsx';
import { useDocumentTitle } from '../components/use-document-title.ts';
import { meetingZone, withPageZone } from '../components/zoned-time.tsx';
import { useCurrentUser } from '../features/auth/session.queries.ts';
import {
  contributionPath,
  DocumentSymbol,
  DocumentTitleText,
  SourceName,
  StatusBadge,
  TimingBadge,
  type SourceNames,
} from '../features/contributions/contribution-labels.tsx';
import { useContributions } from '../features/contributions/contributions.queries.ts';
import { PublishButton, WithdrawButton } from '../features/documents/document-actions.tsx';
import { RegisterDocumentForm } from '../features/documents/document-form.tsx';
import { LanguageVersions, UploadVersionForm } from '../features/documents/language-versions.tsx';
import { DeadlineList } from '../features/meetings/deadline-list.tsx';
import { useMeeting } from '../features/meetings/meetings.queries.ts';
import { useMemberStates, useOrganizations } from '../features/registry/registry.queries.ts';
import { LanguageStatusSummary } from '../features/translations/translation-labels.tsx';
import { translationQueuePath } from '../features/translations/translations.ts';
import { inLanguage } from '../lib/format.ts';
import { useLocale } from '../lib/use-locale.ts';

type Summary = z.infer<typeof ContributionSummary>;

/** Submitted documents by number, then drafts (newest last), as a meeting's list of documents reads. */
function byNumber(documents: readonly Summary[]): Summary[] {
  const collator = new Intl.Collator('en', { numeric: true });
  return [...documents].sort((a, b) => {
    if ((a.symbol === null) !== (b.symbol === null)) {
      return a.symbol === null ? 1 : -1;
    }
    return collator.compare(a.symbol ?? a.submittedAt ?? '', b.symbol ?? b.submittedAt ?? '');
  });
}

/** A document's language versions (files, then each language's translation), and the upload for those who may. */
function VersionsCell({ document, user }: { document: Summary; user: User | null | undefined }) {
  const { t } = useTranslation();
  const languages = uploadLanguages(user, document);
  return (
    <>
      <LanguageVersions document={document} />
      {document.status !== 'draft' && <LanguageStatusSummary document={document} user={user} />}
      {languages.length > 0 && (
        <details className="upload-details">
          <summary>{t('documents.versions.uploadSummary')}</summary>
          <UploadVersionForm document={document} languages={languages} />
        </details>
      )}
    </>
  );
}

/** Publish and withdraw, under the status they change, for those who may. */
function ActionsCell({ document, user }: { document: Summary; user: User | null | undefined }) {
  if (!canPublish(user, document) && !canWithdrawDocument(user, document)) {
    return null;
  }
  return (
    <div className="document-actions">
      {canPublish(user, document) && <PublishButton document={document} />}
      {canWithdrawDocument(user, document) && <WithdrawButton document={document} />}
    </div>
  );
}

function DocumentsTable({
  documents,
  names,
  user,
}: {
  documents: readonly Summary[];
  names: SourceNames;
  user: User | null | undefined;
}) {
  const { t } = useTranslation();
  return (
    <div className="table-scroll">
      <table className="table documents">
        <caption className="visually-hidden">{t('documents.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('documents.document')}</th>
            <th scope="col">{t('documents.title')}</th>
            <th scope="col">{t('documents.source')}</th>
            <th scope="col">{t('documents.status')}</th>
            <th scope="col">{t('documents.timing')}</th>
            <th scope="col">{t('documents.proposals')}</th>
            <th scope="col">{t('documents.versions.heading')}</th>
          </tr>
        </thead>
        <tbody>
          {byNumber(documents).map((document) => (
            <tr key={document.id} data-document-id={document.id} data-status={document.status}>
              <th scope="row">
                <Link to={contributionPath(document.id)}>
                  <DocumentSymbol symbol={document.symbol} />
                </Link>
              </th>
              <td>
                <DocumentTitleText document={document} />
              </td>
              <td>
                <SourceName source={document.source} names={names} />
              </td>
              <td>
                <StatusBadge status={document.status} />
                <ActionsCell document={document} user={user} />
              </td>
              <td>
                {document.timing === null ? <span className="muted">–</span> : <TimingBadge timing={document.timing} />}
              </td>
              <td className="documents__count">{document.proposalCount}</td>
              <td>
                <VersionsCell document={document} user={user} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** `/meetings/:code/documents`: a meeting's documents with their symbols and timing; "New contribution". */
export function MeetingDocumentsPage() {
  const { t } = useTranslation();
  const { language } = useLocale();
  const { code = '' } = useParams();
  const meeting = useMeeting(code);
  const documents = useContributions(code);
  const memberStates = useMemberStates();
  const organizations = useOrganizations();
  const user = useCurrentUser();
  const [registering, setRegistering] = useState(false);
  const title = meeting.data ? inLanguage(meeting.data.title, language) : t('documents.pageTitle');
  useDocumentTitle(t('documents.documentTitle', { meeting: title }));

  if (!meeting.data || !documents.data || !memberStates.data || !organizations.data) {
    return <QueriesStatus queries={[meeting, documents, memberStates, organizations]} />;
  }
  const names = { memberStates: memberStates.data, organizations: organizations.data };
  return withPageZone(
    meetingZone(meeting.data),
    <>
      <div className="page-intro">
        <div className="record__heading">
          <h1>{t('documents.heading')}</h1>
          {canRegisterDocuments(user) && !registering && (
            <button type="button" className="button button--secondary" onClick={() => setRegistering(true)}>
              {t('documents.register.open')}
            </button>
          )}
          {canTranslate(user) && (
            <Link className="button button--secondary" to={translationQueuePath(meeting.data.code)}>
              {t('translations.queue.heading')}
            </Link>
          )}
          {canDraft(user) && (
            <Link
              className="button"
              to={`/contributions/new?${new URLSearchParams({ meeting: meeting.data.code }).toString()}`}
            >
              {t('documents.new')}
            </Link>
          )}
        </div>
        <p>
          <Link to={`/meetings/${encodeURIComponent(meeting.data.code)}`}>
            <LocalizedText text={meeting.data.title} />
          </Link>
        </p>
      </div>
      {registering && canRegisterDocuments(user) && (
        <section className="record__section">
          <RegisterDocumentForm meeting={meeting.data} onDone={() => setRegistering(false)} />
        </section>
      )}
      {meeting.data.deadlines.length > 0 && (
        <section className="record__section" aria-labelledby="deadlines-heading">
          <h2 id="deadlines-heading">{t('deadline.heading')}</h2>
          <DeadlineList deadlines={meeting.data.deadlines} />
        </section>
      )}
      <section className="record__section" aria-labelledby="documents-heading">
        <h2 id="documents-heading">{t('documents.list', { count: documents.data.length })}</h2>
        {documents.data.length === 0 ? (
          <p className="notice">{t('documents.none')}</p>
        ) : (
          <DocumentsTable documents={documents.data} names={names} user={user} />
        )}
      </section>
    </>,
  );
}

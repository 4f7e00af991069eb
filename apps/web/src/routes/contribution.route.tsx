import type { Contribution, Meeting } from '@tansiq/api';
import { targetBodyIn, canEdit, uploadLanguages, TEXT_LANGUAGES } from '@tansiq/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { LocalizedText } from '../components/localized-text.tsx';
import { Loading, QueriesStatus } from '../components/query-state.tsx';
import { useDocumentTitle } from '../components/use-document-title.ts';
import { meetingZone, withPageZone, ZonedTime } from '../components/zoned-time.tsx';
import { useCurrentUser } from '../features/auth/session.queries.ts';
import {
  documentsPath,
  DocumentSymbol,
  documentTitleText,
  DocumentTitleText,
  SourceName,
  StatusBadge,
  TimingBadge,
  type SourceNames,
} from '../features/contributions/contribution-labels.tsx';
import { useContribution } from '../features/contributions/contributions.queries.ts';
import { ProposalEditor } from '../features/contributions/proposal-editor.tsx';
import { PROPOSALS_HEADING, ProposalList } from '../features/contributions/proposal-list.tsx';
import { Signatories } from '../features/contributions/signatories.tsx';
import { SubmissionResult, SubmitPanel } from '../features/contributions/submit-panel.tsx';
import { LanguageVersions, UploadVersionForm } from '../features/documents/language-versions.tsx';
import { useMeeting } from '../features/meetings/meetings.queries.ts';
import { useMemberStates, useOrganizations } from '../features/registry/registry.queries.ts';
import { useAllInstruments, useInstrumentVersions } from '../features/texts/texts.queries.ts';
import { LanguageStatuses } from '../features/translations/translation-labels.tsx';
import { api } from '../lib/api.ts';
import { languageName } from '../lib/format.ts';
import { useServerClock } from '../lib/server-clock.ts';
import { useLocale } from '../lib/use-locale.ts';

/** The languages the Word export prints its labels in (the text languages); the document's own comes first. */
const EXPORT_LANGUAGES = TEXT_LANGUAGES;

/** The header's facts: meeting, source, original language, status and timing, target body. */
function ContributionFacts({
  contribution,
  meeting,
  names,
}: {
  contribution: Contribution;
  meeting: Meeting;
  names: SourceNames;
}) {
  const { t } = useTranslation();
  const { language } = useLocale();
  return (
    <dl className="facts">
      <div className="facts__wide">
        <dt>{t('contribution.meeting')}</dt>
        <dd>
          <Link to={documentsPath(meeting.code)}>
            <LocalizedText text={meeting.title} />
          </Link>
        </dd>
      </div>
      <div>
        <dt>{t('contribution.source')}</dt>
        <dd data-fact="source">
          <SourceName source={contribution.source} names={names} />
        </dd>
      </div>
      <div>
        <dt>{t('contribution.originalLanguage')}</dt>
        <dd>{languageName(language, contribution.originalLanguage)}</dd>
      </div>
      <div>
        <dt>{t('contribution.statusLabel')}</dt>
        <dd>
          <StatusBadge status={contribution.status} />
        </dd>
      </div>
      <div>
        <dt>{t('contribution.timingLabel')}</dt>
        <dd data-fact="timing">
          {contribution.timing === null ? (
            <span className="muted">{t('contribution.notSubmitted')}</span>
          ) : (
            <>
              <TimingBadge timing={contribution.timing} />
              {contribution.submittedAt !== null && (
                <>
                  {' '}
                  <ZonedTime className="muted" instant={contribution.submittedAt} />
                </>
              )}
            </>
          )}
        </dd>
      </div>
      <div>
        <dt>{t('contribution.targetBody')}</dt>
        <dd data-fact="target-body">
          <bdi>{targetBodyIn(contribution.targetBody, language)}</bdi>
        </dd>
      </div>
    </dl>
  );
}

/** Links to the Word document in the contribution's language and the others, and to its JSON. */
function Downloads({ contribution }: { contribution: Contribution }) {
  const { t } = useTranslation();
  const { language } = useLocale();
  const original = contribution.originalLanguage;
  const languages = [original, ...EXPORT_LANGUAGES.filter((code) => code !== original)];
  return (
    <section className="record__section" aria-labelledby="downloads-heading">
      <h2 id="downloads-heading">{t('contribution.downloads')}</h2>
      <ul className="downloads">
        {languages.map((code) => (
          <li key={code}>
            <a href={api.contributionExportUrl(contribution.id, { lang: code })} download data-export={`docx-${code}`}>
              {t('contribution.downloadDocx', { language: languageName(language, code) })}
            </a>
            {code === original && <span className="muted"> {t('contribution.originalMark')}</span>}
          </li>
        ))}
        <li>
          <a href={api.contributionExportUrl(contribution.id, { format: 'json' })} download data-export="json">
            {t('contribution.downloadJson')}
          </a>
        </li>
      </ul>
    </section>
  );
}

/** The document's language versions as stored files, and the upload of one for those who may. */
function VersionsSection({ contribution }: { contribution: Contribution }) {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const languages = uploadLanguages(user, contribution);
  return (
    <section className="record__section" aria-labelledby="versions-heading">
      <h2 id="versions-heading">{t('documents.versions.heading')}</h2>
      <LanguageVersions document={contribution} />
      {contribution.status !== 'draft' && <LanguageStatuses document={contribution} user={user} />}
      {languages.length > 0 && (
        <details className="upload-details">
          <summary>{t('documents.versions.uploadSummary')}</summary>
          <UploadVersionForm document={contribution} languages={languages} />
        </details>
      )}
    </section>
  );
}

/**
 * `/contributions/:id`: a contribution with its proposals (a MOD as tracked changes) and downloads; for a draft
 * and those who draft for its source, the editor and submission; for a common proposal, its signatories.
 */
export function ContributionPage() {
  const { t } = useTranslation();
  const { language } = useLocale();
  const { id = '' } = useParams();
  const contribution = useContribution(id);
  const meeting = useMeeting(contribution.data?.meetingCode ?? '');
  const memberStates = useMemberStates();
  const organizations = useOrganizations();
  const instruments = useAllInstruments();
  const clock = useServerClock();
  const user = useCurrentUser();
  const versions = useInstrumentVersions(
    (contribution.data?.proposals ?? []).flatMap((proposal) =>
      'versionId' in proposal.target ? [proposal.target.versionId] : [],
    ),
  );
  const [submitted, setSubmitted] = useState(false);
  useDocumentTitle(
    contribution.data
      ? (contribution.data.symbol ?? documentTitleText(contribution.data, language))
      : t('contribution.pageTitle'),
  );

  if (!contribution.data || !meeting.data || !memberStates.data || !organizations.data || !clock.data) {
    return <QueriesStatus queries={[contribution, meeting, memberStates, organizations, clock]} />;
  }
  const data = contribution.data;
  const editable = canEdit(user, data);
  const names = { memberStates: memberStates.data, organizations: organizations.data };
  return withPageZone(
    meetingZone(meeting.data),
    <article className="record contribution" data-contribution-id={data.id} data-status={data.status}>
      {data.commonProposal !== null && (
        <p className="meeting__labels">
          <span className="meeting__type">{t('contribution.commonProposal')}</span>
        </p>
      )}
      <h1>
        <DocumentTitleText document={data} />
      </h1>
      <p className="contribution__symbol" data-fact="symbol">
        <DocumentSymbol symbol={data.symbol} />
      </p>
      {submitted && data.status !== 'draft' && <SubmissionResult contribution={data} />}
      <ContributionFacts contribution={data} meeting={meeting.data} names={names} />
      <Downloads contribution={data} />
      <VersionsSection contribution={data} />
      <section className="record__section" aria-labelledby={PROPOSALS_HEADING}>
        <h2 id={PROPOSALS_HEADING} tabIndex={-1}>
          {t('proposal.heading', { count: data.proposals.length })}
        </h2>
        {/* The texts the proposals aim at name their targets: wait for them rather than show bare ids. */}
        {versions.pending ? (
          <Loading />
        ) : (
          <ProposalList contribution={data} versions={versions.byId} editable={editable} />
        )}
      </section>
      <Signatories contribution={data} user={user} memberStates={memberStates.data} />
      {editable &&
        (instruments.data ? (
          <ProposalEditor contribution={data} instruments={instruments.data} />
        ) : (
          <QueriesStatus queries={[instruments]} />
        ))}
      {editable && (
        <SubmitPanel
          contribution={data}
          meeting={meeting.data}
          now={new Date(clock.data.now)}
          onSubmitted={() => setSubmitted(true)}
        />
      )}
    </article>,
  );
}

import type { DocumentTranslation } from '@tansiq/api';
import { canTranslate, isLanguage, type Language } from '@tansiq/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { NotFound } from '../components/not-found.tsx';
import { Loading, QueriesStatus } from '../components/query-state.tsx';
import { useDocumentTitle } from '../components/use-document-title.ts';
import { meetingZone, withPageZone, ZonedTime } from '../components/zoned-time.tsx';
import { useCurrentUser } from '../features/auth/session.queries.ts';
import { contributionPath, DocumentSymbol } from '../features/contributions/contribution-labels.tsx';
import { textDirection } from '../features/contributions/tracked-change.tsx';
import { useMeeting } from '../features/meetings/meetings.queries.ts';
import { useInstrumentVersions } from '../features/texts/texts.queries.ts';
import { ProposalTranslation } from '../features/translations/proposal-translation.tsx';
import { TranslationStatusBadge } from '../features/translations/translation-labels.tsx';
import { StatusPanel, TitleForm } from '../features/translations/translation-panels.tsx';
import {
  useDocumentTranslation,
  useMoveTranslation,
  useReloadTranslation,
  useSaveTranslation,
} from '../features/translations/translations.queries.ts';
import {
  editableStatus,
  isStale,
  translatedCount,
  translationIssues,
  translationQueuePath,
} from '../features/translations/translations.ts';
import { formatNumber, languageName } from '../lib/format.ts';
import { useLocale } from '../lib/use-locale.ts';
import '../features/translations/translations.css';

/** The version's facts: the document, its original and this language, status, volume, progress and dates. */
function TranslationFacts({ translation }: { translation: DocumentTranslation }) {
  const { t } = useTranslation();
  const { language: uiLanguage, locale } = useLocale();
  return (
    <dl className="facts">
      <div>
        <dt>{t('documents.document')}</dt>
        <dd>
          <Link to={contributionPath(translation.documentId)}>
            <DocumentSymbol symbol={translation.symbol} />
          </Link>
        </dd>
      </div>
      <div>
        <dt>{t('contribution.originalLanguage')}</dt>
        <dd>{languageName(uiLanguage, translation.originalLanguage)}</dd>
      </div>
      <div>
        <dt>{t('translations.queue.language')}</dt>
        <dd>{languageName(uiLanguage, translation.language)}</dd>
      </div>
      <div>
        <dt>{t('translations.queue.status')}</dt>
        <dd data-fact="translation-status">
          <TranslationStatusBadge status={translation.status} />
          {translation.publishedAt !== null && (
            <>
              {' '}
              <ZonedTime className="muted" instant={translation.publishedAt} />
            </>
          )}
        </dd>
      </div>
      <div>
        <dt>{t('translations.queue.volume')}</dt>
        <dd>{t(`translations.volume.${translation.volume.unit}`, { count: translation.volume.count })}</dd>
      </div>
      <div>
        <dt>{t('translations.queue.proposals')}</dt>
        <dd data-fact="translated">
          {t('translations.queue.translatedOf', {
            translated: formatNumber(locale, translatedCount(translation)),
            proposals: formatNumber(locale, translation.proposals.length),
          })}
        </dd>
      </div>
    </dl>
  );
}

/** The screen of one language version, once its address names a language. */
function TranslationScreen({ id, language }: { id: string; language: Language }) {
  const { t } = useTranslation();
  const { language: uiLanguage } = useLocale();
  const translation = useDocumentTranslation(id, language);
  const meeting = useMeeting(translation.data?.meetingCode ?? '');
  const versions = useInstrumentVersions(
    (translation.data?.proposals ?? []).flatMap((proposal) =>
      'versionId' in proposal.target ? [proposal.target.versionId] : [],
    ),
  );
  const user = useCurrentUser();
  const move = useMoveTranslation(id, language);
  const save = useSaveTranslation(id, language);
  const reload = useReloadTranslation(id, language);
  // Proposals saved since the last refused publication or whole save: their issues no longer stand.
  const [fixed, setFixed] = useState<ReadonlySet<string>>(new Set());
  const name = languageName(uiLanguage, language);
  useDocumentTitle(
    translation.data
      ? t('translations.screen.documentTitle', { symbol: translation.data.symbol ?? '', language: name })
      : t('translations.screen.pageTitle', { language: name }),
  );

  if (!translation.data || !meeting.data) {
    return <QueriesStatus queries={[translation, meeting]} />;
  }
  const data = translation.data;
  const translates = canTranslate(user);
  const editable = translates && editableStatus(data.status);
  const outside = [
    ...translationIssues(move.error, data.proposals),
    ...translationIssues(save.error, data.proposals),
  ].filter((issue) => issue.proposalId !== null && !fixed.has(issue.proposalId));
  // A move or a whole save refused as stale: the version is read again, so the next try is on what is stored.
  const onStale = (error: unknown) => {
    if (isStale(error)) {
      void reload();
    }
  };
  const title = data.title ?? data.originalTitle;
  const titleLanguage = data.title === null ? data.originalLanguage : language;
  return withPageZone(
    meetingZone(meeting.data),
    <article
      className="record translation"
      data-document-id={data.documentId}
      data-translation-language={language}
      data-translation-status={data.status}
    >
      <p className="meeting__labels">
        <span className="meeting__type">{t('translations.screen.label', { language: name })}</span>
      </p>
      <h1 lang={titleLanguage} dir={textDirection(titleLanguage)}>
        {title}
      </h1>
      {translates && (
        <p>
          <Link to={translationQueuePath(data.meetingCode, language)}>{t('translations.screen.backToQueue')}</Link>
        </p>
      )}
      <TranslationFacts translation={data} />
      {translates && (
        <StatusPanel
          translation={data}
          move={move}
          onMove={(to) => {
            setFixed(new Set());
            move.mutate({ status: to, expectedRevision: data.revision }, { onError: onStale });
          }}
        />
      )}
      {editable && (
        <section className="record__section">
          <TitleForm
            translation={data}
            save={save}
            onSave={(body) => {
              setFixed(new Set());
              save.mutate(body, { onError: onStale });
            }}
          />
        </section>
      )}
      <section className="record__section" aria-labelledby="translation-proposals-heading">
        <h2 id="translation-proposals-heading">{t('proposal.heading', { count: data.proposals.length })}</h2>
        {data.proposals.length === 0 ? (
          <p className="notice">{t('proposal.none')}</p>
        ) : versions.pending ? (
          <Loading />
        ) : (
          <ol className="proposals">
            {data.proposals.map((proposal) => (
              <ProposalTranslation
                key={proposal.proposalId}
                translation={data}
                proposal={proposal}
                versions={versions.byId}
                editable={editable}
                outside={outside.filter((issue) => issue.proposalId === proposal.proposalId)}
                onSaved={(proposalId) => setFixed((current) => new Set([...current, proposalId]))}
              />
            ))}
          </ol>
        )}
      </section>
    </article>,
  );
}

/**
 * `/documents/:id/translations/:language`: a document's version in one language, each proposal beside the
 * original. Readers read a published one; translators and the secretariat write it proposal by proposal (a MOD
 * with its live diff against the base in that language), its title, and move its status.
 */
export function TranslationPage() {
  const { id = '', language = '' } = useParams();
  return isLanguage(language) ? <TranslationScreen id={id} language={language} /> : <NotFound />;
}

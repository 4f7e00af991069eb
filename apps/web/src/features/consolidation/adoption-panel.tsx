import { ApiError, type ConsolidationDraft } from '@tansiq/api';
import { provisionLabel } from '@tansiq/domain';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { WriteError } from '../../components/write-error.tsx';
import { formatCalendarDate, formatList, languageName } from '../../lib/format.ts';
import { useLocale } from '../../lib/use-locale.ts';
import { textDirection } from '../contributions/tracked-change.tsx';
import { versionPath } from '../texts/instrument-entry.tsx';
import { instrumentName } from '../texts/instrument-name.ts';
import { useVersionLabel } from '../texts/version-label.ts';
import { useVotes } from '../votes/votes.queries.ts';
import { AdoptionChanges, useChangeCounts } from './adoption-summary.tsx';
import { adoptingVotes, adoptionState, draftErrorMessage, draftPath, missingLanguages } from './consolidation.ts';
import { useAdoptDraft, useAdoptedTranslation, useAdoptionPreview } from './consolidation.queries.ts';
import { ConfirmDialog } from './confirm-dialog.tsx';
import type { UnsavedItem } from './unsaved-work.ts';

/**
 * The languages the adopted version is stored in and those still missing, which are imported as its language
 * versions in the texts library, aligned provision by provision (docs/consolidation.md).
 */
function AdoptedLanguages({ stored }: { stored: readonly string[] }) {
  const { t } = useTranslation();
  const { language: uiLanguage, locale } = useLocale();
  const missing = missingLanguages(stored);
  const names = (languages: readonly string[]) =>
    formatList(
      locale,
      languages.map((language) => languageName(uiLanguage, language)),
    );
  return (
    <p data-languages={stored.join(' ')}>
      {t('consolidation.adopt.languages', { languages: names(stored) })}{' '}
      {missing.length === 0
        ? t('consolidation.adopt.allLanguages')
        : t('consolidation.adopt.missingLanguages', { languages: names(missing), count: missing.length })}
    </p>
  );
}

/**
 * The adopted text drafted in a missing language from the text in force and the published translations of the
 * proposals merged, as a file to download, with the provisions left to translate by hand; then imported in the
 * texts library (docs/consolidation.md).
 */
function DraftTranslation({ draft, missing }: { draft: ConsolidationDraft; missing: readonly string[] }) {
  const { t } = useTranslation();
  const { language: uiLanguage, locale } = useLocale();
  const [language, setLanguage] = useState(missing[0]!);
  const [asked, setAsked] = useState<string | null>(null);
  const drafted = useAdoptedTranslation(draft.id, language, asked === language);
  const data = asked === language ? drafted.data : undefined;
  const href = useMemo(
    () => (data === undefined ? null : URL.createObjectURL(new Blob([data.text], { type: 'text/plain' }))),
    [data],
  );
  useEffect(() => () => (href === null ? undefined : URL.revokeObjectURL(href)), [href]);
  const name = (code: string) => languageName(uiLanguage, code);
  return (
    <form
      className="adopted-translation"
      aria-labelledby="adopted-translation-legend"
      onSubmit={(event) => {
        event.preventDefault();
        setAsked(language);
        if (asked === language) {
          void drafted.refetch();
        }
      }}
    >
      <fieldset className="form__group">
        <legend id="adopted-translation-legend">{t('consolidation.adopt.translate.legend')}</legend>
        <div className="field">
          <label htmlFor="adopted-translation-language">{t('consolidation.adopt.translate.language')}</label>
          <select
            id="adopted-translation-language"
            value={language}
            onChange={(event) => setLanguage(event.target.value)}
          >
            {missing.map((code) => (
              <option key={code} value={code}>
                {name(code)}
              </option>
            ))}
          </select>
        </div>
        <div className="form__actions">
          <button type="submit" className="button button--secondary" disabled={drafted.isFetching}>
            {drafted.isFetching
              ? t('consolidation.adopt.translate.drafting')
              : t('consolidation.adopt.translate.submit')}
          </button>
        </div>
      </fieldset>
      <WriteError error={asked === language ? drafted.error : null} />
      {data !== undefined && href !== null && (
        <div role="status" data-untranslated={data.untranslated.length}>
          <p>
            <a href={href} download={`${draft.instrument.number}-${data.language}.txt`}>
              {t('consolidation.adopt.translate.download', { language: name(data.language) })}
            </a>
          </p>
          {data.untranslated.length === 0 ? (
            <p>{t('consolidation.adopt.translate.complete')}</p>
          ) : (
            <>
              <p>
                {t('consolidation.adopt.translate.untranslated', {
                  count: data.untranslated.length,
                  language: name(draft.language),
                })}
              </p>
              <ul>
                {data.untranslated.map((item) => (
                  <li key={item.provision} data-provision={item.provision} data-reason={item.reason}>
                    {provisionLabel(item.provision, uiLanguage, { unnumbered: item.num === '' })}
                    {' – '}
                    {t(`consolidation.adopt.translate.reason.${item.reason}`, {
                      numbers: formatList(
                        locale,
                        item.proposals.map((number) => `\u2066${number}\u2069`),
                      ),
                    })}
                  </li>
                ))}
              </ul>
            </>
          )}
          <p>
            <Link to="/texts">{t('consolidation.adopt.translate.library')}</Link>
          </p>
        </div>
      )}
    </form>
  );
}

/** What adoption made: the new version (a link to it in the texts library), or the abrogation. */
function Adopted({ draft }: { draft: ConsolidationDraft }) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), []);
  const adoption = draft.adoption;
  const adoptedLabel = useVersionLabel(adoption?.version ?? { id: '', label: '' }).text;
  if (adoption === null) {
    return null;
  }
  const name = instrumentName(t, draft.instrument);
  const date = formatCalendarDate(locale, adoption.adoptedOn);
  const missing = adoption.version === null ? [] : missingLanguages(adoption.languages);
  return (
    <>
      <div className="notice notice--success" role="status" tabIndex={-1} ref={ref} data-adopted={adoption.outcome}>
        {adoption.version === null ? (
          <p>{t('consolidation.adopt.abrogated', { instrument: name, date })}</p>
        ) : (
          <>
            <p>{t('consolidation.adopt.adopted', { instrument: name, label: adoptedLabel, date })}</p>
            {adoption.adoptedBy === 'vote' && <p data-adopted-by="vote">{t('consolidation.adopt.adoptedByVote')}</p>}
            <p>
              <Link to={versionPath(adoption.version.id)} data-new-version={adoption.version.id}>
                {t('consolidation.adopt.openVersion', { instrument: name, label: adoptedLabel })}
              </Link>
            </p>
            <AdoptedLanguages stored={adoption.languages} />
          </>
        )}
      </div>
      {missing.length > 0 && <DraftTranslation draft={draft} missing={missing} />}
    </>
  );
}

/**
 * "Resolution 901 (Rev. Buenos Aires, 2017)": the label (English form) isolated left to right, so that in an
 * Arabic sentence the name reads "القرار 901 (Rev. Buenos Aires, 2017)" and not with its brackets scattered.
 */
const versionName = (name: string, label: string) => `${name} (\u2066${label}\u2069)`;

/** Work on the screen not yet in the draft, each item with a link to where it is: adoption waits for it. */
function UnsavedWork({ draft, unsaved }: { draft: ConsolidationDraft; unsaved: readonly UnsavedItem[] }) {
  const { t } = useTranslation();
  const { language: uiLanguage } = useLocale();
  return (
    <div className="notice notice--warning" id="adoption-unsaved" data-unsaved={unsaved.length}>
      <p>{t('consolidation.adopt.unsavedLeft', { count: unsaved.length })}</p>
      <ul>
        {unsaved.map((item) =>
          item.kind === 'whole-text' ? (
            <li key="whole-text" data-unsaved-kind="whole-text">
              <a href="#whole-text">{t('consolidation.wholeText.heading')}</a>
              {': '}
              {t('consolidation.adopt.unsaved.wholeText')}
            </li>
          ) : (
            <li
              key={`${item.kind}-${item.provisionId}`}
              data-unsaved-kind={item.kind}
              data-provision={item.provisionId}
            >
              <Link to={draftPath(draft.id, item.provisionId)} replace>
                {provisionLabel(item.provisionId, uiLanguage, { unnumbered: item.num === '' })}
              </Link>
              {': '}
              {t(item.kind === 'picks' ? 'consolidation.adopt.unsaved.picks' : 'consolidation.adopt.unsaved.edit')}
            </li>
          ),
        )}
      </ul>
    </div>
  );
}

/**
 * What the draft would adopt, read from the server's preview (adoption's own rules): in the panel, a line (or a
 * warning that nothing changes); in the dialog, every change by provision. Null while there is nothing to say.
 */
function PreviewSummary({
  draft,
  preview,
  full,
}: {
  draft: ConsolidationDraft;
  preview: ReturnType<typeof useAdoptionPreview>;
  full: boolean;
}) {
  const { t } = useTranslation();
  const counts = useChangeCounts();
  const name = instrumentName(t, draft.instrument);
  const label = useVersionLabel(draft.version).text;
  if (preview.error !== null) {
    const problem = draftErrorMessage(preview.error);
    return problem !== null ? (
      <div className="notice notice--error" role="alert">
        <p>{t(problem)}</p>
      </div>
    ) : (
      <WriteError error={preview.error} />
    );
  }
  const data = preview.data;
  if (data === undefined || data.revision !== draft.revision) {
    return full ? <p data-preview="loading">{t('consolidation.adopt.previewLoading')}</p> : null;
  }
  if (data.outcome === 'abrogated') {
    return null;
  }
  if (data.unchanged) {
    return (
      <div className="notice notice--warning" data-preview="unchanged">
        <p>{t('consolidation.adopt.unchanged', { name: versionName(name, draft.newLabel), label })}</p>
        {!full && <p>{t('consolidation.adopt.unchangedHint')}</p>}
      </div>
    );
  }
  if (!full) {
    return <p data-preview="changes">{t('consolidation.adopt.changesLine', { counts: counts(data) })}</p>;
  }
  return (
    <section className="adoption-preview" aria-labelledby="adoption-preview-heading" data-preview="changes">
      <h3 id="adoption-preview-heading">{t('consolidation.adopt.changesHeading')}</h3>
      <p>{t('consolidation.adopt.changesLine', { counts: counts(data) })}</p>
      <AdoptionChanges preview={data} language={draft.language} />
    </section>
  );
}

/**
 * Adoption of the draft, by consensus or by a closed vote of the meeting that adopted it (chosen when there is
 * one): enabled when no work on the screen is left unsaved and no bracket is left (each listed with a link to its
 * provision), after a confirmation naming the new version and the version it supersedes (or the abrogation) and
 * saying what the new version changes, provision by provision, or that it changes nothing; the confirmation waits
 * for that summary of the revision on the screen.
 */
export function AdoptionPanel({
  draft,
  writable,
  unsaved,
  onStale,
}: {
  draft: ConsolidationDraft;
  writable: boolean;
  unsaved: readonly UnsavedItem[];
  onStale: () => void;
}) {
  const { t } = useTranslation();
  const adopt = useAdoptDraft(draft);
  const { language } = useLocale();
  const votes = useVotes(draft.meeting.code);
  const byVotes = adoptingVotes(draft, votes.data ?? []);
  const [by, setBy] = useState('');
  const vote = byVotes.find((candidate) => candidate.id === by);
  const [confirming, setConfirming] = useState(false);
  const opener = useRef<HTMLButtonElement>(null);
  const state = adoptionState(draft, unsaved);
  const settled = draft.status === 'open' && (state.abrogates || state.open.length === 0);
  const preview = useAdoptionPreview(draft, settled);
  const previewed = preview.data !== undefined && preview.data.revision === draft.revision;
  const name = instrumentName(t, draft.instrument);
  const newName = versionName(name, draft.newLabel);
  const label = useVersionLabel(draft.version).text;
  const problem = draftErrorMessage(adopt.error);
  const blockers = [
    ...(unsaved.length > 0 ? ['adoption-unsaved'] : []),
    ...(!state.abrogates && state.open.length > 0 ? ['adoption-brackets'] : []),
  ];
  if (draft.status === 'adopted') {
    return (
      <section className="record__section adoption" aria-labelledby="adoption-heading">
        <h2 id="adoption-heading">{t('consolidation.adopt.heading')}</h2>
        <Adopted draft={draft} />
      </section>
    );
  }
  return (
    <section className="record__section adoption" aria-labelledby="adoption-heading">
      <h2 id="adoption-heading">{t('consolidation.adopt.heading')}</h2>
      {state.abrogates ? (
        <p>{t('consolidation.adopt.willAbrogate', { instrument: name, label })}</p>
      ) : (
        <p>{t('consolidation.adopt.willRevise', { name: newName, label })}</p>
      )}
      {unsaved.length > 0 && <UnsavedWork draft={draft} unsaved={unsaved} />}
      {!state.abrogates && state.open.length > 0 && (
        <div className="notice" id="adoption-brackets" data-open-brackets={state.open.length}>
          <p>{t('consolidation.adopt.bracketsLeft', { count: state.open.length })}</p>
          <ul>
            {state.open.map((bracket) => (
              <li key={`${bracket.provisionId}-${bracket.bracketId}`}>
                <Link to={draftPath(draft.id, bracket.provisionId)}>
                  {provisionLabel(bracket.provisionId, language, { unnumbered: bracket.num === '' })}
                </Link>
                {': '}
                <q lang={draft.language} dir={textDirection(draft.language)}>
                  {bracket.text}
                </q>
              </li>
            ))}
          </ul>
        </div>
      )}
      {unsaved.length === 0 && <PreviewSummary draft={draft} preview={preview} full={false} />}
      {writable && byVotes.length > 0 && (
        <div className="field">
          <label className="field__label" htmlFor="adopted-by">
            {t('consolidation.adopt.adoptedBy')}
          </label>
          <select id="adopted-by" value={by} onChange={(event) => setBy(event.target.value)}>
            <option value="">{t('consolidation.adopt.byConsensus')}</option>
            {byVotes.map((candidate) => (
              <option key={candidate.id} value={candidate.id}>
                {t('consolidation.adopt.byVote', {
                  number: candidate.number,
                  title: candidate.title[language] ?? candidate.title.en,
                })}
              </option>
            ))}
          </select>
        </div>
      )}
      {writable && (
        <button
          type="button"
          className="button"
          ref={opener}
          disabled={!state.ready}
          aria-describedby={blockers.length > 0 ? blockers.join(' ') : undefined}
          onClick={() => {
            adopt.reset();
            setConfirming(true);
          }}
        >
          {t('consolidation.adopt.start')}
        </button>
      )}
      {!confirming && problem !== null ? (
        <div className="notice notice--error" role="alert">
          <p>{t(problem)}</p>
        </div>
      ) : (
        !confirming && <WriteError error={adopt.error} />
      )}
      <ConfirmDialog
        open={confirming}
        titleId="adopt-dialog-title"
        title={t('consolidation.adopt.confirmTitle')}
        onClose={() => setConfirming(false)}
        returnTo={opener}
        actions={
          <>
            <button
              type="button"
              className="button"
              disabled={adopt.isPending || !previewed}
              onClick={() =>
                adopt.mutate(vote?.id, {
                  onSettled: (_, error) => {
                    setConfirming(false);
                    if (error instanceof ApiError && error.code === 'stale_draft') {
                      onStale();
                    }
                  },
                })
              }
            >
              {adopt.isPending
                ? t('consolidation.adopt.adopting')
                : preview.data?.unchanged === true && previewed
                  ? t('consolidation.adopt.confirmUnchanged')
                  : t('consolidation.adopt.confirm')}
            </button>
            <button type="button" className="button button--secondary" onClick={() => setConfirming(false)}>
              {t('form.cancel')}
            </button>
          </>
        }
      >
        {state.abrogates ? (
          <p>
            {vote === undefined
              ? t('consolidation.adopt.confirmAbrogate', { instrument: name, label })
              : t('consolidation.adopt.confirmAbrogateVote', {
                  instrument: name,
                  label,
                  number: vote.number,
                })}
          </p>
        ) : (
          <>
            <p data-new-label={draft.newLabel}>
              {vote === undefined
                ? t('consolidation.adopt.confirmRevise', { name: newName })
                : t('consolidation.adopt.confirmReviseVote', { name: newName, number: vote.number })}
            </p>
            <p>{t('consolidation.adopt.confirmSupersede', { name, label })}</p>
          </>
        )}
        {confirming && <PreviewSummary draft={draft} preview={preview} full />}
        <p>{t('consolidation.adopt.final')}</p>
      </ConfirmDialog>
    </section>
  );
}

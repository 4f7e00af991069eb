import { ApiError, type ConsolidationDraft } from '@tansiq/api';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { WriteError } from '../../components/write-error.tsx';
import { formatCalendarDate } from '../../lib/format.ts';
import { useLocale } from '../../lib/use-locale.ts';
import { textDirection } from '../contributions/tracked-change.tsx';
import { versionPath } from '../texts/instrument-entry.tsx';
import { instrumentName } from '../texts/instrument-name.ts';
import { useVotes } from '../votes/votes.queries.ts';
import { adoptingVotes, adoptionState, draftErrorMessage, draftPath } from './consolidation.ts';
import { useAdoptDraft } from './consolidation.queries.ts';
import { ConfirmDialog } from './confirm-dialog.tsx';

/** What adoption made: the new version (a link to it in the texts library), or the abrogation. */
function Adopted({ draft }: { draft: ConsolidationDraft }) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), []);
  const adoption = draft.adoption;
  if (adoption === null) {
    return null;
  }
  const name = instrumentName(t, draft.instrument);
  const date = formatCalendarDate(locale, adoption.adoptedOn);
  return (
    <div className="notice notice--success" role="status" tabIndex={-1} ref={ref} data-adopted={adoption.outcome}>
      {adoption.version === null ? (
        <p>{t('consolidation.adopt.abrogated', { instrument: name, date })}</p>
      ) : (
        <>
          <p>{t('consolidation.adopt.adopted', { instrument: name, label: adoption.version.label, date })}</p>
          {adoption.adoptedBy === 'vote' && <p data-adopted-by="vote">{t('consolidation.adopt.adoptedByVote')}</p>}
          <p>
            <Link to={versionPath(adoption.version.id)} data-new-version={adoption.version.id}>
              {t('consolidation.adopt.openVersion', { instrument: name, label: adoption.version.label })}
            </Link>
          </p>
        </>
      )}
    </div>
  );
}

/**
 * Adoption of the draft, by consensus or by a closed vote of the meeting that adopted it (chosen when there is
 * one): enabled when no bracket is left (each open one listed with a link to its provision), after a confirmation
 * naming the new version and the version it supersedes (or the abrogation).
 */
export function AdoptionPanel({
  draft,
  writable,
  onStale,
}: {
  draft: ConsolidationDraft;
  writable: boolean;
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
  const state = adoptionState(draft);
  const name = instrumentName(t, draft.instrument);
  const newName = `${name} (${draft.newLabel})`;
  const problem = draftErrorMessage(adopt.error);
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
        <p>{t('consolidation.adopt.willAbrogate', { instrument: name, label: draft.version.label })}</p>
      ) : (
        <p>{t('consolidation.adopt.willRevise', { name: newName, label: draft.version.label })}</p>
      )}
      {!state.abrogates && state.open.length > 0 && (
        <div className="notice" data-open-brackets={state.open.length}>
          <p>{t('consolidation.adopt.bracketsLeft', { count: state.open.length })}</p>
          <ul>
            {state.open.map((bracket) => (
              <li key={`${bracket.provisionId}-${bracket.bracketId}`}>
                <Link to={draftPath(draft.id, bracket.provisionId)}>
                  <span lang={draft.language} dir={textDirection(draft.language)}>
                    {bracket.heading} {bracket.num}
                  </span>
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
              disabled={adopt.isPending}
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
              {adopt.isPending ? t('consolidation.adopt.adopting') : t('consolidation.adopt.confirm')}
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
              ? t('consolidation.adopt.confirmAbrogate', { instrument: name, label: draft.version.label })
              : t('consolidation.adopt.confirmAbrogateVote', {
                  instrument: name,
                  label: draft.version.label,
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
            <p>{t('consolidation.adopt.confirmSupersede', { name, label: draft.version.label })}</p>
          </>
        )}
        <p>{t('consolidation.adopt.final')}</p>
      </ConfirmDialog>
    </section>
  );
}

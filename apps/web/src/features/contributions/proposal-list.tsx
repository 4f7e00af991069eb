import type { Contribution, InstrumentVersion, Proposal } from '@tansiq/api';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { WriteError } from '../../components/write-error.tsx';
import { useLocale } from '../../lib/use-locale.ts';
import { useRemoveProposal } from './contributions.queries.ts';
import { DraftNewText } from './draft-new-text.tsx';
import { MARK_KEYS } from './proposal-form.ts';
import { ProposalTarget } from './proposal-target.tsx';
import { textDirection, TrackedChange } from './tracked-change.tsx';

/** The proposed text as the reader should see it: tracked changes for a MOD, the text in force for SUP and NOC. */
function ProposedText({ proposal, language }: { proposal: Proposal; language: string }) {
  const { t } = useTranslation();
  const own = { lang: language, dir: textDirection(language) };
  if (proposal.diff !== null) {
    return <TrackedChange ops={proposal.diff.ops} language={language} className="proposal__text" />;
  }
  if (proposal.mark === 'SUP' || proposal.mark === 'SUP*') {
    return proposal.baseText === null ? (
      <p className="proposal__note">{t('proposal.suppressesText')}</p>
    ) : (
      <TrackedChange ops={[{ op: 'delete', text: proposal.baseText }]} language={language} className="proposal__text" />
    );
  }
  if (proposal.mark === 'NOC') {
    return (
      <>
        <p className="proposal__note">{t('proposal.noChange')}</p>
        {proposal.baseText !== null && (
          <p className="proposal__text proposal__text--kept" {...own}>
            {proposal.baseText}
          </p>
        )}
      </>
    );
  }
  if (proposal.target.kind === 'new-text' && proposal.text !== null) {
    return <DraftNewText text={proposal.text} language={language} />;
  }
  return proposal.text === null ? null : (
    <p className="proposal__text" {...own}>
      {proposal.text}
    </p>
  );
}

/** The id of the heading above the list, which takes the focus when a proposal is removed. */
export const PROPOSALS_HEADING = 'proposals-heading';

/** Removes one proposal of a draft, after the reader confirms. */
function RemoveProposal({ contributionId, proposal }: { contributionId: string; proposal: Proposal }) {
  const { t } = useTranslation();
  const remove = useRemoveProposal(contributionId);
  const [confirming, setConfirming] = useState(false);
  const name = t('proposal.numbered', { position: proposal.position });
  if (!confirming) {
    return (
      <button
        type="button"
        className="button button--small button--secondary"
        aria-label={t('proposal.removeLabel', { name })}
        onClick={() => setConfirming(true)}
      >
        {t('proposal.remove')}
      </button>
    );
  }
  return (
    <div className="confirm" role="group" aria-label={t('proposal.removeLabel', { name })}>
      <p className="confirm__question">{t('proposal.removeConfirm', { name })}</p>
      <button
        type="button"
        className="button button--small button--danger"
        disabled={remove.isPending}
        autoFocus
        // The proposal and its buttons go: the focus goes to the list's heading rather than to nowhere.
        onClick={() =>
          remove.mutate(proposal.id, { onSuccess: () => document.getElementById(PROPOSALS_HEADING)?.focus() })
        }
      >
        {t('proposal.removeYes')}
      </button>{' '}
      <button type="button" className="button button--small button--secondary" onClick={() => setConfirming(false)}>
        {t('form.cancel')}
      </button>
      <WriteError error={remove.error} />
    </div>
  );
}

/**
 * A contribution's proposals in order: each with its mark, number (once submitted), what it is on in the reader's
 * language, its text (a MOD as tracked changes) and its reasons; removable from a draft.
 */
export function ProposalList({
  contribution,
  versions,
  editable,
}: {
  contribution: Contribution;
  versions: ReadonlyMap<string, InstrumentVersion>;
  editable: boolean;
}) {
  const { t } = useTranslation();
  const { language: uiLanguage } = useLocale();
  const language = contribution.originalLanguage;
  if (contribution.proposals.length === 0) {
    return <p className="notice">{t('proposal.none')}</p>;
  }
  return (
    <ol className="proposals">
      {contribution.proposals.map((proposal) => (
        <li key={proposal.id} className="proposal" data-proposal-mark={proposal.mark} data-proposal-id={proposal.id}>
          <article aria-labelledby={`proposal-${proposal.id}`}>
            <div className="proposal__header">
              <h3 className="proposal__heading" id={`proposal-${proposal.id}`}>
                <abbr className="mark" title={t(`proposal.marks.${MARK_KEYS[proposal.mark]}`)} dir="ltr">
                  {proposal.mark}
                </abbr>{' '}
                {proposal.number === null ? (
                  <span className="proposal__position">{t('proposal.numbered', { position: proposal.position })}</span>
                ) : (
                  <bdi className="proposal__number" dir="ltr">
                    {proposal.number}
                  </bdi>
                )}
              </h3>
              {editable && <RemoveProposal contributionId={contribution.id} proposal={proposal} />}
            </div>
            <ProposalTarget target={proposal.target} versions={versions} className="proposal__target" />
            <ProposedText proposal={proposal} language={language} />
            {proposal.reasons !== null && (
              <div className="proposal__reasons">
                <p className="proposal__reasons-label">{t('proposal.reasons')}</p>
                {/* Typed by the authors, who may write a few words in another script: its own direction. */}
                <p lang={language} dir="auto">
                  {proposal.reasons}
                </p>
              </div>
            )}
            {proposal.diff?.coarse === true && (
              <p className="muted" lang={uiLanguage}>
                {t('proposal.coarse')}
              </p>
            )}
          </article>
        </li>
      ))}
    </ol>
  );
}

import type { DraftProvision, PickableProposal } from '@tansiq/api';
import { wordDiff } from '@tansiq/domain';
import { useMemo, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { languageName } from '../../lib/format.ts';
import { useLocale } from '../../lib/use-locale.ts';
import { textDirection, TrackedChange } from '../contributions/tracked-change.tsx';
import { samePicks, togglePick, translationState } from './consolidation.ts';

/** What a proposal does to the provision: its text as changes against the base, or why there is none. */
function ProposalChange({
  proposal,
  base,
  draftLanguage,
}: {
  proposal: PickableProposal;
  base: string | null;
  draftLanguage: string;
}) {
  const { t } = useTranslation();
  const ops = useMemo(
    () => (proposal.text === null ? [] : wordDiff(base ?? '', proposal.text).ops),
    [base, proposal.text],
  );
  if (proposal.mark === 'SUP' || proposal.mark === 'SUP*') {
    return <p className="field__hint">{t('consolidation.picks.suppresses')}</p>;
  }
  if (proposal.mark === 'NOC' || proposal.text === null) {
    return <p className="field__hint">{t('consolidation.picks.keeps')}</p>;
  }
  if (proposal.language !== draftLanguage) {
    return (
      <p lang={proposal.language} dir={textDirection(proposal.language)} className="tracked">
        {proposal.text}
      </p>
    );
  }
  return <TrackedChange ops={ops} language={proposal.language} />;
}

/** A translated proposal's original, one click away: its text as written, in its language. */
function OriginalText({ proposal }: { proposal: PickableProposal }) {
  const { t } = useTranslation();
  const { language, text } = proposal.original;
  if (text === null) {
    return null;
  }
  return (
    <details className="picks__original">
      <summary>{t('consolidation.picks.showOriginal', { number: proposal.number })}</summary>
      <p lang={language} dir={textDirection(language)} className="tracked">
        {text}
      </p>
    </details>
  );
}

/**
 * The proposals on a provision, each a checkbox with its mark, number and change; "Merge" replaces the picks
 * and merges the provision afresh from the base. A text in another language than the draft's is merged through
 * its published translation (marked so, the original a click away); one awaiting translation cannot be merged.
 * Ticking changes nothing in the draft: the ticks (`picks`, kept by the workspace) wait for "Merge", and say so
 * while they differ from the draft's picks.
 */
export function ProposalPicks({
  provision,
  picks,
  draftLanguage,
  disabled,
  pending,
  onTick,
  onPick,
}: {
  provision: DraftProvision;
  picks: readonly string[];
  draftLanguage: string;
  disabled: boolean;
  pending: boolean;
  onTick: (picks: string[]) => void;
  onPick: (proposals: string[]) => void;
}) {
  const { t } = useTranslation();
  const { language: uiLanguage } = useLocale();
  const unmerged = !samePicks(picks, provision.picks);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onPick([...picks]);
  };
  if (provision.available.length === 0) {
    return <p className="notice">{t('consolidation.picks.none')}</p>;
  }
  const legendId = `picks-legend-${provision.id}`;
  return (
    <form onSubmit={submit} className="picks" aria-labelledby={legendId}>
      <fieldset className="form__group" disabled={disabled}>
        <legend id={legendId}>{t('consolidation.picks.legend')}</legend>
        <ul className="picks__list">
          {provision.available.map((proposal) => {
            const id = `pick-${proposal.id}`;
            const translation = translationState(proposal);
            return (
              <li
                key={proposal.id}
                className="picks__item"
                data-source={proposal.source}
                data-mark={proposal.mark}
                data-shown-as={proposal.shownAs}
              >
                <input
                  id={id}
                  type="checkbox"
                  checked={picks.includes(proposal.id)}
                  disabled={translation === 'awaiting'}
                  aria-describedby={`${id}-change`}
                  onChange={(event) => onTick(togglePick(picks, proposal.id, event.target.checked))}
                />
                <div className="picks__body">
                  <label htmlFor={id} className="picks__label">
                    <bdi dir="ltr" className="symbol">
                      {proposal.source}
                    </bdi>{' '}
                    <span className="mark">{proposal.mark}</span>{' '}
                    <bdi dir="ltr" className="symbol">
                      {proposal.number}
                    </bdi>
                  </label>
                  <div id={`${id}-change`}>
                    {translation === 'awaiting' && (
                      <p className="field__hint" data-shown-as="awaiting-translation">
                        {t('consolidation.picks.awaitingTranslation', {
                          language: languageName(uiLanguage, proposal.language),
                          draftLanguage: languageName(uiLanguage, draftLanguage),
                        })}
                      </p>
                    )}
                    {translation === 'translation' && (
                      <p className="field__hint" data-shown-as="translation">
                        {t('consolidation.picks.translation', {
                          language: languageName(uiLanguage, proposal.original.language),
                        })}
                      </p>
                    )}
                    <ProposalChange proposal={proposal} base={provision.base} draftLanguage={draftLanguage} />
                  </div>
                  {translation === 'translation' && <OriginalText proposal={proposal} />}
                </div>
              </li>
            );
          })}
        </ul>
        {provision.edited && <p className="field__hint">{t('consolidation.picks.replacesEdits')}</p>}
        {/* Always present, so that screen readers hear the notice when a tick makes it appear. */}
        <div role="status" id={`${legendId}-unmerged`}>
          {unmerged && (
            <p className="notice notice--warning" data-unmerged="true">
              {t('consolidation.picks.unmerged')}
            </p>
          )}
        </div>
        <div className="form__actions">
          <button
            type="submit"
            className="button"
            disabled={pending || !unmerged}
            aria-describedby={unmerged ? `${legendId}-unmerged` : undefined}
          >
            {t('consolidation.picks.merge', { count: picks.length })}
          </button>
          {unmerged && (
            <button
              type="button"
              className="button button--secondary"
              disabled={pending}
              onClick={() => onTick([...provision.picks])}
            >
              {t('consolidation.picks.untick')}
            </button>
          )}
        </div>
      </fieldset>
    </form>
  );
}

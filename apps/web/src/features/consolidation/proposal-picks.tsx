import type { DraftProvision, PickableProposal } from '@tansiq/api';
import { wordDiff } from '@tansiq/domain';
import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { languageName } from '../../lib/format.ts';
import { useLocale } from '../../lib/use-locale.ts';
import { textDirection, TrackedChange } from '../contributions/tracked-change.tsx';
import { samePicks, togglePick } from './consolidation.ts';

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

/**
 * The proposals on a provision, each a checkbox with its mark, number and change; "Merge" replaces the picks
 * and merges the provision afresh from the base. A text in another language than the draft's cannot be merged.
 */
export function ProposalPicks({
  provision,
  draftLanguage,
  disabled,
  pending,
  onPick,
}: {
  provision: DraftProvision;
  draftLanguage: string;
  disabled: boolean;
  pending: boolean;
  onPick: (proposals: string[]) => void;
}) {
  const { t } = useTranslation();
  const { language: uiLanguage } = useLocale();
  const [state, setState] = useState({ saved: provision.picks, picks: provision.picks });
  // The draft changed on the server (a save, a reload): the boxes follow it.
  if (!samePicks(state.saved, provision.picks)) {
    setState({ saved: provision.picks, picks: provision.picks });
  }
  const { picks } = state;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onPick(picks);
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
            const otherLanguage = proposal.language !== draftLanguage && proposal.text !== null;
            return (
              <li key={proposal.id} className="picks__item" data-source={proposal.source} data-mark={proposal.mark}>
                <input
                  id={id}
                  type="checkbox"
                  checked={picks.includes(proposal.id)}
                  disabled={otherLanguage}
                  aria-describedby={`${id}-change`}
                  onChange={(event) =>
                    setState((current) => ({
                      ...current,
                      picks: togglePick(current.picks, proposal.id, event.target.checked),
                    }))
                  }
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
                    {otherLanguage && (
                      <p className="field__hint">
                        {t('consolidation.picks.otherLanguage', {
                          language: languageName(uiLanguage, proposal.language),
                        })}
                      </p>
                    )}
                    <ProposalChange proposal={proposal} base={provision.base} draftLanguage={draftLanguage} />
                  </div>
                </div>
              </li>
            );
          })}
        </ul>
        {provision.edited && <p className="field__hint">{t('consolidation.picks.replacesEdits')}</p>}
        <div className="form__actions">
          <button type="submit" className="button" disabled={pending || samePicks(picks, provision.picks)}>
            {t('consolidation.picks.merge', { count: picks.length })}
          </button>
        </div>
      </fieldset>
    </form>
  );
}

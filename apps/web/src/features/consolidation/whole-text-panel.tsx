import type { ConsolidationDraft } from '@tansiq/api';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../lib/api.ts';
import { inLanguage } from '../../lib/format.ts';
import { useLocale } from '../../lib/use-locale.ts';
import { instrumentName } from '../texts/instrument-name.ts';
import { useAllInstruments } from '../texts/texts.queries.ts';
import type { DraftWrite } from './consolidation.queries.ts';

/**
 * The whole-text proposals (SUP: abrogate the text; SUP*: abrogate it and merge it into another), offered when
 * some source makes one: none picked revises the text provision by provision.
 */
export function WholeTextPanel({
  draft,
  writable,
  pending,
  run,
}: {
  draft: ConsolidationDraft;
  writable: boolean;
  pending: boolean;
  run: (write: DraftWrite) => void;
}) {
  const { t } = useTranslation();
  const { language } = useLocale();
  const { wholeText } = draft;
  const saved = { proposal: wholeText.proposal?.id ?? '', mergedInto: wholeText.mergedInto?.id ?? '' };
  const [state, setState] = useState({ saved, value: saved });
  if (state.saved.proposal !== saved.proposal || state.saved.mergedInto !== saved.mergedInto) {
    setState({ saved, value: saved });
  }
  const chosen = wholeText.available.find((proposal) => proposal.id === state.value.proposal);
  const merges = chosen?.mark === 'SUP*';
  const instruments = useAllInstruments();
  if (wholeText.available.length === 0 && wholeText.proposal === null) {
    return null;
  }
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const proposal = state.value.proposal === '' ? null : state.value.proposal;
    const mergedInto = merges && state.value.mergedInto !== '' ? state.value.mergedInto : null;
    run((revision) => api.pickDraftWholeText(draft.id, { expectedRevision: revision, proposal, mergedInto }));
  };
  const unchanged = state.value.proposal === saved.proposal && (!merges || state.value.mergedInto === saved.mergedInto);
  return (
    <section className="record__section" aria-labelledby="whole-text-heading">
      <h2 id="whole-text-heading">{t('consolidation.wholeText.heading')}</h2>
      <form onSubmit={submit}>
        <fieldset className="form__group" disabled={!writable}>
          <legend>{t('consolidation.wholeText.legend')}</legend>
          <div className="choice">
            <input
              type="radio"
              id="whole-text-none"
              name="whole-text"
              checked={state.value.proposal === ''}
              onChange={() => setState({ ...state, value: { ...state.value, proposal: '' } })}
            />
            <label htmlFor="whole-text-none">{t('consolidation.wholeText.none')}</label>
          </div>
          {wholeText.available.map((proposal) => (
            <div className="choice" key={proposal.id}>
              <input
                type="radio"
                id={`whole-text-${proposal.id}`}
                name="whole-text"
                checked={state.value.proposal === proposal.id}
                onChange={() => setState({ ...state, value: { ...state.value, proposal: proposal.id } })}
              />
              <label htmlFor={`whole-text-${proposal.id}`}>
                <span className="mark">{proposal.mark}</span>{' '}
                <bdi dir="ltr" className="symbol">
                  {proposal.number}
                </bdi>{' '}
                {t(proposal.mark === 'SUP*' ? 'consolidation.wholeText.merge' : 'consolidation.wholeText.abrogate')}
              </label>
            </div>
          ))}
          {merges && (
            <div className="field">
              <label className="field__label" htmlFor="whole-text-merged-into">
                {t('consolidation.wholeText.mergedInto')}
              </label>
              <select
                id="whole-text-merged-into"
                value={state.value.mergedInto}
                onChange={(event) => setState({ ...state, value: { ...state.value, mergedInto: event.target.value } })}
              >
                <option value="">{t('consolidation.wholeText.chooseInstrument')}</option>
                {(instruments.data ?? [])
                  .filter((instrument) => instrument.id !== draft.instrument.id)
                  .map((instrument) => (
                    <option key={instrument.id} value={instrument.id}>
                      {`${instrumentName(t, instrument)} – ${inLanguage(instrument.title, language)}`}
                    </option>
                  ))}
              </select>
            </div>
          )}
          <div className="form__actions">
            <button
              type="submit"
              className="button"
              disabled={pending || unchanged || (merges && state.value.mergedInto === '')}
            >
              {t('consolidation.wholeText.save')}
            </button>
          </div>
        </fieldset>
      </form>
    </section>
  );
}

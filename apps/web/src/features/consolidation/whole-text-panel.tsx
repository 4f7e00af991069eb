import type { ConsolidationDraft } from '@tansiq/api';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../lib/api.ts';
import { inLanguage } from '../../lib/format.ts';
import { useLocale } from '../../lib/use-locale.ts';
import { instrumentName } from '../texts/instrument-name.ts';
import { useAllInstruments } from '../texts/texts.queries.ts';
import type { DraftWrite } from './consolidation.queries.ts';
import { wholeTextChanged, type WholeTextChoice } from './unsaved-work.ts';

/**
 * The whole-text proposals (SUP: abrogate the text; SUP*: abrogate it and merge it into another), offered when
 * some source makes one: none picked revises the text provision by provision. The choice in the form (`value`,
 * kept by the workspace) changes nothing until it is saved, and says so; adoption waits for it.
 */
export function WholeTextPanel({
  draft,
  value,
  writable,
  pending,
  onChange,
  run,
}: {
  draft: ConsolidationDraft;
  value: WholeTextChoice;
  writable: boolean;
  pending: boolean;
  onChange: (value: WholeTextChoice) => void;
  run: (write: DraftWrite) => void;
}) {
  const { t } = useTranslation();
  const { language } = useLocale();
  const { wholeText } = draft;
  const chosen = wholeText.available.find((proposal) => proposal.id === value.proposal);
  const merges = chosen?.mark === 'SUP*';
  const instruments = useAllInstruments();
  if (wholeText.available.length === 0 && wholeText.proposal === null) {
    return null;
  }
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const proposal = value.proposal === '' ? null : value.proposal;
    const mergedInto = merges && value.mergedInto !== '' ? value.mergedInto : null;
    run((revision) => api.pickDraftWholeText(draft.id, { expectedRevision: revision, proposal, mergedInto }));
  };
  const changed = wholeTextChanged(value, draft);
  return (
    <section className="record__section" id="whole-text" aria-labelledby="whole-text-heading">
      <h2 id="whole-text-heading">{t('consolidation.wholeText.heading')}</h2>
      <form onSubmit={submit}>
        <fieldset className="form__group" disabled={!writable}>
          <legend>{t('consolidation.wholeText.legend')}</legend>
          <div className="choice">
            <input
              type="radio"
              id="whole-text-none"
              name="whole-text"
              checked={value.proposal === ''}
              onChange={() => onChange({ ...value, proposal: '' })}
            />
            <label htmlFor="whole-text-none">{t('consolidation.wholeText.none')}</label>
          </div>
          {wholeText.available.map((proposal) => (
            <div className="choice" key={proposal.id}>
              <input
                type="radio"
                id={`whole-text-${proposal.id}`}
                name="whole-text"
                checked={value.proposal === proposal.id}
                onChange={() => onChange({ ...value, proposal: proposal.id })}
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
                value={value.mergedInto}
                onChange={(event) => onChange({ ...value, mergedInto: event.target.value })}
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
          <div role="status">
            {changed && (
              <p className="notice notice--warning" data-unsaved="true">
                {t('consolidation.wholeText.unsaved')}
              </p>
            )}
          </div>
          <div className="form__actions">
            <button
              type="submit"
              className="button"
              disabled={pending || !changed || (merges && value.mergedInto === '')}
            >
              {t('consolidation.wholeText.save')}
            </button>
          </div>
        </fieldset>
      </form>
    </section>
  );
}

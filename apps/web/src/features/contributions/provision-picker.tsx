import type { InstrumentVersion } from '@tansiq/api';
import type { CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import { directionOf } from '../../i18n/languages.ts';
import { useLocale } from '../../lib/use-locale.ts';
import { depthOf, provisionLabel, provisionsById, provisionText } from '../texts/provisions.ts';
import { textDirection } from './tracked-change.tsx';

/** The value of the "whole text" choice (provision ids never take this form). */
export const WHOLE_TEXT = '*';

/**
 * The provisions of a version as radio buttons, each with its citation in the reader's language and its text in the contribution's
 * language (else English), indented as the text nests them; first "the whole text". Arrow keys move between them.
 */
export function ProvisionPicker({
  version,
  language,
  value,
  allowWholeText,
  describedBy,
  onChange,
}: {
  version: InstrumentVersion;
  language: string;
  value: string;
  allowWholeText: boolean;
  describedBy?: string;
  onChange: (value: string) => void;
}) {
  const { t } = useTranslation();
  const { language: uiLanguage } = useLocale();
  const byId = provisionsById(version.provisions);
  return (
    <fieldset className="provision-picker" aria-describedby={describedBy}>
      <legend className="field__label">{t('editor.provision')}</legend>
      <div className="provision-picker__list">
        {allowWholeText && (
          <label className="provision-option provision-option--whole">
            <input
              type="radio"
              name="provision"
              value={WHOLE_TEXT}
              checked={value === WHOLE_TEXT}
              onChange={() => onChange(WHOLE_TEXT)}
            />
            <span className="provision-option__label">{t('editor.wholeText')}</span>
          </label>
        )}
        {version.provisions.map((provision) => {
          const text = provisionText(provision, language);
          const printing = text?.language ?? 'en';
          return (
            <label
              key={provision.id}
              className="provision-option"
              style={{ '--depth': depthOf(provision, byId) } as CSSProperties}
              data-provision-id={provision.id}
            >
              <input
                type="radio"
                name="provision"
                value={provision.id}
                checked={value === provision.id}
                onChange={() => onChange(provision.id)}
              />
              <span className="provision-option__body" lang={printing} dir={textDirection(printing)}>
                <bdi className="provision-option__label" lang={uiLanguage} dir={directionOf(uiLanguage)}>
                  {provisionLabel(provision, uiLanguage)}
                </bdi>{' '}
                <span className="provision-option__text">{text?.text}</span>
              </span>
            </label>
          );
        })}
      </div>
    </fieldset>
  );
}

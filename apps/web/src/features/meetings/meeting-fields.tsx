import { useTranslation } from 'react-i18next';
import { Field, fieldId } from '../../components/form-fields.tsx';
import { directionOf, UI_LANGUAGES, type UiLanguage } from '../../i18n/languages.ts';
import { languageName } from '../../lib/format.ts';
import { useLocale } from '../../lib/use-locale.ts';
import { EDITED_LANGUAGES, timeZoneSuggestions, type MeetingField, type MeetingFormValues } from './meeting-form.ts';

type Setter = <F extends MeetingField>(field: F, value: MeetingFormValues[F]) => void;
type Common = { name: string; label: string; error: string | undefined };

/** A text per language (title or city): English required, the five others optional, each in its own script. */
export function LocalizedFields({
  field,
  values,
  set,
  common,
}: {
  field: 'title' | 'city';
  values: MeetingFormValues;
  set: Setter;
  common: (field: MeetingField) => Common;
}) {
  return (
    <>
      {EDITED_LANGUAGES.map((language) => {
        const name = `${field}.${language}` as const;
        return (
          <Field key={name} {...common(name)} required={language === 'en'}>
            {(control) => (
              <input
                {...control}
                lang={language}
                dir={directionOf(language)}
                value={values[name]}
                onChange={(event) => set(name, event.target.value)}
              />
            )}
          </Field>
        );
      })}
    </>
  );
}

/** The meeting's time zone: free text with the IANA zones the browser knows as suggestions. */
export function TimeZoneField({ value, set, common }: { value: string; set: Setter; common: Common }) {
  const { t } = useTranslation();
  return (
    <Field {...common} hint={t('meetingForm.hints.timeZone')} required>
      {(control) => (
        <>
          <input
            {...control}
            dir="ltr"
            list="time-zones"
            autoComplete="off"
            value={value}
            onChange={(event) => set('timeZone', event.target.value)}
          />
          <datalist id="time-zones">
            {timeZoneSuggestions().map((zone) => (
              <option key={zone} value={zone} />
            ))}
          </datalist>
        </>
      )}
    </Field>
  );
}

/** The meeting's working languages: a checkbox for each of the six, named in the UI language. */
export function LanguagesField({
  values,
  set,
  error,
}: {
  values: readonly UiLanguage[];
  set: Setter;
  error: string | undefined;
}) {
  const { t } = useTranslation();
  const { language: uiLanguage } = useLocale();
  const toggle = (language: UiLanguage, checked: boolean) =>
    set('languages', checked ? [...values, language] : values.filter((candidate) => candidate !== language));
  const errorId = `${fieldId('languages')}-error`;
  return (
    <fieldset
      className={error ? 'field field--invalid choices' : 'field choices'}
      aria-describedby={error ? errorId : undefined}
    >
      <legend className="field__label">
        {t('meetingForm.fields.languages')} <span className="field__required">{t('form.required')}</span>
      </legend>
      {error && (
        <p className="field__error" id={errorId}>
          {error}
        </p>
      )}
      <div className="choices__list">
        {UI_LANGUAGES.map((language, index) => (
          <label key={language} className="choice">
            <input
              type="checkbox"
              id={index === 0 ? fieldId('languages') : undefined}
              checked={values.includes(language)}
              onChange={(event) => toggle(language, event.target.checked)}
            />
            {languageName(uiLanguage, language)}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

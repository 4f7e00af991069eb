import type { Cycle, MemberState, Organization, Region } from '@tansiq/api';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Field, FormErrors } from '../../components/form-fields.tsx';
import { useForm } from '../../components/use-form.ts';
import { placeIssues } from '../../lib/api-errors.ts';
import { languageName } from '../../lib/format.ts';
import { useLocale } from '../../lib/use-locale.ts';
import { MEETING_FIELDS, MEETING_TYPES, type MeetingField, type MeetingFormValues } from './meeting-form.ts';
import { LanguagesField, LocalizedFields, TimeZoneField } from './meeting-fields.tsx';
import { MemberStateOptions } from '../../components/member-state-options.tsx';

/** The reference lists the editor offers. */
export interface MeetingFormChoices {
  cycles: readonly Cycle[] | null;
  memberStates: readonly MemberState[];
  regions: readonly Region[];
  organizations: readonly Organization[];
}

/**
 * The meeting editor: every writable field, each issue the server reports shown on its field and listed above
 * the form. What was typed stays as typed whatever the answer.
 */
export function MeetingForm({
  initial,
  choices,
  submitLabel,
  cancelTo,
  pending,
  error,
  onSubmit,
}: {
  initial: MeetingFormValues;
  choices: MeetingFormChoices;
  submitLabel: string;
  cancelTo: string;
  pending: boolean;
  error: unknown;
  onSubmit: (values: MeetingFormValues) => void;
}) {
  const { t } = useTranslation();
  const { language } = useLocale();
  const fields = choices.cycles === null ? MEETING_FIELDS.filter((field) => field !== 'cycle') : MEETING_FIELDS;
  const labelOf = (field: MeetingField): string => {
    const [name, version] = field.split('.');
    if (version !== undefined) {
      return t(name === 'title' ? 'meetingForm.titleIn' : 'meetingForm.cityIn', {
        language: languageName(language, version),
      });
    }
    return t(`meetingForm.fields.${field as Exclude<MeetingField, `${string}.${string}`>}`);
  };
  const form = useForm({
    initial,
    submission: { error, isPending: pending },
    place: (failure) => placeIssues(failure, fields, 'code'),
    message: (issue) => t(`issues.${issue.key}`),
    label: labelOf,
  });
  const { values, set, errorOf } = form;

  const submit = form.onSubmit(() => onSubmit(values));
  const common = (field: MeetingField) => ({ name: field, label: labelOf(field), error: errorOf(field) });

  return (
    <form className="form form--wide" onSubmit={submit} noValidate>
      <FormErrors form={form} />
      <fieldset className="form__group">
        <legend>{t('meetingForm.groups.identity')}</legend>
        <Field {...common('code')} hint={t('meetingForm.hints.code')} required>
          {(control) => (
            <input {...control} dir="ltr" value={values.code} onChange={(e) => set('code', e.target.value)} />
          )}
        </Field>
        {choices.cycles !== null && (
          <Field {...common('cycle')} required>
            {(control) => (
              <select {...control} value={values.cycle} onChange={(e) => set('cycle', e.target.value)}>
                {choices.cycles?.map((cycle) => (
                  <option key={cycle.id} value={cycle.code}>
                    {cycle.name}
                  </option>
                ))}
              </select>
            )}
          </Field>
        )}
        <Field {...common('type')} required>
          {(control) => (
            <select
              {...control}
              value={values.type}
              onChange={(e) => set('type', e.target.value as MeetingFormValues['type'])}
            >
              {MEETING_TYPES.map((type) => (
                <option key={type} value={type}>
                  {t(`meeting.type.${type}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <LocalizedFields field="title" values={values} set={set} common={common} />
      </fieldset>
      <fieldset className="form__group">
        <legend>{t('meetingForm.groups.when')}</legend>
        <div className="form__row">
          <Field {...common('startsOn')} required>
            {(control) => (
              <input
                {...control}
                type="date"
                value={values.startsOn}
                onChange={(e) => set('startsOn', e.target.value)}
              />
            )}
          </Field>
          <Field {...common('endsOn')} required>
            {(control) => (
              <input {...control} type="date" value={values.endsOn} onChange={(e) => set('endsOn', e.target.value)} />
            )}
          </Field>
        </div>
        <TimeZoneField value={values.timeZone} set={set} common={common('timeZone')} />
      </fieldset>
      <fieldset className="form__group">
        <legend>{t('meetingForm.groups.where')}</legend>
        <LocalizedFields field="city" values={values} set={set} common={common} />
        <Field {...common('countryIso3')}>
          {(control) => (
            <select {...control} value={values.countryIso3} onChange={(e) => set('countryIso3', e.target.value)}>
              <option value="">{t('form.none')}</option>
              <MemberStateOptions states={choices.memberStates} />
            </select>
          )}
        </Field>
      </fieldset>
      <fieldset className="form__group">
        <legend>{t('meetingForm.groups.who')}</legend>
        <LanguagesField values={values.languages} set={set} error={errorOf('languages')} />
        <Field {...common('regionId')} hint={t('meetingForm.hints.regionId')}>
          {(control) => (
            <select {...control} value={values.regionId} onChange={(e) => set('regionId', e.target.value)}>
              <option value="">{t('form.none')}</option>
              {choices.regions.map((region) => (
                <option key={region.id} value={region.id}>
                  {region.name[language] ?? region.name.en}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field {...common('organizationCode')} hint={t('meetingForm.hints.organizationCode')}>
          {(control) => (
            <select
              {...control}
              value={values.organizationCode}
              onChange={(e) => set('organizationCode', e.target.value)}
            >
              <option value="">{t('form.none')}</option>
              {choices.organizations.map((organization) => (
                <option key={organization.code} value={organization.code}>
                  {`${organization.code} · ${organization.name[language] ?? organization.name.en}`}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field {...common('maxProxies')} hint={t('meetingForm.hints.maxProxies')} required>
          {(control) => (
            <input
              {...control}
              type="number"
              min={0}
              max={10}
              step={1}
              inputMode="numeric"
              value={values.maxProxies}
              onChange={(e) => set('maxProxies', e.target.value)}
            />
          )}
        </Field>
      </fieldset>
      <div className="form__actions">
        <button type="submit" className="button" disabled={form.pending}>
          {form.pending ? t('form.saving') : submitLabel}
        </button>
        <Link className="button button--secondary" to={cancelTo}>
          {t('form.cancel')}
        </Link>
      </div>
    </form>
  );
}

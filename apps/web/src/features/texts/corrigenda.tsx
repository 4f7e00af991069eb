import type { InstrumentVersion } from '@tansiq/api';
import { provisionLabel as provisionLabelOf } from '@tansiq/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Field, FormErrors } from '../../components/form-fields.tsx';
import { useForm } from '../../components/use-form.ts';
import { directionOf } from '../../i18n/languages.ts';
import { formatLongDate, languageName } from '../../lib/format.ts';
import { useLocale } from '../../lib/use-locale.ts';
import { correctableProvisions, corrigendumIssues, type CorrigendumField } from './corrigendum-form.ts';
import { provisionLabel, provisionsById, type Provision, type TextLanguage } from './provisions.ts';
import { useIssueCorrigendum } from './texts.queries.ts';

/** A provision of a version named in a language, by its id (the domain's label when the version lacks it). */
function labelOf(id: string, byId: ReadonlyMap<string, Provision>, language: string): string {
  const provision = byId.get(id);
  return provision === undefined ? provisionLabelOf(id, language) : provisionLabel(provision, language);
}

/**
 * A version's corrigenda, in number order: label, language, date, reason, and each change before and after, its
 * provision named in the reader's language.
 */
export function CorrigendaList({ version }: { version: InstrumentVersion }) {
  const { t } = useTranslation();
  const { language: uiLanguage, locale } = useLocale();
  const corrigenda = version.corrigenda;
  const byId = provisionsById(version.provisions);
  if (corrigenda.length === 0) {
    return <p className="muted">{t('corrigenda.none')}</p>;
  }
  return (
    <ol className="corrigenda" aria-label={t('corrigenda.heading')}>
      {corrigenda.map((corrigendum) => (
        <li key={corrigendum.id} className="corrigenda__item" data-corrigendum={corrigendum.number}>
          <p className="corrigenda__title">
            <strong>{t('corrigenda.label', { number: corrigendum.number })}</strong>{' '}
            <span className="muted">
              {t('corrigenda.issued', {
                language: languageName(uiLanguage, corrigendum.language),
                date: formatLongDate(locale, corrigendum.issuedAt),
              })}
            </span>
          </p>
          <p>{t('corrigenda.reason', { reason: corrigendum.reason })}</p>
          <dl className="corrigenda__changes">
            {corrigendum.changes.map((change) => (
              <div key={change.provision}>
                <dt>{labelOf(change.provision, byId, uiLanguage)}</dt>
                <dd lang={corrigendum.language} dir={directionOf(corrigendum.language)}>
                  <del aria-label={t('corrigenda.before')}>{change.before}</del>{' '}
                  <ins aria-label={t('corrigenda.after')}>{change.after}</ins>
                </dd>
              </div>
            ))}
          </dl>
        </li>
      ))}
    </ol>
  );
}

/**
 * The secretariat's form to issue a corrigendum on one provision: the language, the provision (its text as it
 * reads now comes into the box), the new text and the reason. The server decides; its refusals show on their fields.
 */
export function CorrigendumForm({
  version,
  languages,
}: {
  version: InstrumentVersion;
  languages: readonly TextLanguage[];
}) {
  const { t } = useTranslation();
  const { language: uiLanguage } = useLocale();
  const issue = useIssueCorrigendum(version.id);
  const [issued, setIssued] = useState<number | null>(null);
  const labelOf = (field: CorrigendumField) => t(`corrigenda.fields.${field}`);
  const form = useForm({
    initial: { language: languages[0] ?? 'en', provision: '', text: '', reason: '' },
    submission: issue,
    place: corrigendumIssues,
    message: (found) => t(`issues.${found.key}`),
    label: labelOf,
  });
  const { values, set, patch, errorOf } = form;
  const { language, provision, text, reason } = values;
  const provisions = correctableProvisions(version, language);

  const pick = (id: string) =>
    patch({ provision: id, text: provisions.find((candidate) => candidate.id === id)?.text ?? '' });
  const submit = form.onSubmit(() => {
    setIssued(null);
    issue.mutate(
      { language, reason, changes: provision === '' ? [] : [{ provision, text }] },
      {
        onSuccess: (corrigendum) => {
          setIssued(corrigendum.number);
          patch({ provision: '', text: '', reason: '' });
        },
      },
    );
  });

  return (
    <form className="form form--wide" onSubmit={submit} noValidate aria-labelledby="corrigendum-form-heading">
      <h3 id="corrigendum-form-heading">{t('corrigenda.formHeading')}</h3>
      <p>{t('corrigenda.formIntro')}</p>
      <FormErrors form={form} />
      {issued !== null && (
        <p className="notice notice--success" role="status">
          {t('corrigenda.issuedNotice', { number: issued })}
        </p>
      )}
      <div className="form__row">
        <Field name="language" label={labelOf('language')} error={errorOf('language')} required>
          {(control) => (
            <select
              {...control}
              value={language}
              onChange={(event) => patch({ language: event.target.value as TextLanguage, provision: '', text: '' })}
            >
              {languages.map((code) => (
                <option key={code} value={code}>
                  {languageName(uiLanguage, code)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field name="provision" label={labelOf('provision')} error={errorOf('provision')} required>
          {(control) => (
            <select {...control} value={provision} onChange={(event) => pick(event.target.value)}>
              <option value="">{t('corrigenda.pickProvision')}</option>
              {provisions.map((candidate) => (
                <option key={candidate.id} value={candidate.id}>
                  {provisionLabelOf(candidate.id, uiLanguage, { unnumbered: candidate.num === '' })}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <Field name="text" label={labelOf('text')} hint={t('corrigenda.hints.text')} error={errorOf('text')} required>
        {(control) => (
          <textarea
            {...control}
            rows={4}
            lang={language}
            dir={directionOf(language)}
            value={text}
            onChange={(event) => set('text', event.target.value)}
          />
        )}
      </Field>
      <Field name="reason" label={labelOf('reason')} error={errorOf('reason')} required>
        {(control) => <input {...control} value={reason} onChange={(event) => set('reason', event.target.value)} />}
      </Field>
      <div className="form__actions">
        <button type="submit" className="button" disabled={form.pending}>
          {form.pending ? t('form.saving') : t('corrigenda.issue')}
        </button>
      </div>
    </form>
  );
}

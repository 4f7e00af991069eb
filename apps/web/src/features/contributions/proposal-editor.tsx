import type { Contribution, Instrument, InstrumentVersion } from '@tansiq/api';
import { provisionLabel as provisionLabelOf } from '@tansiq/domain';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Field, FormErrors } from '../../components/form-fields.tsx';
import { useForm } from '../../components/use-form.ts';
import { placeIssues, type PlacedIssue } from '../../lib/api-errors.ts';
import { inLanguage } from '../../lib/format.ts';
import { useLocale } from '../../lib/use-locale.ts';
import { instrumentName } from '../texts/instrument-name.ts';
import { provisionLabel, provisionText, suggestNewProvisionId } from '../texts/provisions.ts';
import { useInstrumentVersion } from '../texts/texts.queries.ts';
import { versionLabelIn } from '../texts/version-label.ts';
import { useAddProposal } from './contributions.queries.ts';
import { LiveDiff } from './live-diff.tsx';
import {
  addsProvision,
  blankProposal,
  bringsText,
  MARK_KEYS,
  marksFor,
  modifies,
  needsReasons,
  PROPOSAL_FIELDS,
  proposalBody,
  withChange,
  type Mark,
  type ProposalContext,
  type ProposalFormValues,
} from './proposal-form.ts';
import { ProvisionPicker, WHOLE_TEXT } from './provision-picker.tsx';
import { textDirection } from './tracked-change.tsx';

type EditorField = 'target' | 'tag' | 'place' | 'mark' | 'text' | 'reasons';

/** The select's value for what the proposal is on. */
function targetValue(values: ProposalFormValues): string {
  if (values.kind === 'new-text' || values.kind === 'general') {
    return values.kind;
  }
  return values.versionId === '' ? '' : `version:${values.versionId}`;
}

/** Issues the editor finds itself before sending: nothing chosen to propose on. */
function localIssues(values: ProposalFormValues): PlacedIssue<EditorField>[] {
  if ((values.kind === 'provision' || values.kind === 'text') && values.versionId === '') {
    return [{ field: 'target', key: 'required' }];
  }
  if (values.kind === 'provision' && values.provisionId === '') {
    return [{ field: 'target', key: 'required' }];
  }
  return [];
}

/** The server's issues on the target go where the reader chose it: the new provision's place, or the tag. */
function placeOnInputs(
  placed: readonly PlacedIssue<EditorField>[],
  values: ProposalFormValues,
): PlacedIssue<EditorField>[] {
  const targetField: EditorField = addsProvision(values.mark, values.kind)
    ? 'place'
    : values.kind === 'new-text'
      ? 'tag'
      : 'target';
  return placed.map((issue) => (issue.field === 'target' ? { ...issue, field: targetField } : issue));
}

/**
 * The contribution editor: choose a text in force and a provision (or a whole text, a draft new text, a general
 * matter), a mark, then the text — a modification starts from the text in force with a live word diff; an
 * addition chooses its place ("after considering c)", in the reader's language) and takes the id that follows —
 * and the reasons; "Add" sends it, and the server's issues land on their fields.
 */
export function ProposalEditor({
  contribution,
  instruments,
}: {
  contribution: Contribution;
  instruments: readonly Instrument[];
}) {
  const { t } = useTranslation();
  const { language: uiLanguage } = useLocale();
  const add = useAddProposal(contribution.id);
  const form = useForm({
    initial: blankProposal,
    submission: add,
    place: (error, values: ProposalFormValues) => placeOnInputs(placeIssues(error, PROPOSAL_FIELDS), values),
    message: (issue) => t(`issues.${issue.key}`),
    label: (field: EditorField) => t(`editor.fields.${field}`),
  });
  const { values, setValues, errorOf } = form;
  const [added, setAdded] = useState<number | null>(null);
  const version = useInstrumentVersion(values.versionId === '' ? null : values.versionId);
  const language = contribution.originalLanguage;
  const loaded: InstrumentVersion | undefined = version.data?.id === values.versionId ? version.data : undefined;

  const context: ProposalContext = useMemo(
    () => ({
      baseTextOf: (provisionId) => {
        const provision = loaded?.provisions.find((candidate) => candidate.id === provisionId);
        return provision ? (provisionText(provision, language)?.text ?? null) : null;
      },
      suggestNewId: (afterId) => (loaded ? suggestNewProvisionId(loaded.provisions, afterId) : ''),
    }),
    [loaded, language],
  );
  const change = (next: Partial<ProposalFormValues>) => {
    setAdded(null);
    setValues((current) => withChange(current, next, context));
  };

  const submit = form.onSubmit(() => {
    const issues = localIssues(values);
    if (issues.length > 0) {
      form.found(issues);
      return;
    }
    add.mutate(proposalBody(values), {
      onSuccess: (updated) => {
        setAdded(updated.proposals.length);
        form.reset(blankProposal(values.versionId));
      },
    });
  });

  const onTarget = (value: string) => {
    if (value.startsWith('version:')) {
      change({ kind: 'provision', versionId: value.slice('version:'.length), provisionId: '' });
    } else if (value === 'new-text' || value === 'general') {
      change({ kind: value, versionId: '' });
    } else {
      change({ kind: 'provision', versionId: '' });
    }
  };
  const onProvision = (value: string) =>
    change(value === WHOLE_TEXT ? { kind: 'text' } : { kind: 'provision', provisionId: value });

  const chosen = loaded?.provisions.find((provision) => provision.id === values.provisionId);
  const base = chosen ? provisionText(chosen, language) : null;
  const textLanguage = modifies(values.mark) && base !== null ? base.language : language;
  const showPreview = modifies(values.mark) && base !== null && values.kind === 'provision';

  return (
    <section className="record__section editor" aria-labelledby="editor-heading">
      <h2 id="editor-heading">{t('editor.heading')}</h2>
      <form className="form form--wide" onSubmit={submit} noValidate>
        <FormErrors form={form} />
        {added !== null && (
          <p className="notice notice--success" role="status">
            {t('editor.added', { position: added })}
          </p>
        )}
        <fieldset className="form__group">
          <legend>{t('editor.onWhat')}</legend>
          <Field name="target" label={t('editor.fields.target')} error={errorOf('target')} required>
            {(control) => (
              <select {...control} value={targetValue(values)} onChange={(event) => onTarget(event.target.value)}>
                <option value="">{t('editor.chooseText')}</option>
                <optgroup label={t('editor.textsInForce')}>
                  {instruments.flatMap((instrument) =>
                    instrument.versions.map((candidate) => (
                      <option key={candidate.id} value={`version:${candidate.id}`}>
                        {`${instrumentName(t, instrument)} (${versionLabelIn(candidate, candidate.labels, uiLanguage).text}) – ${inLanguage(
                          instrument.title,
                          uiLanguage,
                        )}${candidate.status === 'in-force' ? '' : ` · ${t(`texts.status.${candidate.status}`)}`}`}
                      </option>
                    )),
                  )}
                </optgroup>
                <option value="new-text">{t('editor.newText')}</option>
                <option value="general">{t('editor.general')}</option>
              </select>
            )}
          </Field>
          {values.versionId !== '' && !loaded && (
            <p className="notice" role="status">
              {version.isError ? t('errors.generic') : t('status.loading')}
            </p>
          )}
          {loaded && (
            <ProvisionPicker
              version={loaded}
              language={language}
              value={values.kind === 'text' ? WHOLE_TEXT : values.provisionId}
              allowWholeText
              onChange={onProvision}
            />
          )}
          {values.kind === 'new-text' && (
            <Field
              name="tag"
              label={t('editor.fields.tag')}
              hint={t('editor.hints.tag')}
              error={errorOf('tag')}
              required
            >
              {(control) => (
                <input
                  {...control}
                  dir="ltr"
                  value={values.tag}
                  onChange={(event) => change({ tag: event.target.value })}
                />
              )}
            </Field>
          )}
        </fieldset>
        <fieldset className="form__group">
          <legend>{t('editor.proposal')}</legend>
          <Field name="mark" label={t('editor.fields.mark')} error={errorOf('mark')} required>
            {(control) => (
              <select
                {...control}
                value={values.mark}
                onChange={(event) => change({ mark: event.target.value as Mark })}
              >
                {marksFor(values.kind).map((mark) => (
                  <option key={mark} value={mark}>
                    {`${mark} – ${t(`proposal.marks.${MARK_KEYS[mark]}`)}`}
                  </option>
                ))}
              </select>
            )}
          </Field>
          {addsProvision(values.mark, values.kind) && loaded && (
            <Field
              name="place"
              label={t('editor.fields.place')}
              hint={
                values.newProvisionId === ''
                  ? undefined
                  : t('editor.hints.place', { provision: provisionLabelOf(values.newProvisionId, uiLanguage) })
              }
              error={errorOf('place')}
              required
            >
              {(control) => (
                <select {...control} value={values.provisionId} onChange={(event) => onProvision(event.target.value)}>
                  <option value="">{t('editor.choosePlace')}</option>
                  {loaded.provisions.map((provision) => (
                    <option key={provision.id} value={provision.id}>
                      {t('editor.placeAfter', { provision: provisionLabel(provision, uiLanguage) })}
                    </option>
                  ))}
                </select>
              )}
            </Field>
          )}
          {bringsText(values.mark) ? (
            <Field
              name="text"
              label={t('editor.fields.text')}
              hint={modifies(values.mark) ? t('editor.hints.textMod') : undefined}
              error={errorOf('text')}
              required
            >
              {(control) => (
                <textarea
                  {...control}
                  rows={5}
                  lang={textLanguage}
                  dir={textDirection(textLanguage)}
                  value={values.text}
                  onChange={(event) => change({ text: event.target.value })}
                />
              )}
            </Field>
          ) : (
            <p className="field__hint">{t('editor.hints.noText')}</p>
          )}
          {showPreview && (
            <LiveDiff
              base={base.text}
              text={values.text}
              language={textLanguage}
              labelId="diff-preview-label"
              label={t('editor.preview')}
              unchanged={t('editor.noChangeYet')}
            />
          )}
          <Field
            name="reasons"
            label={t('editor.fields.reasons')}
            hint={needsReasons(values.mark) ? t('editor.hints.reasonsRequired') : t('editor.hints.reasonsOptional')}
            error={errorOf('reasons')}
            required={needsReasons(values.mark)}
          >
            {(control) => (
              <textarea
                {...control}
                rows={3}
                lang={language}
                dir={textDirection(language)}
                value={values.reasons}
                onChange={(event) => change({ reasons: event.target.value })}
              />
            )}
          </Field>
        </fieldset>
        <div className="form__actions">
          <button type="submit" className="button" disabled={form.pending}>
            {form.pending ? t('form.saving') : t('editor.add')}
          </button>
        </div>
      </form>
    </section>
  );
}

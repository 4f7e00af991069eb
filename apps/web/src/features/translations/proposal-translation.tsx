import type { DocumentTranslation, InstrumentVersion } from '@tansiq/api';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Field, FormErrors } from '../../components/form-fields.tsx';
import { useForm } from '../../components/use-form.ts';
import { languageName } from '../../lib/format.ts';
import { useLocale } from '../../lib/use-locale.ts';
import { LiveDiff } from '../contributions/live-diff.tsx';
import { MARK_KEYS } from '../contributions/proposal-form.ts';
import { ProposalTarget } from '../contributions/proposal-target.tsx';
import { textDirection, TrackedChange } from '../contributions/tracked-change.tsx';
import { useReloadTranslation, useSaveProposalTranslation } from './translations.queries.ts';
import { isStale, translationIssues, type TranslationField, type TranslationIssue } from './translations.ts';

type Translated = DocumentTranslation['proposals'][number];

const TEXTLESS = new Set(['SUP', 'SUP*', 'NOC']);
const MODS = new Set(['MOD', '(MOD)']);

/** Whether a proposal's translation carries a text (a SUP or NOC is translated by its reasons only). */
export const carriesText = (proposal: Pick<Translated, 'mark'>) => !TEXTLESS.has(proposal.mark);

/** Whether a proposal is diffed against the base in the translation's language (a MOD of a provision). */
const diffed = (proposal: Translated) => MODS.has(proposal.mark) && proposal.target.kind === 'provision';

/** The original's text and reasons, marked with its own language and direction. */
function OriginalSide({ proposal }: { proposal: Translated }) {
  const { t } = useTranslation();
  const { language: uiLanguage } = useLocale();
  const { language, text, reasons } = proposal.original;
  const own = { lang: language, dir: textDirection(language) };
  return (
    <div className="translation-pair__side translation-pair__side--original">
      <p className="translation-pair__label">
        {t('translations.screen.originalIn', { language: languageName(uiLanguage, language) })}
      </p>
      {text !== null && (
        <p className="proposal__text" {...own}>
          {text}
        </p>
      )}
      {(proposal.mark === 'SUP' || proposal.mark === 'SUP*') && (
        <p className="proposal__note">{t('proposal.suppressesText')}</p>
      )}
      {reasons !== null && (
        <div className="proposal__reasons">
          <p className="proposal__reasons-label">{t('proposal.reasons')}</p>
          <p {...own}>{reasons}</p>
        </div>
      )}
    </div>
  );
}

/** A NOC's text in force, in the translation's language: what the language version shows unchanged. */
function KeptText({ proposal, language }: { proposal: Translated; language: string }) {
  const { t } = useTranslation();
  if (proposal.mark !== 'NOC') {
    return null;
  }
  return (
    <>
      <p className="proposal__note">{t('proposal.noChange')}</p>
      {proposal.baseText !== null && (
        <p className="proposal__text proposal__text--kept" lang={language} dir={textDirection(language)}>
          {proposal.baseText}
        </p>
      )}
    </>
  );
}

/** The translation as readers see it: a MOD as tracked changes against the base in that language. */
function TranslatedSide({ proposal, language }: { proposal: Translated; language: string }) {
  const { t } = useTranslation();
  const { language: uiLanguage } = useLocale();
  const own = { lang: language, dir: textDirection(language) };
  return (
    <div className="translation-pair__side">
      <p className="translation-pair__label">
        {t('translations.screen.translationIn', { language: languageName(uiLanguage, language) })}
      </p>
      <KeptText proposal={proposal} language={language} />
      {proposal.diff !== null ? (
        <TrackedChange ops={proposal.diff.ops} language={language} className="proposal__text" />
      ) : (
        proposal.text !== null && (
          <p className="proposal__text" {...own}>
            {proposal.text}
          </p>
        )
      )}
      {proposal.reasons !== null && (
        <div className="proposal__reasons">
          <p className="proposal__reasons-label">{t('proposal.reasons')}</p>
          <p {...own}>{proposal.reasons}</p>
        </div>
      )}
      {proposal.revision === 0 && <p className="muted">{t('translations.screen.notTranslated')}</p>}
    </div>
  );
}

interface Values {
  text: string;
  reasons: string;
  /** The revision of this proposal's translation the values are based on (sent as `expectedRevision`). */
  revision: number;
}

/** A form's values from what is stored; an untranslated MOD starts from the base in that language, as in the editor. */
const valuesOf = (proposal: Translated): Values => ({
  text: proposal.text ?? (diffed(proposal) ? (proposal.baseText ?? '') : ''),
  reasons: proposal.reasons ?? '',
  revision: proposal.revision,
});

/**
 * One proposal's translation being written: the text (with the live diff against the base in that language for
 * a MOD) and the reasons, saved on the revision read. A save that another came before is refused: the message
 * says so, the proposal is read again, and the text typed is kept below it to copy, never sent over the other.
 */
function TranslationForm({
  translation,
  proposal,
  outside,
  onSaved,
}: {
  translation: DocumentTranslation;
  proposal: Translated;
  /** Issues of a publication or a whole save refused, on this proposal. */
  outside: readonly TranslationIssue[];
  onSaved: (proposalId: string) => void;
}) {
  const { t } = useTranslation();
  const { language: uiLanguage } = useLocale();
  const { documentId, language } = translation;
  const save = useSaveProposalTranslation(documentId, language, proposal.proposalId);
  const reload = useReloadTranslation(documentId, language);
  const [kept, setKept] = useState<Values | null>(null);
  const [saved, setSaved] = useState(false);
  const textField: TranslationField = `${proposal.proposalId}.text`;
  const reasonsField: TranslationField = `${proposal.proposalId}.reasons`;
  const labels = { text: t('translations.screen.text'), reasons: t('translations.screen.reasons') };
  const form = useForm<Values, TranslationField, TranslationIssue>({
    initial: () => valuesOf(proposal),
    submission: save,
    place: (error) =>
      translationIssues(error, translation.proposals).filter(
        (issue) => issue.proposalId === null || issue.proposalId === proposal.proposalId,
      ),
    message: (issue) => t(issue.key),
    label: (field) => (field === reasonsField ? labels.reasons : labels.text),
  });
  const { values } = form;
  const errorOf = (field: TranslationField) => {
    const placed = outside.find((issue) => issue.field === field);
    return form.errorOf(field) ?? (placed === undefined ? undefined : t(placed.key));
  };
  const stored = valuesOf(proposal);
  const changed = values.text !== stored.text || values.reasons !== stored.reasons;
  const own = { lang: language, dir: textDirection(language) };
  const headingId = `translate-${proposal.proposalId}`;

  const submit = form.onSubmit(() => {
    setSaved(false);
    const sent = values;
    save.mutate(
      {
        text: carriesText(proposal) && sent.text.trim() !== '' ? sent.text : null,
        reasons: sent.reasons.trim() === '' ? null : sent.reasons,
        expectedRevision: sent.revision,
      },
      {
        onSuccess: (answer) => {
          const now = answer.proposals.find((candidate) => candidate.proposalId === proposal.proposalId);
          if (now !== undefined) {
            form.reset(valuesOf(now));
          }
          setKept(null);
          setSaved(true);
          onSaved(proposal.proposalId);
        },
        onError: (error) => {
          if (!isStale(error)) {
            return;
          }
          setKept(sent);
          void reload().then((fresh) => {
            const now = fresh.proposals.find((candidate) => candidate.proposalId === proposal.proposalId);
            if (now !== undefined) {
              form.reset(valuesOf(now));
            }
          });
        },
      },
    );
  });

  return (
    <form className="translation-form" onSubmit={submit} noValidate aria-labelledby={headingId}>
      <p id={headingId} className="translation-pair__label">
        {t('translations.screen.translationIn', { language: languageName(uiLanguage, language) })}
      </p>
      <FormErrors form={form} />
      <KeptText proposal={proposal} language={language} />
      {kept !== null && (
        <div className="translation-form__kept" role="group" aria-label={t('translations.screen.keptLabel')}>
          <p className="translation-pair__label">{t('translations.screen.keptLabel')}</p>
          {kept.text !== '' && (
            <p className="proposal__text" {...own}>
              {kept.text}
            </p>
          )}
          {kept.reasons !== '' && <p {...own}>{kept.reasons}</p>}
        </div>
      )}
      {carriesText(proposal) && (
        <Field name={textField} label={labels.text} error={errorOf(textField)}>
          {(control) => <textarea {...control} {...own} rows={5} value={values.text} onChange={form.input('text')} />}
        </Field>
      )}
      {carriesText(proposal) &&
        diffed(proposal) &&
        (proposal.baseText === null ? (
          <p className="notice">{t('translations.screen.noBase')}</p>
        ) : (
          <LiveDiff
            base={proposal.baseText}
            text={values.text}
            language={language}
            labelId={`${headingId}-diff`}
            label={t('translations.screen.diffLabel', { language: languageName(uiLanguage, language) })}
            unchanged={t('editor.noChangeYet')}
          />
        ))}
      <Field name={reasonsField} label={labels.reasons} error={errorOf(reasonsField)}>
        {(control) => (
          <textarea {...control} {...own} rows={3} value={values.reasons} onChange={form.input('reasons')} />
        )}
      </Field>
      <div className="form__actions">
        <button type="submit" className="button button--small" disabled={form.pending}>
          {form.pending ? t('form.saving') : t('translations.screen.save')}
        </button>
        <span className="muted" aria-live="polite">
          {changed ? t('translations.screen.unsaved') : saved ? t('translations.screen.saved') : ''}
        </span>
      </div>
    </form>
  );
}

/**
 * One proposal of a language version: its mark, number and target, the original beside the translation (a form
 * for those who translate while the version is not published).
 */
export function ProposalTranslation({
  translation,
  proposal,
  versions,
  editable,
  outside,
  onSaved,
}: {
  translation: DocumentTranslation;
  proposal: Translated;
  versions: ReadonlyMap<string, InstrumentVersion>;
  editable: boolean;
  outside: readonly TranslationIssue[];
  onSaved: (proposalId: string) => void;
}) {
  const { t } = useTranslation();
  const headingId = `proposal-${proposal.proposalId}`;
  return (
    <li
      className="proposal"
      data-proposal-mark={proposal.mark}
      data-proposal-id={proposal.proposalId}
      data-translated={proposal.revision > 0 ? 'yes' : 'no'}
    >
      <article aria-labelledby={headingId}>
        <div className="proposal__header">
          <h3 className="proposal__heading" id={headingId}>
            <abbr className="mark" title={t(`proposal.marks.${MARK_KEYS[proposal.mark]}`)} dir="ltr">
              {proposal.mark}
            </abbr>{' '}
            <bdi className="proposal__number" dir="ltr">
              {proposal.number}
            </bdi>
          </h3>
        </div>
        <ProposalTarget target={proposal.target} versions={versions} className="proposal__target" />
        <div className="translation-pair">
          <OriginalSide proposal={proposal} />
          {editable ? (
            <TranslationForm translation={translation} proposal={proposal} outside={outside} onSaved={onSaved} />
          ) : (
            <TranslatedSide proposal={proposal} language={translation.language} />
          )}
        </div>
      </article>
    </li>
  );
}

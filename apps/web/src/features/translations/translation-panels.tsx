import type { DocumentTranslation } from '@tansiq/api';
import { useTranslation } from 'react-i18next';
import { Field, FormErrors } from '../../components/form-fields.tsx';
import { useForm, type Submission } from '../../components/use-form.ts';
import { languageName } from '../../lib/format.ts';
import { useLocale } from '../../lib/use-locale.ts';
import { textDirection } from '../contributions/tracked-change.tsx';
import { TranslationStatusBadge } from './translation-labels.tsx';
import {
  translationIssues,
  translationMoves,
  wholeTranslationBody,
  type TranslationField,
  type TranslationIssue,
  type TranslationMove,
} from './translations.ts';

/** The label of a proposal's field in an error summary: the proposal's number and the part named. */
function useFieldLabel(translation: DocumentTranslation) {
  const { t } = useTranslation();
  return (field: TranslationField) => {
    if (field === 'title') {
      return t('translations.screen.title');
    }
    const [proposalId, part] = field.split('.');
    const proposal = translation.proposals.find((candidate) => candidate.proposalId === proposalId);
    return t(part === 'reasons' ? 'translations.screen.reasonsOf' : 'translations.screen.textOf', {
      number: proposal?.number ?? '',
    });
  };
}

/**
 * The version's status and its moves (start, publish, reopen for a correction), each on the revision read; a
 * refused publication lists what is missing, each linked to the proposal's field.
 */
export function StatusPanel({
  translation,
  move,
  onMove,
}: {
  translation: DocumentTranslation;
  move: Submission;
  onMove: (to: DocumentTranslation['status']) => void;
}) {
  const { t } = useTranslation();
  const label = useFieldLabel(translation);
  const form = useForm<Record<string, never>, TranslationField, TranslationIssue>({
    initial: {},
    submission: move,
    place: (error) => translationIssues(error, translation.proposals),
    message: (issue) => t(issue.key),
    label,
  });
  const names: Record<TranslationMove, string> = {
    start: t('translations.moves.start'),
    publish: t('translations.moves.publish'),
    reopen: t('translations.moves.reopen'),
  };
  return (
    <section className="record__section translation-status" aria-labelledby="translation-status-heading">
      <h2 id="translation-status-heading">{t('translations.screen.statusHeading')}</h2>
      <FormErrors form={form} />
      <p>
        <TranslationStatusBadge status={translation.status} />
      </p>
      <p className="field__hint">{t(`translations.moves.hint.${translation.status}`)}</p>
      <div className="form__actions">
        {translationMoves(translation.status).map(({ move: kind, to }) => (
          <button
            key={kind}
            type="button"
            className={kind === 'reopen' ? 'button button--secondary' : 'button'}
            disabled={form.pending}
            data-move={kind}
            onClick={() => onMove(to)}
          >
            {names[kind]}
          </button>
        ))}
      </div>
    </section>
  );
}

/**
 * The title in the version's language, saved with the whole version as stored (every proposal as last saved), so
 * it is accepted once the proposals are translated.
 */
export function TitleForm({
  translation,
  save,
  onSave,
}: {
  translation: DocumentTranslation;
  save: Submission;
  onSave: (body: ReturnType<typeof wholeTranslationBody>) => void;
}) {
  const { t } = useTranslation();
  const { language: uiLanguage } = useLocale();
  const label = useFieldLabel(translation);
  const form = useForm<{ title: string }, TranslationField, TranslationIssue>({
    initial: () => ({ title: translation.title ?? '' }),
    submission: save,
    place: (error) => translationIssues(error, translation.proposals),
    message: (issue) => t(issue.key),
    label,
  });
  const { language, originalLanguage } = translation;
  const submit = form.onSubmit(() => onSave(wholeTranslationBody(translation, form.values.title)));
  return (
    <form className="form form--wide" onSubmit={submit} noValidate aria-labelledby="translation-title-heading">
      <h2 id="translation-title-heading">{t('translations.screen.titleHeading')}</h2>
      <FormErrors form={form} />
      <p className="translation-pair__label">
        {t('translations.screen.originalIn', { language: languageName(uiLanguage, originalLanguage) })}
      </p>
      <p lang={originalLanguage} dir={textDirection(originalLanguage)}>
        {translation.originalTitle}
      </p>
      <Field
        name="title"
        label={t('translations.screen.titleIn', { language: languageName(uiLanguage, language) })}
        hint={t('translations.screen.titleHint')}
        error={form.errorOf('title')}
      >
        {(control) => (
          <input
            {...control}
            lang={language}
            dir={textDirection(language)}
            value={form.values.title}
            onChange={form.input('title')}
          />
        )}
      </Field>
      <div className="form__actions">
        <button type="submit" className="button button--small" disabled={form.pending}>
          {form.pending ? t('form.saving') : t('translations.screen.saveTitle')}
        </button>
      </div>
    </form>
  );
}

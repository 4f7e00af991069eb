import type { AgendaItem, OfficerGroup } from '@tansiq/api';
import { LANGUAGES, VOTE_KINDS, votingMethodsFor, type Language } from '@tansiq/domain';
import { useTranslation } from 'react-i18next';
import { Field, FormErrors } from '../../components/form-fields.tsx';
import { useForm } from '../../components/use-form.ts';
import { directionOf } from '../../i18n/languages.ts';
import { languageName, localized } from '../../lib/format.ts';
import { useLocale } from '../../lib/use-locale.ts';
import { voteProblems, type VoteProblem } from './vote-errors.ts';
import { useCreateVote } from './votes.queries.ts';
import { createVoteBody, emptyVoteForm, type VoteFormValues } from './votes.ts';

/** The title's languages in the form's order: English (required) first, then the others in the ITU's order. */
const TITLE_LANGUAGES: readonly Language[] = ['en', ...LANGUAGES.filter((language) => language !== 'en')];
type TitleField = `title.${Language}`;
const FIELDS = [
  ...TITLE_LANGUAGES.map((language): TitleField => `title.${language}`),
  'kind',
  'method',
  'agendaItem',
  'candidates',
  'officerPost',
  'seats',
] as const;
type VoteField = (typeof FIELDS)[number];
const LABELS = {
  kind: 'votes.form.fields.kind',
  method: 'votes.form.fields.method',
  agendaItem: 'votes.form.fields.agendaItem',
  candidates: 'votes.form.fields.candidates',
  officerPost: 'votes.form.fields.officerPost',
  seats: 'votes.form.fields.seats',
} as const satisfies Record<Exclude<VoteField, TitleField>, string>;

/**
 * The secretariat prepares a vote: its title in English and in any of the five other languages, a question or an election, the method, the
 * agenda item it decides, and for an election the candidates (one a line) or an officer post whose standing
 * nominations stand, and the seats. Every issue the API finds lands on its field.
 */
export function VoteForm({
  meeting,
  agendaItems,
  groups,
  onCreated,
}: {
  meeting: string;
  agendaItems: readonly AgendaItem[];
  groups: readonly OfficerGroup[];
  onCreated: (number: number) => void;
}) {
  const { t } = useTranslation();
  const { language } = useLocale();
  const create = useCreateVote(meeting);
  const labelOf = (field: VoteField): string => {
    if (!field.startsWith('title.')) {
      return t(LABELS[field as Exclude<VoteField, TitleField>]);
    }
    const titleLanguage = field.slice('title.'.length) as Language;
    return titleLanguage === 'en'
      ? t('votes.form.fields.title_en')
      : t('votes.form.fields.titleIn', { language: languageName(language, titleLanguage) });
  };
  const form = useForm<VoteFormValues, string, VoteProblem>({
    initial: () => emptyVoteForm(groups[0]?.id ?? ''),
    submission: create,
    place: (error) => voteProblems(error, FIELDS),
    message: (problem) => t(problem.key),
    label: (field) => labelOf(field as VoteField),
  });
  const { values, patch: set, errorOf } = form;
  const election = values.kind === 'election';
  const posts = groups.find((group) => group.id === values.group)?.posts.filter((post) => post.seats > 0) ?? [];
  const submit = form.onSubmit(() =>
    create.mutate(createVoteBody(values), {
      onSuccess: (vote) => {
        onCreated(vote.number);
        form.reset(emptyVoteForm(values.group));
      },
    }),
  );
  return (
    <form className="form form--wide" onSubmit={submit} noValidate aria-labelledby="vote-form-heading">
      <h2 id="vote-form-heading">{t('votes.form.heading')}</h2>
      <FormErrors form={form} />
      {TITLE_LANGUAGES.map((titleLanguage) => {
        const field: TitleField = `title.${titleLanguage}`;
        return (
          <Field
            key={field}
            name={field}
            label={labelOf(field)}
            error={errorOf(field)}
            required={titleLanguage === 'en'}
          >
            {(control) => (
              <input
                {...control}
                type="text"
                lang={titleLanguage}
                dir={directionOf(titleLanguage)}
                maxLength={500}
                value={values.title[titleLanguage]}
                onChange={(event) => set({ title: { ...values.title, [titleLanguage]: event.target.value } })}
              />
            )}
          </Field>
        );
      })}
      <Field name="kind" label={labelOf('kind')} error={errorOf('kind')} required>
        {(control) => (
          <select
            {...control}
            value={values.kind}
            onChange={(event) => {
              const kind = event.target.value as VoteFormValues['kind'];
              // An election is never by show of hands.
              set({ kind, method: votingMethodsFor(kind).includes(values.method) ? values.method : 'secret' });
            }}
          >
            {VOTE_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {t(`votes.kinds.${kind}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field name="method" label={labelOf('method')} error={errorOf('method')} required>
        {(control) => (
          <select
            {...control}
            value={values.method}
            onChange={(event) => set({ method: event.target.value as VoteFormValues['method'] })}
          >
            {votingMethodsFor(values.kind).map((method) => (
              <option key={method} value={method}>
                {t(`votes.methods.${method}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field name="agendaItem" label={labelOf('agendaItem')} error={errorOf('agendaItem')}>
        {(control) => (
          <select {...control} value={values.agendaItem} onChange={(event) => set({ agendaItem: event.target.value })}>
            <option value="">{t('votes.form.noAgendaItem')}</option>
            {agendaItems.map((item) => {
              const shown = localized(item.title, language);
              // An option holds text alone: the item's title marks its language on the option itself.
              const marked = shown.language === language ? {} : { lang: shown.language, dir: 'auto' as const };
              return (
                <option key={item.id} value={item.id} {...marked}>
                  {`${item.number} ${shown.text}`}
                </option>
              );
            })}
          </select>
        )}
      </Field>
      {election && (
        <fieldset className="field">
          <legend className="field__label">{t('votes.form.source')}</legend>
          <label className="ballot__option">
            <input
              type="radio"
              name="vote-source"
              checked={values.source === 'candidates'}
              onChange={() => set({ source: 'candidates', seats: '1' })}
            />{' '}
            {t('votes.form.sourceCandidates')}
          </label>
          <label className="ballot__option">
            <input
              type="radio"
              name="vote-source"
              checked={values.source === 'post'}
              disabled={groups.length === 0}
              onChange={() => set({ source: 'post', post: 'chair', seats: '' })}
            />{' '}
            {t('votes.form.sourcePost')}
          </label>
        </fieldset>
      )}
      {election && values.source === 'candidates' && (
        <Field
          name="candidates"
          label={labelOf('candidates')}
          hint={t('votes.form.candidatesHint')}
          error={errorOf('candidates')}
          required
        >
          {(control) => (
            <textarea
              {...control}
              rows={4}
              value={values.candidates}
              onChange={(event) => set({ candidates: event.target.value })}
            />
          )}
        </Field>
      )}
      {election && values.source === 'post' && (
        <>
          <Field name="officerPost" label={labelOf('officerPost')} error={errorOf('officerPost')} required>
            {(control) => (
              <select {...control} value={values.group} onChange={(event) => set({ group: event.target.value })}>
                {groups.map((group) => (
                  <option key={group.id} value={group.id}>
                    {group.id}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field name="post" label={t('votes.form.post')} required>
            {(control) => (
              <select
                {...control}
                value={values.post}
                onChange={(event) => set({ post: event.target.value as VoteFormValues['post'] })}
              >
                {posts.map((post) => (
                  <option key={post.kind} value={post.kind}>
                    {t(`votes.posts.${post.kind}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </>
      )}
      {election && (
        <Field name="seats" label={labelOf('seats')} hint={t('votes.form.seatsHint')} error={errorOf('seats')}>
          {(control) => (
            <input
              {...control}
              type="number"
              inputMode="numeric"
              min={1}
              max={50}
              step={1}
              value={values.seats}
              onChange={(event) => set({ seats: event.target.value })}
            />
          )}
        </Field>
      )}
      <div className="form__actions">
        <button type="submit" className="button" disabled={form.pending}>
          {form.pending ? t('form.saving') : t('votes.form.submit')}
        </button>
      </div>
    </form>
  );
}

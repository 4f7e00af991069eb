import type { Meeting, MemberState, Organization, User } from '@tansiq/api';
import { canDraft, fixedSource } from '@tansiq/domain';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { Field, FormErrors } from '../components/form-fields.tsx';
import { LocalizedText } from '../components/localized-text.tsx';
import { QueriesStatus } from '../components/query-state.tsx';
import { useDocumentTitle } from '../components/use-document-title.ts';
import { useForm } from '../components/use-form.ts';
import { RequireUser } from '../features/auth/require-user.tsx';
import {
  blankContribution,
  CONTRIBUTION_FIELDS,
  createContributionBody,
  titleLanguages,
  type ContributionFormValues,
} from '../features/contributions/contribution-form.ts';
import { contributionPath, documentsPath, SourceName } from '../features/contributions/contribution-labels.tsx';
import { useCreateContribution } from '../features/contributions/contributions.queries.ts';
import { useMeeting } from '../features/meetings/meetings.queries.ts';
import { useMemberStates, useOrganizations } from '../features/registry/registry.queries.ts';
import { directionOf, type UiLanguage } from '../i18n/languages.ts';
import { placeIssues } from '../lib/api-errors.ts';
import { languageName } from '../lib/format.ts';
import { useLocale } from '../lib/use-locale.ts';
import { MemberStateOptions } from '../components/member-state-options.tsx';

type FormField = (typeof CONTRIBUTION_FIELDS)[number];

function NewContributionForm({
  user,
  meeting,
  memberStates,
  organizations,
}: {
  user: User;
  meeting: Meeting;
  memberStates: readonly MemberState[];
  organizations: readonly Organization[];
}) {
  const { t } = useTranslation();
  const { language } = useLocale();
  const navigate = useNavigate();
  const create = useCreateContribution();
  const labelOf = (field: FormField, values: Pick<ContributionFormValues, 'originalLanguage'>) => {
    if (!field.startsWith('title.')) {
      return t(`contributionForm.fields.${field as Exclude<FormField, `title.${string}`>}`);
    }
    const code = field.slice('title.'.length);
    const name = languageName(language, code);
    return code === values.originalLanguage
      ? t('contributionForm.titleInOriginal', { language: name })
      : t('contributionForm.titleIn', { language: name });
  };
  const form = useForm({
    initial: () => blankContribution(user, meeting, language),
    submission: create,
    place: (error, values: ContributionFormValues) =>
      placeIssues(error, CONTRIBUTION_FIELDS).map((issue) =>
        // The API names a missing source on memberState; the secretariat may have been choosing an organization.
        issue.field === 'memberState' && values.sourceKind === 'organization'
          ? { ...issue, field: 'organization' as const }
          : issue,
      ),
    message: (issue) => t(`issues.${issue.key}`),
    label: labelOf,
  });
  const { values, errorOf, input: set } = form;
  const setTitle = (language: UiLanguage) => (event: { target: { value: string } }) =>
    form.setValues((current) => ({ ...current, title: { ...current.title, [language]: event.target.value } }));
  const fixed = fixedSource(user);

  const submit = form.onSubmit(() =>
    create.mutate(createContributionBody(meeting.code, values), {
      onSuccess: (contribution) => void navigate(contributionPath(contribution.id)),
    }),
  );

  return (
    <form className="form form--wide" onSubmit={submit} noValidate>
      <FormErrors form={form} />
      <fieldset className="form__group">
        <legend>{t('contributionForm.groups.title')}</legend>
        {titleLanguages(values.originalLanguage).map((code) => {
          const name = `title.${code}` as const;
          return (
            <Field
              key={name}
              name={name}
              label={labelOf(name, values)}
              error={errorOf(name)}
              required={code === values.originalLanguage}
            >
              {(control) => (
                <input
                  {...control}
                  lang={code}
                  dir={directionOf(code)}
                  value={values.title[code] ?? ''}
                  onChange={setTitle(code)}
                />
              )}
            </Field>
          );
        })}
        <Field
          name="originalLanguage"
          label={labelOf('originalLanguage', values)}
          hint={t('contributionForm.hints.originalLanguage')}
          error={errorOf('originalLanguage')}
          required
        >
          {(control) => (
            <select {...control} value={values.originalLanguage} onChange={set('originalLanguage')}>
              {meeting.languages.map((code) => (
                <option key={code} value={code}>
                  {languageName(language, code)}
                </option>
              ))}
            </select>
          )}
        </Field>
      </fieldset>
      <fieldset className="form__group">
        <legend>{t('contributionForm.groups.source')}</legend>
        {fixed !== null ? (
          <p className="contribution-form__source" data-source={fixed.memberStateIso3 ?? fixed.organizationCode}>
            {t('contributionForm.fixedSource')}{' '}
            <strong>
              <SourceName source={fixed} names={{ memberStates, organizations }} />
            </strong>
          </p>
        ) : (
          <>
            <div className="choices__list" role="radiogroup" aria-label={t('contributionForm.sourceKind')}>
              {(['memberState', 'organization'] as const).map((kind) => (
                <label key={kind} className="choice">
                  <input
                    type="radio"
                    name="sourceKind"
                    value={kind}
                    checked={values.sourceKind === kind}
                    onChange={set('sourceKind')}
                  />
                  {t(`contributionForm.sourceKinds.${kind}`)}
                </label>
              ))}
            </div>
            {values.sourceKind === 'memberState' ? (
              <Field name="memberState" label={labelOf('memberState', values)} error={errorOf('memberState')} required>
                {(control) => (
                  <select {...control} value={values.memberState} onChange={set('memberState')}>
                    <option value="">{t('contributionForm.choose')}</option>
                    <MemberStateOptions states={memberStates} />
                  </select>
                )}
              </Field>
            ) : (
              <Field
                name="organization"
                label={labelOf('organization', values)}
                error={errorOf('organization')}
                required
              >
                {(control) => (
                  <select {...control} value={values.organization} onChange={set('organization')}>
                    <option value="">{t('contributionForm.choose')}</option>
                    {organizations.map((organization) => (
                      <option key={organization.code} value={organization.code}>
                        {`${organization.code} · ${organization.name[language] ?? organization.name.en}`}
                      </option>
                    ))}
                  </select>
                )}
              </Field>
            )}
          </>
        )}
      </fieldset>
      <div className="form__actions">
        <button type="submit" className="button" disabled={form.pending}>
          {form.pending ? t('form.saving') : t('contributionForm.create')}
        </button>
        <Link className="button button--secondary" to={documentsPath(meeting.code)}>
          {t('form.cancel')}
        </Link>
      </div>
    </form>
  );
}

function NewContribution({ user, meetingCode }: { user: User; meetingCode: string }) {
  const { t } = useTranslation();
  const meeting = useMeeting(meetingCode);
  const memberStates = useMemberStates();
  const organizations = useOrganizations();
  if (!meeting.data || !memberStates.data || !organizations.data) {
    return <QueriesStatus queries={[meeting, memberStates, organizations]} />;
  }
  return (
    <>
      <div className="page-intro">
        <h1>{t('contributionForm.title')}</h1>
        <p>
          <LocalizedText text={meeting.data.title} />
        </p>
      </div>
      <NewContributionForm
        user={user}
        meeting={meeting.data}
        memberStates={memberStates.data}
        organizations={organizations.data}
      />
    </>
  );
}

/** `/contributions/new?meeting=`: drafting a contribution, for those who may (focal points, coordinators, secretariat). */
export function ContributionNewPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const meeting = params.get('meeting');
  useDocumentTitle(t('contributionForm.title'));
  return (
    <RequireUser allow={canDraft} title={t('contributionForm.title')}>
      {(user) =>
        meeting === null || meeting === '' ? (
          <>
            <div className="page-intro">
              <h1>{t('contributionForm.title')}</h1>
            </div>
            <p className="notice">
              {t('contributionForm.noMeeting')} <Link to="/">{t('nav.timeline')}</Link>
            </p>
          </>
        ) : (
          <NewContribution user={user} meetingCode={meeting} />
        )
      }
    </RequireUser>
  );
}

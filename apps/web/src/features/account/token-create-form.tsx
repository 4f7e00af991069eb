import type { CreatedApiToken } from '@tansiq/api';
import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorSummary, Field, type SummaryItem } from '../../components/form-fields.tsx';
import { SecretOnce } from '../../components/secret-once.tsx';
import { WriteError } from '../../components/write-error.tsx';
import { issuesByField, placeIssues, type PlacedIssue } from '../../lib/api-errors.ts';
import { readExpiryDays } from './api-token.ts';
import { useCreateToken } from './tokens.queries.ts';

const FIELDS = ['name', 'expiresInDays'] as const;
type TokenField = (typeof FIELDS)[number];

/** Creating an API token: a name and an optional lifetime in days; the new token is shown once. */
export function TokenCreateForm() {
  const { t } = useTranslation();
  const create = useCreateToken();
  const [name, setName] = useState('');
  const [days, setDays] = useState('');
  const [badDays, setBadDays] = useState<object | null>(null);
  const [created, setCreated] = useState<CreatedApiToken | null>(null);

  const placed: PlacedIssue[] = useMemo(
    () => (badDays !== null ? [{ field: 'expiresInDays', key: 'too_big' }] : placeIssues(create.error, FIELDS)),
    [badDays, create.error],
  );
  const byField = issuesByField(placed);
  const errorOf = (field: TokenField) => {
    const issue = byField.get(field);
    return issue ? t(`issues.${issue.key}`) : undefined;
  };
  const summary: SummaryItem[] = placed.map((issue) => ({
    field: issue.field,
    label: issue.field === null ? null : t(`account.tokens.${issue.field as TokenField}`),
    message: t(`issues.${issue.key}`),
  }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const expiresInDays = readExpiryDays(days);
    if (expiresInDays === 'invalid') {
      setBadDays({});
      return;
    }
    setBadDays(null);
    create.mutate(
      { name, expiresInDays },
      {
        onSuccess: (token) => {
          setCreated(token);
          setName('');
          setDays('');
        },
      },
    );
  };

  if (created !== null) {
    return (
      <SecretOnce
        label={t('account.tokens.created', { name: created.name })}
        secret={created.token}
        onDone={() => setCreated(null)}
      />
    );
  }
  return (
    <form className="form" onSubmit={submit} noValidate aria-labelledby="token-create-heading">
      <h3 id="token-create-heading">{t('account.tokens.createTitle')}</h3>
      <ErrorSummary
        items={summary}
        title={t('form.problems', { count: summary.length })}
        error={badDays ?? create.error}
      />
      <WriteError error={placed.length === 0 ? create.error : null} />
      <div className="form__row">
        <Field name="name" label={t('account.tokens.name')} error={errorOf('name')} required>
          {(control) => <input {...control} value={name} onChange={(event) => setName(event.target.value)} />}
        </Field>
        <Field
          name="expiresInDays"
          label={t('account.tokens.expiresInDays')}
          hint={t('account.tokens.expiresHint')}
          error={errorOf('expiresInDays')}
        >
          {(control) => (
            <input
              {...control}
              type="number"
              inputMode="numeric"
              min={1}
              max={366}
              value={days}
              onChange={(event) => setDays(event.target.value)}
            />
          )}
        </Field>
      </div>
      <div className="form__actions">
        <button type="submit" className="button" disabled={create.isPending}>
          {create.isPending ? t('form.saving') : t('account.tokens.create')}
        </button>
      </div>
    </form>
  );
}

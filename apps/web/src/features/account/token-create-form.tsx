import type { CreatedApiToken } from '@tansiq/api';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Field, FormErrors } from '../../components/form-fields.tsx';
import { SecretOnce } from '../../components/secret-once.tsx';
import { useForm } from '../../components/use-form.ts';
import { placeIssues, type PlacedIssue } from '../../lib/api-errors.ts';
import { readExpiryDays } from './api-token.ts';
import { useCreateToken } from './account.queries.ts';

const FIELDS = ['name', 'expiresInDays'] as const;
type TokenField = (typeof FIELDS)[number];

/** Creating an API token: a name and an optional lifetime in days; the new token is shown once. */
export function TokenCreateForm() {
  const { t } = useTranslation();
  const create = useCreateToken();
  const [created, setCreated] = useState<CreatedApiToken | null>(null);
  const form = useForm<{ name: string; days: string }, TokenField, PlacedIssue<TokenField>>({
    initial: { name: '', days: '' },
    submission: create,
    place: (error) => placeIssues(error, FIELDS),
    message: (issue) => t(`issues.${issue.key}`),
    label: (field) => t(`account.tokens.${field}`),
  });
  const { values, errorOf } = form;

  const submit = form.onSubmit(() => {
    const expiresInDays = readExpiryDays(values.days);
    if (expiresInDays === 'invalid') {
      form.found([{ field: 'expiresInDays', key: 'too_big' }]);
      return;
    }
    create.mutate(
      { name: values.name, expiresInDays },
      {
        onSuccess: (token) => {
          setCreated(token);
          form.reset();
        },
      },
    );
  });

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
      <FormErrors form={form} />
      <div className="form__row">
        <Field name="name" label={t('account.tokens.name')} error={errorOf('name')} required>
          {(control) => (
            <input {...control} value={values.name} onChange={(event) => form.set('name', event.target.value)} />
          )}
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
              value={values.days}
              onChange={(event) => form.set('days', event.target.value)}
            />
          )}
        </Field>
      </div>
      <div className="form__actions">
        <button type="submit" className="button" disabled={form.pending}>
          {form.pending ? t('form.saving') : t('account.tokens.create')}
        </button>
      </div>
    </form>
  );
}

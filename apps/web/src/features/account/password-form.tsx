import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorSummary, Field, type SummaryItem } from '../../components/form-fields.tsx';
import { WriteError } from '../../components/write-error.tsx';
import { issuesByField, placeIssues, type PlacedIssue } from '../../lib/api-errors.ts';
import { api } from '../../lib/api.ts';
import { withCsrfRefresh } from '../auth/session.queries.ts';

const FIELDS = ['currentPassword', 'newPassword', 'confirmPassword'] as const;
type PasswordField = (typeof FIELDS)[number];

/** Changing one's password: the current one, the new one twice (compared here before anything is sent). */
export function PasswordForm() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [values, setValues] = useState<Record<PasswordField, string>>({
    currentPassword: '',
    newPassword: '',
    confirmPassword: '',
  });
  const [mismatch, setMismatch] = useState<object | null>(null);
  const change = useMutation({
    mutationFn: () =>
      withCsrfRefresh(queryClient, () =>
        api.changePassword({ currentPassword: values.currentPassword, newPassword: values.newPassword }),
      ),
    onSuccess: () => setValues({ currentPassword: '', newPassword: '', confirmPassword: '' }),
  });
  const placed: PlacedIssue[] = useMemo(
    () =>
      mismatch !== null
        ? [{ field: 'confirmPassword', key: 'mismatch' }]
        : placeIssues(change.error, FIELDS, 'currentPassword'),
    [mismatch, change.error],
  );
  const byField = issuesByField(placed);
  const errorOf = (field: PasswordField) => {
    const issue = byField.get(field);
    return issue ? t(`issues.${issue.key}`) : undefined;
  };
  const summary: SummaryItem[] = placed.map((issue) => ({
    field: issue.field,
    label: issue.field === null ? null : t(`account.password.${issue.field as PasswordField}`),
    message: t(`issues.${issue.key}`),
  }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (values.newPassword !== values.confirmPassword) {
      setMismatch({});
      return;
    }
    setMismatch(null);
    change.mutate();
  };
  const input = (field: PasswordField, autoComplete: string) => (
    <Field name={field} label={t(`account.password.${field}`)} error={errorOf(field)} required>
      {(control) => (
        <input
          {...control}
          type="password"
          dir="ltr"
          autoComplete={autoComplete}
          value={values[field]}
          onChange={(event) => setValues((current) => ({ ...current, [field]: event.target.value }))}
        />
      )}
    </Field>
  );

  return (
    <form className="form" onSubmit={submit} noValidate aria-labelledby="password-heading">
      <ErrorSummary
        items={summary}
        title={t('form.problems', { count: summary.length })}
        error={mismatch ?? change.error}
      />
      <WriteError error={placed.length === 0 ? change.error : null} />
      {change.isSuccess && (
        <p className="notice notice--success" role="status">
          {t('account.password.changed')}
        </p>
      )}
      {input('currentPassword', 'current-password')}
      {input('newPassword', 'new-password')}
      {input('confirmPassword', 'new-password')}
      <p className="field__hint">{t('account.password.rule')}</p>
      <div className="form__actions">
        <button type="submit" className="button" disabled={change.isPending}>
          {change.isPending ? t('form.saving') : t('account.password.submit')}
        </button>
      </div>
    </form>
  );
}

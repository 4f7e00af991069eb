import { useTranslation } from 'react-i18next';
import { Field, FormErrors } from '../../components/form-fields.tsx';
import { useForm } from '../../components/use-form.ts';
import { placeIssues, type PlacedIssue } from '../../lib/api-errors.ts';
import { useChangePassword } from './account.queries.ts';

const FIELDS = ['currentPassword', 'newPassword', 'confirmPassword'] as const;
type PasswordField = (typeof FIELDS)[number];

/** Changing one's password: the current one, the new one twice (compared here before anything is sent). */
export function PasswordForm() {
  const { t } = useTranslation();
  const change = useChangePassword();
  const form = useForm<Record<PasswordField, string>, PasswordField, PlacedIssue<PasswordField>>({
    initial: { currentPassword: '', newPassword: '', confirmPassword: '' },
    submission: change,
    place: (error) => placeIssues(error, FIELDS, 'currentPassword'),
    message: (issue) => t(`issues.${issue.key}`),
    label: (field) => t(`account.password.${field}`),
  });
  const { values, errorOf } = form;

  const submit = form.onSubmit(() => {
    if (values.newPassword !== values.confirmPassword) {
      form.found([{ field: 'confirmPassword', key: 'mismatch' }]);
      return;
    }
    change.mutate(
      { currentPassword: values.currentPassword, newPassword: values.newPassword },
      { onSuccess: () => form.reset() },
    );
  });
  const input = (field: PasswordField, autoComplete: string) => (
    <Field name={field} label={t(`account.password.${field}`)} error={errorOf(field)} required>
      {(control) => (
        <input
          {...control}
          type="password"
          dir="ltr"
          autoComplete={autoComplete}
          value={values[field]}
          onChange={(event) => form.set(field, event.target.value)}
        />
      )}
    </Field>
  );

  return (
    <form className="form" onSubmit={submit} noValidate aria-labelledby="password-heading">
      <FormErrors form={form} />
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
        <button type="submit" className="button" disabled={form.pending}>
          {form.pending ? t('form.saving') : t('account.password.submit')}
        </button>
      </div>
    </form>
  );
}

import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { Field } from '../components/form-fields.tsx';
import { Loading } from '../components/query-state.tsx';
import { useDocumentTitle } from '../components/use-document-title.ts';
import { useSession, useSignIn } from '../features/auth/session.queries.ts';
import { errorKey } from '../lib/api-errors.ts';
import { safeReturnPath } from '../lib/return-path.ts';

/** Sign-in with e-mail and password; afterwards back to the page the reader came from (`?next=`). */
export function SignInPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const session = useSession();
  const signIn = useSignIn();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  useDocumentTitle(t('signIn.title'));
  // The session known to this page may have ended since it was read: ask again before saying who is signed in.
  const { refetch } = session;
  useEffect(() => {
    void refetch();
  }, [refetch]);

  const returnTo = safeReturnPath(params.get('next'));
  const failure = signIn.isError ? errorKey(signIn.error) : null;

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    signIn.mutate({ email, password }, { onSuccess: () => void navigate(returnTo, { replace: true }) });
  };

  if (session.isFetching && !signIn.isPending) {
    return <Loading />;
  }
  if (session.data && !signIn.isSuccess) {
    return (
      <>
        <h1>{t('signIn.title')}</h1>
        <p className="notice">{t('signIn.already', { name: session.data.user.name })}</p>
        <p>
          <Link to={returnTo}>{t('signIn.continue')}</Link>
        </p>
      </>
    );
  }

  return (
    <div className="narrow">
      <h1>{t('signIn.title')}</h1>
      <p className="page-lead">{t('signIn.intro')}</p>
      {failure !== null && (
        <div className="notice notice--error" role="alert">
          <p>{failure === 'errors.validation_failed' ? t('signIn.incomplete') : t(failure)}</p>
        </div>
      )}
      <form className="form" onSubmit={onSubmit} noValidate>
        <Field name="email" label={t('signIn.email')} required>
          {(control) => (
            <input
              {...control}
              type="email"
              autoComplete="username"
              dir="ltr"
              value={email}
              onChange={(event) => setEmail(event.target.value)}
            />
          )}
        </Field>
        <Field name="password" label={t('signIn.password')} required>
          {(control) => (
            <input
              {...control}
              type="password"
              autoComplete="current-password"
              dir="ltr"
              value={password}
              onChange={(event) => setPassword(event.target.value)}
            />
          )}
        </Field>
        <div className="form__actions">
          <button type="submit" className="button" disabled={signIn.isPending}>
            {signIn.isPending ? t('signIn.submitting') : t('signIn.submit')}
          </button>
        </div>
      </form>
    </div>
  );
}

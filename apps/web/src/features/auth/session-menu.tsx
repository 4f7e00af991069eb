import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate } from 'react-router';
import { signInPath } from '../../lib/return-path.ts';
import { useSession, useSignOut } from './session.queries.ts';

/** The header's account area: who is signed in, with their role, a link to the account and sign-out; or sign-in. */
export function SessionMenu() {
  const { t } = useTranslation();
  const location = useLocation();
  const navigate = useNavigate();
  const session = useSession();
  const signOut = useSignOut();
  if (session.data === undefined) {
    return null;
  }
  if (session.data === null) {
    if (location.pathname === '/sign-in') {
      return null;
    }
    return (
      <p className="session">
        <Link className="session__link" to={signInPath(`${location.pathname}${location.search}`)}>
          {t('session.signIn')}
        </Link>
      </p>
    );
  }
  const { user } = session.data;
  const onSignOut = () => {
    signOut.mutate(undefined, { onSettled: () => void navigate('/') });
  };
  return (
    <div className="session">
      <Link className="session__link session__user" to="/account">
        {/* A name, written as its owner wrote it: not translated, whatever the page's language. */}
        <bdi className="session__name" translate="no">
          {user.name}
        </bdi>
        {/* Read as "name, role" rather than the two run together. */}
        <span className="visually-hidden">{t('session.separator')}</span>
        <span className="session__role">{t(`roles.${user.role}`)}</span>
      </Link>
      <button type="button" className="session__sign-out" onClick={onSignOut} disabled={signOut.isPending}>
        {t('session.signOut')}
      </button>
    </div>
  );
}

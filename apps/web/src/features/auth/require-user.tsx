import type { User } from '@tansiq/api';
import type { ReactNode } from 'react';
import { NotAllowed } from '../../components/not-allowed.tsx';
import { QueriesStatus } from '../../components/query-state.tsx';
import { useDocumentTitle } from '../../components/use-document-title.ts';
import { useSession } from './session.queries.ts';

/**
 * Shows `children(user)` to a signed-in reader whom `allow` admits; otherwise a translated refusal (with a
 * sign-in link for an anonymous reader) under the page's title.
 */
export function RequireUser({
  allow,
  title,
  children,
}: {
  allow: (user: User) => boolean;
  title: string;
  children: (user: User) => ReactNode;
}) {
  const session = useSession();
  const user = session.data?.user ?? null;
  const allowed = user !== null && allow(user);
  useDocumentTitle(title, !allowed);
  if (session.data === undefined) {
    return <QueriesStatus queries={[session]} />;
  }
  if (!allowed) {
    return <NotAllowed signedIn={user !== null} title={title} />;
  }
  return children(user);
}

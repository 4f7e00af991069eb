import type { ConsolidationDraft, User } from '@tansiq/api';

/** What a signed-in person may do with consolidation drafts in the web app. The server checks every right again. */

type Person = Pick<User, 'id' | 'role'> | null | undefined;

/** Whether the person opens drafts at all: a chair (their own) or the secretariat (for a chair or for nobody). */
export function canConsolidate(user: Person): boolean {
  return user?.role === 'chair' || user?.role === 'secretariat';
}

/** Whether the person writes to this draft: the secretariat, or the chair who owns it, while it is open. */
export function canWriteDraft(user: Person, draft: Pick<ConsolidationDraft, 'owner' | 'status'>): boolean {
  if (!user || draft.status !== 'open') {
    return false;
  }
  return user.role === 'secretariat' || (user.role === 'chair' && draft.owner?.id === user.id);
}

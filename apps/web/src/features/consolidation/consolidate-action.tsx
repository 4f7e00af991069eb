import type { TextLanguage } from '@tansiq/api';
import { canConsolidate } from '@tansiq/domain';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { z } from 'zod';
import { WriteError } from '../../components/write-error.tsx';
import { useCurrentUser } from '../auth/session.queries.ts';
import { draftForVersion, draftPath } from './consolidation.ts';
import { useConsolidationDrafts, useCreateDraft } from './consolidation.queries.ts';

/**
 * On a text's compilation, for a chair or the secretariat: "Consolidate" opens the meeting's open draft of this
 * version, or creates one in the compilation's language (the server refuses a version no longer in force); an
 * adopted draft is linked instead.
 */
export function ConsolidateAction({
  meeting,
  versionId,
  language,
}: {
  meeting: string;
  versionId: string;
  language: z.infer<typeof TextLanguage>;
}) {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const allowed = canConsolidate(user);
  const drafts = useConsolidationDrafts(meeting, allowed);
  const create = useCreateDraft();
  const navigate = useNavigate();
  if (!allowed || !drafts.data) {
    return null;
  }
  const existing = draftForVersion(drafts.data, versionId);
  if (existing !== undefined) {
    return (
      <p className="record__actions">
        <Link className="button" to={draftPath(existing.id)} data-draft={existing.id}>
          {existing.status === 'open' ? t('consolidation.action.open') : t('consolidation.action.adopted')}
        </Link>
      </p>
    );
  }
  return (
    <div className="record__actions">
      <button
        type="button"
        className="button"
        disabled={create.isPending}
        onClick={() =>
          create.mutate(
            { meeting, version: versionId, language },
            { onSuccess: (draft) => void navigate(draftPath(draft.id)) },
          )
        }
      >
        {create.isPending ? t('consolidation.action.creating') : t('consolidation.action.create')}
      </button>
      <WriteError error={create.error} />
    </div>
  );
}

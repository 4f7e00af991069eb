import { TEXT_LANGUAGES, canConsolidate, type TextLanguage } from '@tansiq/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { WriteError } from '../../components/write-error.tsx';
import { languageName } from '../../lib/format.ts';
import { useLocale } from '../../lib/use-locale.ts';
import { useCurrentUser } from '../auth/session.queries.ts';
import { defaultDraftLanguage, draftForVersion, draftPath } from './consolidation.ts';
import { useConsolidationDrafts, useCreateDraft } from './consolidation.queries.ts';

/**
 * On a text's compilation, for a chair or the secretariat: "Consolidate" opens the meeting's open draft of this
 * version, or creates one in the language chosen among the version's (the interface's by default when the
 * version has it, else the compilation's proposal language; the server refuses a version no longer in force);
 * an adopted draft is linked instead. Proposals in other languages are merged through their published
 * translations (docs/consolidation.md).
 */
export function ConsolidateAction({
  meeting,
  versionId,
  languages,
  language,
}: {
  meeting: string;
  versionId: string;
  /** The languages the version is stored in. */
  languages: readonly string[];
  /** The language of most of the version's proposals: the default when the interface's is not stored. */
  language: TextLanguage;
}) {
  const { t } = useTranslation();
  const { language: uiLanguage } = useLocale();
  const user = useCurrentUser();
  const allowed = canConsolidate(user);
  const drafts = useConsolidationDrafts(meeting, allowed);
  const create = useCreateDraft();
  const navigate = useNavigate();
  const [chosen, setChosen] = useState<TextLanguage | null>(null);
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
  const draftLanguage = chosen ?? defaultDraftLanguage(languages, uiLanguage, language);
  const options = TEXT_LANGUAGES.filter((candidate) => languages.includes(candidate));
  return (
    <form
      className="record__actions"
      onSubmit={(event) => {
        event.preventDefault();
        create.mutate(
          { meeting, version: versionId, language: draftLanguage },
          { onSuccess: (draft) => void navigate(draftPath(draft.id)) },
        );
      }}
    >
      <div className="field">
        <label htmlFor="draft-language">{t('consolidation.facts.language')}</label>
        <select
          id="draft-language"
          value={draftLanguage}
          aria-describedby="draft-language-hint"
          disabled={create.isPending}
          onChange={(event) => setChosen(event.target.value as TextLanguage)}
        >
          {options.map((option) => (
            <option key={option} value={option}>
              {languageName(uiLanguage, option)}
            </option>
          ))}
        </select>
        <p id="draft-language-hint" className="field__hint">
          {t('consolidation.action.languageHint')}
        </p>
      </div>
      <button type="submit" className="button" disabled={create.isPending}>
        {create.isPending ? t('consolidation.action.creating') : t('consolidation.action.create')}
      </button>
      <WriteError error={create.error} />
    </form>
  );
}

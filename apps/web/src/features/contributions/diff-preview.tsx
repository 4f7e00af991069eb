import { wordDiff } from '@tansiq/domain';
import { useDeferredValue, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { changeCounts } from './proposal-form.ts';
import { TrackedChange } from './tracked-change.tsx';

/**
 * The live preview of a modification: the text in force with the words typed so far as tracked changes, computed
 * in the browser by the domain's word diff (the one the server stores), and a short count read out politely.
 */
export function DiffPreview({ base, text, language }: { base: string; text: string; language: string }) {
  const { t } = useTranslation();
  // Typing stays responsive on long provisions: the diff follows a moment behind the keystrokes.
  const deferred = useDeferredValue(text);
  const diff = useMemo(() => wordDiff(base, deferred), [base, deferred]);
  const { inserted, deleted } = changeCounts(diff.ops);
  return (
    <div className="diff-preview" role="region" aria-labelledby="diff-preview-label">
      <p id="diff-preview-label" className="diff-preview__label">
        {t('editor.preview')}
      </p>
      <TrackedChange ops={diff.ops} language={language} className="diff-preview__text" />
      <p className="diff-preview__summary" aria-live="polite">
        {inserted === 0 && deleted === 0 ? t('editor.noChangeYet') : t('editor.changeCount', { inserted, deleted })}
      </p>
    </div>
  );
}

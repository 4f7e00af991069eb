import { wordDiff } from '@tansiq/domain';
import { useDeferredValue, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { changeCounts } from './proposal-form.ts';
import { TrackedChange } from './tracked-change.tsx';

/**
 * The live diff of a text being typed: the text it started from with the words typed so far as tracked changes,
 * computed in the browser by the domain's word diff (the one the server stores), and a short count read out
 * politely. The contribution editor shows it against the text in force, the chair's edit against the draft.
 */
export function LiveDiff({
  base,
  text,
  language,
  labelId,
  label,
  unchanged,
}: {
  base: string;
  text: string;
  language: string;
  /** The id of the label that names the region. */
  labelId: string;
  label: string;
  /** What the count says while nothing has changed yet. */
  unchanged: string;
}) {
  const { t } = useTranslation();
  // Typing stays responsive on long provisions: the diff follows a moment behind the keystrokes.
  const deferred = useDeferredValue(text);
  const diff = useMemo(() => wordDiff(base, deferred), [base, deferred]);
  const { inserted, deleted } = changeCounts(diff.ops);
  return (
    <div className="diff-preview" role="region" aria-labelledby={labelId}>
      <p id={labelId} className="diff-preview__label">
        {label}
      </p>
      <TrackedChange ops={diff.ops} language={language} className="diff-preview__text" />
      <p className="diff-preview__summary" aria-live="polite">
        {inserted === 0 && deleted === 0 ? unchanged : t('editor.changeCount', { inserted, deleted })}
      </p>
    </div>
  );
}

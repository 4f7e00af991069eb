import type { DraftProvision } from '@tansiq/api';
import { wordDiff } from '@tansiq/domain';
import { useDeferredValue, useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../../components/form-fields.tsx';
import { changeCounts } from '../contributions/proposal-form.ts';
import { textDirection, TrackedChange } from '../contributions/tracked-change.tsx';

/** The live preview of an edit: the words typed against the draft text as it stands, by the domain's word diff. */
function EditPreview({ current, text, language }: { current: string; text: string; language: string }) {
  const { t } = useTranslation();
  // Typing stays responsive on long provisions: the diff follows a moment behind the keystrokes.
  const deferred = useDeferredValue(text);
  const diff = useMemo(() => wordDiff(current, deferred), [current, deferred]);
  const { inserted, deleted } = changeCounts(diff.ops);
  return (
    <div className="diff-preview" role="region" aria-labelledby="edit-preview-label">
      <p id="edit-preview-label" className="diff-preview__label">
        {t('consolidation.edit.preview')}
      </p>
      <TrackedChange ops={diff.ops} language={language} className="diff-preview__text" />
      <p className="diff-preview__summary" aria-live="polite">
        {inserted === 0 && deleted === 0
          ? t('consolidation.edit.noChange')
          : t('editor.changeCount', { inserted, deleted })}
      </p>
    </div>
  );
}

/**
 * The chair's edit of a provision: the draft text with its brackets as printed, a live preview of the words
 * changed, and "Save". The server's refusal of an edit that touches a bracket shows on the field; what was typed
 * stays. The text typed (`value`) is kept by the workspace, so that it outlives a visit to another provision and
 * holds adoption back until it is saved or undone; when the draft text changes on the server the box follows it,
 * unless the chair has typed meanwhile.
 */
export function DraftEditor({
  provision,
  value,
  language,
  disabled,
  pending,
  error,
  onChange,
  onUndo,
  onSave,
}: {
  provision: DraftProvision;
  value: string;
  language: string;
  disabled: boolean;
  pending: boolean;
  error: string | undefined;
  onChange: (value: string) => void;
  onUndo: () => void;
  onSave: (text: string) => void;
}) {
  const { t } = useTranslation();
  // A refusal belongs to the text that was sent: once the chair types again or undoes, it no longer applies.
  const [sent, setSent] = useState<string | null>(null);
  const changed = value !== provision.text;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSent(value);
    onSave(value);
  };
  return (
    <form className="form form--wide draft-editor" onSubmit={submit} noValidate>
      <Field
        name={`draft-text-${provision.id}`}
        label={t('consolidation.edit.label')}
        hint={provision.openBrackets.length > 0 ? t('consolidation.edit.hintBrackets') : t('consolidation.edit.hint')}
        error={sent === value ? error : undefined}
      >
        {(control) => (
          <textarea
            {...control}
            rows={4}
            lang={language}
            dir={textDirection(language)}
            value={value}
            disabled={disabled}
            onChange={(event) => onChange(event.target.value)}
          />
        )}
      </Field>
      {changed && <EditPreview current={provision.text} text={value} language={language} />}
      <div role="status">
        {changed && (
          <p className="notice notice--warning" data-unsaved="true">
            {t('consolidation.edit.unsaved')}
          </p>
        )}
      </div>
      <div className="form__actions">
        <button type="submit" className="button" disabled={disabled || pending || !changed}>
          {pending ? t('form.saving') : t('consolidation.edit.save')}
        </button>
        {changed && (
          <button type="button" className="button button--secondary" disabled={disabled} onClick={onUndo}>
            {t('consolidation.edit.undo')}
          </button>
        )}
      </div>
    </form>
  );
}

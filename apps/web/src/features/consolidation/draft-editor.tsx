import type { DraftProvision } from '@tansiq/api';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../../components/form-fields.tsx';
import { LiveDiff } from '../contributions/live-diff.tsx';
import { textDirection } from '../contributions/tracked-change.tsx';

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
      {changed && (
        <LiveDiff
          base={provision.text}
          text={value}
          language={language}
          labelId="edit-preview-label"
          label={t('consolidation.edit.preview')}
          unchanged={t('consolidation.edit.noChange')}
        />
      )}
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

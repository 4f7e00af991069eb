import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { WriteError } from './write-error.tsx';

/** The attributes that tie a control to its label, hint and error. */
export interface ControlProps {
  id: string;
  'aria-describedby'?: string;
  'aria-invalid'?: true;
  required?: boolean;
}

/** The id of a form field's control, from its name (`title.en` -> `field-title-en`). */
export function fieldId(name: string): string {
  return `field-${name.replace(/\./g, '-')}`;
}

/**
 * A labelled form field: the label, an optional hint, the error placed on it, and the control (rendered by
 * `children` with the attributes that connect them, so screen readers read hint and error with the control).
 */
export function Field({
  name,
  label,
  hint,
  error,
  required,
  children,
}: {
  name: string;
  label: string;
  hint?: string;
  error?: string;
  required?: boolean;
  children: (control: ControlProps) => ReactNode;
}) {
  const { t } = useTranslation();
  const id = fieldId(name);
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ');
  return (
    <div className={error ? 'field field--invalid' : 'field'}>
      <label className="field__label" htmlFor={id}>
        {label}
        {required && <span className="field__required"> {t('form.required')}</span>}
      </label>
      {hint && (
        <p className="field__hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {error && (
        <p className="field__error" id={`${id}-error`}>
          {error}
        </p>
      )}
      {children({
        id,
        ...(describedBy === '' ? {} : { 'aria-describedby': describedBy }),
        ...(error ? { 'aria-invalid': true as const } : {}),
        ...(required ? { required: true } : {}),
      })}
    </div>
  );
}

/** One problem listed in an error summary: the field it is on (if any) and what to say. */
export interface SummaryItem {
  field: string | null;
  label: string | null;
  message: string;
}

/**
 * The list of a form's problems above the form, focused when it appears; each links to its field. Problems that
 * belong to no field are listed as they are.
 */
export function ErrorSummary({
  items,
  title,
  error,
}: {
  items: readonly SummaryItem[];
  title: string;
  /** The failure the items come from: each new one moves the focus to the summary. */
  error: unknown;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const shown = items.length > 0;
  useEffect(() => {
    if (shown) {
      ref.current?.focus();
    }
  }, [error, shown]);
  if (items.length === 0) {
    return null;
  }
  const focusField = (field: string) => (event: React.MouseEvent) => {
    event.preventDefault();
    document.getElementById(fieldId(field))?.focus();
  };
  return (
    <div className="error-summary" role="alert" tabIndex={-1} ref={ref}>
      <h2 className="error-summary__title">{title}</h2>
      <ul className="error-summary__list">
        {items.map((item, index) => (
          <li key={`${item.field ?? ''}-${index}`}>
            {item.field === null ? (
              item.message
            ) : (
              <a href={`#${fieldId(item.field)}`} onClick={focusField(item.field)}>
                {item.label === null ? item.message : `${item.label}: ${item.message}`}
              </a>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}

/**
 * A form's problems above its fields: the error summary (each problem linked to its field), and the failure of
 * the write itself when none of its issues lands on the form (a lost session, a conflict with no field).
 */
export function FormErrors({
  form,
}: {
  form: { summary: readonly SummaryItem[]; failure: unknown; unplaced: unknown };
}) {
  const { t } = useTranslation();
  return (
    <>
      <ErrorSummary
        items={form.summary}
        title={t('form.problems', { count: form.summary.length })}
        error={form.failure}
      />
      <WriteError error={form.unplaced} />
    </>
  );
}

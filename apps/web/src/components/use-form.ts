import { useState, type FormEvent } from 'react';
import type { SummaryItem } from './form-fields.tsx';

/** One problem of a form: on one of its fields, or on the form as a whole (`field` null). */
export interface FormIssue<Field extends string = string> {
  field: Field | null;
}

/** How a screen reads its problems: what it says of each, and how it names a field in the error summary. */
export interface IssueReading<Field extends string, Issue extends FormIssue<Field>, Values = unknown> {
  /** What the reader is told about one issue (translated by the screen, from its own issue table). */
  message: (issue: Issue) => string;
  /** The field's label in front of its message in the summary (some depend on what the form holds). */
  label: (field: Field, values: Values) => string | null;
  /**
   * The name the field's control has on the page (its id is `fieldId(name)`), when it is not the field itself: a
   * prefix that keeps two forms of one page apart (`decision-7.vote`); null lists the issue with no link.
   */
  name?: (field: Field) => string | null;
}

/** A form's problems as shown: the message on each field, and the error summary's items. */
export interface FormProblems<Field extends string> {
  /** The message of the first issue on a field, or undefined. */
  errorOf: (field: Field) => string | undefined;
  summary: SummaryItem[];
}

/** Reads placed issues for the page: each field's first message, and one summary item per issue, in order. */
export function readIssues<Field extends string, Issue extends FormIssue<Field>, Values>(
  issues: readonly Issue[],
  reading: IssueReading<Field, Issue, Values>,
  values: Values,
): FormProblems<Field> {
  const nameOf = reading.name ?? ((field: Field) => field);
  const summary: SummaryItem[] = issues.map((issue) => {
    const name = issue.field === null ? null : nameOf(issue.field);
    return {
      field: name,
      label: issue.field === null || name === null ? null : reading.label(issue.field, values),
      message: reading.message(issue),
    };
  });
  const errorOf = (field: Field) => {
    const index = issues.findIndex((issue) => issue.field === field);
    return index < 0 ? undefined : summary[index]!.message;
  };
  return { errorOf, summary };
}

/** The write a form sends: a mutation gives both. */
export interface Submission {
  error: unknown;
  isPending: boolean;
}

export interface FormOptions<Values, Field extends string, Issue extends FormIssue<Field>> extends IssueReading<
  Field,
  Issue,
  Values
> {
  /** The values the form starts with (and that `reset` goes back to when given none). */
  initial: Values | (() => Values);
  /** The write: its failure is placed on the fields, and it is pending while it runs. */
  submission: Submission;
  /** Places a failed write's issues on the form's fields (the screen's placement and issue table). */
  place: (error: unknown, values: Values) => readonly Issue[];
}

/** A form's state and its problems, as every form of the app handles them. */
export interface Form<Values, Field extends string, Issue extends FormIssue<Field>> extends FormProblems<Field> {
  values: Values;
  /** Sets one value. */
  set: <K extends keyof Values>(key: K, value: Values[K]) => void;
  /** A control's change handler that sets `key` to what is typed or chosen (the options hold the key's values). */
  input: (key: keyof Values) => (event: { target: { value: string } }) => void;
  /** Sets several values at once. */
  patch: (change: Partial<Values>) => void;
  setValues: (update: Values | ((current: Values) => Values)) => void;
  /** Back to the initial values (or to `values`). */
  reset: (values?: Values) => void;
  /** The problems shown: those found before sending, else those of the failed write. */
  issues: readonly Issue[];
  /** What the error summary follows: each new failure (or each new local finding) moves the focus to it. */
  failure: unknown;
  /** The failed write when none of its issues could be placed (shown as a write error), else null. */
  unplaced: unknown;
  pending: boolean;
  /** Shows issues found before sending (they replace the write's until the next submit or `clearFound`). */
  found: (issues: readonly Issue[]) => void;
  clearFound: () => void;
  /** The form's submit handler: no page load, the local findings cleared, then `send`. */
  onSubmit: (send: () => void) => (event: FormEvent) => void;
}

/**
 * One form's plumbing: its values and setters, the issues of a failed write placed on its fields (or issues the
 * form finds itself before sending), each field's message, the error summary's items, and whether the write is
 * pending. Rendering stays with the form (`Field`, `FormErrors`), so labels, ids and aria attributes are its own.
 */
export function useForm<Values, Field extends string, Issue extends FormIssue<Field>>(
  options: FormOptions<Values, Field, Issue>,
): Form<Values, Field, Issue> {
  const { initial, submission, place } = options;
  const [values, setValues] = useState<Values>(initial);
  const [local, setLocal] = useState<readonly Issue[] | null>(null);
  const issues = local ?? place(submission.error, values);
  const problems = readIssues(issues, options, values);
  return {
    ...problems,
    values,
    set: (key, value) => setValues((current) => ({ ...current, [key]: value })),
    input: (key) => (event) => setValues((current) => ({ ...current, [key]: event.target.value })),
    patch: (change) => setValues((current) => ({ ...current, ...change })),
    setValues,
    reset: (next) => setValues(next ?? (typeof initial === 'function' ? (initial as () => Values)() : initial)),
    issues,
    failure: local ?? submission.error,
    unplaced: issues.length === 0 ? submission.error : null,
    pending: submission.isPending,
    found: (next) => setLocal(next.length === 0 ? null : [...next]),
    clearFound: () => setLocal(null),
    onSubmit: (send) => (event) => {
      event.preventDefault();
      setLocal(null);
      send();
    },
  };
}

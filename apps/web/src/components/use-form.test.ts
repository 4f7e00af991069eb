import { ApiError } from '@tansiq/api';
import i18next from 'i18next';
import ICU from 'i18next-icu';
import { createElement, type ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import en from '../i18n/locales/en.json';
import { placeIssues, type PlacedIssue } from '../lib/api-errors.ts';
import { Field, FormErrors } from './form-fields.tsx';
import { readIssues, useForm, type Form, type FormOptions } from './use-form.ts';

type Values = { title: { en: string }; code: string };
type TestField = 'title.en' | 'code';
type TestForm = Form<Values, TestField, PlacedIssue<TestField>>;

const FIELDS = ['title.en', 'code'] as const;
const LABELS: Record<TestField, string> = { 'title.en': 'Title in English', code: 'Code' };

const validation = (...paths: (string | number)[][]) =>
  new ApiError(
    400,
    'validation_failed',
    'Invalid request',
    paths.map((path) => ({ path, message: 'Too short', code: 'too_small' })),
    'req-1',
  );

/** The options of a form whose write failed with `error`. */
function options(error: unknown, isPending = false): FormOptions<Values, TestField, PlacedIssue<TestField>> {
  return {
    initial: () => ({ title: { en: '' }, code: 'wtdc-17' }),
    submission: { error, isPending },
    place: (failure) => placeIssues(failure, FIELDS),
    message: (issue) => `issues.${issue.key}`,
    label: (field) => LABELS[field],
  };
}

/** What `useForm` gives on a first render. */
function formOf(opts: FormOptions<Values, TestField, PlacedIssue<TestField>>): TestForm {
  let form: TestForm | undefined;
  function Probe() {
    form = useForm(opts);
    return null;
  }
  renderToStaticMarkup(createElement(Probe));
  return form!;
}

describe('readIssues', () => {
  const issues: PlacedIssue<TestField>[] = [
    { field: 'title.en', key: 'too_small' },
    { field: 'title.en', key: 'required' },
    { field: null, key: 'conflict' },
    { field: 'code', key: 'duplicate' },
  ];
  const reading = { message: (issue: PlacedIssue) => issue.key, label: (field: TestField) => LABELS[field] };

  it('gives each field its first message and lists every issue, in order', () => {
    const { errorOf, summary } = readIssues(issues, reading, {});
    expect(errorOf('title.en')).toBe('too_small');
    expect(errorOf('code')).toBe('duplicate');
    expect(summary).toEqual([
      { field: 'title.en', label: 'Title in English', message: 'too_small' },
      { field: 'title.en', label: 'Title in English', message: 'required' },
      { field: null, label: null, message: 'conflict' },
      { field: 'code', label: 'Code', message: 'duplicate' },
    ]);
  });

  it('names fields as the page does: a prefix, or no link for a field that has no control', () => {
    const { errorOf, summary } = readIssues(
      issues,
      { ...reading, name: (field: TestField) => (field === 'code' ? null : `decision-7.${field}`) },
      {},
    );
    expect(summary.map((item) => [item.field, item.label])).toEqual([
      ['decision-7.title.en', 'Title in English'],
      ['decision-7.title.en', 'Title in English'],
      [null, null],
      [null, null],
    ]);
    // The field keeps its message under its own name.
    expect(errorOf('code')).toBe('duplicate');
  });

  it('passes the form values to the labels', () => {
    const { summary } = readIssues(
      [{ field: 'code' as const }],
      {
        message: () => 'm',
        label: (field: TestField, values: { language: string }) => `${field} (${values.language})`,
      },
      { language: 'ar' },
    );
    expect(summary[0]?.label).toBe('code (ar)');
  });
});

describe('useForm', () => {
  it('starts from the initial values with no problem', () => {
    const form = formOf(options(null));
    expect(form.values).toEqual({ title: { en: '' }, code: 'wtdc-17' });
    expect(form.issues).toEqual([]);
    expect(form.summary).toEqual([]);
    expect(form.unplaced).toBeNull();
    expect(form.pending).toBe(false);
  });

  it("places a failed write's issues on their fields, nested paths included", () => {
    const error = validation(['title', 'en'], ['code'], ['meeting']);
    const form = formOf(options(error));
    expect(form.errorOf('title.en')).toBe('issues.too_small');
    expect(form.errorOf('code')).toBe('issues.too_small');
    expect(form.summary.map((item) => item.field)).toEqual(['title.en', 'code', null]);
    expect(form.failure).toBe(error);
    expect(form.unplaced).toBeNull();
  });

  it('leaves a failure with no issue to the write error, and says when the write is pending', () => {
    const error = new ApiError(403, 'forbidden', 'Forbidden', [], 'req-2');
    const form = formOf(options(error, true));
    expect(form.summary).toEqual([]);
    expect(form.unplaced).toBe(error);
    expect(form.pending).toBe(true);
  });

  it('hands the values to the placement', () => {
    const seen: Values[] = [];
    formOf({ ...options(null), place: (_, values) => (seen.push(values), []) });
    expect(seen[0]?.code).toBe('wtdc-17');
  });
});

describe('FormErrors', () => {
  const i18n = i18next.createInstance();
  void i18n
    .use(new ICU())
    .use(initReactI18next)
    .init({ lng: 'en', resources: { en: { translation: en } }, interpolation: { escapeValue: false } });

  const render = (node: ReactNode) =>
    renderToStaticMarkup(createElement(I18nextProvider, { i18n }, createElement(MemoryRouter, null, node)));

  /** A form with one field rendered as every form of the app renders it. */
  function Probe({ error }: { error: unknown }) {
    const form = useForm({
      ...options(error),
      message: (issue: PlacedIssue<TestField>) => i18n.t(`issues.${issue.key}`),
    });
    return createElement(
      'form',
      null,
      createElement(FormErrors, { form }),
      createElement(Field, {
        name: 'title.en',
        label: LABELS['title.en'],
        error: form.errorOf('title.en'),
        required: true,
        children: (control) => createElement('input', control),
      }),
    );
  }

  it('renders the summary linked to the field, and the field with its error', () => {
    const html = render(createElement(Probe, { error: validation(['title', 'en']) }));
    expect(html).toContain('<div class="error-summary" role="alert" tabindex="-1">');
    expect(html).toContain('<a href="#field-title-en">Title in English: ');
    expect(html).toContain('<p class="field__error" id="field-title-en-error">');
    expect(html).toContain('id="field-title-en" aria-describedby="field-title-en-error" aria-invalid="true"');
    expect(html).not.toContain('notice--error');
  });

  it('renders a failure with no issue as a write error and no summary', () => {
    const html = render(createElement(Probe, { error: new ApiError(409, 'conflict', 'Conflict', [], 'req-3') }));
    expect(html).not.toContain('error-summary');
    expect(html).toContain('<div class="notice notice--error" role="alert">');
  });

  it('renders nothing before a failure', () => {
    const html = render(createElement(Probe, { error: null }));
    expect(html).not.toContain('role="alert"');
  });
});

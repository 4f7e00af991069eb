import type { CreateDocumentBody, Meeting } from '@tansiq/api';
import { TARGET_BODIES, targetBodyName, type TargetBody } from '@tansiq/domain';
import type { z } from 'zod';
import type { UiLanguage } from '../../i18n/languages.ts';

type Language = z.infer<typeof CreateDocumentBody>['originalLanguage'];

/** The series the secretariat registers: information, temporary, DL. */
export const SECRETARIAT_SERIES = ['INF', 'DT', 'DL'] as const;
export const ACCESS_LEVELS = ['public', 'members', 'authors'] as const;

/** The register-a-document form's values, as typed. */
export interface DocumentFormValues {
  series: (typeof SECRETARIAT_SERIES)[number];
  originalLanguage: Language;
  /** The title in the original language. */
  title: string;
  /** The English title, which every document has; asked when the original language is another. */
  titleEn: string;
  /** The body addressed: a known one (`plenary`, `committee-4`), or `other` with its name typed in `targetBody`. */
  targetBodyChoice: string;
  targetBody: string;
  access: (typeof ACCESS_LEVELS)[number];
}

/** The value of a known body in the form's choice of target body. */
export const targetBodyChoice = (body: TargetBody) =>
  body.kind === 'plenary' ? 'plenary' : `committee-${body.number}`;

/** The known bodies the form offers, each with its choice value. */
export const TARGET_BODY_CHOICES = TARGET_BODIES.map((body) => ({ value: targetBodyChoice(body), body }));

/**
 * The target body as the document prints it: a known body by its name in the document's original language
 * ("الجلسة العامة" for an Arabic document), another as typed.
 */
export function printedTargetBody(
  values: Pick<DocumentFormValues, 'targetBodyChoice' | 'targetBody' | 'originalLanguage'>,
) {
  const known = TARGET_BODY_CHOICES.find((choice) => choice.value === values.targetBodyChoice);
  return known === undefined ? values.targetBody.trim() : targetBodyName(known.body, values.originalLanguage);
}

/** A blank form: in the reader's language when the meeting works in it, else English. */
export function blankDocument(meeting: Pick<Meeting, 'languages'>, language: UiLanguage): DocumentFormValues {
  return {
    series: 'INF',
    originalLanguage: meeting.languages.includes(language) ? language : 'en',
    title: '',
    titleEn: '',
    targetBodyChoice: 'plenary',
    targetBody: '',
    access: 'public',
  };
}

/** The body of "register a document": the title in its original language, and in English when that is another. */
export function createDocumentBody(meeting: string, values: DocumentFormValues): z.input<typeof CreateDocumentBody> {
  const original = values.title.trim();
  const english = values.originalLanguage === 'en' ? original : values.titleEn.trim();
  return {
    meeting,
    series: values.series,
    originalLanguage: values.originalLanguage,
    title: { en: english, ...(values.originalLanguage === 'en' ? {} : { [values.originalLanguage]: original }) },
    targetBody: printedTargetBody(values),
    access: values.access,
  };
}

/**
 * The form field an issue of the API lands on: the title in the original language is `title`, the English one
 * `titleEn` (or `title` when English is the original); other paths name their field.
 */
export function documentField(path: readonly (string | number)[], originalLanguage: Language): string | null {
  const [head, language] = path;
  if (head === 'title') {
    return language === originalLanguage ? 'title' : language === 'en' ? 'titleEn' : 'title';
  }
  return typeof head === 'string' && ['series', 'originalLanguage', 'targetBody', 'access'].includes(head)
    ? head
    : null;
}

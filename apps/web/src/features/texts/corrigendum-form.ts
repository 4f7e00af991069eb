import type { InstrumentVersion } from '@tansiq/api';
import { issuesByField, placeIssues, type PlacedIssue } from '../../lib/api-errors.ts';
import type { TextLanguage } from './provisions.ts';

/** The fields of the corrigendum form (one provision a corrigendum from the web). */
export const CORRIGENDUM_FIELDS = ['language', 'provision', 'text', 'reason'] as const;
export type CorrigendumField = (typeof CORRIGENDUM_FIELDS)[number];

// The API's paths, the form sending one change: `changes.0.provision` is the picker, `changes` too (none picked).
const PATH_TO_FIELD: Record<string, CorrigendumField> = {
  language: 'language',
  reason: 'reason',
  'changes.0.provision': 'provision',
  'changes.0.text': 'text',
  changes: 'provision',
};

/** Places a refused corrigendum's issues on the form's fields; one on no field (an abrogated version) on the form. */
export function corrigendumIssues(error: unknown): { field: CorrigendumField | null; key: PlacedIssue['key'] }[] {
  return placeIssues(error, Object.keys(PATH_TO_FIELD)).map((issue) => ({
    field: issue.field === null ? null : (PATH_TO_FIELD[issue.field] ?? null),
    key: issue.key,
  }));
}

/** The first issue on each field of the corrigendum form. */
export function corrigendumIssuesByField(error: unknown) {
  return issuesByField(corrigendumIssues(error));
}

/** The provisions a corrigendum in `language` may correct: those with a text in it, with that text. */
export function correctableProvisions(version: InstrumentVersion, language: TextLanguage) {
  return version.provisions.flatMap((provision) => {
    const text = provision.texts[language];
    return text === undefined ? [] : [{ id: provision.id, num: text.num, heading: text.heading, text: text.text }];
  });
}

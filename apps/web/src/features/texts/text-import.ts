import { ApiError } from '@tansiq/api';
import { issueKey, needsSignIn, type TranslatedIssueCode } from '../../lib/api-errors.ts';

/** The fields of the library's import form. */
export const TEXT_IMPORT_FIELDS = ['file', 'versionLabel', 'language', 'status', 'adoptedAtMeeting'] as const;
export type TextImportField = (typeof TEXT_IMPORT_FIELDS)[number];

/**
 * One reason an import was refused, placed on a field: a translated issue, or (for a text the parser could not
 * read, or one that does not align with the stored languages) the line or provision with the parser's reason.
 */
export type ImportIssue =
  | { field: TextImportField | null; kind: 'issue'; key: TranslatedIssueCode | 'generic' }
  | { field: 'file'; kind: 'line'; line: number; reason: string }
  | { field: 'file'; kind: 'provision'; provision: string; reason: string };

/**
 * Places the issues of a refused import: paths of the query (`query.versionLabel`) and of the service
 * (`adoptedAtMeeting`, `language`) on their fields, the file's refusals on the file, and a parser's or
 * alignment's issues with their line or provision.
 */
export function importIssues(error: unknown): ImportIssue[] {
  if (!(error instanceof ApiError) || needsSignIn(error) || error.status >= 500) {
    return [];
  }
  if (error.code === 'file_too_large' && error.issues.length === 0) {
    return [{ field: 'file', kind: 'issue', key: 'file_too_large' }];
  }
  return error.issues.map((issue): ImportIssue => {
    const path = issue.path[0] === 'query' ? issue.path.slice(1) : issue.path;
    const [head, detail] = path;
    if (head === 'line' && typeof detail === 'number') {
      return { field: 'file', kind: 'line', line: detail, reason: issue.message };
    }
    if (head === 'provisions' && detail !== undefined) {
      return { field: 'file', kind: 'provision', provision: String(detail), reason: issue.message };
    }
    const field = head === 'headers' ? 'file' : (TEXT_IMPORT_FIELDS.find((candidate) => candidate === head) ?? null);
    return { field, kind: 'issue', key: issueKey(issue.code ?? error.code) };
  });
}

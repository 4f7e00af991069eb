import { ApiError, ERROR_TABLE, type ErrorTableMessage } from '@tansiq/api';
import { isErrorCode } from '@tansiq/domain';

/** The catalog key of what to tell the reader about an error: what the table of codes says for its code. */
export type ErrorMessage = ErrorTableMessage | 'errors.network' | 'errors.generic';

/** The catalog key of what to tell the reader about an error (a code this app does not know reads as generic). */
export function errorKey(error: unknown): ErrorMessage {
  if (error instanceof ApiError) {
    return isErrorCode(error.code) ? ERROR_TABLE[error.code].message : 'errors.generic';
  }
  // fetch rejects with a TypeError when the server cannot be reached at all.
  return error instanceof TypeError ? 'errors.network' : 'errors.generic';
}

/**
 * The error codes whose message the table keeps under `prefix` (a screen's own keys, such as `votes.issues.`),
 * with that key: the codes a screen explains in its own terms, taken from the table rather than listed again.
 */
export function tableMessageUnder<Prefix extends string>(
  code: string,
  prefix: Prefix,
): Extract<ErrorTableMessage, `${Prefix}${string}`> | undefined {
  if (!isErrorCode(code)) {
    return undefined;
  }
  const message: ErrorTableMessage = ERROR_TABLE[code].message;
  return message.startsWith(prefix) ? (message as Extract<ErrorTableMessage, `${Prefix}${string}`>) : undefined;
}

/**
 * True when a read failed because what it names does not exist: a 404, or the address's own parameter refused
 * (`/contributions/not-an-id` is no more a page than an id nobody has).
 */
export function isNotFound(error: unknown): boolean {
  if (!(error instanceof ApiError)) {
    return false;
  }
  return (
    error.status === 404 ||
    (error.status === 400 &&
      error.code === 'validation_failed' &&
      error.issues.length > 0 &&
      error.issues.every((issue) => issue.path[0] === 'params'))
  );
}

/** True when a write failed because the session is gone: the reader must sign in again. */
export function needsSignIn(error: unknown): boolean {
  return error instanceof ApiError && error.status === 401;
}

/** Issue codes (zod's and the domain's) that the catalogs explain (`issues.<code>`); others read "check this field". */
export const TRANSLATED_ISSUE_CODES = [
  'too_small',
  'too_big',
  'invalid_format',
  'invalid_type',
  'invalid_value',
  'required',
  'not_allowed',
  'ends_before_start',
  'invalid_date',
  'unknown_time_zone',
  'duplicate',
  'unknown_language',
  'unknown_region',
  'unknown_organization',
  'unknown_member_state',
  'unknown_cycle',
  'one_entity_only',
  'conflict',
  'invalid_credentials',
  // Contributions and their proposals (the domain's rules of each mark).
  'one_source',
  'unknown_meeting',
  'unknown_document',
  'reasons_required',
  'text_required',
  'text_not_allowed',
  'no_change',
  'unknown_provision',
  'provision_exists',
  'invalid_tag',
  'target_not_allowed',
  'mark_not_allowed',
  'no_proposals',
  'deadline_passed',
  'not_signed',
  // Files (located at `file`).
  'file_too_large',
  'unsupported_media_type',
  'corrupt_document',
  'encrypted_document',
  'zip_bomb',
  'empty_file',
  'not_utf8',
  // Corrigenda of adopted versions.
  'language_not_stored',
  'duplicate_provision',
  'not_in_language',
  'version_abrogated',
  // Delegations: their composition, and proxies refused (at `holder` or `memberState`).
  'head_missing',
  'second_head',
  'second_deputy',
  'duplicate_member',
  'not_a_member',
  'adviser_cannot_vote',
  'proxy_to_self',
  'no_delegation',
  'proxy_already_given',
  'giver_present',
  'proxy_chain',
  'too_many_proxies',
  'no_proxy',
  // Characters no text may hold, and direction controls a name, title, code or e-mail address may not hold.
  'nul_character',
  'bidi_control',
  // Found by the web app itself before sending.
  'mismatch',
] as const;
export type TranslatedIssueCode = (typeof TRANSLATED_ISSUE_CODES)[number];

/** The catalog key (under `issues.`) of one validation issue. */
export function issueKey(code: string | undefined): TranslatedIssueCode | 'generic' {
  return (TRANSLATED_ISSUE_CODES as readonly string[]).includes(code ?? '') ? (code as TranslatedIssueCode) : 'generic';
}

/** An error code's message that a screen keeps in its own terms (`votes.issues.…`, `officers.issues.…`). */
export type ScreenErrorMessage = Exclude<ErrorTableMessage, `errors.${string}`>;

/** A screen's issue codes that are not error codes, explained under its own prefix (`votes.issues.`). */
export interface ScreenIssues<Prefix extends string, Code extends string> {
  prefix: Prefix;
  codes: readonly Code[];
}

/**
 * The catalog key of one issue on a screen: an error code the table explains in a screen's terms takes that key
 * (wherever it is shown); then the screen's own issue codes; then the shared `issues.` keys. An error code the
 * table explains under `errors.` reads as an issue from `issues.` (a `conflict` on a field: "already taken").
 */
export function issueMessage<Prefix extends string, Code extends string>(
  code: string | undefined,
  screen: ScreenIssues<Prefix, Code>,
): ScreenErrorMessage | `${Prefix}${Code}` | `issues.${TranslatedIssueCode | 'generic'}` {
  const value = code ?? '';
  if (isErrorCode(value)) {
    const message: ErrorTableMessage = ERROR_TABLE[value].message;
    if (!message.startsWith('errors.')) {
      return message as ScreenErrorMessage;
    }
  }
  return (screen.codes as readonly string[]).includes(value)
    ? (`${screen.prefix}${value as Code}` as const)
    : (`issues.${issueKey(value)}` as const);
}

/** One issue placed on a form: on a field the form has, or on the form as a whole (`field` null). */
export interface PlacedIssue<Field extends string = string> {
  field: Field | null;
  key: TranslatedIssueCode | 'generic';
}

/**
 * Places the issues of an API error on a form's fields. A field is named by its path joined with dots
 * (`title.en`); an issue lands on the longest field that its path starts with (`languages.2` on `languages`), or
 * on the form when none matches. An error without issues (a `conflict`, `invalid_credentials`) lands on
 * `fallbackField` when given.
 */
export function placeIssues<Field extends string>(
  error: unknown,
  fields: readonly Field[],
  fallbackField?: Field,
): PlacedIssue<Field>[] {
  if (!(error instanceof ApiError) || error.status >= 500) {
    return [];
  }
  if (error.issues.length === 0) {
    return fallbackField === undefined || error.status === 401 || error.status === 403
      ? []
      : [{ field: fallbackField, key: issueKey(error.code) }];
  }
  return error.issues.map((issue) => {
    const path = issue.path.map(String);
    const matches = fields.filter((field) => {
      const parts = field.split('.');
      return parts.every((part, index) => path[index] === part);
    });
    const field = matches.sort((a, b) => b.length - a.length)[0] ?? null;
    return { field, key: issueKey(issue.code ?? (error.code === 'conflict' ? 'conflict' : undefined)) };
  });
}

/** The first issue placed on each field, by field name. */
export function issuesByField(placed: readonly PlacedIssue[]): Map<string, PlacedIssue> {
  const byField = new Map<string, PlacedIssue>();
  for (const issue of placed) {
    if (issue.field !== null && !byField.has(issue.field)) {
      byField.set(issue.field, issue);
    }
  }
  return byField;
}

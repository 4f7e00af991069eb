/**
 * Every error code Tansiq answers or a command prints, once. The list is closed: `DomainError` takes only these,
 * and `packages/api` maps each to its HTTP status and message key (`ERROR_TABLE`, checked exhaustive). A new
 * code goes here first, then into that table.
 */
export const ERROR_CODES = [
  // The request itself.
  'validation_failed',
  'invalid_json',
  'payload_too_large',
  'unsupported_media_type',
  'route_not_found',
  'rate_limited',
  // Who acts.
  'unauthenticated',
  'invalid_credentials',
  'session_expired',
  'invalid_token',
  'token_revoked',
  'token_expired',
  'forbidden',
  'csrf_failed',
  'account_disabled',
  // What is stored.
  'not_found',
  'conflict',
  'unknown_country',
  // Contributions, documents and proposals.
  'deadline_passed',
  'not_signed',
  'not_a_common_proposal',
  'invalid_symbol',
  'invalid_proposal_number',
  'duplicate_source',
  // Translations of documents.
  'translation_misaligned',
  'invalid_translation',
  'language_mismatch',
  'stale_translation',
  // Files: texts to import, language versions of documents.
  'file_too_large',
  'empty_file',
  'not_utf8',
  'corrupt_document',
  'encrypted_document',
  'zip_bomb',
  'unsupported_file_type',
  // Texts and the library.
  'unparsable_text',
  'provisions_misaligned',
  'mixed_language',
  // Compilation and consolidation.
  'invalid_compilation',
  'stale_draft',
  'already_adopted',
  'brackets_left',
  'invalid_pick',
  'invalid_edit',
  'invalid_adoption',
  // Delegations and proxies.
  'proxy_refused',
  'no_proxy',
  // Officers.
  'terms_exhausted',
  'nominated_twice',
  'not_standing',
  'seats_full',
  // Votes and decisions.
  'vote_refused',
  'vote_not_open',
  'vote_not_draft',
  'vote_not_closed',
  'not_roll_call',
  'no_electorate',
  'wrong_method',
  'not_eligible',
  'not_voting_delegate',
  'already_voted',
  'counts_missing',
  'invalid_vote_record',
  'already_decided',
  'agenda_item_in_use',
  // The command line: its own files and settings.
  'file_not_found',
  'not_a_file',
  'not_json',
  'cannot_write',
  'invalid_configuration',
  // Anything else: a defect, logged with the request id.
  'internal_error',
] as const;

/** One of `ERROR_CODES`. */
export type ErrorCode = (typeof ERROR_CODES)[number];

/** True when `code` is one of `ERROR_CODES` (for codes read back from elsewhere, e.g. an API answer). */
export function isErrorCode(code: string): code is ErrorCode {
  return (ERROR_CODES as readonly string[]).includes(code);
}

/** One problem with an input, located by its path (as zod gives it: an array of keys and indexes). */
export interface Issue {
  path: (string | number)[];
  code: string;
  message: string;
}

/**
 * The error domain code throws. It knows nothing of HTTP: the server maps `code` to a status in one table.
 * `issues` lists every offending field, not only the first.
 */
export class DomainError extends Error {
  override readonly name = 'DomainError';

  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly issues: Issue[] = [],
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

/** Throws `validation_failed` listing `issues` when there are any. */
export function assertNoIssues(issues: Issue[], message = 'The input is not valid.'): void {
  if (issues.length > 0) {
    throw new DomainError('validation_failed', message, issues);
  }
}

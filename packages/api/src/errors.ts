import type { ErrorCode } from '@tansiq/domain';

/**
 * Where the web app's catalogs keep the message of an error code: `errors.<code>` for most, and the screens' own
 * keys for the codes a screen explains in its terms (the consolidation workspace, the votes and officers pages).
 */
export type ErrorMessageKey =
  | `errors.${ErrorCode}`
  | `consolidation.errors.${ErrorCode}`
  | `votes.issues.${ErrorCode}`
  | `officers.issues.${ErrorCode}`
  | `agenda.issues.${ErrorCode}`;

/** What an error code means over HTTP: its status and the catalog key of the message the web app shows. */
export interface ErrorEntry {
  status: number;
  message: ErrorMessageKey;
}

/**
 * Every error code with its HTTP status and message key, decided once (`satisfies` makes the table exhaustive:
 * a code added to `ERROR_CODES` without a row here does not compile). The server answers with these statuses;
 * the web app reads its messages from them. The rules:
 * - 400: what the request itself says is wrong (a field out of range, a file that is not what it claims, a
 *   proposal that cannot go where it is picked): the same request fails again whatever else is stored.
 * - 401: nobody, or no valid credential, is acting; 403: who acts may not do this.
 * - 404: no such record or route. 413, 415, 429: size, media type and rate, as HTTP defines them.
 * - 409: the request is well formed but clashes with what is stored now (a deadline passed, a draft moved on,
 *   adopted or holding what cannot be adopted, a vote not open, a seat filled): the same request may succeed once
 *   that state changes.
 * - 500: a defect or a broken installation, never the caller's input; logged with the request id.
 * Codes that only the command line raises carry the status of their kind; the command exits 2 whatever it is.
 */
export const ERROR_TABLE = {
  // The request itself.
  validation_failed: { status: 400, message: 'errors.validation_failed' },
  invalid_json: { status: 400, message: 'errors.invalid_json' },
  payload_too_large: { status: 413, message: 'errors.payload_too_large' },
  // A media type or content encoding the route does not take.
  unsupported_media_type: { status: 415, message: 'errors.unsupported_media_type' },
  route_not_found: { status: 404, message: 'errors.route_not_found' },
  rate_limited: { status: 429, message: 'errors.rate_limited' },

  // Who acts: 401 when no credential holds, 403 when the one acting may not.
  unauthenticated: { status: 401, message: 'errors.unauthenticated' },
  invalid_credentials: { status: 401, message: 'errors.invalid_credentials' },
  session_expired: { status: 401, message: 'errors.session_expired' },
  invalid_token: { status: 401, message: 'errors.invalid_token' },
  token_revoked: { status: 401, message: 'errors.token_revoked' },
  token_expired: { status: 401, message: 'errors.token_expired' },
  forbidden: { status: 403, message: 'errors.forbidden' },
  // The session is valid but the write did not prove it came from this app's page.
  csrf_failed: { status: 403, message: 'errors.csrf_failed' },
  account_disabled: { status: 403, message: 'errors.account_disabled' },

  // What is stored.
  not_found: { status: 404, message: 'errors.not_found' },
  conflict: { status: 409, message: 'errors.conflict' },
  // A Member State's stored region code has no name in the runtime's CLDR data: the reference data is broken.
  unknown_country: { status: 500, message: 'errors.unknown_country' },

  // Contributions: the meeting's deadline and a common proposal's signatures are states of what is stored.
  deadline_passed: { status: 409, message: 'errors.deadline_passed' },
  not_signed: { status: 409, message: 'errors.not_signed' },
  not_a_common_proposal: { status: 409, message: 'errors.not_a_common_proposal' },
  invalid_symbol: { status: 400, message: 'errors.invalid_symbol' },
  invalid_proposal_number: { status: 400, message: 'errors.invalid_proposal_number' },
  // `tansiq compare`: two files give one source name.
  duplicate_source: { status: 400, message: 'errors.duplicate_source' },

  // Translations: a language version that does not align with the original proposal by proposal, a translated MOD
  // that changes nothing, or a file in another language than declared fails again until it changes (400); a save
  // based on a translation that changed meanwhile is refused for what is stored (409), never a silent overwrite.
  translation_misaligned: { status: 400, message: 'errors.translation_misaligned' },
  invalid_translation: { status: 400, message: 'errors.invalid_translation' },
  language_mismatch: { status: 400, message: 'errors.language_mismatch' },
  stale_translation: { status: 409, message: 'errors.stale_translation' },

  // Files: what is wrong is in the file itself, so sending it again fails again.
  file_too_large: { status: 413, message: 'errors.file_too_large' },
  empty_file: { status: 400, message: 'errors.empty_file' },
  not_utf8: { status: 400, message: 'errors.not_utf8' },
  corrupt_document: { status: 400, message: 'errors.corrupt_document' },
  encrypted_document: { status: 400, message: 'errors.encrypted_document' },
  zip_bomb: { status: 400, message: 'errors.zip_bomb' },
  // The command line reads .txt and .docx only.
  unsupported_file_type: { status: 415, message: 'errors.unsupported_file_type' },

  // Texts: a language version that does not align with the stored one provision by provision is refused for what
  // the file holds (it translates another text), so it fails again until the file changes.
  unparsable_text: { status: 400, message: 'errors.unparsable_text' },
  provisions_misaligned: { status: 400, message: 'errors.provisions_misaligned' },
  // `tansiq compare`: a proposed text in another language than the base.
  mixed_language: { status: 400, message: 'errors.mixed_language' },

  // Compilation: the server fed the compiler proposals that do not fit their base: a defect, never the input.
  invalid_compilation: { status: 500, message: 'errors.invalid_compilation' },
  // Consolidation. The draft as stored refuses the write: it moved on (`stale_draft`), it is adopted, or it holds
  // what cannot be adopted (open brackets, a suppressed provision whose sub-items stay): 409.
  stale_draft: { status: 409, message: 'consolidation.errors.stale_draft' },
  already_adopted: { status: 409, message: 'consolidation.errors.already_adopted' },
  brackets_left: { status: 409, message: 'consolidation.errors.brackets_left' },
  invalid_adoption: { status: 409, message: 'consolidation.errors.invalid_adoption' },
  // What the chair sends cannot be taken: a proposal unknown, of another provision, withdrawn or picked twice (at
  // adoption too, for a proposal withdrawn since it was picked: the chair changes the picks); a text that moves a
  // bracket, an alternative that does not exist: 400.
  invalid_pick: { status: 400, message: 'consolidation.errors.invalid_pick' },
  invalid_edit: { status: 400, message: 'consolidation.errors.invalid_edit' },

  // Delegations and proxies: refused by who is present and who holds what.
  proxy_refused: { status: 409, message: 'errors.proxy_refused' },
  no_proxy: { status: 409, message: 'errors.no_proxy' },

  // Officers: refused by the nominations and appointments stored.
  terms_exhausted: { status: 409, message: 'officers.issues.terms_exhausted' },
  nominated_twice: { status: 409, message: 'officers.issues.nominated_twice' },
  not_standing: { status: 409, message: 'officers.issues.not_standing' },
  seats_full: { status: 409, message: 'officers.issues.seats_full' },

  // Votes and decisions: refused by the vote's state (draft, open, closed) and who has voted.
  vote_refused: { status: 409, message: 'errors.vote_refused' },
  vote_not_open: { status: 409, message: 'votes.issues.vote_not_open' },
  vote_not_draft: { status: 409, message: 'votes.issues.vote_not_draft' },
  vote_not_closed: { status: 409, message: 'votes.issues.vote_not_closed' },
  not_roll_call: { status: 409, message: 'votes.issues.not_roll_call' },
  no_electorate: { status: 409, message: 'votes.issues.no_electorate' },
  wrong_method: { status: 409, message: 'votes.issues.wrong_method' },
  not_eligible: { status: 409, message: 'votes.issues.not_eligible' },
  // Signed in, but not the person who casts this state's ballot.
  not_voting_delegate: { status: 403, message: 'votes.issues.not_voting_delegate' },
  already_voted: { status: 409, message: 'votes.issues.already_voted' },
  counts_missing: { status: 409, message: 'votes.issues.counts_missing' },
  // A vote record that cannot be (read by `tansiq tally`): the record is the input.
  invalid_vote_record: { status: 400, message: 'errors.invalid_vote_record' },
  already_decided: { status: 409, message: 'agenda.issues.already_decided' },
  agenda_item_in_use: { status: 409, message: 'errors.agenda_item_in_use' },

  // The command line's own files.
  file_not_found: { status: 400, message: 'errors.file_not_found' },
  not_a_file: { status: 400, message: 'errors.not_a_file' },
  not_json: { status: 400, message: 'errors.not_json' },
  cannot_write: { status: 400, message: 'errors.cannot_write' },
  // The server's environment is wrong: it refuses to start, so no client ever sees this.
  invalid_configuration: { status: 500, message: 'errors.invalid_configuration' },

  internal_error: { status: 500, message: 'errors.internal_error' },
} as const satisfies Record<ErrorCode, ErrorEntry>;

/** The catalog key of an error code's message. */
export type ErrorTableMessage = (typeof ERROR_TABLE)[ErrorCode]['message'];

/** The HTTP status of an error code. */
export function statusOfCode(code: ErrorCode): number {
  return ERROR_TABLE[code].status;
}

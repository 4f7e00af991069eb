import { DomainError, type Issue } from '@tansiq/domain';

/** HTTP status of each error code; codes not listed answer 400 if they carry issues, else 500. */
export const ERROR_STATUS: Record<string, number> = {
  validation_failed: 400,
  invalid_json: 400,
  unauthenticated: 401,
  invalid_credentials: 401,
  session_expired: 401,
  invalid_token: 401,
  token_revoked: 401,
  token_expired: 401,
  forbidden: 403,
  csrf_failed: 403,
  account_disabled: 403,
  not_found: 404,
  route_not_found: 404,
  method_not_allowed: 405,
  conflict: 409,
  deadline_passed: 409,
  not_signed: 409,
  not_a_common_proposal: 409,
  stale_draft: 409,
  already_adopted: 409,
  brackets_left: 409,
  proxy_refused: 409,
  no_proxy: 409,
  terms_exhausted: 409,
  nominated_twice: 409,
  not_standing: 409,
  seats_full: 409,
  vote_refused: 409,
  already_decided: 409,
  agenda_item_in_use: 409,
  vote_not_open: 409,
  vote_not_draft: 409,
  vote_not_closed: 409,
  not_roll_call: 409,
  no_electorate: 409,
  wrong_method: 409,
  not_eligible: 409,
  already_voted: 409,
  counts_missing: 409,
  not_voting_delegate: 403,
  payload_too_large: 413,
  file_too_large: 413,
  unsupported_media_type: 415,
  rate_limited: 429,
  internal_error: 500,
};

export function statusOf(error: DomainError): number {
  return ERROR_STATUS[error.code] ?? (error.issues.length > 0 ? 400 : 500);
}

/** `not_found` for a record of `entity` addressed by `key`. */
export function notFound(entity: string, key: string, path: Issue['path'] = ['id']): DomainError {
  return new DomainError(
    'not_found',
    `No ${entity} "${key}".`,
    [{ path, code: 'not_found', message: `No ${entity} "${key}".` }],
    {
      entity,
      key,
    },
  );
}

/** `conflict`: the write clashes with what is stored (e.g. a code already taken). */
export function conflict(message: string, path: Issue['path']): DomainError {
  return new DomainError('conflict', message, [{ path, code: 'conflict', message }]);
}

/** `validation_failed` with one issue. */
export function invalid(path: Issue['path'], code: string, message: string): DomainError {
  return new DomainError('validation_failed', message, [{ path, code, message }]);
}

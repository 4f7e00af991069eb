import { statusOfCode } from '@tansiq/api';
import { DomainError, type ErrorCode, type Issue } from '@tansiq/domain';

/** The HTTP status of an error: its code's, from the one table of codes (`packages/api`). */
export function statusOf(error: DomainError): number {
  return statusOfCode(error.code);
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

/** A refusal `code` with one issue of the same code at `path` (e.g. `vote_not_open` at `status`). */
export function refused(code: ErrorCode, message: string, path: Issue['path']): DomainError {
  return new DomainError(code, message, [{ path, code, message }]);
}

/** `validation_failed` with one issue. */
export function invalid(path: Issue['path'], code: string, message: string): DomainError {
  return new DomainError('validation_failed', message, [{ path, code, message }]);
}

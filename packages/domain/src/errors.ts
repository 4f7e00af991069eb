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
    readonly code: string,
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

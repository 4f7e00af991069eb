import type { FastifyError, FastifyInstance } from 'fastify';
import { DomainError, type Issue } from '@tansiq/domain';
import type { z } from 'zod';
import { statusOf } from '../errors.ts';

/** True for what a person left empty: nothing at all, a blank string (once trimmed), an empty list. */
function isEmpty(input: unknown): boolean {
  return (
    input === undefined ||
    (typeof input === 'string' && input.trim() === '') ||
    (Array.isArray(input) && input.length === 0)
  );
}

/**
 * zod's issues as the API names them, each located in the part of the request it came from (`prefix`: `query`,
 * `params`). A refinement's own code (`bidi_control`) replaces zod's `custom`. A value left empty where one is
 * required is `required` ("Required."), not zod's `too_small`, `invalid_type`, `invalid_format` or
 * `invalid_value` (an empty e-mail address is missing before it is malformed): every form then says "required"
 * for an empty required field, in one place. Needs the issues' `input` (`reportInput`), which is never answered.
 */
export function requestIssues(issues: readonly z.core.$ZodIssue[], prefix?: string): Issue[] {
  return issues.map((issue) => {
    const path = [
      ...(prefix ? [prefix] : []),
      ...issue.path.map((key) => (typeof key === 'symbol' ? String(key) : key)),
    ];
    if (issue.code !== 'custom' && isEmpty(issue.input)) {
      return { path, code: 'required', message: 'Required.' };
    }
    const code = issue.code === 'custom' && typeof issue.params?.code === 'string' ? issue.params.code : issue.code;
    return { path, code, message: issue.message };
  });
}

/** Raised by the request validator with every zod issue, located in the part of the request it came from. */
export class RequestValidationError extends Error {
  constructor(readonly issues: Issue[]) {
    super('The request is not valid.');
  }
}

/** Maps framework errors (bad JSON, body too large, bad media type) to the API's codes. */
function fromFramework(error: FastifyError): DomainError | undefined {
  switch (error.code) {
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return new DomainError('invalid_json', 'The body is not valid JSON.', [
        { path: [], code: 'invalid_json', message: error.message },
      ]);
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return new DomainError('payload_too_large', 'The body is larger than the server accepts.');
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      return new DomainError('unsupported_media_type', 'Send the body as application/json.');
    default:
      if (error.statusCode === 413) {
        return new DomainError('payload_too_large', 'The body is larger than the server accepts.');
      }
      if (error.statusCode === 400 && error.code?.startsWith('FST_ERR_CTP')) {
        return new DomainError('invalid_json', error.message);
      }
      return undefined;
  }
}

/**
 * What an error log may say of a failure: its type, the database's code and the names it gives (constraint,
 * table, column) and where in the code it happened. Never its message: a failed query's message holds the
 * statement's parameters, and the database's and the runtime's messages quote values ("invalid input syntax for
 * type uuid: \"…\"", a JSON snippet), which are the caller's text.
 */
export function loggableError(error: unknown): Record<string, unknown> {
  if (!(error instanceof Error)) {
    return { type: typeof error };
  }
  const cause = error.cause instanceof Error ? error.cause : undefined;
  const fields = (from: Error) => {
    const { code, constraint, table, column } = from as Error & Record<string, unknown>;
    return Object.fromEntries(
      Object.entries({ code, constraint, table, column }).filter(([, value]) => typeof value === 'string'),
    );
  };
  const frames = (from: Error) => (from.stack ?? '').split('\n').filter((line) => /^\s+at /.test(line));
  return {
    type: error.name,
    ...fields(error),
    stack: frames(error),
    ...(cause === undefined ? {} : { cause: { type: cause.name, ...fields(cause), stack: frames(cause) } }),
  };
}

/** One error shape for every failure: `{ error: { code, message, issues?, requestId } }`; no internals leak. */
export function registerErrorHandling(app: FastifyInstance, options: { spaFallback: boolean }): void {
  app.setErrorHandler((raw: FastifyError, request, reply) => {
    let error: DomainError;
    if (raw instanceof DomainError) {
      error = raw;
    } else if (raw instanceof RequestValidationError) {
      error = new DomainError('validation_failed', raw.message, raw.issues);
    } else {
      error =
        fromFramework(raw) ??
        new DomainError('internal_error', 'Something went wrong on our side. The request id helps to find it.');
    }
    const status = statusOf(error);
    if (status >= 500) {
      // The request id is on every line of the request's log; the route and the code say what failed.
      request.log.error(
        { code: error.code, route: request.routeOptions.url ?? null, error: loggableError(raw) },
        raw instanceof DomainError ? 'domain error answered with 5xx' : 'unexpected error',
      );
    }
    return reply.code(status).send(errorBody(error, request.id));
  });

  // With the web app served, unknown GET paths outside /api get its index.html so its router can answer.
  app.setNotFoundHandler((request, reply) => {
    const pathname = request.url.split('?')[0] ?? '';
    if (options.spaFallback && request.method === 'GET' && pathname !== '/api' && !pathname.startsWith('/api/')) {
      return reply.type('text/html').sendFile('index.html');
    }
    const error = new DomainError('route_not_found', `No route ${request.method} ${pathname}.`);
    return reply.code(statusOf(error)).send(errorBody(error, request.id));
  });
}

function errorBody(error: DomainError, requestId: string) {
  return {
    error: {
      code: error.code,
      message: error.message,
      ...(error.issues.length > 0 ? { issues: error.issues } : {}),
      requestId,
    },
  };
}

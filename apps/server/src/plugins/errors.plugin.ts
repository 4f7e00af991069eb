import type { FastifyError, FastifyInstance } from 'fastify';
import { DomainError, type Issue } from '@tansiq/domain';
import { statusOf } from '../errors.ts';

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

/** One error shape for every failure: `{ error: { code, message, issues?, requestId } }`; no internals leak. */
export function registerErrorHandling(app: FastifyInstance, options: { spaFallback: boolean }): void {
  app.setErrorHandler((raw: FastifyError, request, reply) => {
    let error: DomainError;
    if (raw instanceof DomainError) {
      error = raw;
    } else if (raw instanceof RequestValidationError) {
      error = new DomainError('validation_failed', raw.message, raw.issues);
    } else {
      const mapped = fromFramework(raw);
      if (mapped === undefined) {
        request.log.error({ err: raw }, 'unexpected error');
        error = new DomainError('internal_error', 'Something went wrong on our side. The request id helps to find it.');
      } else {
        error = mapped;
      }
    }
    const status = statusOf(error);
    if (status >= 500 && raw instanceof DomainError) {
      request.log.error({ err: raw }, 'domain error answered with 5xx');
    }
    return reply.code(status).send({
      error: {
        code: error.code,
        message: error.message,
        ...(error.issues.length > 0 ? { issues: error.issues } : {}),
        requestId: request.id,
      },
    });
  });

  // With the web app served, unknown GET paths outside /api get its index.html so its router can answer.
  app.setNotFoundHandler((request, reply) => {
    const pathname = request.url.split('?')[0] ?? '';
    if (options.spaFallback && request.method === 'GET' && pathname !== '/api' && !pathname.startsWith('/api/')) {
      return reply.type('text/html').sendFile('index.html');
    }
    return reply.code(404).send({
      error: { code: 'route_not_found', message: `No route ${request.method} ${pathname}.`, requestId: request.id },
    });
  });
}

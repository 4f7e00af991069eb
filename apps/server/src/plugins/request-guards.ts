import { DomainError, nulIssues } from '@tansiq/domain';
import type { FastifyInstance, FastifyRequest } from 'fastify';

/** True when the request carries a body (a length above zero, or a chunked one). */
function hasBody(request: FastifyRequest): boolean {
  const length = request.headers['content-length'];
  return (length !== undefined && length !== '0') || request.headers['transfer-encoding'] !== undefined;
}

/**
 * A body sent with a content coding (`Content-Encoding: gzip`, `br`, …) answers `415 unsupported_media_type` at
 * `headers.content-encoding`: the server decodes none, and reading the compressed bytes as JSON or as a file
 * would store them as if they were what the client meant. `identity` (no coding) is taken.
 */
export function refuseUndecodedBodies(app: FastifyInstance): void {
  app.addHook('preParsing', async (request, _reply, payload) => {
    const coding = request.headers['content-encoding']?.trim().toLowerCase();
    if (coding !== undefined && coding !== '' && coding !== 'identity' && hasBody(request)) {
      const message = 'Send the body without a content coding: the server decodes none.';
      throw new DomainError('unsupported_media_type', message, [
        { path: ['headers', 'content-encoding'], code: 'unsupported_media_type', message },
      ]);
    }
    return payload;
  });
}

/**
 * The NUL character (U+0000) anywhere in a request, a path parameter, a query value or a field (or key) of a
 * JSON body, answers `400 validation_failed` with an issue `nul_character` at each place (`params.code`,
 * `query.meeting`, `title.en`), before the route's own validation and before anything is read or written: no
 * text holds it, and the databases refuse it in text. Raw file bodies are bytes, not text, and are left to the
 * readers of their format.
 */
export function refuseNulCharacters(app: FastifyInstance): void {
  app.addHook('preValidation', async (request) => {
    const issues = [
      ...nulIssues(request.params, ['params']),
      ...nulIssues(request.query, ['query']),
      ...nulIssues(request.body),
    ];
    if (issues.length > 0) {
      throw new DomainError('validation_failed', 'The request holds the NUL character (U+0000).', issues);
    }
  });
}

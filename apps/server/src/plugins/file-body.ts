import type { FastifyError, FastifyInstance } from 'fastify';
import { DomainError } from '@tansiq/domain';

/** `file_too_large` located at the file: the body is over `limit` bytes. */
export function fileTooLarge(limit: number): DomainError {
  const message = `The file is larger than ${limit} bytes.`;
  return new DomainError('file_too_large', message, [{ path: ['file'], code: 'file_too_large', message }], {
    maxBytes: limit,
  });
}

/**
 * Makes the routes of this (encapsulated) plugin take a file as the raw body: only `mediaTypes` are read, as a
 * Buffer of at most `limit` bytes; any other body answers `415 unsupported_media_type` naming the types taken,
 * and a body over the limit `413 file_too_large` located at `file`. Call it first in a plugin of its own.
 */
export function acceptFileBodies(app: FastifyInstance, mediaTypes: readonly string[], limit: number): void {
  app.removeAllContentTypeParsers();
  app.addContentTypeParser([...mediaTypes], { parseAs: 'buffer', bodyLimit: limit }, (_request, body, done) =>
    done(null, body),
  );
  app.addContentTypeParser('*', (_request, _payload, done) => {
    const message = `Send the file with one of the media types ${mediaTypes.join(', ')}.`;
    done(
      new DomainError('unsupported_media_type', message, [
        { path: ['headers', 'content-type'], code: 'unsupported_media_type', message },
      ]),
      undefined,
    );
  });
  // A body over the limit is a file too large, where the file is (the app's handler answers the rest).
  app.setErrorHandler((error: FastifyError) => {
    throw error.code === 'FST_ERR_CTP_BODY_TOO_LARGE' ? fileTooLarge(limit) : error;
  });
}

/** The file a route of {@link acceptFileBodies} received, or `415` when the request had no body. */
export function fileBody(body: unknown, mediaTypes: readonly string[]): Buffer {
  if (Buffer.isBuffer(body)) {
    return body;
  }
  const message = `Send the file as the body, with one of the media types ${mediaTypes.join(', ')}.`;
  throw new DomainError('unsupported_media_type', message, [
    { path: ['headers', 'content-type'], code: 'unsupported_media_type', message },
  ]);
}

/** The media type of a request without its parameters, in lower case (`text/plain; charset=utf-8` -> `text/plain`). */
export function mediaTypeOf(header: string | undefined): string {
  return (header ?? '').split(';')[0]!.trim().toLowerCase();
}

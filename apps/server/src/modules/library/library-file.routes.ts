import { ImportTextFileQuery, ImportedText, TEXT_FILE_MEDIA_TYPES, one } from '@tansiq/api';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requireActor } from '../../plugins/authenticate.ts';
import { acceptFileBodies, fileBody, mediaTypeOf } from '../../plugins/file-body.ts';
import { importInstrumentFile, type TextFileUpload } from './library.service.ts';

/** Options of the text-file import: the largest file taken. */
export interface LibraryFileRouteOptions {
  fileLimit: number;
}

/**
 * The import of a text sent as a file (the web's form, scripts): its own plugin, so that the file media types
 * and the file size limit hold for this route only.
 */
export const libraryFileRoutes: FastifyPluginAsyncZod<LibraryFileRouteOptions> = async (app, options) => {
  acceptFileBodies(app, TEXT_FILE_MEDIA_TYPES, options.fileLimit);

  app.post(
    '/instruments/import/file',
    {
      onRequest: requireActor,
      bodyLimit: options.fileLimit,
      schema: {
        tags: ['texts'],
        summary:
          'Store a text file in ITU layout as a language version (secretariat): the body is the file itself, ' +
          'text/plain (UTF-8) for .txt or application/vnd.openxmlformats-officedocument.wordprocessingml.document ' +
          'for .docx, read as `tansiq text import` reads it; the other fields of POST /instruments/import are ' +
          'query parameters',
        querystring: ImportTextFileQuery,
        response: { 201: one(ImportedText) },
      },
    },
    async (request, reply) => {
      const upload: TextFileUpload = {
        data: fileBody(request.body, TEXT_FILE_MEDIA_TYPES),
        mediaType: mediaTypeOf(request.headers['content-type']) as TextFileUpload['mediaType'],
      };
      const imported = await importInstrumentFile(request.ctx, upload, request.query, options.fileLimit);
      return reply.code(201).send({ data: imported });
    },
  );
};

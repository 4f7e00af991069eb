import { DocumentFileType, DocumentHead, Language, UploadDocumentFileQuery, one } from '@tansiq/api';
import type { DocumentFileType as FileType } from '@tansiq/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireActor } from '../../plugins/authenticate.ts';
import { acceptFileBodies, fileBody, mediaTypeOf } from '../../plugins/file-body.ts';
import { downloadName, presentDocument } from './contribution.presenter.ts';
import { getDocumentFile, uploadDocumentFile } from './document-file.service.ts';

const FILE_TYPES = DocumentFileType.options;
const FileParams = z.object({ id: z.uuid(), language: Language });

/** Options of the language-version routes: the largest file taken. */
export interface DocumentFileRouteOptions {
  fileLimit: number;
}

/**
 * A document's language versions: upload (the raw `.docx` or PDF as the body) and download. Its own plugin,
 * so that the file media types and the file size limit hold for these routes only.
 */
export const documentFileRoutes: FastifyPluginAsyncZod<DocumentFileRouteOptions> = async (app, options) => {
  acceptFileBodies(app, FILE_TYPES, options.fileLimit);

  app.put(
    '/documents/:id/files/:language',
    {
      onRequest: requireActor,
      bodyLimit: options.fileLimit,
      schema: {
        tags: ['contributions'],
        summary:
          'Upload a language version: the body is the file itself, sent as application/vnd.openxmlformats-' +
          'officedocument.wordprocessingml.document (.docx) or application/pdf; it replaces the current one ' +
          '(secretariat; authors the original language of their draft)',
        params: FileParams,
        querystring: UploadDocumentFileQuery,
        response: { 200: one(DocumentHead) },
      },
    },
    async (request) => {
      const data = fileBody(request.body, FILE_TYPES);
      const document = await uploadDocumentFile(
        request.ctx,
        request.params.id,
        {
          language: request.params.language,
          mediaType: mediaTypeOf(request.headers['content-type']) as FileType,
          data,
          name: request.query.name,
        },
        options.fileLimit,
      );
      return { data: presentDocument(document) };
    },
  );

  app.get(
    '/documents/:id/files/:language',
    {
      schema: {
        tags: ['contributions'],
        summary: 'Download a language version, named after its symbol in that language (WTDC-17-23-A.docx)',
        params: FileParams,
      },
    },
    async (request, reply) => {
      const { document, meeting, file } = await getDocumentFile(
        request.ctx,
        request.params.id,
        request.params.language,
      );
      const name = downloadName(document, meeting, request.params.language, file.mediaType);
      return reply
        .type(file.mediaType)
        .header('content-disposition', `attachment; filename="${name}"`)
        .header('cache-control', 'private, no-cache')
        .send(file.content);
    },
  );
};

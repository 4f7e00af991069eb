import { CompilationQuery } from '@tansiq/api';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { compileMeetingFile } from './compilation.service.ts';
import { RECORDS_READ } from '../../cache/cached-reads.ts';

const MeetingParams = z.object({ meeting: z.string().min(1).max(64).meta({ description: 'Meeting id or code.' }) });

// The page has no scripts and loads nothing: a policy stricter than the app's, which also lets its own styles in.
const PAGE_POLICY =
  "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

/**
 * A meeting's compilation as a file, read-only: the Word document, the proposal register (CSV) or the web page,
 * of the whole meeting or one instrument. Each reader gets what they may read, as in the synoptic compilation.
 */
export const compilationRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/meetings/:meeting/compilation',
    {
      config: { cache: RECORDS_READ },
      schema: {
        tags: ['synoptic'],
        summary:
          "A meeting's compilation of proposals: Word in ITU layout with tracked changes by source, the proposal " +
          'register as CSV, or a web page',
        params: MeetingParams,
        querystring: CompilationQuery,
      },
    },
    async (request, reply) => {
      const { format, lang, instrument } = request.query;
      const file = await compileMeetingFile(request.ctx, request.params.meeting, {
        format,
        ...(lang === undefined ? {} : { language: lang }),
        ...(instrument === undefined ? {} : { instrument }),
      });
      // The page opens in the browser; the document and the register download.
      const disposition = format === 'html' ? 'inline' : 'attachment';
      if (format === 'html') {
        reply.header('content-security-policy', PAGE_POLICY);
      }
      return reply
        .type(file.mediaType)
        .header('content-disposition', `${disposition}; filename="${file.fileName}"`)
        .header('cache-control', 'private, no-cache')
        .send(file.content);
    },
  );
};

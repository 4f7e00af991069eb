import { CreateDocumentBody, DocumentHead, one } from '@tansiq/api';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireActor } from '../../plugins/authenticate.ts';
import { findMeeting, listDocumentFiles, type DocumentRow, type Executor } from '@tansiq/db';
import { presentDocumentHead } from './contribution.presenter.ts';
import { createSecretariatDocument, publishDocument, withdrawDocument } from './document.service.ts';

/** A document as the documents routes answer it: its head with its language versions. */
export async function presentDocument(db: Executor, row: DocumentRow) {
  const [meeting, files] = await Promise.all([findMeeting(db, row.meetingId), listDocumentFiles(db, [row.id])]);
  return presentDocumentHead(row, meeting!, files);
}

/** Documents of the secretariat's series, and the publishing and withdrawal of any document. */
export const documentRoutes: FastifyPluginAsyncZod = async (app) => {
  const present = (request: { ctx: { db: Executor } }, row: DocumentRow) => presentDocument(request.ctx.db, row);

  app.post(
    '/documents',
    {
      onRequest: requireActor,
      schema: {
        tags: ['contributions'],
        summary: 'Register an INF, DT or DL document (secretariat)',
        body: CreateDocumentBody,
        response: { 201: one(DocumentHead) },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send({ data: await present(request, await createSecretariatDocument(request.ctx, request.body)) }),
  );

  app.post(
    '/documents/:id/publish',
    {
      onRequest: requireActor,
      schema: {
        tags: ['contributions'],
        summary: 'Publish a submitted document (secretariat)',
        params: z.object({ id: z.uuid() }),
        response: { 200: one(DocumentHead) },
      },
    },
    async (request) => ({ data: await present(request, await publishDocument(request.ctx, request.params.id)) }),
  );

  app.post(
    '/documents/:id/withdraw',
    {
      onRequest: requireActor,
      schema: {
        tags: ['contributions'],
        summary: 'Withdraw a document (its authors or the secretariat)',
        params: z.object({ id: z.uuid() }),
        response: { 200: one(DocumentHead) },
      },
    },
    async (request) => ({ data: await present(request, await withdrawDocument(request.ctx, request.params.id)) }),
  );
};

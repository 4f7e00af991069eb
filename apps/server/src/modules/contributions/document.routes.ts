import { CreateDocumentBody, DocumentHead, one } from '@tansiq/api';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireActor } from '../../plugins/authenticate.ts';
import { presentDocument } from './contribution.presenter.ts';
import { createSecretariatDocument, publishDocument, withdrawDocument } from './document.service.ts';

/** Documents of the secretariat's series, and the publishing and withdrawal of any document. */
export const documentRoutes: FastifyPluginAsyncZod = async (app) => {
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
      reply.code(201).send({ data: presentDocument(await createSecretariatDocument(request.ctx, request.body)) }),
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
    async (request) => ({ data: presentDocument(await publishDocument(request.ctx, request.params.id)) }),
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
    async (request) => ({ data: presentDocument(await withdrawDocument(request.ctx, request.params.id)) }),
  );
};

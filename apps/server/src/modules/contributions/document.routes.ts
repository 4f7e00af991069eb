import { Contribution, Language, localizedInput, one } from '@tansiq/api';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireActor } from '../../plugins/authenticate.ts';
import { findMeeting } from '@tansiq/db';
import { presentDocumentHead } from './contribution.presenter.ts';
import { createSecretariatDocument, publishDocument, withdrawDocument } from './document.service.ts';

const CreateDocumentBody = z
  .object({
    meeting: z.string().min(1).max(64),
    series: z.enum(['INF', 'DT', 'DL']),
    title: localizedInput(300),
    originalLanguage: Language,
    targetBody: z.string().trim().min(1).max(100).default('PLENARY MEETING'),
    access: z.enum(['public', 'members', 'authors']).default('public'),
  })
  .strict();

const DocumentHead = Contribution.omit({ proposals: true, commonProposal: true });

/** Documents of the secretariat's series, and the publishing and withdrawal of any document. */
export const documentRoutes: FastifyPluginAsyncZod = async (app) => {
  const present = async (
    request: { ctx: { db: Parameters<typeof findMeeting>[0] } },
    row: Awaited<ReturnType<typeof publishDocument>>,
  ) => presentDocumentHead(row, (await findMeeting(request.ctx.db, row.meetingId))!);

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

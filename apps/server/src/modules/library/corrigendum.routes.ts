import { Corrigendum, IssueCorrigendumBody, one } from '@tansiq/api';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireActor } from '../../plugins/authenticate.ts';
import { presentCorrigendum } from './corrigendum.presenter.ts';
import { issueCorrigendum } from './corrigendum.service.ts';

/** Corrigenda of adopted versions: issuing one (reading them is part of the version's answer). */
export const corrigendumRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/instrument-versions/:id/corrigenda',
    {
      onRequest: requireActor,
      schema: {
        tags: ['texts'],
        summary: 'Issue a corrigendum of an adopted version: new texts of provisions in one language (secretariat)',
        params: z.object({ id: z.uuid() }),
        body: IssueCorrigendumBody,
        response: { 201: one(Corrigendum) },
      },
    },
    async (request, reply) => {
      const { corrigendum, provisions } = await issueCorrigendum(request.ctx, request.params.id, request.body);
      return reply.code(201).send({ data: presentCorrigendum(corrigendum, provisions) });
    },
  );
};

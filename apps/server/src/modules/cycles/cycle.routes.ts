import { CreateCycleBody, Cycle, PageQuery, one, pageOf } from '@tansiq/api';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireActor } from '../../plugins/authenticate.ts';
import { presentCycle } from './cycle.presenter.ts';
import { createCycle, getCycle, listCycles } from './cycle.service.ts';

export const cycleRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/cycles',
    {
      schema: {
        tags: ['cycles'],
        summary: 'Conference cycles, newest first',
        querystring: PageQuery,
        response: { 200: pageOf(Cycle) },
      },
    },
    async (request) => {
      const { rows, total } = await listCycles(request.ctx, request.query);
      return {
        data: rows.map(presentCycle),
        page: { total, limit: request.query.limit, offset: request.query.offset },
      };
    },
  );

  app.get(
    '/cycles/:id',
    {
      schema: {
        tags: ['cycles'],
        summary: 'One cycle, by id or code',
        params: z.object({ id: z.string().min(1).max(64) }),
        response: { 200: one(Cycle) },
      },
    },
    async (request) => ({ data: presentCycle(await getCycle(request.ctx, request.params.id)) }),
  );

  app.post(
    '/cycles',
    {
      onRequest: requireActor,
      schema: {
        tags: ['cycles'],
        summary: 'Create a cycle (secretariat)',
        body: CreateCycleBody,
        response: { 201: one(Cycle) },
      },
    },
    async (request, reply) => {
      const row = await createCycle(request.ctx, request.body);
      return reply.code(201).send({ data: presentCycle(row) });
    },
  );
};

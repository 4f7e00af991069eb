import { AddStatementBody, Decision, DecisionStatement, RecordDecisionBody, listOf, one } from '@tansiq/api';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireActor } from '../../plugins/authenticate.ts';
import { addStatement, listItemDecisions, listMeetingDecisions, recordDecision } from './decision.service.ts';
import { presentDecision, presentStatement } from './decision.presenter.ts';

const MeetingParams = z.object({ meeting: z.string().min(1).max(64).meta({ description: 'Meeting id or code.' }) });
const IdParams = z.object({ id: z.uuid() });

export const decisionRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/meetings/:meeting/decisions',
    {
      schema: {
        tags: ['decisions'],
        summary: "A meeting's decisions log, in agenda order",
        params: MeetingParams,
        response: { 200: listOf(Decision) },
      },
    },
    async (request) => ({
      data: (await listMeetingDecisions(request.ctx, request.params.meeting)).map(presentDecision),
    }),
  );

  app.get(
    '/agenda-items/:id/decisions',
    {
      schema: {
        tags: ['decisions'],
        summary: "An agenda item's decisions log",
        params: IdParams,
        response: { 200: listOf(Decision) },
      },
    },
    async (request) => ({
      data: (await listItemDecisions(request.ctx, request.params.id)).map(presentDecision),
    }),
  );

  app.post(
    '/agenda-items/:id/decisions',
    {
      onRequest: requireActor,
      schema: {
        tags: ['decisions'],
        summary: 'Record a decision on an agenda item, by consensus or by a closed vote (secretariat)',
        params: IdParams,
        body: RecordDecisionBody,
        response: { 201: one(Decision) },
      },
    },
    async (request, reply) => {
      const view = await recordDecision(request.ctx, request.params.id, request.body);
      return reply.code(201).send({ data: presentDecision(view) });
    },
  );

  app.post(
    '/decisions/:id/statements',
    {
      onRequest: requireActor,
      schema: {
        tags: ['decisions'],
        summary: "Attach a Member State's reservation or declaration (its focal point, or the secretariat)",
        params: IdParams,
        body: AddStatementBody,
        response: { 201: one(DecisionStatement) },
      },
    },
    async (request, reply) => {
      const row = await addStatement(request.ctx, request.params.id, request.body);
      return reply.code(201).send({ data: presentStatement(row) });
    },
  );
};

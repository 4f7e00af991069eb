import { DeadlineRule, MeetingType, PutDeadlineRulesBody, listOf } from '@tansiq/api';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireActor } from '../../plugins/authenticate.ts';
import { listDeadlineRules, setDeadlineRules } from './deadline-rule.service.ts';

export const deadlineRuleRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/deadline-rules',
    {
      schema: {
        tags: ['meetings'],
        summary: 'Deadline rules per meeting type',
        response: { 200: listOf(DeadlineRule) },
      },
    },
    async (request) => ({ data: await listDeadlineRules(request.ctx) }),
  );

  app.put(
    '/deadline-rules/:meetingType',
    {
      onRequest: requireActor,
      schema: {
        tags: ['meetings'],
        summary: "Replace a meeting type's deadline rules (secretariat)",
        params: z.object({ meetingType: MeetingType }),
        body: PutDeadlineRulesBody,
        response: { 200: listOf(DeadlineRule) },
      },
    },
    async (request) => ({ data: await setDeadlineRules(request.ctx, request.params.meetingType, request.body) }),
  );
};

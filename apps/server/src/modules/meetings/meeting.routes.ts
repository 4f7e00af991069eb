import { CreateMeetingBody, Meeting, MeetingsQuery, UpdateMeetingBody, one, pageOf } from '@tansiq/api';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireActor } from '../../plugins/authenticate.ts';
import { presentMeeting } from './meeting.presenter.ts';
import { createMeeting, getMeeting, listMeetings, updateMeeting } from './meeting.service.ts';

const IdParams = z.object({ id: z.string().min(1).max(64).meta({ description: 'Meeting id or code.' }) });

export const meetingRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/meetings',
    {
      schema: {
        tags: ['meetings'],
        summary: 'Meetings in date order, with computed deadlines',
        querystring: MeetingsQuery,
        response: { 200: pageOf(Meeting) },
      },
    },
    async (request) => {
      const { rows, total, rules } = await listMeetings(request.ctx, request.query);
      const now = request.ctx.clock.now();
      return {
        data: rows.map((row) => presentMeeting(row, rules, now)),
        page: { total, limit: request.query.limit, offset: request.query.offset },
      };
    },
  );

  app.get(
    '/meetings/:id',
    {
      schema: {
        tags: ['meetings'],
        summary: 'One meeting, by id or code, with computed deadlines',
        params: IdParams,
        response: { 200: one(Meeting) },
      },
    },
    async (request) => {
      const { meeting, rules } = await getMeeting(request.ctx, request.params.id);
      return { data: presentMeeting(meeting, rules, request.ctx.clock.now()) };
    },
  );

  app.post(
    '/meetings',
    {
      onRequest: requireActor,
      schema: {
        tags: ['meetings'],
        summary: 'Create a meeting (secretariat)',
        body: CreateMeetingBody,
        response: { 201: one(Meeting) },
      },
    },
    async (request, reply) => {
      const { meeting, rules } = await createMeeting(request.ctx, request.body);
      return reply.code(201).send({ data: presentMeeting(meeting, rules, request.ctx.clock.now()) });
    },
  );

  app.patch(
    '/meetings/:id',
    {
      onRequest: requireActor,
      schema: {
        tags: ['meetings'],
        summary: 'Change a meeting (secretariat)',
        params: IdParams,
        body: UpdateMeetingBody,
        response: { 200: one(Meeting) },
      },
    },
    async (request) => {
      const { meeting, rules } = await updateMeeting(request.ctx, request.params.id, request.body);
      return { data: presentMeeting(meeting, rules, request.ctx.clock.now()) };
    },
  );
};

import { AgendaItem, CreateAgendaItemBody, UpdateAgendaItemBody, listOf, one } from '@tansiq/api';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireActor } from '../../plugins/authenticate.ts';
import { createAgendaItem, deleteAgendaItem, listAgendaItems, updateAgendaItem } from './agenda.service.ts';
import { presentAgendaItem } from './agenda.presenter.ts';

const MeetingParams = z.object({ meeting: z.string().min(1).max(64).meta({ description: 'Meeting id or code.' }) });
const IdParams = z.object({ id: z.uuid() });

export const agendaRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/meetings/:meeting/agenda-items',
    {
      schema: {
        tags: ['agenda'],
        summary: "A meeting's agenda items with their documents",
        params: MeetingParams,
        response: { 200: listOf(AgendaItem) },
      },
    },
    async (request) => ({
      data: (await listAgendaItems(request.ctx, request.params.meeting)).map(presentAgendaItem),
    }),
  );

  app.post(
    '/meetings/:meeting/agenda-items',
    {
      onRequest: requireActor,
      schema: {
        tags: ['agenda'],
        summary: 'Add an agenda item (secretariat)',
        params: MeetingParams,
        body: CreateAgendaItemBody,
        response: { 201: one(AgendaItem) },
      },
    },
    async (request, reply) => {
      const item = await createAgendaItem(request.ctx, request.params.meeting, request.body);
      return reply.code(201).send({ data: presentAgendaItem(item) });
    },
  );

  app.patch(
    '/agenda-items/:id',
    {
      onRequest: requireActor,
      schema: {
        tags: ['agenda'],
        summary: 'Change an agenda item (secretariat)',
        params: IdParams,
        body: UpdateAgendaItemBody,
        response: { 200: one(AgendaItem) },
      },
    },
    async (request) => ({
      data: presentAgendaItem(await updateAgendaItem(request.ctx, request.params.id, request.body)),
    }),
  );

  app.delete(
    '/agenda-items/:id',
    {
      onRequest: requireActor,
      schema: {
        tags: ['agenda'],
        summary: 'Remove an agenda item (secretariat)',
        params: IdParams,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await deleteAgendaItem(request.ctx, request.params.id);
      return reply.code(204).send(null);
    },
  );
};

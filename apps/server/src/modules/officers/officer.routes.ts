import {
  CreateNominationBody,
  Nomination,
  NominationsQuery,
  OfficerSettings,
  PutOfficerSettingsBody,
  SlateCheck,
  SlateCheckQuery,
  one,
  listOf,
} from '@tansiq/api';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireActor } from '../../plugins/authenticate.ts';
import { presentNomination, presentOfficerSettings, presentSlateCheck } from './officer.presenter.ts';
import {
  appointNomination,
  createNomination,
  getNomination,
  getOfficerSettings,
  listNominations,
  putOfficerSettings,
  slateCheck,
  withdrawNomination,
} from './officer.service.ts';

const MeetingParams = z.object({ meeting: z.string().min(1).max(64).meta({ description: 'Meeting id or code.' }) });
const NominationParams = z.object({ id: z.uuid() });

export const officerRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/meetings/:meeting/officer-settings',
    {
      schema: {
        tags: ['officers'],
        summary: "A meeting's officer groups, posts and seats, and the slate rules (the defaults when none stored)",
        params: MeetingParams,
        response: { 200: one(OfficerSettings) },
      },
    },
    async (request) => ({
      data: presentOfficerSettings(await getOfficerSettings(request.ctx, request.params.meeting)),
    }),
  );

  app.put(
    '/meetings/:meeting/officer-settings',
    {
      onRequest: requireActor,
      schema: {
        tags: ['officers'],
        summary: "Set a meeting's officer groups and slate rules (secretariat)",
        params: MeetingParams,
        body: PutOfficerSettingsBody,
        response: { 200: one(OfficerSettings) },
      },
    },
    async (request) => ({
      data: presentOfficerSettings(await putOfficerSettings(request.ctx, request.params.meeting, request.body)),
    }),
  );

  app.get(
    '/meetings/:meeting/nominations',
    {
      schema: {
        tags: ['officers'],
        summary: "A meeting's nominations, oldest first",
        params: MeetingParams,
        querystring: NominationsQuery,
        response: { 200: listOf(Nomination) },
      },
    },
    async (request) => ({
      data: (await listNominations(request.ctx, request.params.meeting, request.query)).map(presentNomination),
    }),
  );

  app.post(
    '/meetings/:meeting/nominations',
    {
      onRequest: requireActor,
      schema: {
        tags: ['officers'],
        summary: 'Nominate a candidate for a post (a focal point for its state; the secretariat names the state)',
        params: MeetingParams,
        body: CreateNominationBody,
        response: { 201: one(Nomination) },
      },
    },
    async (request, reply) => {
      const row = await createNomination(request.ctx, request.params.meeting, request.body);
      return reply.code(201).send({ data: presentNomination(row) });
    },
  );

  app.get(
    '/nominations/:id',
    {
      schema: {
        tags: ['officers'],
        summary: 'One nomination',
        params: NominationParams,
        response: { 200: one(Nomination) },
      },
    },
    async (request) => ({ data: presentNomination(await getNomination(request.ctx, request.params.id)) }),
  );

  for (const [action, summary, run] of [
    [
      'withdraw',
      'Withdraw a standing nomination (the nominating state’s focal point, secretariat)',
      withdrawNomination,
    ],
    ['appoint', 'Fill the post by consensus with a standing nomination (secretariat)', appointNomination],
  ] as const) {
    app.post(
      `/nominations/:id/${action}`,
      {
        onRequest: requireActor,
        schema: { tags: ['officers'], summary, params: NominationParams, response: { 200: one(Nomination) } },
      },
      async (request) => ({ data: presentNomination(await run(request.ctx, request.params.id)) }),
    );
  }

  app.get(
    '/meetings/:meeting/slate-check',
    {
      schema: {
        tags: ['officers'],
        summary:
          "Check a group's slate: kind=nominations the standing nominations, kind=appointment the appointed officers",
        params: MeetingParams,
        querystring: SlateCheckQuery,
        response: { 200: one(SlateCheck) },
      },
    },
    async (request) => {
      const { meeting, check } = await slateCheck(request.ctx, request.params.meeting, request.query);
      return { data: presentSlateCheck(meeting.id, check) };
    },
  );
};

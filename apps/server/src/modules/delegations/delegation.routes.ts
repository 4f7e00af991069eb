import { Delegation, GiveProxyBody, Presence, Proxy, PutDelegationBody, listOf, one } from '@tansiq/api';
import { canActForDelegation } from '@tansiq/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireActor } from '../../plugins/authenticate.ts';
import { personOf } from '../../policy.ts';
import { presentDelegation, presentPresence, presentProxy } from './delegation.presenter.ts';
import {
  checkIn,
  checkOut,
  giveProxy,
  listDelegations,
  meetingPresence,
  putDelegation,
  withdrawProxy,
  type DelegationsView,
} from './delegation.service.ts';

const MeetingParams = z.object({ meeting: z.string().min(1).max(64).meta({ description: 'Meeting id or code.' }) });
const DelegationParams = MeetingParams.extend({
  memberState: z.string().regex(/^[A-Z]{3}$/, 'An alpha-3 country code.'),
});

/** The one delegation `id` of a view, presented. */
function presentOne(view: DelegationsView, id: string, showEmails: boolean) {
  const row = view.rows.find((candidate) => candidate.id === id)!;
  return presentDelegation(row, view.members.get(id) ?? [], view.proxies, view.presence, view.accounts, showEmails);
}

export const delegationRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/meetings/:meeting/delegations',
    {
      schema: {
        tags: ['delegations'],
        summary: "A meeting's delegations: members, voting delegate, presence, proxies given and held",
        params: MeetingParams,
        response: { 200: listOf(Delegation) },
      },
    },
    async (request) => {
      const { view, showEmails } = await listDelegations(request.ctx, request.params.meeting);
      return {
        data: view.rows.map((row) =>
          presentDelegation(
            row,
            view.members.get(row.id) ?? [],
            view.proxies,
            view.presence,
            view.accounts,
            showEmails(row.memberStateIso3),
          ),
        ),
      };
    },
  );

  app.put(
    '/meetings/:meeting/delegations/:memberState',
    {
      onRequest: requireActor,
      schema: {
        tags: ['delegations'],
        summary: "Register a Member State's delegation, or replace its composition (its focal point, secretariat)",
        params: DelegationParams,
        body: PutDelegationBody,
        response: { 200: one(Delegation), 201: one(Delegation) },
      },
    },
    async (request, reply) => {
      const { meeting, memberState } = request.params;
      const { view, id, created } = await putDelegation(request.ctx, meeting, memberState, request.body);
      return reply.code(created ? 201 : 200).send({ data: presentOne(view, id, true) });
    },
  );

  for (const [action, summary, run] of [
    ['check-in', 'Check a delegation in (secretariat); a proxy it gave is withdrawn', checkIn],
    ['check-out', 'Check a delegation out (secretariat)', checkOut],
  ] as const) {
    app.post(
      `/meetings/:meeting/delegations/:memberState/${action}`,
      {
        onRequest: requireActor,
        schema: { tags: ['delegations'], summary, params: DelegationParams, response: { 200: one(Delegation) } },
      },
      async (request) => {
        const { meeting, memberState } = request.params;
        const { view, id } = await run(request.ctx, meeting, memberState);
        return { data: presentOne(view, id, canActForDelegation(personOf(request.ctx.actor), memberState)) };
      },
    );
  }

  app.post(
    '/meetings/:meeting/delegations/:memberState/proxy',
    {
      onRequest: requireActor,
      schema: {
        tags: ['delegations'],
        summary: 'Give the Member State’s proxy to another delegation (its focal point, secretariat)',
        params: DelegationParams,
        body: GiveProxyBody,
        response: { 201: one(Proxy) },
      },
    },
    async (request, reply) => {
      const { meeting, memberState } = request.params;
      const proxy = await giveProxy(request.ctx, meeting, memberState, request.body);
      return reply.code(201).send({ data: presentProxy(proxy) });
    },
  );

  app.delete(
    '/meetings/:meeting/delegations/:memberState/proxy',
    {
      onRequest: requireActor,
      schema: {
        tags: ['delegations'],
        summary: 'Withdraw the proxy the Member State gave (its focal point, secretariat)',
        params: DelegationParams,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await withdrawProxy(request.ctx, request.params.meeting, request.params.memberState);
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/meetings/:meeting/presence',
    {
      schema: {
        tags: ['delegations'],
        summary: 'States present in person and by proxy, and the quorum under the default rule',
        params: MeetingParams,
        response: { 200: one(Presence) },
      },
    },
    async (request) => {
      const view = await meetingPresence(request.ctx, request.params.meeting);
      return { data: presentPresence(view.meeting.id, view.presence, view.meeting.maxProxies) };
    },
  );
};

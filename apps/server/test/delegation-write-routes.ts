import type { Role } from '@tansiq/domain';
import { createAgendaItem } from '../src/modules/agenda/agenda.service.ts';
import { delegationBody, makeDelegations, makeProxy, checkInAll } from './delegation-helpers.ts';
import { makeMeeting, operator, type TestApp } from './helpers.ts';
import type { RefusedScope, WriteRoute } from './write-routes.ts';

const createdId = (body: unknown) => (body as { data: { id: string } }).data.id;
const SECRETARIAT: readonly Role[] = ['secretariat'];
/** Who acts for a delegation: the secretariat, and the focal point of that state (Egypt's, by default). */
const FOR_THE_STATE: readonly Role[] = ['secretariat', 'focal-point'];
const TUNISIAN_FOCAL_POINT: RefusedScope[] = [
  {
    label: 'a focal point of Tunisia',
    role: 'focal-point',
    scope: { memberStateIso3: 'TUN', entityId: null, organizationCode: null },
    status: 403,
    code: 'forbidden',
  },
];

/** A meeting of its own with the delegations of `states`. */
async function meetingWith(t: TestApp, states: string[]) {
  const { meeting } = await makeMeeting(t);
  return { meeting: meeting.code, ids: await makeDelegations(t, meeting.code, states) };
}

/** The write routes of delegations, proxies and agenda items. */
export const DELEGATION_WRITE_ROUTES: Record<string, WriteRoute> = {
  'PUT /api/v1/meetings/{meeting}/delegations/{memberState}': {
    allowed: FOR_THE_STATE,
    refusedScopes: TUNISIAN_FOCAL_POINT,
    prepare: async (t) => {
      const { meeting } = await meetingWith(t, []);
      return {
        method: 'PUT',
        url: `/api/v1/meetings/${meeting}/delegations/EGY`,
        payload: delegationBody(),
        status: 201,
        audit: { action: 'delegation.register', entityType: 'delegation', entityId: createdId },
      };
    },
  },
  'POST /api/v1/meetings/{meeting}/delegations/{memberState}/check-in': {
    allowed: SECRETARIAT,
    prepare: async (t) => {
      const { meeting, ids } = await meetingWith(t, ['EGY']);
      return {
        method: 'POST',
        url: `/api/v1/meetings/${meeting}/delegations/EGY/check-in`,
        status: 200,
        audit: { action: 'delegation.check-in', entityType: 'delegation', entityId: ids.EGY! },
      };
    },
  },
  'POST /api/v1/meetings/{meeting}/delegations/{memberState}/check-out': {
    allowed: SECRETARIAT,
    prepare: async (t) => {
      const { meeting, ids } = await meetingWith(t, ['EGY']);
      await checkInAll(t, meeting, ['EGY']);
      return {
        method: 'POST',
        url: `/api/v1/meetings/${meeting}/delegations/EGY/check-out`,
        status: 200,
        audit: { action: 'delegation.check-out', entityType: 'delegation', entityId: ids.EGY! },
      };
    },
  },
  'POST /api/v1/meetings/{meeting}/delegations/{memberState}/proxy': {
    allowed: FOR_THE_STATE,
    refusedScopes: TUNISIAN_FOCAL_POINT,
    prepare: async (t) => {
      const { meeting } = await meetingWith(t, ['EGY', 'TUN']);
      return {
        method: 'POST',
        url: `/api/v1/meetings/${meeting}/delegations/EGY/proxy`,
        payload: { holder: 'TUN' },
        status: 201,
        audit: { action: 'proxy.give', entityType: 'proxy', entityId: createdId },
      };
    },
  },
  'DELETE /api/v1/meetings/{meeting}/delegations/{memberState}/proxy': {
    allowed: FOR_THE_STATE,
    refusedScopes: TUNISIAN_FOCAL_POINT,
    prepare: async (t) => {
      const { meeting } = await meetingWith(t, ['EGY', 'TUN']);
      const proxyId = await makeProxy(t, meeting, 'EGY', 'TUN');
      return {
        method: 'DELETE',
        url: `/api/v1/meetings/${meeting}/delegations/EGY/proxy`,
        status: 204,
        audit: { action: 'proxy.withdraw', entityType: 'proxy', entityId: proxyId },
      };
    },
  },
  'POST /api/v1/meetings/{meeting}/agenda-items': {
    allowed: SECRETARIAT,
    prepare: async (t) => {
      const { meeting } = await makeMeeting(t);
      return {
        method: 'POST',
        url: `/api/v1/meetings/${meeting.code}/agenda-items`,
        payload: { number: '3', title: { en: 'Adoption of the agenda' } },
        status: 201,
        audit: { action: 'agenda.item.create', entityType: 'agenda-item', entityId: createdId },
      };
    },
  },
  'PATCH /api/v1/agenda-items/{id}': {
    allowed: SECRETARIAT,
    prepare: async (t) => {
      const item = await agendaItem(t);
      return {
        method: 'PATCH',
        url: `/api/v1/agenda-items/${item}`,
        payload: { number: '3.1' },
        status: 200,
        audit: { action: 'agenda.item.update', entityType: 'agenda-item', entityId: item },
      };
    },
  },
  'DELETE /api/v1/agenda-items/{id}': {
    allowed: SECRETARIAT,
    prepare: async (t) => {
      const item = await agendaItem(t);
      return {
        method: 'DELETE',
        url: `/api/v1/agenda-items/${item}`,
        status: 204,
        audit: { action: 'agenda.item.delete', entityType: 'agenda-item', entityId: item },
      };
    },
  },
};

/** An agenda item of a meeting of its own; answers its id. */
async function agendaItem(t: TestApp): Promise<string> {
  const { meeting } = await makeMeeting(t);
  const { row } = await createAgendaItem(t.as(operator), meeting.code, {
    number: '3',
    title: { en: 'Adoption of the agenda' },
    documents: [],
  });
  return row.id;
}

import type { CreateNominationBody } from '@tansiq/api';
import type { Role } from '@tansiq/domain';
import { createNomination } from '../src/modules/officers/officer.service.ts';
import { makeMeeting, operator, type TestApp } from './helpers.ts';
import type { RefusedScope, WriteRoute } from './write-routes.ts';

const createdId = (body: unknown) => (body as { data: { id: string } }).data.id;
const SECRETARIAT: readonly Role[] = ['secretariat'];
/** Who acts for the nominating state: the secretariat, and that state's focal point (Egypt's, by default). */
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

/** Egypt's nomination of an Egyptian candidate for a vice-chair of SG1, as sent. */
export function nominationBody(overrides: Partial<CreateNominationBody> = {}): CreateNominationBody {
  return {
    group: 'SG1',
    post: 'vice-chair',
    candidateName: 'Amira Mansour',
    gender: 'female',
    candidateState: 'EGY',
    termsServed: 0,
    nominatingState: 'EGY',
    ...overrides,
  };
}

/** A meeting of its own with one standing nomination by Egypt (made by the operator); answers both. */
export async function meetingWithNomination(t: TestApp, overrides: Partial<CreateNominationBody> = {}) {
  const { meeting } = await makeMeeting(t);
  const row = await createNomination(t.as(operator), meeting.code, nominationBody(overrides));
  return { meeting: meeting.code, meetingId: meeting.id, nomination: row.id };
}

/** The write routes of officer settings and nominations. */
export const OFFICER_WRITE_ROUTES: Record<string, WriteRoute> = {
  'PUT /api/v1/meetings/{meeting}/officer-settings': {
    allowed: SECRETARIAT,
    prepare: async (t) => {
      const { meeting } = await makeMeeting(t);
      return {
        method: 'PUT',
        url: `/api/v1/meetings/${meeting.code}/officer-settings`,
        payload: {
          groups: [
            {
              id: 'SG1',
              posts: [
                { kind: 'chair', seats: 1 },
                { kind: 'vice-chair', seats: 4 },
              ],
            },
          ],
          rules: { maxTerms: 3 },
        },
        status: 200,
        audit: { action: 'officer-settings.update', entityType: 'officer-settings', entityId: meeting.id },
      };
    },
  },
  'POST /api/v1/meetings/{meeting}/nominations': {
    allowed: FOR_THE_STATE,
    refusedScopes: TUNISIAN_FOCAL_POINT,
    prepare: async (t) => {
      const { meeting } = await makeMeeting(t);
      return {
        method: 'POST',
        url: `/api/v1/meetings/${meeting.code}/nominations`,
        payload: nominationBody(),
        status: 201,
        audit: { action: 'nomination.create', entityType: 'nomination', entityId: createdId },
      };
    },
  },
  'POST /api/v1/nominations/{id}/withdraw': {
    allowed: FOR_THE_STATE,
    refusedScopes: TUNISIAN_FOCAL_POINT,
    prepare: async (t) => {
      const { nomination } = await meetingWithNomination(t);
      return {
        method: 'POST',
        url: `/api/v1/nominations/${nomination}/withdraw`,
        status: 200,
        audit: { action: 'nomination.withdraw', entityType: 'nomination', entityId: nomination },
      };
    },
  },
  'POST /api/v1/nominations/{id}/appoint': {
    allowed: SECRETARIAT,
    prepare: async (t) => {
      const { nomination } = await meetingWithNomination(t);
      return {
        method: 'POST',
        url: `/api/v1/nominations/${nomination}/appoint`,
        status: 200,
        audit: { action: 'nomination.appoint', entityType: 'nomination', entityId: nomination },
      };
    },
  },
};

import { randomUUID } from 'node:crypto';
import type { CreateUserBody } from '@tansiq/api';
import type { Role } from '@tansiq/domain';
import { ALL_ROLES, createApiToken, makeUser, signedIn, type SignedIn } from './account-helpers.ts';
import { makeVersion, sampleResolution } from './contribution-helpers.ts';
import { CONSOLIDATION_WRITE_ROUTES } from './consolidation-write-routes.ts';
import { CONTRIBUTION_WRITE_ROUTES } from './contribution-write-routes.ts';
import { DELEGATION_WRITE_ROUTES } from './delegation-write-routes.ts';
import { DECISION_WRITE_ROUTES } from './decision-write-routes.ts';
import { OFFICER_WRITE_ROUTES } from './officer-write-routes.ts';
import { TRANSLATION_WRITE_ROUTES } from './translation-write-routes.ts';
import { VOTE_WRITE_ROUTES } from './vote-write-routes.ts';
import { cycleBody, makeMeeting, meetingBody, type TestApp } from './helpers.ts';

export { sampleResolution };

/** One write, ready to send, with the answer and the audit row it must give when allowed. */
export interface Write {
  method: 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  url: string;
  payload?: unknown;
  /** Set for a raw body (a file): the payload is sent as it is, with this media type, instead of as JSON. */
  contentType?: string;
  status: number;
  audit: { action: string; entityType: string; entityId: string | ((body: unknown) => string) };
}

/** Whom a caller acts for: an administration, an entity or an organization. */
export type CallerScope = Pick<CreateUserBody, 'memberStateIso3' | 'entityId' | 'organizationCode'>;

/** A caller of a role the route allows, refused for whom it acts for, with the answer it gets. */
export interface RefusedScope {
  /** As the test name shows it: "a focal point of Tunisia". */
  label: string;
  role: Role;
  scope: CallerScope;
  /** 403 forbidden; 404 not_found where the target is not revealed to the caller (a draft of others). */
  status: 403 | 404;
  code: 'forbidden' | 'not_found';
}

export interface WriteRoute {
  /** Who may (acting for `scope`); every other role gets 403 forbidden. */
  allowed: readonly Role[];
  /** Whom a caller of each role acts for; by default scopeFor (Egypt, or the Arab group for a coordinator). */
  scope?: (role: Role) => CallerScope;
  /**
   * Roles refused that do not even see the target (a draft is hidden from translators): they get 404 not_found
   * where the other roles refused get 403 forbidden.
   */
  hiddenFrom?: readonly Role[];
  /** Callers of an allowed role that are refused because of whom they act for. */
  refusedScopes?: readonly RefusedScope[];
  /** Makes what the write needs for `caller` (before anything is counted) and returns the write. */
  prepare(t: TestApp, caller: SignedIn): Promise<Write>;
}

/** A signed-in caller of `role` for `route`, acting for the route's scope. */
export function routeCaller(t: TestApp, route: WriteRoute, role: Role): Promise<SignedIn> {
  return signedIn(t, role, route.scope?.(role) ?? {});
}

const createdId = (body: unknown) => (body as { data: { id: string } }).data.id;
const SECRETARIAT: readonly Role[] = ['secretariat'];
const USER_MANAGERS: readonly Role[] = ['secretariat', 'focal-point'];

/** Every write route of the API, by its OpenAPI method and path, with who may send it. */
export const WRITE_ROUTES: Record<string, WriteRoute> = {
  'POST /api/v1/cycles': {
    allowed: SECRETARIAT,
    prepare: async () => ({
      method: 'POST',
      url: '/api/v1/cycles',
      payload: cycleBody(),
      status: 201,
      audit: { action: 'cycle.create', entityType: 'cycle', entityId: createdId },
    }),
  },
  'POST /api/v1/meetings': {
    allowed: SECRETARIAT,
    prepare: async (t) => {
      const { meeting } = await makeMeeting(t);
      return {
        method: 'POST',
        url: '/api/v1/meetings',
        payload: meetingBody(meeting.cycleCode),
        status: 201,
        audit: { action: 'meeting.create', entityType: 'meeting', entityId: createdId },
      };
    },
  },
  'PATCH /api/v1/meetings/{id}': {
    allowed: SECRETARIAT,
    prepare: async (t) => {
      const { meeting } = await makeMeeting(t);
      return {
        method: 'PATCH',
        url: `/api/v1/meetings/${meeting.code}`,
        payload: { city: { en: 'Geneva' } },
        status: 200,
        audit: { action: 'meeting.update', entityType: 'meeting', entityId: meeting.id },
      };
    },
  },
  'PUT /api/v1/deadline-rules/{meetingType}': {
    allowed: SECRETARIAT,
    prepare: async () => ({
      method: 'PUT',
      url: '/api/v1/deadline-rules/conference',
      payload: { rules: [{ kind: 'contributions', daysBefore: 30 }] },
      status: 200,
      audit: { action: 'deadline-rules.replace', entityType: 'deadline-rules', entityId: 'conference' },
    }),
  },
  'POST /api/v1/entities': {
    allowed: SECRETARIAT,
    prepare: async () => ({
      method: 'POST',
      url: '/api/v1/entities',
      payload: { category: 'academia', name: `Université ${randomUUID().slice(0, 8)}`, countryIso3: 'FRA' },
      status: 201,
      audit: { action: 'entity.create', entityType: 'entity', entityId: createdId },
    }),
  },
  'POST /api/v1/users': {
    allowed: USER_MANAGERS,
    prepare: async () => ({
      method: 'POST',
      url: '/api/v1/users',
      payload: {
        email: `new-${randomUUID().slice(0, 8)}@example.test`,
        name: 'New delegate',
        role: 'delegate',
        memberStateIso3: 'EGY',
      },
      status: 201,
      audit: {
        action: 'user.create',
        entityType: 'user',
        entityId: (body) => (body as { data: { user: { id: string } } }).data.user.id,
      },
    }),
  },
  'PATCH /api/v1/users/{id}': {
    allowed: USER_MANAGERS,
    prepare: async (t) => {
      const { user } = await makeUser(t, 'delegate');
      return {
        method: 'PATCH',
        url: `/api/v1/users/${user.id}`,
        payload: { name: 'Renamed delegate' },
        status: 200,
        audit: { action: 'user.update', entityType: 'user', entityId: user.id },
      };
    },
  },
  'POST /api/v1/me/tokens': {
    allowed: ALL_ROLES,
    prepare: async () => ({
      method: 'POST',
      url: '/api/v1/me/tokens',
      payload: { name: 'deploy script' },
      status: 201,
      audit: { action: 'api-token.create', entityType: 'api-token', entityId: createdId },
    }),
  },
  'DELETE /api/v1/me/tokens/{id}': {
    allowed: ALL_ROLES,
    prepare: async (t, caller) => {
      const token = await createApiToken(t, caller);
      return {
        method: 'DELETE',
        url: `/api/v1/me/tokens/${token.id}`,
        status: 204,
        audit: { action: 'api-token.revoke', entityType: 'api-token', entityId: token.id },
      };
    },
  },
  'PUT /api/v1/me/password': {
    allowed: ALL_ROLES,
    prepare: async (_t, caller) => ({
      method: 'PUT',
      url: '/api/v1/me/password',
      payload: { currentPassword: caller.password, newPassword: `a new pass phrase ${randomUUID()}` },
      status: 204,
      audit: { action: 'user.password-change', entityType: 'user', entityId: caller.user.id },
    }),
  },
  'DELETE /api/v1/session': {
    allowed: ALL_ROLES,
    prepare: async (_t, caller) => ({
      method: 'DELETE',
      url: '/api/v1/session',
      status: 204,
      audit: { action: 'session.delete', entityType: 'user', entityId: caller.user.id },
    }),
  },
  'POST /api/v1/instrument-versions/{id}/corrigenda': {
    allowed: SECRETARIAT,
    prepare: async (t) => {
      const versionId = await makeVersion(t);
      return {
        method: 'POST',
        url: `/api/v1/instrument-versions/${versionId}/corrigenda`,
        payload: {
          language: 'en',
          reason: 'A typing error.',
          changes: [{ provision: 'resolves.1', text: 'to import the text;' }],
        },
        status: 201,
        audit: { action: 'version.corrigendum', entityType: 'instrument-version', entityId: versionId },
      };
    },
  },
  'POST /api/v1/instruments/import': {
    allowed: SECRETARIAT,
    prepare: async () => ({
      method: 'POST',
      url: '/api/v1/instruments/import',
      payload: { text: sampleResolution(), versionLabel: 'Rev. Buenos Aires, 2017', language: 'en' },
      status: 201,
      audit: {
        action: 'instrument-version.import',
        entityType: 'instrument-version',
        entityId: (body) => (body as { data: { versionId: string } }).data.versionId,
      },
    }),
  },
  ...CONTRIBUTION_WRITE_ROUTES,
  ...CONSOLIDATION_WRITE_ROUTES,
  ...DELEGATION_WRITE_ROUTES,
  ...DECISION_WRITE_ROUTES,
  ...OFFICER_WRITE_ROUTES,
  ...VOTE_WRITE_ROUTES,
  ...TRANSLATION_WRITE_ROUTES,
};

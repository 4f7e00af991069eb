import type { Role } from '@tansiq/domain';
import { createDraft, pickProposals } from '../src/modules/consolidation/consolidation.service.ts';
import { makeUser, type SignedIn } from './account-helpers.ts';
import { makeFixture, type Fixture } from './consolidation-helpers.ts';
import { operator, type TestApp } from './helpers.ts';
import type { Write, WriteRoute } from './write-routes.ts';

const createdId = (body: unknown) => (body as { data: { id: string } }).data.id;

/**
 * Who writes to a draft: its owner chair and the secretariat (a chair who does not own it is refused in
 * consolidation-errors.api.test.ts: the matrix's callers of the chair role own the drafts they write to).
 */
const WRITERS: readonly Role[] = ['secretariat', 'chair'];

/** A fixture and an open draft of it, owned by `caller` when a chair, else by another chair. */
async function openDraft(t: TestApp, caller: SignedIn): Promise<{ fixture: Fixture; id: string }> {
  const fixture = await makeFixture(t);
  const owner = caller.user.role === 'chair' ? caller.user : (await makeUser(t, 'chair')).user;
  const view = await createDraft(t.as(operator), {
    meeting: fixture.meeting.code,
    version: fixture.versionId,
    language: 'en',
    owner: owner.id,
  });
  return { fixture, id: view.draft.id };
}

const audit = (action: string, entityId: string): Write['audit'] => ({
  action: `consolidation.draft.${action}`,
  entityType: 'consolidation-draft',
  entityId,
});

const url = (id: string, rest = '') => `/api/v1/consolidation-drafts/${id}${rest}`;

/** The consolidation write routes, for the write-route matrix. */
export const CONSOLIDATION_WRITE_ROUTES: Record<string, WriteRoute> = {
  'POST /api/v1/consolidation-drafts': {
    allowed: WRITERS,
    prepare: async (t) => {
      const fixture = await makeFixture(t);
      return {
        method: 'POST',
        url: '/api/v1/consolidation-drafts',
        payload: { meeting: fixture.meeting.code, version: fixture.versionId, language: 'en' },
        status: 201,
        audit: { action: 'consolidation.draft.create', entityType: 'consolidation-draft', entityId: createdId },
      };
    },
  },
  'PUT /api/v1/consolidation-drafts/{id}/provisions/{provisionId}/picks': {
    allowed: WRITERS,
    prepare: async (t, caller) => {
      const { fixture, id } = await openDraft(t, caller);
      return {
        method: 'PUT',
        url: url(id, '/provisions/resolves.1/picks'),
        payload: { expectedRevision: 0, proposals: [fixture.egypt.resolves1] },
        status: 200,
        audit: audit('pick', id),
      };
    },
  },
  'POST /api/v1/consolidation-drafts/{id}/provisions/{provisionId}/brackets/{bracketId}/choice': {
    allowed: WRITERS,
    prepare: async (t, caller) => {
      const { fixture, id } = await openDraft(t, caller);
      await pickProposals(t.as(operator), id, 'resolves.1', {
        expectedRevision: 0,
        proposals: [fixture.egypt.resolves1, fixture.tunisia.resolves1],
      });
      return {
        method: 'POST',
        url: url(id, '/provisions/resolves.1/brackets/0/choice'),
        payload: { expectedRevision: 1, choice: 0 },
        status: 200,
        audit: audit('choose', id),
      };
    },
  },
  'PUT /api/v1/consolidation-drafts/{id}/provisions/{provisionId}/text': {
    allowed: WRITERS,
    prepare: async (t, caller) => {
      const { id } = await openDraft(t, caller);
      return {
        method: 'PUT',
        url: url(id, '/provisions/resolves.2/text'),
        payload: { expectedRevision: 0, text: 'to read it back at leisure.' },
        status: 200,
        audit: audit('edit', id),
      };
    },
  },
  'PUT /api/v1/consolidation-drafts/{id}/whole-text': {
    allowed: WRITERS,
    prepare: async (t, caller) => {
      const { fixture, id } = await openDraft(t, caller);
      return {
        method: 'PUT',
        url: url(id, '/whole-text'),
        payload: { expectedRevision: 0, proposal: fixture.wholeTextSup, mergedInto: null },
        status: 200,
        audit: audit('pick', id),
      };
    },
  },
  'POST /api/v1/consolidation-drafts/{id}/adopt': {
    allowed: WRITERS,
    prepare: async (t, caller) => {
      const { id } = await openDraft(t, caller);
      return {
        method: 'POST',
        url: url(id, '/adopt'),
        payload: { expectedRevision: 0 },
        status: 200,
        audit: audit('adopt', id),
      };
    },
  },
};

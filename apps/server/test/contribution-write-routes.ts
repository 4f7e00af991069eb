import type { Role } from '@tansiq/domain';
import { userActor } from '../src/index.ts';
import { submitContribution } from '../src/modules/contributions/contribution.service.ts';
import { signCommonProposal } from '../src/modules/contributions/signature.service.ts';
import { importInstrumentText } from '../src/modules/library/library.service.ts';
import { makeUser, type SignedIn } from './account-helpers.ts';
import { arabCommonBody, contributionBody, makeDraft, sampleMod, sampleResolution } from './contribution-helpers.ts';
import { DOCX, docxOfText, sampleDocx } from './file-helpers.ts';
import { makeMeeting, operator, type TestApp } from './helpers.ts';
import type { CallerScope, RefusedScope, WriteRoute } from './write-routes.ts';

const createdId = (body: unknown) => (body as { data: { id: string } }).data.id;
const versionId = (body: unknown) => (body as { data: { versionId: string } }).data.versionId;

/** Who drafts: the secretariat for anyone, a focal point for its administration, a coordinator for its group. */
const DRAFTERS: readonly Role[] = ['secretariat', 'focal-point', 'regional-coordinator'];
/** Who signs on to a common proposal: the focal point of a member of the organization. */
const SIGNERS: readonly Role[] = ['focal-point'];

/**
 * Egypt's side for every role that may name an administration, the Arab group for its coordinator: chairs,
 * observers and delegates of Egypt read Egypt's drafts (and the Arab group's), so their refusals are for
 * their role, not because the draft is hidden from them. Translators act for no administration: drafts are
 * hidden from them (see hiddenFrom).
 */
function egyptSide(role: Role): CallerScope {
  return {
    memberStateIso3: role === 'secretariat' || role === 'regional-coordinator' || role === 'translator' ? null : 'EGY',
    entityId: null,
    organizationCode: role === 'regional-coordinator' ? 'ARAB' : null,
  };
}

const focalPointOf = (iso3: string): CallerScope => ({ memberStateIso3: iso3, entityId: null, organizationCode: null });
const coordinatorOf = (code: CallerScope['organizationCode']): CallerScope => ({
  memberStateIso3: null,
  entityId: null,
  organizationCode: code,
});

/** Those with the role to draft, for the wrong side: Egypt's and the Arab group's drafts are not theirs. */
function hiddenDrafts(): RefusedScope[] {
  return [
    {
      label: 'a focal point of Tunisia',
      role: 'focal-point',
      scope: focalPointOf('TUN'),
      status: 404,
      code: 'not_found',
    },
    {
      label: 'a coordinator of the ATU',
      role: 'regional-coordinator',
      scope: coordinatorOf('ATU'),
      status: 404,
      code: 'not_found',
    },
  ];
}

/** Drafts are hidden from the language services: they translate what is submitted (docs/translations.md). */
const HIDDEN_DRAFT: Pick<WriteRoute, 'hiddenFrom'> = { hiddenFrom: ['translator'] };

/** A draft for the caller's side: the Arab group's for its coordinator, Egypt's for anyone else. */
const draftFor = (t: TestApp, caller: SignedIn, proposals: number) =>
  makeDraft(t, { arab: caller.user.role === 'regional-coordinator', proposals });

/** The contribution routes (part of WRITE_ROUTES), each write for the caller's side (see egyptSide). */
export const CONTRIBUTION_WRITE_ROUTES: Record<string, WriteRoute> = {
  'POST /api/v1/contributions': {
    allowed: DRAFTERS,
    scope: egyptSide,
    refusedScopes: [
      {
        label: 'a focal point of Tunisia',
        role: 'focal-point',
        scope: focalPointOf('TUN'),
        status: 403,
        code: 'forbidden',
      },
      {
        label: 'a coordinator of the ATU',
        role: 'regional-coordinator',
        scope: coordinatorOf('ATU'),
        status: 403,
        code: 'forbidden',
      },
    ],
    prepare: async (t, caller) => {
      const { meeting } = await makeMeeting(t);
      return {
        method: 'POST',
        url: '/api/v1/contributions',
        payload:
          caller.user.role === 'regional-coordinator' ? arabCommonBody(meeting.code) : contributionBody(meeting.code),
        status: 201,
        audit: { action: 'contribution.create', entityType: 'document', entityId: createdId },
      };
    },
  },
  'POST /api/v1/contributions/{id}/proposals': {
    ...HIDDEN_DRAFT,
    allowed: DRAFTERS,
    scope: egyptSide,
    refusedScopes: hiddenDrafts(),
    prepare: async (t, caller) => {
      const { document, versionId } = await draftFor(t, caller, 0);
      return {
        method: 'POST',
        url: `/api/v1/contributions/${document.id}/proposals`,
        payload: sampleMod(versionId),
        status: 201,
        audit: { action: 'proposal.add', entityType: 'document', entityId: document.id },
      };
    },
  },
  'DELETE /api/v1/contributions/{id}/proposals/{proposalId}': {
    ...HIDDEN_DRAFT,
    allowed: DRAFTERS,
    scope: egyptSide,
    refusedScopes: hiddenDrafts(),
    prepare: async (t, caller) => {
      const { document, proposalIds } = await draftFor(t, caller, 2);
      return {
        method: 'DELETE',
        url: `/api/v1/contributions/${document.id}/proposals/${proposalIds[0]!}`,
        status: 200,
        audit: { action: 'proposal.remove', entityType: 'document', entityId: document.id },
      };
    },
  },
  'POST /api/v1/contributions/{id}/submit': {
    ...HIDDEN_DRAFT,
    allowed: DRAFTERS,
    scope: egyptSide,
    refusedScopes: hiddenDrafts(),
    prepare: async (t, caller) => {
      const { document } = await draftFor(t, caller, 1);
      return {
        method: 'POST',
        url: `/api/v1/contributions/${document.id}/submit`,
        status: 200,
        audit: { action: 'contribution.submit', entityType: 'document', entityId: document.id },
      };
    },
  },
  'POST /api/v1/contributions/{id}/signatures': {
    ...HIDDEN_DRAFT,
    allowed: SIGNERS,
    scope: egyptSide,
    refusedScopes: [
      // France is no member of the Arab group: the group's draft is not revealed to it.
      {
        label: 'a focal point of France',
        role: 'focal-point',
        scope: focalPointOf('FRA'),
        status: 404,
        code: 'not_found',
      },
    ],
    prepare: async (t) => {
      const { document } = await makeDraft(t, { arab: true, proposals: 1 });
      return {
        method: 'POST',
        url: `/api/v1/contributions/${document.id}/signatures`,
        payload: { stance: 'support' },
        status: 200,
        audit: { action: 'common-proposal.sign', entityType: 'document', entityId: document.id },
      };
    },
  },
  'DELETE /api/v1/contributions/{id}/signatures': {
    ...HIDDEN_DRAFT,
    allowed: SIGNERS,
    scope: egyptSide,
    refusedScopes: [
      {
        label: 'a focal point of France',
        role: 'focal-point',
        scope: focalPointOf('FRA'),
        status: 404,
        code: 'not_found',
      },
    ],
    prepare: async (t) => {
      const { document } = await makeDraft(t, { arab: true, proposals: 1 });
      // Egypt signed on through another of its focal points: the caller withdraws its administration's stance.
      const { user } = await makeUser(t, 'focal-point', focalPointOf('EGY'));
      await signCommonProposal(t.as(userActor(user)), document.id, 'support');
      return {
        method: 'DELETE',
        url: `/api/v1/contributions/${document.id}/signatures`,
        status: 200,
        audit: { action: 'common-proposal.withdraw', entityType: 'document', entityId: document.id },
      };
    },
  },
  'POST /api/v1/documents': {
    allowed: ['secretariat'],
    prepare: async (t) => {
      const { meeting } = await makeMeeting(t);
      return {
        method: 'POST',
        url: '/api/v1/documents',
        payload: {
          meeting: meeting.code,
          series: 'INF',
          title: { en: 'Information for delegates' },
          originalLanguage: 'en',
        },
        status: 201,
        audit: { action: 'document.create', entityType: 'document', entityId: createdId },
      };
    },
  },
  'POST /api/v1/documents/{id}/publish': {
    allowed: ['secretariat'],
    prepare: async (t) => {
      const { document } = await makeDraft(t, { proposals: 1 });
      await submitContribution(t.as(operator), document.id);
      return {
        method: 'POST',
        url: `/api/v1/documents/${document.id}/publish`,
        status: 200,
        audit: { action: 'document.publish', entityType: 'document', entityId: document.id },
      };
    },
  },
  'POST /api/v1/documents/{id}/withdraw': {
    ...HIDDEN_DRAFT,
    allowed: DRAFTERS,
    scope: egyptSide,
    refusedScopes: hiddenDrafts(),
    prepare: async (t, caller) => {
      const { document } = await draftFor(t, caller, 1);
      return {
        method: 'POST',
        url: `/api/v1/documents/${document.id}/withdraw`,
        status: 200,
        audit: { action: 'document.withdraw', entityType: 'document', entityId: document.id },
      };
    },
  },
  'PUT /api/v1/documents/{id}/files/{language}': {
    ...HIDDEN_DRAFT,
    // The authors' side uploads the original language of its draft; the secretariat any language of any document.
    allowed: DRAFTERS,
    scope: egyptSide,
    refusedScopes: hiddenDrafts(),
    prepare: async (t, caller) => {
      const { document } = await draftFor(t, caller, 0);
      return {
        method: 'PUT',
        url: `/api/v1/documents/${document.id}/files/${document.originalLanguage}`,
        payload: await sampleDocx(document.originalLanguage === 'ar' ? 'ar' : 'en'),
        contentType: DOCX,
        status: 200,
        audit: { action: 'document.file.upload', entityType: 'document', entityId: document.id },
      };
    },
  },
  'POST /api/v1/instruments/import/file': {
    allowed: ['secretariat'],
    prepare: async () => ({
      method: 'POST',
      url: '/api/v1/instruments/import/file?versionLabel=Rev.%20Buenos%20Aires%2C%202017',
      payload: docxOfText(sampleResolution()),
      contentType: DOCX,
      status: 201,
      audit: { action: 'instrument-version.import', entityType: 'instrument-version', entityId: versionId },
    }),
  },
  'PUT /api/v1/support-rules/{organization}': {
    allowed: ['secretariat'],
    prepare: async () => ({
      method: 'PUT',
      url: '/api/v1/support-rules/CEPT',
      payload: { minSupporters: 3, maxObjectionShare: 0.25 },
      status: 200,
      audit: { action: 'support-rule.set', entityType: 'organization', entityId: 'CEPT' },
    }),
  },
  'PUT /api/v1/submission-policies/{meetingType}': {
    allowed: ['secretariat'],
    prepare: async () => ({
      method: 'PUT',
      url: '/api/v1/submission-policies/tdag',
      payload: { late: 'refuse' },
      status: 200,
      audit: { action: 'late-policy.set', entityType: 'meeting-type', entityId: 'tdag' },
    }),
  },
  'POST /api/v1/instruments/{id}/lineage': {
    allowed: ['secretariat'],
    prepare: async (t) => {
      const ids = [];
      for (let index = 0; index < 2; index++) {
        const { instrumentId } = await importInstrumentText(t.as(operator), {
          text: sampleResolution(),
          versionLabel: 'Rev. Buenos Aires, 2017',
          status: 'in-force',
          adoptedAtMeeting: null,
          instrumentTitle: null,
        });
        ids.push(instrumentId);
      }
      return {
        method: 'POST',
        url: `/api/v1/instruments/${ids[0]}/lineage`,
        payload: { relation: 'merged-into', instrument: ids[1] },
        status: 201,
        audit: { action: 'instrument.link', entityType: 'instrument', entityId: ids[0]! },
      };
    },
  },
};

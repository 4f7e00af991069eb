import { listProposals } from '@tansiq/db';
import type { Role } from '@tansiq/domain';
import { submitContribution } from '../src/modules/contributions/contribution.service.ts';
import { makeDraft } from './contribution-helpers.ts';
import { operator, type TestApp } from './helpers.ts';
import type { WriteRoute } from './write-routes.ts';

/** Who translates: the language services (translators) and the secretariat. */
const TRANSLATORS: readonly Role[] = ['secretariat', 'translator'];

/** A submitted contribution of Egypt in English with one MOD of a text stored in English and Arabic. */
async function submittedForTranslation(t: TestApp) {
  const { document, versionId, proposalIds } = await makeDraft(t, { proposals: 1, alsoIn: ['ar'] });
  await submitContribution(t.as(operator), document.id);
  const [proposal] = await listProposals(t.db, document.id);
  return { document, versionId, proposalId: proposalIds[0]!, number: proposal!.number! };
}

/** The Arabic translation of the sample MOD (resolves 2): the Arabic base with a word added. */
const ARABIC_MOD = 'قراءته مرة أخرى بعناية.';

/** The translation routes (part of WRITE_ROUTES): each write on a submitted contribution's Arabic version. */
export const TRANSLATION_WRITE_ROUTES: Record<string, WriteRoute> = {
  'PUT /api/v1/documents/{id}/translations/{language}': {
    allowed: TRANSLATORS,
    prepare: async (t) => {
      const { document, versionId, number } = await submittedForTranslation(t);
      return {
        method: 'PUT',
        url: `/api/v1/documents/${document.id}/translations/ar`,
        payload: {
          title: 'مقترحات لمراجعة القرار 901',
          proposals: [
            {
              number,
              mark: 'MOD',
              target: { kind: 'provision', versionId, provisionId: 'resolves.2' },
              text: ARABIC_MOD,
              reasons: null,
            },
          ],
          expectedRevision: 0,
        },
        status: 200,
        audit: { action: 'translation.save', entityType: 'document', entityId: document.id },
      };
    },
  },
  'PUT /api/v1/documents/{id}/translations/{language}/proposals/{proposalId}': {
    allowed: TRANSLATORS,
    prepare: async (t) => {
      const { document, proposalId } = await submittedForTranslation(t);
      return {
        method: 'PUT',
        url: `/api/v1/documents/${document.id}/translations/ar/proposals/${proposalId}`,
        payload: { text: ARABIC_MOD, reasons: null, expectedRevision: 0 },
        status: 200,
        audit: { action: 'translation.proposal.save', entityType: 'proposal', entityId: proposalId },
      };
    },
  },
  'POST /api/v1/documents/{id}/translations/{language}/status': {
    allowed: TRANSLATORS,
    prepare: async (t) => {
      const { document } = await submittedForTranslation(t);
      return {
        method: 'POST',
        url: `/api/v1/documents/${document.id}/translations/ar/status`,
        payload: { status: 'in-translation', expectedRevision: 0 },
        status: 200,
        audit: { action: 'translation.status', entityType: 'document', entityId: document.id },
      };
    },
  },
};

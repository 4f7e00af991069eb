import {
  AdoptDraftBody,
  AdoptedTranslation,
  AdoptionPreview,
  ChooseAlternativeBody,
  ConsolidationDraft,
  ConsolidationDraftSummary,
  CreateConsolidationDraftBody,
  EditProvisionTextBody,
  PickProposalsBody,
  PickWholeTextBody,
  TextLanguage,
  listOf,
  one,
} from '@tansiq/api';
import { DomainError } from '@tansiq/domain';
import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireActor } from '../../plugins/authenticate.ts';
import { draftAdoptedTranslation } from './adopted-translation.service.ts';
import { adoptDraft, previewAdoption } from './adoption.service.ts';
import type { DraftView } from './consolidation-view.ts';
import {
  presentAdoptedTranslation,
  presentAdoptionPreview,
  presentDraft,
  presentDraftSummary,
} from './consolidation.presenter.ts';
import {
  chooseDraftAlternative,
  createDraft,
  editDraftText,
  getDraft,
  listDrafts,
  pickProposals,
  pickWholeText,
} from './consolidation.service.ts';

const IdParams = z.object({ id: z.uuid() });
const ProvisionParams = IdParams.extend({ provisionId: z.string().min(1).max(200) });
const IfMatch = z.looseObject({
  'if-match': z.string().max(40).optional().meta({ description: 'The revision the write is based on ("3").' }),
});
const TAGS = ['consolidation'];

/** The revision an If-Match header names (`"3"`, `W/"3"` or `3`); none without the header. */
function revisionOfIfMatch(ifMatch: string | undefined): number | undefined {
  if (ifMatch === undefined) {
    return undefined;
  }
  const header = /^(?:W\/)?"?(\d+)"?$/.exec(ifMatch.trim());
  if (header === null) {
    throw new DomainError('validation_failed', 'If-Match must name a revision.', [
      { path: ['headers', 'if-match'], code: 'invalid_revision', message: 'Expected the revision, e.g. "3".' },
    ]);
  }
  return Number(header[1]);
}

/**
 * Answers a draft with its revision as the ETag; a stale write's 409 carries the current revision as its ETag
 * too, so that a client can reload and retry.
 */
async function answer(reply: FastifyReply, write: () => Promise<DraftView>, status = 200) {
  try {
    const view = await write();
    return reply
      .code(status)
      .header('etag', `"${view.draft.revision}"`)
      .send({ data: presentDraft(view) });
  } catch (error) {
    if (error instanceof DomainError && error.code === 'stale_draft' && typeof error.details.revision === 'number') {
      void reply.header('etag', `"${error.details.revision}"`);
    }
    throw error;
  }
}

/** Consolidation drafts of a meeting's texts: picks, brackets, the chair's edits, and adoption. */
export const consolidationRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/meetings/:meeting/consolidation-drafts',
    {
      schema: {
        tags: TAGS,
        summary: "A meeting's consolidation drafts",
        params: z.object({ meeting: z.string().min(1).max(64).meta({ description: 'Meeting id or code.' }) }),
        response: { 200: listOf(ConsolidationDraftSummary) },
      },
    },
    async (request) => ({ data: (await listDrafts(request.ctx, request.params.meeting)).map(presentDraftSummary) }),
  );

  app.post(
    '/consolidation-drafts',
    {
      onRequest: requireActor,
      schema: {
        tags: TAGS,
        summary: 'Open the consolidation draft of a version in force at a meeting',
        body: CreateConsolidationDraftBody,
        response: { 201: one(ConsolidationDraft) },
      },
    },
    async (request, reply) => answer(reply, () => createDraft(request.ctx, request.body), 201),
  );

  app.get(
    '/consolidation-drafts/:id',
    {
      schema: {
        tags: TAGS,
        summary: 'A consolidation draft: every provision with its picks, parts, brackets and available proposals',
        params: IdParams,
        response: { 200: one(ConsolidationDraft) },
      },
    },
    async (request, reply) => answer(reply, () => getDraft(request.ctx, request.params.id)),
  );

  app.put(
    '/consolidation-drafts/:id/provisions/:provisionId/picks',
    {
      onRequest: requireActor,
      schema: {
        tags: TAGS,
        summary: 'Pick the proposals merged into a provision (merged afresh from the base)',
        params: ProvisionParams,
        headers: IfMatch,
        body: PickProposalsBody,
        response: { 200: one(ConsolidationDraft) },
      },
    },
    async (request, reply) =>
      answer(reply, () =>
        pickProposals(
          request.ctx,
          request.params.id,
          request.params.provisionId,
          request.body,
          revisionOfIfMatch(request.headers['if-match']),
        ),
      ),
  );

  app.post(
    '/consolidation-drafts/:id/provisions/:provisionId/brackets/:bracketId/choice',
    {
      onRequest: requireActor,
      schema: {
        tags: TAGS,
        summary: 'Settle a bracket with one of its alternatives or the base',
        params: ProvisionParams.extend({ bracketId: z.coerce.number().int().min(0) }),
        headers: IfMatch,
        body: ChooseAlternativeBody,
        response: { 200: one(ConsolidationDraft) },
      },
    },
    async (request, reply) =>
      answer(reply, () =>
        chooseDraftAlternative(
          request.ctx,
          request.params.id,
          request.params.provisionId,
          request.params.bracketId,
          request.body,
          revisionOfIfMatch(request.headers['if-match']),
        ),
      ),
  );

  app.put(
    '/consolidation-drafts/:id/provisions/:provisionId/text',
    {
      onRequest: requireActor,
      schema: {
        tags: TAGS,
        summary: "The chair's edit of a provision's text (brackets left as printed)",
        params: ProvisionParams,
        headers: IfMatch,
        body: EditProvisionTextBody,
        response: { 200: one(ConsolidationDraft) },
      },
    },
    async (request, reply) =>
      answer(reply, () =>
        editDraftText(
          request.ctx,
          request.params.id,
          request.params.provisionId,
          request.body,
          revisionOfIfMatch(request.headers['if-match']),
        ),
      ),
  );

  app.put(
    '/consolidation-drafts/:id/whole-text',
    {
      onRequest: requireActor,
      schema: {
        tags: TAGS,
        summary: 'Pick a whole-text SUP or SUP* (adoption abrogates the text), or none',
        params: IdParams,
        headers: IfMatch,
        body: PickWholeTextBody,
        response: { 200: one(ConsolidationDraft) },
      },
    },
    async (request, reply) =>
      answer(reply, () =>
        pickWholeText(request.ctx, request.params.id, request.body, revisionOfIfMatch(request.headers['if-match'])),
      ),
  );

  app.get(
    '/consolidation-drafts/:id/adoption-preview',
    {
      schema: {
        tags: TAGS,
        summary:
          'What adopting the draft would store now: every provision modified, added, suppressed or renumbered, by whose proposals',
        params: IdParams,
        response: { 200: one(AdoptionPreview) },
      },
    },
    async (request, reply) => {
      const preview = await previewAdoption(request.ctx, request.params.id);
      return reply.header('etag', `"${preview.view.draft.revision}"`).send({ data: presentAdoptionPreview(preview) });
    },
  );

  app.get(
    '/consolidation-drafts/:id/adopted-translation/:language',
    {
      schema: {
        tags: TAGS,
        summary:
          'The adopted text drafted in another language from the base and the published translations of the proposals merged, with the provisions left to translate by hand (nothing stored)',
        params: IdParams.extend({ language: TextLanguage }),
        response: { 200: one(AdoptedTranslation) },
      },
    },
    async (request) => ({
      data: presentAdoptedTranslation(
        await draftAdoptedTranslation(request.ctx, request.params.id, request.params.language),
      ),
    }),
  );

  app.post(
    '/consolidation-drafts/:id/adopt',
    {
      onRequest: requireActor,
      schema: {
        tags: TAGS,
        summary: 'Adopt the draft by consensus: the new version in force, the old superseded (or the text abrogated)',
        params: IdParams,
        headers: IfMatch,
        body: AdoptDraftBody,
        response: { 200: one(ConsolidationDraft) },
      },
    },
    async (request, reply) =>
      answer(reply, () =>
        adoptDraft(request.ctx, request.params.id, request.body, revisionOfIfMatch(request.headers['if-match'])),
      ),
  );
};

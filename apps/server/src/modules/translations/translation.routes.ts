import {
  DocumentTranslation,
  MoveTranslationBody,
  ProposalTranslationParams,
  SaveProposalTranslationBody,
  SaveTranslationBody,
  TranslationParams,
  TranslationQueue,
  TranslationQueueQuery,
  one,
} from '@tansiq/api';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requireActor } from '../../plugins/authenticate.ts';
import { presentQueue, presentTranslation } from './translation.presenter.ts';
import {
  getTranslation,
  moveTranslation,
  saveProposalTranslation,
  saveTranslation,
  translationQueue,
} from './translation.service.ts';

/**
 * Translations of a meeting's documents (docs/translations.md): the queue per meeting and language, a language
 * version with the original beside it, one proposal's translation saved at a time or a whole version at once,
 * and the version's status. Writes are the translators' and the secretariat's.
 */
export const translationRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/translations',
    {
      onRequest: requireActor,
      schema: {
        tags: ['translations'],
        summary:
          "A meeting's translation queue: each language version of its submitted documents, its status, the words " +
          'it holds and whether it is late against the translations deadline (translators, secretariat)',
        querystring: TranslationQueueQuery,
        response: { 200: one(TranslationQueue) },
      },
    },
    async (request) => {
      const { meeting, deadline, items } = await translationQueue(
        request.ctx,
        request.query.meeting,
        request.query.language,
      );
      return { data: presentQueue(meeting, deadline, items) };
    },
  );

  app.get(
    '/documents/:id/translations/:language',
    {
      schema: {
        tags: ['translations'],
        summary:
          'A language version of a document, each proposal beside the original (readers: once published; ' +
          'translators and the secretariat: in any status)',
        params: TranslationParams,
        response: { 200: one(DocumentTranslation) },
      },
    },
    async (request) => ({
      data: presentTranslation(await getTranslation(request.ctx, request.params.id, request.params.language)),
    }),
  );

  app.put(
    '/documents/:id/translations/:language',
    {
      onRequest: requireActor,
      schema: {
        tags: ['translations'],
        summary:
          'Store a whole language version at once (every proposal, aligned with the original by number, mark and ' +
          'target); it stays in translation until published (translators, secretariat)',
        params: TranslationParams,
        body: SaveTranslationBody,
        response: { 200: one(DocumentTranslation) },
      },
    },
    async (request) => ({
      data: presentTranslation(
        await saveTranslation(request.ctx, request.params.id, request.params.language, request.body),
      ),
    }),
  );

  app.put(
    '/documents/:id/translations/:language/proposals/:proposalId',
    {
      onRequest: requireActor,
      schema: {
        tags: ['translations'],
        summary:
          "Save one proposal's translation, based on the revision read (a second save on the same revision is " +
          'refused stale_translation) (translators, secretariat)',
        params: ProposalTranslationParams,
        body: SaveProposalTranslationBody,
        response: { 200: one(DocumentTranslation) },
      },
    },
    async (request) => ({
      data: presentTranslation(
        await saveProposalTranslation(
          request.ctx,
          request.params.id,
          request.params.language,
          request.params.proposalId,
          request.body,
        ),
      ),
    }),
  );

  app.post(
    '/documents/:id/translations/:language/status',
    {
      onRequest: requireActor,
      schema: {
        tags: ['translations'],
        summary:
          'Move a language version: in translation, published (every proposal translated), or back in ' +
          'translation for a correction (translators, secretariat)',
        params: TranslationParams,
        body: MoveTranslationBody,
        response: { 200: one(DocumentTranslation) },
      },
    },
    async (request) => ({
      data: presentTranslation(
        await moveTranslation(request.ctx, request.params.id, request.params.language, request.body),
      ),
    }),
  );
};

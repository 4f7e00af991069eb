import { Corrigendum, IssueCorrigendumBody, one } from '@tansiq/api';
import type { ProvisionRow } from '@tansiq/db';
import { corrigendumLabel } from '@tansiq/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireActor } from '../../plugins/authenticate.ts';
import { inDocumentOrder, issueCorrigendum, type CorrigendumWithChanges } from './corrigendum.service.ts';

/** A stored corrigendum as the API gives it, its changes in document order. */
export function presentCorrigendum(
  corrigendum: CorrigendumWithChanges,
  provisions: readonly ProvisionRow[],
): Corrigendum {
  return {
    id: corrigendum.id,
    versionId: corrigendum.versionId,
    number: corrigendum.number,
    label: corrigendumLabel(corrigendum.number),
    language: corrigendum.language as Corrigendum['language'],
    reason: corrigendum.reason,
    issuedAt: corrigendum.issuedAt.toISOString(),
    changes: inDocumentOrder(corrigendum, provisions).map((change) => ({
      provision: change.provisionId,
      before: change.before,
      after: change.after,
    })),
  };
}

/** Corrigenda of adopted versions: issuing one (reading them is part of the version's answer). */
export const corrigendumRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/instrument-versions/:id/corrigenda',
    {
      onRequest: requireActor,
      schema: {
        tags: ['texts'],
        summary: 'Issue a corrigendum of an adopted version: new texts of provisions in one language (secretariat)',
        params: z.object({ id: z.uuid() }),
        body: IssueCorrigendumBody,
        response: { 201: one(Corrigendum) },
      },
    },
    async (request, reply) => {
      const { corrigendum, provisions } = await issueCorrigendum(request.ctx, request.params.id, request.body);
      return reply.code(201).send({ data: presentCorrigendum(corrigendum, provisions) });
    },
  );
};

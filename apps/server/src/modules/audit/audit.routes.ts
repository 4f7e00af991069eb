import { AuditEvent, AuditQuery, pageOf } from '@tansiq/api';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requireActor } from '../../plugins/authenticate.ts';
import { listAudit } from './audit.service.ts';

export const auditRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/audit',
    {
      onRequest: requireActor,
      schema: {
        tags: ['audit'],
        summary: 'The audit trail (secretariat), newest first',
        querystring: AuditQuery,
        response: { 200: pageOf(AuditEvent) },
      },
    },
    async (request) => {
      const { rows, total } = await listAudit(request.ctx, request.query);
      return {
        data: rows.map((row) => ({
          id: row.id,
          sequence: row.sequence,
          occurredAt: row.occurredAt.toISOString(),
          actorKind: row.actorKind as AuditEvent['actorKind'],
          actorId: row.actorId,
          actorName: row.actorName,
          action: row.action,
          entityType: row.entityType,
          entityId: row.entityId,
          changes: row.changes,
          requestId: row.requestId,
        })),
        page: { total, limit: request.query.limit, offset: request.query.offset },
      };
    },
  );
};

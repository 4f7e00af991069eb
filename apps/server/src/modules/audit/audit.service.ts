import type { AuditQuery } from '@tansiq/api';
import { requireSecretariat } from '@tansiq/domain';
import { listAuditEvents } from '@tansiq/db';
import type { ServiceContext } from '../../context.ts';
import { personOf } from '../../policy.ts';

/** The audit trail, newest first, for the secretariat. */
export function listAudit(ctx: ServiceContext, query: AuditQuery) {
  requireSecretariat(personOf(ctx.actor), 'read the audit trail');
  return listAuditEvents(
    ctx.db,
    {
      entityType: query.entityType,
      entityId: query.entityId,
      actorId: query.actorId,
      action: query.action,
      from: query.from === undefined ? undefined : new Date(query.from),
      to: query.to === undefined ? undefined : new Date(query.to),
    },
    query,
  );
}

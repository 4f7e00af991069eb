import { z } from 'zod';
import { PageQuery } from './common.schema.ts';

/** One row of the audit trail: who did what to which record, when, and the fields it changed. */
export const AuditEvent = z
  .object({
    id: z.uuid(),
    sequence: z.number().int(),
    occurredAt: z.iso.datetime(),
    actorKind: z.enum(['system', 'user', 'anonymous']),
    actorId: z.string().nullable(),
    actorName: z.string().nullable().meta({ description: "The user's name, or the operator command." }),
    action: z.string(),
    entityType: z.string(),
    entityId: z.string(),
    changes: z.record(z.string(), z.object({ before: z.unknown(), after: z.unknown() })),
    requestId: z.string().nullable(),
  })
  .meta({ id: 'AuditEvent' });
export type AuditEvent = z.infer<typeof AuditEvent>;

export const AuditQuery = PageQuery.extend({
  entityType: z.string().min(1).max(64).optional(),
  entityId: z.string().min(1).max(64).optional(),
  actorId: z.string().min(1).max(64).optional(),
  action: z.string().min(1).max(64).optional(),
  from: z.iso.datetime().optional().meta({ description: 'Rows at or after this instant.' }),
  to: z.iso.datetime().optional().meta({ description: 'Rows before this instant.' }),
});
export type AuditQuery = z.infer<typeof AuditQuery>;

import { appendAuditEvent, appendAuditEvents, type Executor, type NewAuditEvent } from '@tansiq/db';
import { actorId } from './actor.ts';
import { noteWrite } from './cache/writes.ts';
import type { ServiceContext } from './context.ts';

type Fields = Record<string, unknown>;

/** Fields never written to the trail: secrets and their hashes. */
const SECRET_FIELDS = new Set(['passwordHash', 'tokenHash', 'csrfToken']);

/** The fields that differ between two versions of a record, each with its value before and after. */
export function changedFields(
  before: Fields | null,
  after: Fields | null,
): Record<string, { before: unknown; after: unknown }> {
  const keys = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})]);
  const changes: Record<string, { before: unknown; after: unknown }> = {};
  for (const key of keys) {
    if (key === 'updatedAt' || key === 'createdAt' || SECRET_FIELDS.has(key)) {
      continue;
    }
    const was = before?.[key] ?? null;
    const is = after?.[key] ?? null;
    if (JSON.stringify(was) !== JSON.stringify(is)) {
      changes[key] = { before: was, after: is };
    }
  }
  return changes;
}

type AuditEntry = { action: string; entityType: string; entityId: string; before: Fields | null; after: Fields | null };

function auditRow(ctx: ServiceContext, event: AuditEntry): NewAuditEvent {
  return {
    occurredAt: ctx.clock.now(),
    actorKind: ctx.actor.kind,
    actorId: actorId(ctx.actor),
    action: event.action,
    entityType: event.entityType,
    entityId: event.entityId,
    changes: changedFields(event.before, event.after),
    requestId: ctx.requestId,
  };
}

/**
 * Appends the audit row of a write; call it with the write's transaction. It also tells the read caches of every
 * process that the entity's kind of record changed (`noteWrite`).
 */
export async function recordAudit(tx: Executor, ctx: ServiceContext, event: AuditEntry): Promise<void> {
  await appendAuditEvent(tx, auditRow(ctx, event));
  await noteWrite(tx, ctx, event.entityType);
}

/**
 * Appends the audit rows of several writes committed together (a group of ballots), each with the actor, time and
 * request of its own context, in one statement; call it with their transaction.
 */
export async function recordAudits(
  tx: Executor,
  entries: readonly { ctx: ServiceContext; event: AuditEntry }[],
): Promise<void> {
  await appendAuditEvents(
    tx,
    entries.map(({ ctx, event }) => auditRow(ctx, event)),
  );
  for (const { ctx, event } of entries) {
    await noteWrite(tx, ctx, event.entityType);
  }
}

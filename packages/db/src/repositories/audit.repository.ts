import type { Executor } from '../connection.ts';
import { auditEvents } from '../schema.ts';

export type AuditEventRow = typeof auditEvents.$inferSelect;
export type NewAuditEvent = typeof auditEvents.$inferInsert;

/** Appends one audit row (call inside the write's transaction). */
export async function appendAuditEvent(db: Executor, event: NewAuditEvent): Promise<void> {
  await db.insert(auditEvents).values(event);
}

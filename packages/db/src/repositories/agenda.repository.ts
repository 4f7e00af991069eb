import { and, asc, eq, inArray, max } from 'drizzle-orm';
import type { Executor } from '../connection.ts';
import { agendaItemDocuments, agendaItems, decisions, documents, votes } from '../schema/index.ts';

export type AgendaItemRow = typeof agendaItems.$inferSelect;
export type NewAgendaItem = typeof agendaItems.$inferInsert;

/** A meeting's agenda items by position (ties by number in JavaScript). */
export function listAgendaItemRows(db: Executor, meetingId: string): Promise<AgendaItemRow[]> {
  return db
    .select()
    .from(agendaItems)
    .where(eq(agendaItems.meetingId, meetingId))
    .orderBy(asc(agendaItems.position), asc(agendaItems.createdAt));
}

export async function findAgendaItem(db: Executor, id: string): Promise<AgendaItemRow | undefined> {
  const [row] = await db.select().from(agendaItems).where(eq(agendaItems.id, id));
  return row;
}

export async function agendaNumberTaken(
  db: Executor,
  meetingId: string,
  number: string,
  exceptId?: string,
): Promise<boolean> {
  const rows = await db
    .select({ id: agendaItems.id })
    .from(agendaItems)
    .where(and(eq(agendaItems.meetingId, meetingId), eq(agendaItems.number, number)));
  return rows.some((row) => row.id !== exceptId);
}

/** The position after the meeting's last item (1 for the first). */
export async function nextAgendaPosition(db: Executor, meetingId: string): Promise<number> {
  const [row] = await db
    .select({ last: max(agendaItems.position) })
    .from(agendaItems)
    .where(eq(agendaItems.meetingId, meetingId));
  return (row?.last ?? 0) + 1;
}

export async function insertAgendaItem(db: Executor, values: NewAgendaItem): Promise<AgendaItemRow> {
  const [row] = await db.insert(agendaItems).values(values).returning();
  return row!;
}

export async function updateAgendaItemRow(
  db: Executor,
  id: string,
  values: Partial<NewAgendaItem>,
): Promise<AgendaItemRow> {
  const [row] = await db.update(agendaItems).set(values).where(eq(agendaItems.id, id)).returning();
  return row!;
}

/** Deletes an item with its document links. */
export async function deleteAgendaItemRow(db: Executor, id: string): Promise<void> {
  await db.delete(agendaItems).where(eq(agendaItems.id, id));
}

/** The document ids linked to each item, in their order. */
export async function agendaItemDocumentIds(db: Executor, itemIds: string[]): Promise<Map<string, string[]>> {
  const links = new Map<string, string[]>(itemIds.map((id) => [id, []]));
  if (itemIds.length === 0) {
    return links;
  }
  const rows = await db
    .select()
    .from(agendaItemDocuments)
    .where(inArray(agendaItemDocuments.agendaItemId, itemIds))
    .orderBy(asc(agendaItemDocuments.agendaItemId), asc(agendaItemDocuments.position));
  for (const row of rows) {
    links.get(row.agendaItemId)?.push(row.documentId);
  }
  return links;
}

/** Replaces an item's document links with `documentIds`, in their order. */
export async function replaceAgendaItemDocuments(db: Executor, itemId: string, documentIds: string[]): Promise<void> {
  await db.delete(agendaItemDocuments).where(eq(agendaItemDocuments.agendaItemId, itemId));
  if (documentIds.length > 0) {
    await db
      .insert(agendaItemDocuments)
      .values(documentIds.map((documentId, position) => ({ agendaItemId: itemId, documentId, position })));
  }
}

/** The meeting and status of each of `ids` that exists. */
export async function documentMeetings(
  db: Executor,
  ids: string[],
): Promise<Map<string, { meetingId: string; status: string }>> {
  if (ids.length === 0) {
    return new Map();
  }
  const rows = await db
    .select({ id: documents.id, meetingId: documents.meetingId, status: documents.status })
    .from(documents)
    .where(inArray(documents.id, ids));
  return new Map(rows.map((row) => [row.id, { meetingId: row.meetingId, status: row.status }]));
}

/** Whether decisions or votes hang on an agenda item (it cannot be deleted then). */
export async function agendaItemInUse(db: Executor, id: string): Promise<{ decisions: number; votes: number }> {
  return {
    decisions: await db.$count(decisions, eq(decisions.agendaItemId, id)),
    votes: await db.$count(votes, eq(votes.agendaItemId, id)),
  };
}

import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Executor } from '../connection.ts';
import { decisionStatements, decisions, votes } from '../schema/index.ts';

export type DecisionRow = typeof decisions.$inferSelect;
export type NewDecision = typeof decisions.$inferInsert;
export type DecisionStatementRow = typeof decisionStatements.$inferSelect;
export type NewDecisionStatement = typeof decisionStatements.$inferInsert;

/** What a decision needs to know of a vote: where it belongs, whether it is closed, what it decided. */
export interface VoteSummary {
  id: string;
  meetingId: string;
  number: number;
  agendaItemId: string | null;
  kind: string;
  status: string;
  result: (typeof votes.$inferSelect)['result'];
  consolidationDraftId: string | null;
}

const voteSummaryColumns = {
  id: votes.id,
  meetingId: votes.meetingId,
  number: votes.number,
  agendaItemId: votes.agendaItemId,
  kind: votes.kind,
  status: votes.status,
  result: votes.result,
  consolidationDraftId: votes.consolidationDraftId,
};

/** A vote as a decision or an adoption reads it (straight from `votes`). */
export async function findVoteSummary(db: Executor, id: string): Promise<VoteSummary | undefined> {
  const [row] = await db.select(voteSummaryColumns).from(votes).where(eq(votes.id, id));
  return row;
}

/** The summaries of votes by id (those that exist). */
export async function findVoteSummaries(db: Executor, ids: string[]): Promise<Map<string, VoteSummary>> {
  if (ids.length === 0) {
    return new Map();
  }
  const rows = await db.select(voteSummaryColumns).from(votes).where(inArray(votes.id, ids));
  return new Map(rows.map((row) => [row.id, row]));
}

export async function findDecision(db: Executor, id: string): Promise<DecisionRow | undefined> {
  const [row] = await db.select().from(decisions).where(eq(decisions.id, id));
  return row;
}

/** The decision a vote already gave, if any (at most one: `decisions_vote_unique`). */
export async function findDecisionOfVote(db: Executor, voteId: string): Promise<DecisionRow | undefined> {
  const [row] = await db.select().from(decisions).where(eq(decisions.voteId, voteId));
  return row;
}

/** A meeting's decisions (or one agenda item's), oldest first. */
export function listDecisions(
  db: Executor,
  filter: { meetingId: string; agendaItemId?: string },
): Promise<DecisionRow[]> {
  return db
    .select()
    .from(decisions)
    .where(
      filter.agendaItemId === undefined
        ? eq(decisions.meetingId, filter.meetingId)
        : and(eq(decisions.meetingId, filter.meetingId), eq(decisions.agendaItemId, filter.agendaItemId)),
    )
    .orderBy(asc(decisions.createdAt), asc(decisions.id));
}

export async function insertDecision(db: Executor, values: NewDecision): Promise<DecisionRow> {
  const [row] = await db.insert(decisions).values(values).returning();
  return row!;
}

/** The statements attached to each of `decisionIds`, oldest first. */
export async function listDecisionStatements(
  db: Executor,
  decisionIds: string[],
): Promise<Map<string, DecisionStatementRow[]>> {
  const statements = new Map<string, DecisionStatementRow[]>(decisionIds.map((id) => [id, []]));
  if (decisionIds.length === 0) {
    return statements;
  }
  const rows = await db
    .select()
    .from(decisionStatements)
    .where(inArray(decisionStatements.decisionId, decisionIds))
    .orderBy(asc(decisionStatements.createdAt), asc(decisionStatements.id));
  for (const row of rows) {
    statements.get(row.decisionId)?.push(row);
  }
  return statements;
}

export async function insertDecisionStatement(
  db: Executor,
  values: NewDecisionStatement,
): Promise<DecisionStatementRow> {
  const [row] = await db.insert(decisionStatements).values(values).returning();
  return row!;
}

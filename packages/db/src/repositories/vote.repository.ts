import { and, asc, count, eq, inArray, max, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../connection.ts';
import {
  ballotBoxes,
  delegationMembers,
  delegations,
  memberStates,
  voteParticipations,
  votes,
  type StoredBallot,
} from '../schema/index.ts';

export type { StoredBallot, StoredTally, VoteCandidate } from '../schema/index.ts';
export type VoteRow = typeof votes.$inferSelect;
export type NewVote = typeof votes.$inferInsert;

/** The number the meeting's next vote takes (1 for the first). */
export async function nextVoteNumber(db: Executor, meetingId: string): Promise<number> {
  const [row] = await db
    .select({ last: max(votes.number) })
    .from(votes)
    .where(eq(votes.meetingId, meetingId));
  return (row?.last ?? 0) + 1;
}

export async function insertVote(db: Executor, values: NewVote): Promise<VoteRow> {
  const [row] = await db.insert(votes).values(values).returning();
  return row!;
}

export async function findVote(db: Executor, id: string): Promise<VoteRow | undefined> {
  const [row] = await db.select().from(votes).where(eq(votes.id, id));
  return row;
}

/** The vote, its row locked until the transaction ends: ballots, the opening and the close queue on it. */
export async function lockVote(db: Executor, id: string): Promise<VoteRow | undefined> {
  const [row] = await db.select().from(votes).where(eq(votes.id, id)).for('update');
  return row;
}

export function listVotes(db: Executor, meetingId: string): Promise<VoteRow[]> {
  return db.select().from(votes).where(eq(votes.meetingId, meetingId)).orderBy(asc(votes.number));
}

export async function updateVote(db: Executor, id: string, values: Partial<NewVote>): Promise<VoteRow> {
  const [row] = await db.update(votes).set(values).where(eq(votes.id, id)).returning();
  return row!;
}

/** Records that `state`'s ballot was received; false when it already was (the primary key refuses a second). */
export async function recordParticipation(db: Executor, voteId: string, state: string): Promise<boolean> {
  return (await recordParticipations(db, voteId, [state])).has(state);
}

/**
 * Records that the ballots of `states` were received, in one statement; answers those it recorded (a state whose
 * ballot was received already is not: the primary key refuses a second).
 */
export async function recordParticipations(
  db: Executor,
  voteId: string,
  states: readonly string[],
): Promise<Set<string>> {
  if (states.length === 0) {
    return new Set();
  }
  const rows = await db
    .insert(voteParticipations)
    .values(states.map((state) => ({ voteId, memberStateIso3: state })))
    .onConflictDoNothing()
    .returning({ state: voteParticipations.memberStateIso3 });
  return new Set(rows.map((row) => row.state));
}

/** The states whose ballot a vote received, in alphabetical order (never in the order they voted). */
export async function listParticipations(db: Executor, voteId: string): Promise<string[]> {
  const rows = await db
    .select({ state: voteParticipations.memberStateIso3 })
    .from(voteParticipations)
    .where(eq(voteParticipations.voteId, voteId))
    .orderBy(asc(voteParticipations.memberStateIso3));
  return rows.map((row) => row.state);
}

/** How many ballots each vote received. */
export async function countParticipations(db: Executor, voteIds: string[]): Promise<Map<string, number>> {
  if (voteIds.length === 0) {
    return new Map();
  }
  const rows = await db
    .select({ voteId: voteParticipations.voteId, received: count() })
    .from(voteParticipations)
    .where(inArray(voteParticipations.voteId, voteIds))
    .groupBy(voteParticipations.voteId);
  return new Map(rows.map((row) => [row.voteId, Number(row.received)]));
}

export async function createBallotBox(db: Executor, voteId: string): Promise<void> {
  await db.insert(ballotBoxes).values({ voteId, ballots: [] });
}

/** A vote's ballots (empty when it has no box yet). */
export async function readBallotBox(db: Executor, voteId: string): Promise<StoredBallot[]> {
  const [row] = await db
    .select({ ballots: ballotBoxes.ballots })
    .from(ballotBoxes)
    .where(eq(ballotBoxes.voteId, voteId));
  return row?.ballots ?? [];
}

/**
 * Puts `ballot` into the box at the place `fraction` (0 inclusive to 1 exclusive, drawn by the caller) of the
 * places between the ballots there, in one statement; answers the number of ballots now in the box.
 */
export function putBallot(db: Executor, voteId: string, ballot: StoredBallot, fraction: number): Promise<number> {
  return putBallots(db, voteId, [{ ballot, fraction }]);
}

/**
 * Puts each ballot into the box, one after the other, at the place its `fraction` (0 inclusive to 1 exclusive,
 * drawn by the caller) gives among the places between the ballots there by then, in one statement; answers the
 * number of ballots now in the box. The box is read and written by the database only.
 */
export async function putBallots(
  db: Executor,
  voteId: string,
  entries: readonly { ballot: StoredBallot; fraction: number }[],
): Promise<number> {
  // The i-th ballot goes in among the n + i already there (n: the box before the statement), at one of n + i + 1.
  let box: SQL = sql`${ballotBoxes.ballots}`;
  entries.forEach(({ ballot, fraction }, index) => {
    const place = sql`floor(${fraction}::float8 * (jsonb_array_length(${ballotBoxes.ballots}) + ${index + 1}))::int::text`;
    box = sql`jsonb_insert(${box}, array[${place}], ${JSON.stringify(ballot)}::jsonb)`;
  });
  const [row] = await db
    .update(ballotBoxes)
    .set({ ballots: box })
    .where(eq(ballotBoxes.voteId, voteId))
    .returning({ count: sql<number>`jsonb_array_length(${ballotBoxes.ballots})` });
  return Number(row!.count);
}

export async function writeBallotBox(db: Executor, voteId: string, ballots: StoredBallot[]): Promise<void> {
  await db.update(ballotBoxes).set({ ballots }).where(eq(ballotBoxes.voteId, voteId));
}

/** The e-mail of whoever casts `state`'s vote at a meeting: its voting delegate's, else its head's (null: none). */
export async function votingDelegateEmail(db: Executor, meetingId: string, state: string): Promise<string | null> {
  return (await votingDelegateEmails(db, meetingId, [state])).get(state) ?? null;
}

/** `votingDelegateEmail` of each of `states`, in one read; a state without one is absent. */
export async function votingDelegateEmails(
  db: Executor,
  meetingId: string,
  states: readonly string[],
): Promise<Map<string, string>> {
  const wanted = [...new Set(states)];
  if (wanted.length === 0) {
    return new Map();
  }
  const rows = await db
    .select({
      state: delegations.memberStateIso3,
      role: delegationMembers.role,
      votingDelegate: delegationMembers.votingDelegate,
      email: delegationMembers.email,
    })
    .from(delegationMembers)
    .innerJoin(delegations, eq(delegations.id, delegationMembers.delegationId))
    .where(and(eq(delegations.meetingId, meetingId), inArray(delegations.memberStateIso3, wanted)));
  const emails = new Map<string, string>();
  for (const state of wanted) {
    const members = rows.filter((row) => row.state === state);
    const voter = members.find((row) => row.votingDelegate) ?? members.find((row) => row.role === 'head');
    if (voter?.email) {
      emails.set(state, voter.email);
    }
  }
  return emails;
}

/** The alpha-2 code of each of `iso3s` (for names in the reader's language and the French roll-call order). */
export async function iso2Of(db: Executor, iso3s: string[]): Promise<Map<string, string>> {
  if (iso3s.length === 0) {
    return new Map();
  }
  const rows = await db
    .select({ iso3: memberStates.iso3, iso2: memberStates.iso2 })
    .from(memberStates)
    .where(inArray(memberStates.iso3, iso3s));
  return new Map(rows.map((row) => [row.iso3, row.iso2]));
}

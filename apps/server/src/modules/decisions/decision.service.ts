import type { AddStatementBody, RecordDecisionBody } from '@tansiq/api';
import {
  findDecisionOfVote,
  findMemberState,
  findVoteSummaries,
  insertDecision,
  insertDecisionStatement,
  insertLiveEvent,
  listAgendaItemRows,
  listDecisionStatements,
  listDecisions,
  type AgendaItemRow,
  type DecisionRow,
  type DecisionStatementRow,
  type Executor,
  type VoteSummary,
} from '@tansiq/db';
import { DomainError, compareAgendaNumbers, requireAgendaKeeper, requireDelegationRight } from '@tansiq/domain';
import { actorId } from '../../actor.ts';
import { recordAudit } from '../../audit.ts';
import { personOf } from '../../policy.ts';
import type { ServiceContext } from '../../context.ts';
import { notFound } from '../../errors.ts';
import {
  requireAgendaItem,
  requireConsolidationDraft,
  requireDecision,
  requireMeeting,
  requireVoteSummary,
} from '../../lookups.ts';
import { completeTally } from '../votes/vote-record.service.ts';

/** A decision with its statements and, when taken by vote, the vote it follows. */
export interface DecisionView {
  row: DecisionRow;
  statements: DecisionStatementRow[];
  vote: VoteSummary | null;
}

/** The outcome each closed vote's result gives; `inconclusive` and `no-quorum` decide nothing. */
const OUTCOME_OF_RESULT: Record<string, DecisionRow['outcome'] | undefined> = {
  adopted: 'adopted',
  rejected: 'rejected',
  postponed: 'postponed',
  elected: 'elected',
};

/** `vote_refused` with one issue at `vote`. */
function voteRefused(code: string, message: string): DomainError {
  return new DomainError('vote_refused', message, [{ path: ['vote'], code, message }]);
}

/** Gives a vote's stored tally its figures when it was closed before the tally had them (`completeTally`). */
async function completeResult(db: Executor, vote: VoteSummary): Promise<VoteSummary> {
  if (vote.result !== null) {
    vote.result = await completeTally(db, vote.id, vote.result);
  }
  return vote;
}

/** Each decision with its statements and vote. */
async function viewsOf(db: Executor, rows: DecisionRow[]): Promise<DecisionView[]> {
  const statements = await listDecisionStatements(
    db,
    rows.map((row) => row.id),
  );
  const votes = await findVoteSummaries(
    db,
    rows.flatMap((row) => (row.voteId === null ? [] : [row.voteId])),
  );
  for (const vote of votes.values()) {
    await completeResult(db, vote);
  }
  return rows.map((row) => ({
    row,
    statements: statements.get(row.id) ?? [],
    vote: row.voteId === null ? null : (votes.get(row.voteId) ?? null),
  }));
}

/** A meeting's decisions log: by agenda order (position, then number), each item's decisions oldest first. */
export async function listMeetingDecisions(ctx: ServiceContext, meeting: string): Promise<DecisionView[]> {
  const found = await requireMeeting(ctx.db, meeting);
  const items = await listAgendaItemRows(ctx.db, found.id);
  items.sort((a, b) => a.position - b.position || compareAgendaNumbers(a.number, b.number));
  const order = new Map(items.map((item, index) => [item.id, index]));
  const rows = await listDecisions(ctx.db, { meetingId: found.id });
  // Array.prototype.sort is stable: within an item the rows keep the repository's oldest-first order.
  rows.sort((a, b) => (order.get(a.agendaItemId) ?? 0) - (order.get(b.agendaItemId) ?? 0));
  return viewsOf(ctx.db, rows);
}

/** An agenda item's decisions log, oldest first. */
export async function listItemDecisions(ctx: ServiceContext, agendaItemId: string): Promise<DecisionView[]> {
  const item = await requireAgendaItem(ctx.db, agendaItemId);
  return viewsOf(ctx.db, await listDecisions(ctx.db, { meetingId: item.meetingId, agendaItemId: item.id }));
}

/**
 * The vote a decision follows: a closed vote of the item's meeting, on this item or on none, not decided yet,
 * whose result decided something. Answers it with the outcome its result gives.
 */
async function decidingVote(
  db: Executor,
  item: AgendaItemRow,
  voteId: string,
): Promise<{ vote: VoteSummary; outcome: string }> {
  const vote = await requireVoteSummary(db, voteId);
  if (vote.meetingId !== item.meetingId) {
    throw voteRefused('vote_of_another_meeting', 'The vote is not of this meeting.');
  }
  if (vote.agendaItemId !== null && vote.agendaItemId !== item.id) {
    throw voteRefused('vote_of_another_item', 'The vote was on another agenda item.');
  }
  if (vote.status !== 'closed' || vote.result === null) {
    throw voteRefused('vote_not_closed', 'The vote is not closed yet.');
  }
  const outcome = OUTCOME_OF_RESULT[vote.result.result];
  if (outcome === undefined) {
    throw voteRefused('nothing_decided', `The vote decided nothing (${vote.result.result}).`);
  }
  const decided = await findDecisionOfVote(db, vote.id);
  if (decided !== undefined) {
    throw new DomainError('already_decided', 'A decision already records this vote.', [
      { path: ['vote'], code: 'already_decided', message: `Decision ${decided.id} records this vote.` },
    ]);
  }
  return { vote, outcome };
}

/** The consolidation draft a consensus decision is on: one of the same meeting. */
async function requireDraftOfMeeting(db: Executor, meetingId: string, draftId: string): Promise<void> {
  const draft = await requireConsolidationDraft(db, draftId, ['consolidationDraft']);
  if (draft.meetingId !== meetingId) {
    throw new DomainError('validation_failed', 'The consolidation draft is not of this meeting.', [
      {
        path: ['consolidationDraft'],
        code: 'draft_of_another_meeting',
        message: 'The consolidation draft is not of this meeting.',
      },
    ]);
  }
}

/**
 * Records a decision on an agenda item (secretariat): by consensus with its outcome, or by a closed vote whose
 * result gives the outcome. One transaction with the audit row and the live event `decision.recorded`; the live
 * stream is woken after the commit. Refused: `vote_refused` (issues at `vote`: `vote_of_another_meeting`,
 * `vote_of_another_item`, `vote_not_closed`, `nothing_decided`), `already_decided`, `not_found`.
 */
export async function recordDecision(
  ctx: ServiceContext,
  agendaItemId: string,
  body: RecordDecisionBody,
): Promise<DecisionView> {
  requireAgendaKeeper(personOf(ctx.actor), 'record decisions');
  const view = await ctx.db.transaction(async (tx) => {
    const item = await requireAgendaItem(tx, agendaItemId);
    let vote: VoteSummary | null = null;
    let outcome: string;
    let consolidationDraftId: string | null;
    if (body.method === 'vote') {
      const decided = await decidingVote(tx, item, body.vote);
      vote = decided.vote;
      outcome = decided.outcome;
      consolidationDraftId = vote.consolidationDraftId;
    } else {
      if (body.consolidationDraft !== undefined) {
        await requireDraftOfMeeting(tx, item.meetingId, body.consolidationDraft);
      }
      outcome = body.outcome;
      consolidationDraftId = body.consolidationDraft ?? null;
    }
    const row = await insertDecision(tx, {
      meetingId: item.meetingId,
      agendaItemId: item.id,
      method: body.method,
      outcome,
      voteId: vote?.id ?? null,
      consolidationDraftId,
      summary: body.summary,
      createdBy: actorId(ctx.actor)!,
      createdAt: ctx.clock.now(),
    });
    await recordAudit(tx, ctx, {
      action: 'decision.record',
      entityType: 'decision',
      entityId: row.id,
      before: null,
      after: {
        agendaItem: item.id,
        number: item.number,
        method: row.method,
        outcome: row.outcome,
        vote: row.voteId,
        tally: vote?.result ?? null,
        consolidationDraft: row.consolidationDraftId,
        summary: row.summary,
      },
    });
    await insertLiveEvent(tx, {
      meetingId: item.meetingId,
      type: 'decision.recorded',
      payload: { decisionId: row.id, agendaItemId: item.id, outcome: row.outcome, method: row.method },
    });
    return { row, statements: [], vote };
  });
  ctx.live?.notify(view.row.meetingId);
  return { ...view, vote: view.vote && (await completeResult(ctx.db, view.vote)) };
}

/**
 * Attaches a Member State's reservation or declaration to a decision: its focal point or the secretariat. One
 * transaction with the audit row `decision.statement`.
 */
export async function addStatement(
  ctx: ServiceContext,
  decisionId: string,
  body: AddStatementBody,
): Promise<DecisionStatementRow> {
  requireDelegationRight(personOf(ctx.actor), body.memberState);
  return ctx.db.transaction(async (tx) => {
    const decision = await requireDecision(tx, decisionId);
    if ((await findMemberState(tx, body.memberState)) === undefined) {
      throw notFound('Member State', body.memberState, ['memberState']);
    }
    const row = await insertDecisionStatement(tx, {
      decisionId: decision.id,
      memberStateIso3: body.memberState,
      kind: body.kind,
      text: body.text,
      createdBy: actorId(ctx.actor)!,
      createdAt: ctx.clock.now(),
    });
    await recordAudit(tx, ctx, {
      action: 'decision.statement',
      entityType: 'decision-statement',
      entityId: row.id,
      before: null,
      after: { decision: decision.id, memberState: row.memberStateIso3, kind: row.kind, text: row.text },
    });
    return row;
  });
}

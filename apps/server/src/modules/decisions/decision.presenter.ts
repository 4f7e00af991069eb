import type { Decision, DecisionStatement } from '@tansiq/api';
import type { DecisionStatementRow } from '@tansiq/db';
import type { DecisionView } from './decision.service.ts';

/** A reservation or declaration as the API gives it. */
export function presentStatement(row: DecisionStatementRow): DecisionStatement {
  return {
    id: row.id,
    memberState: row.memberStateIso3,
    kind: row.kind as DecisionStatement['kind'],
    text: row.text,
    createdAt: row.createdAt.toISOString(),
  };
}

/** A decision as the API gives it: by vote, with the vote's tally. */
export function presentDecision({ row, statements, vote }: DecisionView): Decision {
  return {
    id: row.id,
    meetingId: row.meetingId,
    agendaItemId: row.agendaItemId,
    method: row.method as Decision['method'],
    outcome: row.outcome as Decision['outcome'],
    voteId: row.voteId,
    tally: (vote?.result ?? null) as Decision['tally'],
    consolidationDraftId: row.consolidationDraftId,
    summary: row.summary,
    statements: statements.map(presentStatement),
    createdAt: row.createdAt.toISOString(),
  };
}

import type { Vote } from '@tansiq/api';
import type { VotingRules } from '@tansiq/domain';
import type { VoteView } from './vote-view.ts';

const iso = (date: Date | null) => (date === null ? null : date.toISOString());

/** A vote as the API answers it: the result only once closed, never who chose what in a secret ballot. */
export function presentVote({ row, voted, received, callOrder, rollCall, result }: VoteView): Vote {
  return {
    id: row.id,
    meetingId: row.meetingId,
    number: row.number,
    agendaItemId: row.agendaItemId,
    title: row.title,
    kind: row.kind as Vote['kind'],
    method: row.method as Vote['method'],
    seats: row.seats,
    candidates: row.candidates,
    rules: row.rules as VotingRules,
    officerPost:
      row.officerGroup === null ? null : { group: row.officerGroup, post: row.officerPost as 'chair' | 'vice-chair' },
    consolidationDraftId: row.consolidationDraftId,
    status: row.status as Vote['status'],
    electorate: row.electorate ?? [],
    present: row.present ?? [],
    proxies: row.proxies ?? {},
    drawnLetter: row.drawnLetter,
    callOrder,
    voted,
    ballotsReceived: received,
    rollCall: rollCall as Vote['rollCall'],
    counts: row.counts,
    result,
    openedAt: iso(row.openedAt),
    closedAt: iso(row.closedAt),
  };
}

import type { CastBallotBody, CreateVoteBody, OpenVoteBody, ShowOfHandsBody } from '@tansiq/api';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import type { z } from 'zod';
import { api } from '../../lib/api.ts';
import { auditKeys } from '../audit/audit.queries.ts';
import { useWrite } from '../auth/session.queries.ts';
import { officersKeys } from '../officers/officers.queries.ts';
import { VOTE_EVENTS } from './votes.ts';

/** The query keys of votes: every write and every live event reads them all again (`votesKeys.all`). */
export const votesKeys = {
  all: ['votes'] as const,
  list: (meeting: string) => ['votes', 'list', meeting] as const,
  detail: (id: string) => ['votes', 'one', id] as const,
  standing: (id: string) => ['votes', 'one', id, 'standing'] as const,
};

/** A meeting's votes, in their order (idle while `enabled` is false: the agenda reads them for the secretariat). */
export function useVotes(meeting: string, enabled = true) {
  return useQuery({
    queryKey: votesKeys.list(meeting),
    queryFn: async () => (await api.votes(meeting)).data,
    enabled,
  });
}

/** One vote: its status, ballots received, result once closed. */
export function useVote(id: string) {
  return useQuery({ queryKey: votesKeys.detail(id), queryFn: async () => (await api.vote(id)).data });
}

/** The states the signed-in reader casts ballots for in a vote, and whether each has voted. */
export function useVoterStanding(id: string, enabled: boolean) {
  return useQuery({
    queryKey: votesKeys.standing(id),
    queryFn: async () => (await api.voterStanding(id)).data,
    enabled,
  });
}

/**
 * Follows a meeting's live stream (Server-Sent Events) while mounted: each vote event makes the votes' queries
 * read again, instead of polling. The browser's EventSource reconnects by itself with Last-Event-ID.
 */
export function useLiveVotes(meeting: string | undefined) {
  const queryClient = useQueryClient();
  useEffect(() => {
    if (meeting === undefined || typeof EventSource === 'undefined') {
      return undefined;
    }
    const source = new EventSource(api.liveUrl(meeting));
    const refresh = () => void queryClient.invalidateQueries({ queryKey: votesKeys.all });
    for (const type of VOTE_EVENTS) {
      source.addEventListener(type, refresh);
    }
    return () => source.close();
  }, [meeting, queryClient]);
}

/** A write on a vote; the votes (and the officers an election fills) read again. */
function useVoteWrite<V, R>(write: (variables: V) => Promise<R>) {
  return useWrite(write, [votesKeys.all, officersKeys.all, auditKeys.all]);
}

/** Prepares a vote (secretariat). */
export function useCreateVote(meeting: string) {
  return useVoteWrite(async (body: z.input<typeof CreateVoteBody>) => (await api.createVote(meeting, body)).data);
}

/** Opens a vote (secretariat), with the letter drawn for a roll-call. */
export function useOpenVote(id: string) {
  return useVoteWrite(async (body: z.input<typeof OpenVoteBody>) => (await api.openVote(id, body)).data);
}

/** Closes and counts a vote (secretariat). */
export function useCloseVote(id: string) {
  return useVoteWrite(async (_: void) => (await api.closeVote(id)).data);
}

/** Enters the counts of a show of hands (secretariat). */
export function useEnterCounts(id: string) {
  return useVoteWrite(async (body: z.input<typeof ShowOfHandsBody>) => (await api.enterCounts(id, body)).data);
}

/** Casts one ballot (the voting delegate; a roll-call answer recorded by the secretariat); answers the receipt. */
export function useCastBallot(id: string) {
  return useVoteWrite(async (body: z.input<typeof CastBallotBody>) => (await api.castBallot(id, body)).data);
}

/** Checks a receipt after the close (asked when the reader submits it). */
export function useCheckReceipt(id: string) {
  return useMutation({ mutationFn: async (receipt: string) => (await api.checkReceipt(id, receipt)).data });
}

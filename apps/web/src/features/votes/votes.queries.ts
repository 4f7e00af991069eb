import type { CastBallotBody, CreateVoteBody, OpenVoteBody, ShowOfHandsBody } from '@tansiq/api';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import type { z } from 'zod';
import { api } from '../../lib/api.ts';
import { withCsrfRefresh } from '../auth/session.queries.ts';
import { VOTE_EVENTS } from './votes.ts';

/** A meeting's votes, in their order (the same key as the agenda page's). */
export function useVotes(meeting: string) {
  return useQuery({ queryKey: ['votes', meeting], queryFn: async () => (await api.votes(meeting)).data });
}

/** One vote: its status, ballots received, result once closed. */
export function useVote(id: string) {
  return useQuery({ queryKey: ['vote', id], queryFn: async () => (await api.vote(id)).data });
}

/** The states the signed-in reader casts ballots for in a vote, and whether each has voted. */
export function useVoterStanding(id: string, enabled: boolean) {
  return useQuery({
    queryKey: ['vote', id, 'standing'],
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
    const refresh = () => {
      void queryClient.invalidateQueries({ queryKey: ['votes'] });
      void queryClient.invalidateQueries({ queryKey: ['vote'] });
    };
    for (const type of VOTE_EVENTS) {
      source.addEventListener(type, refresh);
    }
    return () => source.close();
  }, [meeting, queryClient]);
}

/** A write on a vote, retried once with a fresh CSRF token; the votes read again. */
function useVoteWrite<V, R>(write: (variables: V) => Promise<R>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (variables: V) => withCsrfRefresh(queryClient, () => write(variables)),
    onSuccess: async () => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: ['votes'] }),
        queryClient.invalidateQueries({ queryKey: ['vote'] }),
        queryClient.invalidateQueries({ queryKey: ['officers'] }),
        queryClient.invalidateQueries({ queryKey: ['audit'] }),
      ]);
    },
  });
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

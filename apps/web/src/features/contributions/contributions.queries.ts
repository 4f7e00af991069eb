import type { AddProposalBody, Contribution, CreateContributionBody } from '@tansiq/api';
import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { api } from '../../lib/api.ts';
import { withCsrfRefresh } from '../auth/session.queries.ts';

const oneKey = (id: string) => ['contributions', 'one', id] as const;

/** A meeting's documents that the reader may see (drafts only for their authors' side). */
export function useContributions(meeting: string) {
  return useQuery({
    queryKey: ['contributions', 'list', meeting],
    queryFn: async () => (await api.contributions(meeting)).data,
  });
}

/** One contribution with its proposals and, for a common proposal, its signatures. */
export function useContribution(id: string) {
  return useQuery({ queryKey: oneKey(id), queryFn: async () => (await api.contribution(id)).data });
}

/** Every write answers with the contribution as it now stands: that answer replaces the cached one. */
async function stored(queryClient: QueryClient, contribution: Contribution): Promise<void> {
  queryClient.setQueryData(oneKey(contribution.id), contribution);
  await queryClient.invalidateQueries({ queryKey: ['contributions', 'list'] });
  await queryClient.invalidateQueries({ queryKey: ['audit'] });
}

/** A write on one contribution, retried once with a fresh CSRF token, storing the answer. */
function useContributionWrite<V>(write: (variables: V) => Promise<{ data: Contribution }>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (variables: V) => (await withCsrfRefresh(queryClient, () => write(variables))).data,
    onSuccess: (contribution) => stored(queryClient, contribution),
  });
}

/** Drafts a new contribution. */
export function useCreateContribution() {
  return useContributionWrite((body: z.input<typeof CreateContributionBody>) => api.createContribution(body));
}

/** Adds a proposal to a draft. */
export function useAddProposal(id: string) {
  return useContributionWrite((body: z.input<typeof AddProposalBody>) => api.addProposal(id, body));
}

/** Removes a proposal from a draft. */
export function useRemoveProposal(id: string) {
  return useContributionWrite((proposalId: string) => api.removeProposal(id, proposalId));
}

/** Submits a draft: it gets its symbol, its proposals their numbers, and its timing against the deadlines. */
export function useSubmitContribution(id: string) {
  return useContributionWrite((_: void) => api.submitContribution(id));
}

/** Signs on to, objects to, or withdraws from a common proposal, for the reader's administration. */
export function useSignature(id: string) {
  return useContributionWrite((stance: 'support' | 'object' | 'withdraw') =>
    stance === 'withdraw' ? api.withdrawSignature(id) : api.signContribution(id, stance),
  );
}

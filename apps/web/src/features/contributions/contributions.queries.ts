import type { AddProposalBody, Contribution, CreateContributionBody } from '@tansiq/api';
import { useQuery, type QueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { api } from '../../lib/api.ts';
import { auditKeys } from '../audit/audit.queries.ts';
import { useWrite } from '../auth/session.queries.ts';

/**
 * The query keys of a meeting's documents (contributions and the secretariat's documents alike): a write on one
 * stores its answer and reads the lists again; a document's write reads them all again (`contributionsKeys.all`).
 */
export const contributionsKeys = {
  all: ['contributions'] as const,
  lists: ['contributions', 'list'] as const,
  list: (meeting: string) => ['contributions', 'list', meeting] as const,
  detail: (id: string) => ['contributions', 'one', id] as const,
};

/** A meeting's documents that the reader may see (drafts only for their authors' side). */
export function useContributions(meeting: string) {
  return useQuery({
    queryKey: contributionsKeys.list(meeting),
    queryFn: async () => (await api.contributions(meeting)).data,
  });
}

/** One contribution with its proposals and, for a common proposal, its signatures. */
export function useContribution(id: string) {
  return useQuery({ queryKey: contributionsKeys.detail(id), queryFn: async () => (await api.contribution(id)).data });
}

/** Every write answers with the contribution as it now stands: that answer replaces the cached one. */
function stored(contribution: Contribution, queryClient: QueryClient): void {
  queryClient.setQueryData(contributionsKeys.detail(contribution.id), contribution);
}

/** A write on one contribution, storing the answer; the lists read again. */
function useContributionWrite<V>(write: (variables: V) => Promise<{ data: Contribution }>) {
  return useWrite(
    async (variables: V) => (await write(variables)).data,
    [contributionsKeys.lists, auditKeys.all],
    stored,
  );
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

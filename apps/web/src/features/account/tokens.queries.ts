import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../lib/api.ts';
import { withCsrfRefresh } from '../auth/session.queries.ts';

const TOKENS_KEY = ['tokens'] as const;

/** The signed-in person's API tokens. */
export function useTokens() {
  return useQuery({ queryKey: TOKENS_KEY, queryFn: async () => (await api.tokens()).data });
}

/** Creates a token; the answer carries the secret, shown once. */
export function useCreateToken() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { name: string; expiresInDays: number | null }) =>
      withCsrfRefresh(queryClient, async () => (await api.createToken(body)).data),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: TOKENS_KEY }),
  });
}

/** Revokes a token. */
export function useRevokeToken() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => withCsrfRefresh(queryClient, () => api.revokeToken(id)),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: TOKENS_KEY }),
  });
}

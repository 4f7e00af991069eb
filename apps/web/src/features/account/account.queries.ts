import type { ChangePasswordBody } from '@tansiq/api';
import { useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import { api } from '../../lib/api.ts';
import { useWrite } from '../auth/session.queries.ts';

/** The query keys of the reader's own account. */
export const accountKeys = {
  tokens: ['tokens'] as const,
};

/** The signed-in person's API tokens. */
export function useTokens() {
  return useQuery({ queryKey: accountKeys.tokens, queryFn: async () => (await api.tokens()).data });
}

/** Creates a token; the answer carries the secret, shown once. */
export function useCreateToken() {
  return useWrite(
    async (body: { name: string; expiresInDays: number | null }) => (await api.createToken(body)).data,
    [accountKeys.tokens],
  );
}

/** Revokes a token. */
export function useRevokeToken() {
  return useWrite((id: string) => api.revokeToken(id), [accountKeys.tokens]);
}

/** Changes the reader's password (the current one is checked by the server). */
export function useChangePassword() {
  return useWrite((body: z.input<typeof ChangePasswordBody>) => api.changePassword(body), []);
}

import type { UpdateUserBody, UsersQuery } from '@tansiq/api';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { api } from '../../lib/api.ts';
import { withCsrfRefresh } from '../auth/session.queries.ts';
import type { createUserBody } from './user-form.ts';

/** The users the signed-in person may see (all for the secretariat, its own people for a focal point). */
export function useUsers(query: Partial<UsersQuery>) {
  return useQuery({ queryKey: ['users', query], queryFn: () => api.users(query) });
}

/** Sector Members, Associates and Academia, for attaching a user to one. */
export function useEntities() {
  return useQuery({ queryKey: ['entities'], queryFn: async () => (await api.entities()).data, staleTime: 60_000 });
}

/** Creates a user; the answer carries the generated password, shown once. */
export function useCreateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ReturnType<typeof createUserBody>) =>
      withCsrfRefresh(queryClient, async () => (await api.createUser(body)).data),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['users'] }),
  });
}

/** Changes a user's role or enables or disables the account. */
export function useUpdateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: z.input<typeof UpdateUserBody> }) =>
      withCsrfRefresh(queryClient, async () => (await api.updateUser(id, body)).data),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['users'] }),
  });
}

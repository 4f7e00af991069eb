import type { UpdateUserBody, UsersQuery } from '@tansiq/api';
import { useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import { api } from '../../lib/api.ts';
import { useWrite } from '../auth/session.queries.ts';
import type { createUserBody } from './user-form.ts';

/** The query keys of users: a write reads every list again (`usersKeys.all`). */
export const usersKeys = {
  all: ['users'] as const,
  list: (query: Partial<UsersQuery>) => ['users', query] as const,
  entities: ['entities'] as const,
};

/** The users the signed-in person may see (all for the secretariat, its own people for a focal point). */
export function useUsers(query: Partial<UsersQuery>) {
  return useQuery({ queryKey: usersKeys.list(query), queryFn: () => api.users(query) });
}

/** Sector Members, Associates and Academia, for attaching a user to one. */
export function useEntities() {
  return useQuery({
    queryKey: usersKeys.entities,
    queryFn: async () => (await api.entities()).data,
    staleTime: 60_000,
  });
}

/** Creates a user; the answer carries the generated password, shown once. */
export function useCreateUser() {
  return useWrite(
    async (body: ReturnType<typeof createUserBody>) => (await api.createUser(body)).data,
    [usersKeys.all],
  );
}

/** Changes a user's role or enables or disables the account. */
export function useUpdateUser() {
  return useWrite(
    async ({ id, body }: { id: string; body: z.input<typeof UpdateUserBody> }) => (await api.updateUser(id, body)).data,
    [usersKeys.all],
  );
}

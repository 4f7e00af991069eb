import { ApiError, type Session, type SignInBody } from '@tansiq/api';
import { useMutation, useQuery, useQueryClient, type QueryClient, type QueryKey } from '@tanstack/react-query';
import type { z } from 'zod';
import { api } from '../../lib/api.ts';

/** The query keys of the session. */
export const sessionKeys = {
  session: ['session'] as const,
  /** Queries whose answers depend on who is signed in (the roots of their features' keys): dropped when that changes. */
  personal: [['users'], ['audit'], ['tokens'], ['contributions'], ['consolidation'], ['translations']] as const,
};
const SESSION_KEY = sessionKeys.session;

/** The current session, or null for a reader who is not signed in (the API answers `{ data: null }`). */
function currentSession(): Promise<Session | null> {
  return api.session();
}

/**
 * Who is signed in, asked once at start-up. Not refetched on focus: a form being filled must not vanish because
 * the session ended meanwhile; a write then says so and offers to sign in again.
 */
export function useSession() {
  return useQuery({
    queryKey: SESSION_KEY,
    queryFn: currentSession,
    staleTime: Infinity,
    refetchOnWindowFocus: false,
  });
}

/** The signed-in user, or null (also while the session is loading). */
export function useCurrentUser() {
  return useSession().data?.user ?? null;
}

function forgetPersonalData(queryClient: QueryClient): void {
  for (const key of sessionKeys.personal) {
    queryClient.removeQueries({ queryKey: key });
  }
}

/** Signs in; the new session replaces the old one in the cache. */
export function useSignIn() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: z.input<typeof SignInBody>) => api.signIn(body),
    onSuccess: (session) => {
      forgetPersonalData(queryClient);
      queryClient.setQueryData(SESSION_KEY, session);
    },
  });
}

/** Signs out, and forgets whatever was read as that person. */
export function useSignOut() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api.signOut(),
    onSettled: () => {
      forgetPersonalData(queryClient);
      queryClient.setQueryData(SESSION_KEY, null);
    },
  });
}

/**
 * Runs a write; when the server refuses the CSRF token (the reader signed in again in another tab, so the session
 * and its token changed), learns the current session's token and runs it once more.
 */
export async function withCsrfRefresh<T>(queryClient: QueryClient, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (!(error instanceof ApiError && error.code === 'csrf_failed')) {
      throw error;
    }
    const session = await currentSession();
    queryClient.setQueryData(SESSION_KEY, session);
    if (session === null) {
      throw error;
    }
    return write();
  }
}

/**
 * A write, retried once with a fresh CSRF token. When it succeeds, `store` may put its answer in the cache, then
 * the queries under each of `invalidates` read again; the mutation settles once they have.
 */
export function useWrite<V, R>(
  write: (variables: V) => Promise<R>,
  invalidates: readonly QueryKey[],
  store?: (result: R, queryClient: QueryClient) => void,
) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (variables: V) => withCsrfRefresh(queryClient, () => write(variables)),
    onSuccess: async (result) => {
      store?.(result, queryClient);
      await Promise.all(invalidates.map((queryKey) => queryClient.invalidateQueries({ queryKey })));
    },
  });
}

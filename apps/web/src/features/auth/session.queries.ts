import { ApiError, type Session, type SignInBody } from '@tansiq/api';
import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { api } from '../../lib/api.ts';

const SESSION_KEY = ['session'] as const;

/** Queries whose answers depend on who is signed in: dropped when that changes. */
const PERSONAL_KEYS = [['users'], ['audit'], ['tokens'], ['contributions'], ['consolidation']] as const;

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
  for (const key of PERSONAL_KEYS) {
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

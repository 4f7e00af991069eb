import type { CreateNominationBody, SlateKind } from '@tansiq/api';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { api } from '../../lib/api.ts';
import { withCsrfRefresh } from '../auth/session.queries.ts';

/** A meeting's officer groups, posts and seats, and its slate rules. */
export function useOfficerSettings(meeting: string) {
  return useQuery({
    queryKey: ['officers', meeting, 'settings'],
    queryFn: async () => (await api.officerSettings(meeting)).data,
  });
}

/** A meeting's nominations, every status, oldest first. */
export function useNominations(meeting: string) {
  return useQuery({
    queryKey: ['officers', meeting, 'nominations'],
    queryFn: async () => (await api.nominations(meeting)).data,
  });
}

/** The slate check of one group: its standing nominations, or its appointed officers. */
export function useSlateCheck(meeting: string, group: string, kind: SlateKind) {
  return useQuery({
    queryKey: ['officers', meeting, 'slate', group, kind],
    queryFn: async () => (await api.slateCheck(meeting, { group, kind })).data,
  });
}

/** A write on a meeting's nominations, retried once with a fresh CSRF token; the lists and checks read again. */
function useOfficerWrite<V>(meeting: string, write: (variables: V) => Promise<unknown>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (variables: V) => {
      await withCsrfRefresh(queryClient, () => write(variables));
    },
    onSuccess: async () => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: ['officers', meeting] }),
        queryClient.invalidateQueries({ queryKey: ['audit'] }),
      ]);
    },
  });
}

/** Nominates a candidate (a focal point for its own state; the secretariat names the state). */
export function useCreateNomination(meeting: string) {
  return useOfficerWrite(meeting, (body: z.input<typeof CreateNominationBody>) => api.createNomination(meeting, body));
}

/** Withdraws a standing nomination. */
export function useWithdrawNomination(meeting: string) {
  return useOfficerWrite(meeting, (id: string) => api.withdrawNomination(id));
}

/** Fills a post by consensus with a standing nomination (secretariat). */
export function useAppointNomination(meeting: string) {
  return useOfficerWrite(meeting, (id: string) => api.appointNomination(id));
}

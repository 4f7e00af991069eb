import type { AddStatementBody, CreateAgendaItemBody, RecordDecisionBody } from '@tansiq/api';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { api } from '../../lib/api.ts';
import { withCsrfRefresh } from '../auth/session.queries.ts';

/** A meeting's agenda items in order, with the ids of their documents. */
export function useAgendaItems(meeting: string) {
  return useQuery({ queryKey: ['agenda', meeting], queryFn: async () => (await api.agendaItems(meeting)).data });
}

/** A meeting's decisions log, in agenda order. */
export function useDecisions(meeting: string) {
  return useQuery({ queryKey: ['decisions', meeting], queryFn: async () => (await api.decisions(meeting)).data });
}

/** A meeting's votes (the secretariat records a decision from a closed one). */
export function useVotes(meeting: string, enabled: boolean) {
  return useQuery({
    queryKey: ['votes', meeting],
    queryFn: async () => (await api.votes(meeting)).data,
    enabled,
  });
}

/** A write on a meeting's agenda or decisions, retried once with a fresh CSRF token; the page reads again. */
function useAgendaWrite<V>(meeting: string, write: (variables: V) => Promise<unknown>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (variables: V) => {
      await withCsrfRefresh(queryClient, () => write(variables));
    },
    onSuccess: async () => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: ['agenda', meeting] }),
        queryClient.invalidateQueries({ queryKey: ['decisions', meeting] }),
        queryClient.invalidateQueries({ queryKey: ['audit'] }),
      ]);
    },
  });
}

/** Adds an item to the agenda (secretariat). */
export function useCreateAgendaItem(meeting: string) {
  return useAgendaWrite(meeting, (body: z.input<typeof CreateAgendaItemBody>) => api.createAgendaItem(meeting, body));
}

/** Records a decision on an agenda item (secretariat). */
export function useRecordDecision(meeting: string, agendaItem: string) {
  return useAgendaWrite(meeting, (body: z.input<typeof RecordDecisionBody>) => api.recordDecision(agendaItem, body));
}

/** Attaches a reservation or declaration to a decision (the state's focal point, the secretariat). */
export function useAddStatement(meeting: string, decision: string) {
  return useAgendaWrite(meeting, (body: z.input<typeof AddStatementBody>) => api.addDecisionStatement(decision, body));
}

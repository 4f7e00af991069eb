import type { AddStatementBody, CreateAgendaItemBody, RecordDecisionBody } from '@tansiq/api';
import { useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import { api } from '../../lib/api.ts';
import { auditKeys } from '../audit/audit.queries.ts';
import { useWrite } from '../auth/session.queries.ts';

/** The query keys of a meeting's agenda and decisions log: a write reads the meeting's again (`meeting`). */
export const agendaKeys = {
  all: ['agenda'] as const,
  meeting: (meeting: string) => ['agenda', meeting] as const,
  items: (meeting: string) => ['agenda', meeting, 'items'] as const,
  decisions: (meeting: string) => ['agenda', meeting, 'decisions'] as const,
};

/** A meeting's agenda items in order, with the ids of their documents (idle while `enabled` is false). */
export function useAgendaItems(meeting: string, enabled = true) {
  return useQuery({
    queryKey: agendaKeys.items(meeting),
    queryFn: async () => (await api.agendaItems(meeting)).data,
    enabled,
  });
}

/** A meeting's decisions log, in agenda order. */
export function useDecisions(meeting: string) {
  return useQuery({
    queryKey: agendaKeys.decisions(meeting),
    queryFn: async () => (await api.decisions(meeting)).data,
  });
}

/** A write on a meeting's agenda or decisions; the page reads again. */
function useAgendaWrite<V>(meeting: string, write: (variables: V) => Promise<unknown>) {
  return useWrite(write, [agendaKeys.meeting(meeting), auditKeys.all]);
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

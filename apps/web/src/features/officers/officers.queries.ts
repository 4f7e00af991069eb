import type { CreateNominationBody, SlateKind } from '@tansiq/api';
import { useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import { api } from '../../lib/api.ts';
import { auditKeys } from '../audit/audit.queries.ts';
import { useWrite } from '../auth/session.queries.ts';

/** The query keys of a meeting's officers: a write reads the meeting's again (`meeting`). */
export const officersKeys = {
  all: ['officers'] as const,
  meeting: (meeting: string) => ['officers', meeting] as const,
  settings: (meeting: string) => ['officers', meeting, 'settings'] as const,
  nominations: (meeting: string) => ['officers', meeting, 'nominations'] as const,
  slate: (meeting: string, group: string, kind: SlateKind) => ['officers', meeting, 'slate', group, kind] as const,
};

/** A meeting's officer groups, posts and seats, and its slate rules (idle while `enabled` is false). */
export function useOfficerSettings(meeting: string, enabled = true) {
  return useQuery({
    queryKey: officersKeys.settings(meeting),
    queryFn: async () => (await api.officerSettings(meeting)).data,
    enabled,
  });
}

/** A meeting's nominations, every status, oldest first. */
export function useNominations(meeting: string) {
  return useQuery({
    queryKey: officersKeys.nominations(meeting),
    queryFn: async () => (await api.nominations(meeting)).data,
  });
}

/** The slate check of one group: its standing nominations, or its appointed officers. */
export function useSlateCheck(meeting: string, group: string, kind: SlateKind) {
  return useQuery({
    queryKey: officersKeys.slate(meeting, group, kind),
    queryFn: async () => (await api.slateCheck(meeting, { group, kind })).data,
  });
}

/** A write on a meeting's nominations; the lists and checks read again. */
function useOfficerWrite<V>(meeting: string, write: (variables: V) => Promise<unknown>) {
  return useWrite(write, [officersKeys.meeting(meeting), auditKeys.all]);
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

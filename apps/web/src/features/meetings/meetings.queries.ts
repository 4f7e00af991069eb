import { useQuery } from '@tanstack/react-query';
import { api } from '../../lib/api.ts';

/** The query keys of meetings: a write on a meeting reads every one of them again (`meetingsKeys.all`). */
export const meetingsKeys = {
  all: ['meetings'] as const,
  /** Every meeting, whatever its cycle. */
  every: ['meetings', 'all'] as const,
  ofCycle: (cycle: string) => ['meetings', { cycle }] as const,
  detail: (idOrCode: string) => ['meetings', 'one', idOrCode] as const,
};

/** The query keys of cycles. */
export const cyclesKeys = {
  all: ['cycles'] as const,
  list: ['cycles', 'list'] as const,
  detail: (idOrCode: string) => ['cycles', 'one', idOrCode] as const,
};

/** A cycle by id or code. */
export function useCycle(idOrCode: string) {
  return useQuery({ queryKey: cyclesKeys.detail(idOrCode), queryFn: async () => (await api.cycle(idOrCode)).data });
}

/**
 * A cycle's meetings with their deadlines; refetched every minute so the countdowns follow the server clock.
 */
export function useCycleMeetings(cycle: string) {
  return useQuery({
    queryKey: meetingsKeys.ofCycle(cycle),
    queryFn: async () => (await api.meetings({ cycle, limit: 500 })).data,
    refetchInterval: 60_000,
  });
}

/** The query of one meeting by id or code, with its deadlines (shared by the pages that read one or several). */
export function meetingQuery(idOrCode: string) {
  return { queryKey: meetingsKeys.detail(idOrCode), queryFn: async () => (await api.meeting(idOrCode)).data };
}

/** One meeting by id or code, with its deadlines; refetched every minute for the countdowns. Idle while ''. */
export function useMeeting(idOrCode: string) {
  return useQuery({ ...meetingQuery(idOrCode), refetchInterval: 60_000, enabled: idOrCode !== '' });
}

/** Every cycle, for the meeting editor's choice of cycle. */
export function useCycles() {
  return useQuery({ queryKey: cyclesKeys.list, queryFn: async () => (await api.cycles()).data });
}

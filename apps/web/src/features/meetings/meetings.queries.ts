import { useQuery } from '@tanstack/react-query';
import { api } from '../../lib/api.ts';

/** A cycle by id or code. */
export function useCycle(idOrCode: string) {
  return useQuery({ queryKey: ['cycles', idOrCode], queryFn: async () => (await api.cycle(idOrCode)).data });
}

/**
 * A cycle's meetings with their deadlines; refetched every minute so the countdowns follow the server clock.
 */
export function useCycleMeetings(cycle: string) {
  return useQuery({
    queryKey: ['meetings', { cycle }],
    queryFn: async () => (await api.meetings({ cycle, limit: 500 })).data,
    refetchInterval: 60_000,
  });
}

/** One meeting by id or code, with its deadlines; refetched every minute for the countdowns. Idle while ''. */
export function useMeeting(idOrCode: string) {
  return useQuery({
    queryKey: ['meetings', 'one', idOrCode],
    queryFn: async () => (await api.meeting(idOrCode)).data,
    refetchInterval: 60_000,
    enabled: idOrCode !== '',
  });
}

/** Every cycle, for the meeting editor's choice of cycle. */
export function useCycles() {
  return useQuery({ queryKey: ['cycles'], queryFn: async () => (await api.cycles()).data });
}

import type { AuditQuery } from '@tansiq/api';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '../../lib/api.ts';

/** One page of the audit trail, newest first; the previous page stays on screen while the next loads. */
export function useAuditEvents(query: Partial<AuditQuery>, enabled: boolean) {
  return useQuery({
    queryKey: ['audit', query],
    queryFn: () => api.audit(query),
    placeholderData: keepPreviousData,
    enabled,
  });
}

/** Every meeting, to name the meetings the trail refers to by id. */
export function useAllMeetings(enabled: boolean) {
  return useQuery({
    queryKey: ['meetings', 'all'],
    queryFn: async () => (await api.meetings({ limit: 500 })).data,
    enabled,
  });
}

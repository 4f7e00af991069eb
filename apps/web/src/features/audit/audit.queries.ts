import type { AuditQuery } from '@tansiq/api';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '../../lib/api.ts';
import { meetingsKeys } from '../meetings/meetings.queries.ts';

/** The query keys of the audit trail: every write reads it again (`auditKeys.all`). */
export const auditKeys = {
  all: ['audit'] as const,
  page: (query: Partial<AuditQuery>) => ['audit', query] as const,
};

/** One page of the audit trail, newest first; the previous page stays on screen while the next loads. */
export function useAuditEvents(query: Partial<AuditQuery>, enabled: boolean) {
  return useQuery({
    queryKey: auditKeys.page(query),
    queryFn: () => api.audit(query),
    placeholderData: keepPreviousData,
    enabled,
  });
}

/** Every meeting, to name the meetings the trail refers to by id. */
export function useAllMeetings(enabled: boolean) {
  return useQuery({
    queryKey: meetingsKeys.every,
    queryFn: async () => (await api.meetings({ limit: 500 })).data,
    enabled,
  });
}

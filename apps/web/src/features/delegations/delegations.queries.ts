import type { GiveProxyBody, PutDelegationBody } from '@tansiq/api';
import { useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import { api } from '../../lib/api.ts';
import { auditKeys } from '../audit/audit.queries.ts';
import { useWrite } from '../auth/session.queries.ts';

/** The query keys of a meeting's delegations: a write reads the meeting's again (`meeting`). */
export const delegationsKeys = {
  all: ['delegations'] as const,
  meeting: (meeting: string) => ['delegations', meeting] as const,
  list: (meeting: string) => ['delegations', meeting, 'list'] as const,
  presence: (meeting: string) => ['delegations', meeting, 'presence'] as const,
};

/** A meeting's delegations: members, voting delegate, presence, proxies given and held. */
export function useDelegations(meeting: string) {
  return useQuery({
    queryKey: delegationsKeys.list(meeting),
    queryFn: async () => (await api.delegations(meeting)).data,
  });
}

/** Who counts at the meeting now, and the quorum. */
export function usePresence(meeting: string) {
  return useQuery({
    queryKey: delegationsKeys.presence(meeting),
    queryFn: async () => (await api.presence(meeting)).data,
  });
}

/** A write on a meeting's delegations; the list and the presence read again. */
function useDelegationWrite<V>(meeting: string, write: (variables: V) => Promise<unknown>) {
  return useWrite(write, [delegationsKeys.meeting(meeting), auditKeys.all]);
}

/** Registers a state's delegation, or replaces its composition (its focal point, the secretariat). */
export function usePutDelegation(meeting: string, memberState: string) {
  return useDelegationWrite(meeting, (body: z.input<typeof PutDelegationBody>) =>
    api.putDelegation(meeting, memberState, body),
  );
}

/** Checks a delegation in or out (secretariat). */
export function useCheckIn(meeting: string, memberState: string) {
  return useDelegationWrite(meeting, (checkedIn: boolean) =>
    checkedIn ? api.checkOut(meeting, memberState) : api.checkIn(meeting, memberState),
  );
}

/** Gives a state's proxy to another state with a delegation. */
export function useGiveProxy(meeting: string, memberState: string) {
  return useDelegationWrite(meeting, (body: z.input<typeof GiveProxyBody>) =>
    api.giveProxy(meeting, memberState, body),
  );
}

/** Withdraws the proxy a state gave. */
export function useWithdrawProxy(meeting: string, memberState: string) {
  return useDelegationWrite(meeting, (_: void) => api.withdrawProxy(meeting, memberState));
}

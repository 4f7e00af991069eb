import { useQuery } from '@tanstack/react-query';
import { api } from '../../lib/api.ts';

/** Reference data changes only with a release: fetch it once per page load. */
const REFERENCE = { staleTime: Infinity } as const;

/** All Member States, with their six names, alpha-2 code, region and regional organizations. */
export function useMemberStates() {
  return useQuery({ queryKey: ['member-states'], queryFn: async () => (await api.memberStates()).data, ...REFERENCE });
}

/** The six ITU-D regions. */
export function useRegions() {
  return useQuery({ queryKey: ['regions'], queryFn: async () => (await api.regions()).data, ...REFERENCE });
}

/** The regional telecommunication organizations. */
export function useOrganizations() {
  return useQuery({ queryKey: ['organizations'], queryFn: async () => (await api.organizations()).data, ...REFERENCE });
}

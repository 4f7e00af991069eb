import type { MemberStatesQuery } from '@tansiq/api';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useCallback, useMemo } from 'react';
import { api } from '../../lib/api.ts';
import { useLocale } from '../../lib/use-locale.ts';

/** The query keys of the reference data. */
export const registryKeys = {
  memberStates: ['member-states'] as const,
  memberStateSearch: (query: Partial<MemberStatesQuery>) => ['member-states', query] as const,
  memberState: (iso3: string) => ['member-states', 'one', iso3] as const,
  regions: ['regions'] as const,
  organizations: ['organizations'] as const,
};

/** Reference data changes only with a release: fetch it once per page load. */
const REFERENCE = { staleTime: Infinity } as const;

/** All Member States, with their six names, alpha-2 code, region and regional organizations. */
export function useMemberStates() {
  return useQuery({
    queryKey: registryKeys.memberStates,
    queryFn: async () => (await api.memberStates()).data,
    ...REFERENCE,
  });
}

/** The name of a Member State in the reader's language, by alpha-3 code (its code until the registry has loaded). */
export function useStateNames(): (iso3: string) => string {
  const { language } = useLocale();
  const memberStates = useMemberStates();
  const names = useMemo(
    () => new Map((memberStates.data ?? []).map((state) => [state.iso3, state.names[language]])),
    [memberStates.data, language],
  );
  return useCallback((iso3: string) => names.get(iso3) ?? iso3, [names]);
}

/** The six ITU-D regions. */
export function useRegions() {
  return useQuery({ queryKey: registryKeys.regions, queryFn: async () => (await api.regions()).data, ...REFERENCE });
}

/** The regional telecommunication organizations. */
export function useOrganizations() {
  return useQuery({
    queryKey: registryKeys.organizations,
    queryFn: async () => (await api.organizations()).data,
    ...REFERENCE,
  });
}

/** The Member States that match the directory's search and filters; the previous answer stays while typing. */
export function useMemberStateSearch(query: Partial<MemberStatesQuery>) {
  return useQuery({
    queryKey: registryKeys.memberStateSearch(query),
    queryFn: async () => (await api.memberStates(query)).data,
    placeholderData: keepPreviousData,
    ...REFERENCE,
  });
}

/** One Member State with its participation history. */
export function useMemberState(iso3: string) {
  return useQuery({
    queryKey: registryKeys.memberState(iso3),
    queryFn: async () => (await api.memberState(iso3)).data,
  });
}

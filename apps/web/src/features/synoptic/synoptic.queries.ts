import type { TextLanguage } from '@tansiq/api';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import { api } from '../../lib/api.ts';

/** A compilation changes only when a contribution is submitted, published or withdrawn: read it once a minute. */
const COMPILED = { staleTime: 60_000 } as const;

/** Every instrument version with proposals at a meeting, with its divergence and class counts. */
export function useSynopticOverview(meeting: string) {
  return useQuery({
    queryKey: ['synoptic', 'overview', meeting],
    queryFn: async () => (await api.synopticOverview(meeting)).data,
    ...COMPILED,
  });
}

/**
 * The synoptic compilation of one version at a meeting, its text in `language`, else in `prefer` when the version
 * is stored in it; the previous language's answer stays while switching.
 */
export function useSynoptic(
  meeting: string,
  versionId: string,
  language: z.infer<typeof TextLanguage> | undefined,
  prefer?: z.infer<typeof TextLanguage>,
) {
  return useQuery({
    queryKey: ['synoptic', 'one', meeting, versionId, language ?? null, prefer ?? null],
    queryFn: async () => (await api.synoptic(meeting, versionId, language, prefer)).data,
    placeholderData: keepPreviousData,
    ...COMPILED,
  });
}

/** A meeting's region-by-region divergence and its hot spots. */
export function useRegionDivergence(meeting: string, limit = 10) {
  return useQuery({
    queryKey: ['synoptic', 'regions', meeting, limit],
    queryFn: async () => (await api.regionDivergence(meeting, limit)).data,
    ...COMPILED,
  });
}

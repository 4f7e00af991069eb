import type { TextLanguage } from '@tansiq/api';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import { api } from '../../lib/api.ts';

type Language = z.infer<typeof TextLanguage>;

/** The query keys of compilations: adopting a text reads them all again (`synopticKeys.all`). */
export const synopticKeys = {
  all: ['synoptic'] as const,
  overview: (meeting: string) => ['synoptic', 'overview', meeting] as const,
  /** One version's compilation: the synoptic page and the consolidation workspace share it. */
  compilation: (meeting: string, versionId: string, language: Language | undefined, prefer?: Language) =>
    ['synoptic', 'one', meeting, versionId, language ?? null, prefer ?? null] as const,
  regions: (meeting: string, limit: number) => ['synoptic', 'regions', meeting, limit] as const,
};

/** A compilation changes only when a contribution is submitted, published or withdrawn: read it once a minute. */
const COMPILED = { staleTime: 60_000 } as const;

/** Every instrument version with proposals at a meeting, with its divergence and class counts. */
export function useSynopticOverview(meeting: string) {
  return useQuery({
    queryKey: synopticKeys.overview(meeting),
    queryFn: async () => (await api.synopticOverview(meeting)).data,
    ...COMPILED,
  });
}

/**
 * The synoptic compilation of one version at a meeting, its text in `language`, else in `prefer` when the version
 * is stored in it; the previous language's answer stays while switching.
 */
export function useSynoptic(meeting: string, versionId: string, language: Language | undefined, prefer?: Language) {
  return useQuery({
    queryKey: synopticKeys.compilation(meeting, versionId, language, prefer),
    queryFn: async () => (await api.synoptic(meeting, versionId, language, prefer)).data,
    placeholderData: keepPreviousData,
    ...COMPILED,
  });
}

/** A meeting's region-by-region divergence and its hot spots. */
export function useRegionDivergence(meeting: string, limit = 10) {
  return useQuery({
    queryKey: synopticKeys.regions(meeting, limit),
    queryFn: async () => (await api.regionDivergence(meeting, limit)).data,
    ...COMPILED,
  });
}

import type { ImportTextFileQuery, InstrumentsQuery, IssueCorrigendumBody, TEXT_FILE_MEDIA_TYPES } from '@tansiq/api';
import { keepPreviousData, useMutation, useQueries, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { api } from '../../lib/api.ts';
import { withCsrfRefresh } from '../auth/session.queries.ts';

/** Texts change when a conference adopts them, not while a page is open: read once per page load. */
const TEXTS = { staleTime: 5 * 60_000 } as const;

/** The instruments of the library that match the filters, with their versions; the last answer stays meanwhile. */
export function useInstruments(query: Partial<InstrumentsQuery>) {
  return useQuery({
    queryKey: ['instruments', query],
    queryFn: async () => (await api.instruments(query)).data,
    placeholderData: keepPreviousData,
    ...TEXTS,
  });
}

/** Every instrument, for the contribution editor's choice of text. */
export function useAllInstruments() {
  return useInstruments({});
}

/** One instrument with its versions (newest first) and lineage. */
export function useInstrument(id: string | undefined) {
  return useQuery({
    queryKey: ['instruments', 'one', id],
    queryFn: async () => (await api.instrument(id ?? '')).data,
    enabled: id !== undefined,
    ...TEXTS,
  });
}

const versionQuery = (id: string, as: 'corrected' | 'adopted' = 'corrected') => ({
  queryKey: as === 'corrected' ? ['instrument-versions', id] : ['instrument-versions', id, as],
  queryFn: async () => (await api.instrumentVersion(id, [], as)).data,
  ...TEXTS,
});

/** A version with its provisions in every language it is stored in, corrigenda applied or as adopted. */
export function useInstrumentVersion(id: string | null | undefined, as: 'corrected' | 'adopted' = 'corrected') {
  return useQuery({ ...versionQuery(id ?? '', as), enabled: id !== null && id !== undefined && id !== '' });
}

/** Issues a corrigendum of a version (secretariat); the version, and the texts based on it, read again. */
export function useIssueCorrigendum(versionId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: z.input<typeof IssueCorrigendumBody>) =>
      (await withCsrfRefresh(queryClient, () => api.issueCorrigendum(versionId, body))).data,
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['instrument-versions', versionId] });
      await queryClient.invalidateQueries({ queryKey: ['audit'] });
    },
  });
}

/**
 * Several versions at once (those a contribution's proposals aim at): the ones loaded so far by id, and whether
 * any is still loading. A version that fails to load leaves its proposals shown by provision id.
 */
export function useInstrumentVersions(ids: readonly string[]) {
  return useQueries({
    queries: [...new Set(ids)].map((id) => versionQuery(id)),
    combine: (results) => ({
      byId: new Map(results.flatMap((result) => (result.data ? [[result.data.id, result.data] as const] : []))),
      pending: results.some((result) => result.isPending),
    }),
  });
}

/** What a text import sends: the file, its media type and the fields of the version. */
export interface TextFileImport {
  file: File;
  mediaType: (typeof TEXT_FILE_MEDIA_TYPES)[number];
  query: z.input<typeof ImportTextFileQuery>;
}

/** Stores a text file (.txt or .docx) in the library (secretariat); the library reads again. */
export function useImportTextFile() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ file, mediaType, query }: TextFileImport) =>
      (await withCsrfRefresh(queryClient, () => api.importInstrumentFile(file, mediaType, query))).data,
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['instruments'] });
      await queryClient.invalidateQueries({ queryKey: ['instrument-versions'] });
      await queryClient.invalidateQueries({ queryKey: ['audit'] });
    },
  });
}

/** The meetings at which versions were adopted (by id), for "adopted at WTDC-17"; those loaded so far. */
export function useMeetingsById(ids: readonly string[]) {
  return useQueries({
    queries: ids.map((id) => ({
      queryKey: ['meetings', 'one', id],
      queryFn: async () => (await api.meeting(id)).data,
      ...TEXTS,
    })),
    combine: (results) =>
      new Map(results.flatMap((result) => (result.data ? [[result.data.id, result.data] as const] : []))),
  });
}

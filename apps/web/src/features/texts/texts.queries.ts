import type { ImportTextFileQuery, InstrumentsQuery, IssueCorrigendumBody, TEXT_FILE_MEDIA_TYPES } from '@tansiq/api';
import { keepPreviousData, useQueries, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import { api } from '../../lib/api.ts';
import { auditKeys } from '../audit/audit.queries.ts';
import { useWrite } from '../auth/session.queries.ts';
import { meetingQuery } from '../meetings/meetings.queries.ts';

/**
 * The query keys of the library: instruments (`instruments`) and their versions with provisions (`versions`); a
 * new text reads both again, a corrigendum the version it corrects.
 */
export const textsKeys = {
  instruments: ['instruments'] as const,
  instrumentList: (query: Partial<InstrumentsQuery>) => ['instruments', query] as const,
  instrument: (id: string | undefined) => ['instruments', 'one', id] as const,
  versions: ['instrument-versions'] as const,
  /** A version, corrigenda applied (the key every page shares), or as adopted. */
  version: (id: string, as: 'corrected' | 'adopted' = 'corrected') =>
    as === 'corrected' ? (['instrument-versions', id] as const) : (['instrument-versions', id, as] as const),
};

/** Texts change when a conference adopts them, not while a page is open: read once per page load. */
const TEXTS = { staleTime: 5 * 60_000 } as const;

/** The query of the library's instruments that match the filters, with their versions. */
export function instrumentsQuery(query: Partial<InstrumentsQuery>) {
  return {
    queryKey: textsKeys.instrumentList(query),
    queryFn: async () => (await api.instruments(query)).data,
    ...TEXTS,
  };
}

/** The instruments of the library that match the filters, with their versions; the last answer stays meanwhile. */
export function useInstruments(query: Partial<InstrumentsQuery>) {
  return useQuery({ ...instrumentsQuery(query), placeholderData: keepPreviousData });
}

/** Every instrument, for the contribution editor's choice of text. */
export function useAllInstruments() {
  return useInstruments({});
}

/** One instrument with its versions (newest first) and lineage. */
export function useInstrument(id: string | undefined) {
  return useQuery({
    queryKey: textsKeys.instrument(id),
    queryFn: async () => (await api.instrument(id ?? '')).data,
    enabled: id !== undefined,
    ...TEXTS,
  });
}

const versionQuery = (id: string, as: 'corrected' | 'adopted' = 'corrected') => ({
  queryKey: textsKeys.version(id, as),
  queryFn: async () => (await api.instrumentVersion(id, [], as)).data,
  ...TEXTS,
});

/** A version with its provisions in every language it is stored in, corrigenda applied or as adopted. */
export function useInstrumentVersion(id: string | null | undefined, as: 'corrected' | 'adopted' = 'corrected') {
  return useQuery({ ...versionQuery(id ?? '', as), enabled: id !== null && id !== undefined && id !== '' });
}

/** Issues a corrigendum of a version (secretariat); the version, and the texts based on it, read again. */
export function useIssueCorrigendum(versionId: string) {
  return useWrite(
    async (body: z.input<typeof IssueCorrigendumBody>) => (await api.issueCorrigendum(versionId, body)).data,
    [textsKeys.version(versionId), auditKeys.all],
  );
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
  return useWrite(
    async ({ file, mediaType, query }: TextFileImport) => (await api.importInstrumentFile(file, mediaType, query)).data,
    [textsKeys.instruments, textsKeys.versions, auditKeys.all],
  );
}

/** The meetings at which versions were adopted (by id), for "adopted at WTDC-17"; those loaded so far. */
export function useMeetingsById(ids: readonly string[]) {
  return useQueries({
    queries: ids.map((id) => ({ ...meetingQuery(id), ...TEXTS })),
    combine: (results) =>
      new Map(results.flatMap((result) => (result.data ? [[result.data.id, result.data] as const] : []))),
  });
}

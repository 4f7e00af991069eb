import type { ConsolidationDraft, CreateConsolidationDraftBody } from '@tansiq/api';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import type { z } from 'zod';
import { api } from '../../lib/api.ts';
import { useWrite, withCsrfRefresh } from '../auth/session.queries.ts';
import { synopticKeys } from '../synoptic/synoptic.queries.ts';
import { textsKeys } from '../texts/texts.queries.ts';
import { needsReload } from './consolidation.ts';

/** The query keys of consolidation drafts: a write's answer replaces its draft; the meetings' lists read again. */
export const consolidationKeys = {
  all: ['consolidation'] as const,
  lists: ['consolidation', 'list'] as const,
  list: (meeting: string) => ['consolidation', 'list', meeting] as const,
  draft: (id: string) => ['consolidation', 'draft', id] as const,
  preview: (id: string, revision: number) => ['consolidation', 'preview', id, revision] as const,
  adoptedTranslation: (id: string, language: string) => ['consolidation', 'adopted-translation', id, language] as const,
};
const draftKey = consolidationKeys.draft;

/** A meeting's consolidation drafts (signed-in readers only: idle while `enabled` is false). */
export function useConsolidationDrafts(meeting: string, enabled = true) {
  return useQuery({
    queryKey: consolidationKeys.list(meeting),
    queryFn: async () => (await api.consolidationDrafts(meeting)).data,
    enabled: enabled && meeting !== '',
  });
}

/** One draft with every provision; its revision is sent back with every write. */
export function useConsolidationDraft(id: string) {
  return useQuery({
    queryKey: draftKey(id),
    queryFn: async () => (await api.consolidationDraft(id)).data,
    enabled: id !== '',
  });
}

/** Opens a draft of a version at a meeting; the meeting's list reads again. */
export function useCreateDraft() {
  return useWrite(
    async (body: z.input<typeof CreateConsolidationDraftBody>) => (await api.createConsolidationDraft(body)).data,
    [consolidationKeys.lists],
    (draft, queryClient) => queryClient.setQueryData(draftKey(draft.id), draft),
  );
}

/** One write to a draft, given the revision it is based on. */
export type DraftWrite = (revision: number) => Promise<{ data: ConsolidationDraft }>;

/**
 * Runs writes on a draft: each names the revision the screen shows; the answer replaces the draft. A refusal
 * because the draft moved on (409 `stale_draft`, or adopted meanwhile) reloads it, so the chair sees the current
 * draft and is told; nothing is written over.
 */
export function useDraftWrite(draft: ConsolidationDraft) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (write: DraftWrite) => (await withCsrfRefresh(queryClient, () => write(draft.revision))).data,
    onSuccess: (next) => {
      queryClient.setQueryData(draftKey(next.id), next);
    },
    onError: async (error) => {
      if (needsReload(error)) {
        await queryClient.invalidateQueries({ queryKey: draftKey(draft.id) });
      }
    },
  });
}

/** Adopts a draft; the library, the compilation and the meeting's drafts read again. */
export function useAdoptDraft(draft: ConsolidationDraft) {
  const queryClient = useQueryClient();
  return useMutation({
    /** `vote`: the closed vote that adopted the draft; none for adoption by consensus. */
    mutationFn: async (vote: string | undefined) =>
      (
        await withCsrfRefresh(queryClient, () =>
          api.adoptConsolidationDraft(draft.id, {
            expectedRevision: draft.revision,
            ...(vote === undefined ? {} : { vote }),
          }),
        )
      ).data,
    onSuccess: async (next) => {
      queryClient.setQueryData(draftKey(next.id), next);
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: consolidationKeys.lists }),
        queryClient.invalidateQueries({ queryKey: textsKeys.instruments }),
        queryClient.invalidateQueries({ queryKey: textsKeys.versions }),
        queryClient.invalidateQueries({ queryKey: synopticKeys.all }),
      ]);
    },
    onError: async (error) => {
      if (needsReload(error)) {
        await queryClient.invalidateQueries({ queryKey: draftKey(draft.id) });
      }
    },
  });
}

/**
 * The compilation of the draft's version in its language, for each provision's class; shares the synoptic
 * page's cache entry. Idle until the draft is known.
 */
export function useDraftSynoptic(draft: Pick<ConsolidationDraft, 'meeting' | 'version' | 'language'> | undefined) {
  return useQuery({
    queryKey: synopticKeys.compilation(draft?.meeting.code ?? '', draft?.version.id ?? '', draft?.language),
    queryFn: async () => (await api.synoptic(draft?.meeting.code ?? '', draft?.version.id ?? '', draft?.language)).data,
    enabled: draft !== undefined,
    staleTime: 60_000,
  });
}

/**
 * What adopting the draft would store, read for the revision on the screen (idle while `enabled` is false). When
 * the server answers for another revision (the draft moved on in another tab), the draft reads again, and with it
 * the preview: the two always describe the same revision before the chair may confirm.
 */
export function useAdoptionPreview(draft: Pick<ConsolidationDraft, 'id' | 'revision'>, enabled: boolean) {
  const queryClient = useQueryClient();
  const preview = useQuery({
    queryKey: consolidationKeys.preview(draft.id, draft.revision),
    queryFn: async () => (await api.adoptionPreview(draft.id)).data,
    enabled,
  });
  const answered = preview.data?.revision;
  useEffect(() => {
    if (answered !== undefined && answered !== draft.revision) {
      void queryClient.invalidateQueries({ queryKey: draftKey(draft.id) });
    }
  }, [answered, draft.id, draft.revision, queryClient]);
  return preview;
}

/**
 * An adopted draft's text drafted in `language` from the translations of what was merged (idle while `enabled`
 * is false); read again on demand, since translations published meanwhile change it.
 */
export function useAdoptedTranslation(id: string, language: string, enabled: boolean) {
  return useQuery({
    queryKey: consolidationKeys.adoptedTranslation(id, language),
    queryFn: async () => (await api.adoptedTranslation(id, language)).data,
    enabled,
    staleTime: 0,
  });
}

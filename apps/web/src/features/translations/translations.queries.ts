import type {
  DocumentTranslation,
  MoveTranslationBody,
  SaveProposalTranslationBody,
  SaveTranslationBody,
} from '@tansiq/api';
import type { Language } from '@tansiq/domain';
import { useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { api } from '../../lib/api.ts';
import { auditKeys } from '../audit/audit.queries.ts';
import { useWrite } from '../auth/session.queries.ts';
import { contributionsKeys } from '../contributions/contributions.queries.ts';

/**
 * The query keys of translations: a meeting's queue (all languages at once; the page filters), and a document's
 * version in one language. A write stores the version it answers and reads the queues again, and the documents
 * (whose answers list each language's status).
 */
export const translationKeys = {
  all: ['translations'] as const,
  queues: ['translations', 'queue'] as const,
  queue: (meeting: string) => ['translations', 'queue', meeting] as const,
  detail: (id: string, language: Language) => ['translations', 'one', id, language] as const,
};

/** A meeting's translation queue, every language (translators and the secretariat). */
export function useTranslationQueue(meeting: string, enabled = true) {
  return useQuery({
    queryKey: translationKeys.queue(meeting),
    queryFn: async () => (await api.translationQueue(meeting)).data,
    enabled,
  });
}

/** A document's version in one language, each proposal beside the original. */
export function useDocumentTranslation(id: string, language: Language) {
  return useQuery({
    queryKey: translationKeys.detail(id, language),
    queryFn: async () => (await api.documentTranslation(id, language)).data,
  });
}

/** Reads a version again from the server (after a `stale_translation`), and answers it as it now stands. */
export function useReloadTranslation(id: string, language: Language) {
  const queryClient = useQueryClient();
  return () =>
    queryClient.fetchQuery({
      queryKey: translationKeys.detail(id, language),
      queryFn: async () => (await api.documentTranslation(id, language)).data,
      staleTime: 0,
    });
}

/** A write on a language version, storing the version it answers; queues, documents and the audit read again. */
function useTranslationWrite<V>(write: (variables: V) => Promise<{ data: DocumentTranslation }>) {
  return useWrite(
    async (variables: V) => (await write(variables)).data,
    [translationKeys.queues, contributionsKeys.all, auditKeys.all],
    (translation: DocumentTranslation, queryClient: QueryClient) =>
      queryClient.setQueryData(translationKeys.detail(translation.documentId, translation.language), translation),
  );
}

/** Saves one proposal's translation, on the revision the translator read. */
export function useSaveProposalTranslation(id: string, language: Language, proposalId: string) {
  return useTranslationWrite((body: z.input<typeof SaveProposalTranslationBody>) =>
    api.saveProposalTranslation(id, language, proposalId, body),
  );
}

/** Stores the whole version at once (its title with every proposal as saved). */
export function useSaveTranslation(id: string, language: Language) {
  return useTranslationWrite((body: z.input<typeof SaveTranslationBody>) => api.saveTranslation(id, language, body));
}

/** Moves the version: start, publish, reopen for a correction. */
export function useMoveTranslation(id: string, language: Language) {
  return useTranslationWrite((body: z.input<typeof MoveTranslationBody>) => api.moveTranslation(id, language, body));
}

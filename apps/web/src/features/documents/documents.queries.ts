import type { CreateDocumentBody, DocumentFile, DocumentHead } from '@tansiq/api';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { api } from '../../lib/api.ts';
import { withCsrfRefresh } from '../auth/session.queries.ts';

/** A write on a meeting's documents, retried once with a fresh CSRF token; the lists and pages read again. */
function useDocumentWrite<V>(write: (variables: V) => Promise<{ data: DocumentHead }>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (variables: V) => (await withCsrfRefresh(queryClient, () => write(variables))).data,
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['contributions'] });
      await queryClient.invalidateQueries({ queryKey: ['audit'] });
    },
  });
}

/** Registers an INF, DT or DL document (secretariat). */
export function useCreateDocument() {
  return useDocumentWrite((body: z.input<typeof CreateDocumentBody>) => api.createDocument(body));
}

/** Publishes a submitted document (secretariat). */
export function usePublishDocument(id: string) {
  return useDocumentWrite((_: void) => api.publishDocument(id));
}

/** Withdraws a document (its authors' side or the secretariat). */
export function useWithdrawDocument(id: string) {
  return useDocumentWrite((_: void) => api.withdrawDocument(id));
}

/** What an upload sends: the file, its language and its media type. */
export interface DocumentFileUpload {
  file: File;
  language: DocumentFile['language'];
  mediaType: DocumentFile['mediaType'];
}

/** Uploads a language version of a document, replacing the current one of that language. */
export function useUploadDocumentFile(id: string) {
  return useDocumentWrite(({ file, language, mediaType }: DocumentFileUpload) =>
    api.uploadDocumentFile(id, language, file, mediaType, file.name),
  );
}

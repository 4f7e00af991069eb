import type { CreateDocumentBody, DocumentFile, DocumentHead } from '@tansiq/api';
import type { z } from 'zod';
import { api } from '../../lib/api.ts';
import { auditKeys } from '../audit/audit.queries.ts';
import { useWrite } from '../auth/session.queries.ts';
import { contributionsKeys } from '../contributions/contributions.queries.ts';

/** A write on a meeting's documents (read as contributions); the lists and pages read again. */
function useDocumentWrite<V>(write: (variables: V) => Promise<{ data: DocumentHead }>) {
  return useWrite(async (variables: V) => (await write(variables)).data, [contributionsKeys.all, auditKeys.all]);
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

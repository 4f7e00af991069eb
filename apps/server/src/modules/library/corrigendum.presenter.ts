import type { Corrigendum } from '@tansiq/api';
import type { ProvisionRow } from '@tansiq/db';
import { corrigendumLabel } from '@tansiq/domain';
import type { CorrigendumWithChanges } from './corrigendum.service.ts';

/** A corrigendum's changes in the document order of the version's provisions. */
export function inDocumentOrder(corrigendum: CorrigendumWithChanges, provisions: readonly ProvisionRow[]) {
  const position = new Map(provisions.map((provision) => [provision.provisionId, provision.position]));
  return [...corrigendum.changes].sort(
    (a, b) => (position.get(a.provisionId) ?? 0) - (position.get(b.provisionId) ?? 0),
  );
}

/** A stored corrigendum as the API gives it, its changes in document order. */
export function presentCorrigendum(
  corrigendum: CorrigendumWithChanges,
  provisions: readonly ProvisionRow[],
): Corrigendum {
  return {
    id: corrigendum.id,
    versionId: corrigendum.versionId,
    number: corrigendum.number,
    label: corrigendumLabel(corrigendum.number),
    language: corrigendum.language as Corrigendum['language'],
    reason: corrigendum.reason,
    issuedAt: corrigendum.issuedAt.toISOString(),
    changes: inDocumentOrder(corrigendum, provisions).map((change) => ({
      provision: change.provisionId,
      before: change.before,
      after: change.after,
    })),
  };
}

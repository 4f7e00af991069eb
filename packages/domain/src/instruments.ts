import type { Issue } from './errors.ts';

/** Where a version of an instrument stands. */
export const VERSION_STATUSES = ['in-force', 'superseded', 'abrogated'] as const;
export type VersionStatus = (typeof VERSION_STATUSES)[number];

/** How instruments descend from one another (docs/domain.md §5). */
export const LINEAGE_RELATIONS = ['revises', 'merged-into', 'split-from', 'abrogates'] as const;
export type LineageRelation = (typeof LINEAGE_RELATIONS)[number];

/** The language-neutral frame of a version: its provisions' ids in document order, with their structure. */
export interface ProvisionFrame {
  id: string;
  section: string;
  headingKey: string;
  key: string;
  parent: string | null;
}

/**
 * Language versions of one text align by provision id: a new language version must have exactly the provisions
 * of the versions already stored, in the same order and structure. Returns every difference.
 */
export function alignmentIssues(stored: readonly ProvisionFrame[], incoming: readonly ProvisionFrame[]): Issue[] {
  const issues: Issue[] = [];
  const storedIds = new Set(stored.map((provision) => provision.id));
  const incomingIds = new Set(incoming.map((provision) => provision.id));
  for (const provision of incoming) {
    if (!storedIds.has(provision.id)) {
      issues.push({
        path: ['provisions', provision.id],
        code: 'extra_provision',
        message: `${provision.id} is not in the other language versions.`,
      });
    }
  }
  for (const provision of stored) {
    if (!incomingIds.has(provision.id)) {
      issues.push({
        path: ['provisions', provision.id],
        code: 'missing_provision',
        message: `${provision.id} is missing from this language version.`,
      });
    }
  }
  if (issues.length > 0) {
    return issues;
  }
  incoming.forEach((provision, index) => {
    const other = stored[index]!;
    if (other.id !== provision.id) {
      issues.push({
        path: ['provisions', provision.id],
        code: 'order_differs',
        message: `${provision.id} comes where the other versions have ${other.id}.`,
      });
    } else if (
      other.section !== provision.section ||
      other.headingKey !== provision.headingKey ||
      other.parent !== provision.parent
    ) {
      issues.push({
        path: ['provisions', provision.id],
        code: 'structure_differs',
        message: `${provision.id} is placed differently from the other versions.`,
      });
    }
  });
  return issues;
}

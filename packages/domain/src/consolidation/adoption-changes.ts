/**
 * What adopting a version draft changes, read from the very result adoption stores (`adoptDraftRows`): each
 * provision modified, added, suppressed or only renumbered, with the proposals (and the chair) whose changes the
 * adopted text keeps. The chair reads it before the irrevocable step; a draft that changes nothing says so.
 */
import type { AdoptedProvisions } from './adopt.ts';
import type { DraftPart } from './merge.ts';
import type { DraftRow } from './version-draft.ts';

export const ADOPTION_CHANGE_KINDS = ['modified', 'added', 'suppressed', 'renumbered'] as const;
/** How adoption treats one provision of the draft. */
export type AdoptionChangeKind = (typeof ADOPTION_CHANGE_KINDS)[number];

/** One provision the adopted version changes. */
export interface AdoptionChange {
  kind: AdoptionChangeKind;
  /** The provision's id in the draft (a base id, or the id the proposals give a new one). */
  provision: string;
  heading: string;
  /** Its number as the draft prints it (an added provision: the guessed one, possibly empty). */
  num: string;
  /** Its id and printed number in the new version; null when suppressed. */
  newId: string | null;
  newNum: string | null;
  /** The text in force (null for an added provision) and the adopted text (null when suppressed). */
  before: string | null;
  after: string | null;
  /** The numbers of the proposals whose changes the adopted text keeps, in reading order. */
  proposals: string[];
  /** True when the adopted text keeps words the chair changed. */
  chair: boolean;
}

/** Every change adoption makes, in document order, and how many base provisions it keeps as they are. */
export interface AdoptionChanges {
  changes: AdoptionChange[];
  /** Base provisions kept with the same text and the same number. */
  kept: number;
  /** True when the new version's provisions are the base's exactly: nothing modified, added or suppressed. */
  unchanged: boolean;
}

/** Who made the changes a provision's draft holds: proposal numbers in reading order, and whether the chair did. */
function authorsOf(parts: readonly DraftPart[]): { proposals: string[]; chair: boolean } {
  const proposals: string[] = [];
  let chair = false;
  for (const part of parts) {
    // Brackets never reach here: adoption refuses a draft that still holds one.
    if (part.kind !== 'insert' && part.kind !== 'delete') {
      continue;
    }
    if (part.from.kind === 'chair') {
      chair = true;
      continue;
    }
    for (const number of part.from.numbers) {
      if (!proposals.includes(number)) {
        proposals.push(number);
      }
    }
  }
  return { proposals, chair };
}

/**
 * The changes `adopted` (the result of `adoptDraftRows` on `rows`) makes to the base: a base provision whose
 * adopted text differs is modified, one left out is suppressed, one kept word for word under a new number is
 * renumbered; a provision only proposals add is added when adoption keeps it (an added provision nobody picked is
 * no change). A change names the proposals whose changes survive in its adopted text, not every proposal picked.
 */
export function adoptionChanges(
  rows: readonly DraftRow[],
  adopted: Pick<AdoptedProvisions, 'provisions' | 'renumbered'>,
): AdoptionChanges {
  const byId = new Map(adopted.provisions.map((provision) => [provision.id, provision]));
  const changes: AdoptionChange[] = [];
  let kept = 0;
  for (const row of rows) {
    const newId = adopted.renumbered[row.id];
    const made = newId === undefined ? undefined : byId.get(newId);
    const before = row.added ? null : row.draft.base;
    const label = { provision: row.id, heading: row.heading, num: row.num };
    if (made === undefined) {
      if (!row.added) {
        const authors = authorsOf(row.draft.parts);
        changes.push({ kind: 'suppressed', ...label, newId: null, newNum: null, before, after: null, ...authors });
      }
      continue;
    }
    const target = { newId: made.id, newNum: made.num, before, after: made.text };
    if (row.added) {
      changes.push({ kind: 'added', ...label, ...target, ...authorsOf(row.draft.parts) });
    } else if (made.text !== row.draft.base) {
      changes.push({ kind: 'modified', ...label, ...target, ...authorsOf(row.draft.parts) });
    } else if (made.id !== row.id || made.num !== row.num) {
      changes.push({ kind: 'renumbered', ...label, ...target, proposals: [], chair: false });
    } else {
      kept += 1;
    }
  }
  return { changes, kept, unchanged: changes.length === 0 };
}

/**
 * How the sources stand on one row of a compilation: which entries change it, whether their changes are the
 * same, fit together or collide, and a score. docs/divergence.md defines every class and number used here.
 */
import { isUnchanged, wordDiff, type DiffOp } from '../diff/word-diff.ts';
import type { DivergenceClass, SynopticDiffOptions, SynopticEntry, SynopticOptions } from './types.ts';

/** A change block: the base's characters [start, end) replaced by `inserted` (start = end: a pure insertion). */
export interface ChangeBlock {
  start: number;
  end: number;
  inserted: string;
}

/** What one entry does to its row. */
export type Stance =
  | { kind: 'keep' }
  | { kind: 'suppress'; blocks: ChangeBlock[] }
  | { kind: 'text'; result: string; blocks: ChangeBlock[] };

/** Disagreement of two changes that fit together (different words): they can both be applied. */
export const COMPATIBLE_DISAGREEMENT = 0.25;
/** Disagreement of two changes that collide, before their overlap is added (up to 1). */
export const CONFLICT_DISAGREEMENT = 0.5;

/** Positions in the base are character offsets: each op's text is the base's (equal, delete) or new (insert). */
export function changeBlocks(ops: readonly DiffOp[]): ChangeBlock[] {
  const blocks: ChangeBlock[] = [];
  let offset = 0;
  let open: ChangeBlock | null = null;
  for (const op of ops) {
    if (op.op === 'equal') {
      open = null;
      offset += op.text.length;
      continue;
    }
    if (open === null) {
      open = { start: offset, end: offset, inserted: '' };
      blocks.push(open);
    }
    if (op.op === 'delete') {
      offset += op.text.length;
      open.end = offset;
    } else {
      open.inserted += op.text;
    }
  }
  return blocks;
}

const KEEP: Stance = Object.freeze({ kind: 'keep' });

/** What `entry` does to a row whose base text is `base` (null for an added provision). */
export function stanceOf(base: string | null, entry: SynopticEntry): Stance {
  if (entry.mark === 'SUP' || entry.mark === 'SUP*') {
    return base === null ? KEEP : { kind: 'suppress', blocks: [{ start: 0, end: base.length, inserted: '' }] };
  }
  if (entry.text === null) {
    return KEEP;
  }
  if (base === null) {
    return { kind: 'text', result: entry.text, blocks: [{ start: 0, end: 0, inserted: entry.text }] };
  }
  if (entry.ops.every((op) => op.op === 'equal')) {
    return KEEP;
  }
  return { kind: 'text', result: entry.text, blocks: changeBlocks(entry.ops) };
}

/** Whether `entry` changes a row whose base text is `base`: what `stanceOf` decides, without the blocks. */
export function changesRow(base: string | null, entry: SynopticEntry): boolean {
  if (entry.mark === 'SUP' || entry.mark === 'SUP*') {
    return base !== null;
  }
  return entry.text !== null && (base === null || entry.ops.some((op) => op.op !== 'equal'));
}

/** The indexes of the entries that change a row (the changers of `rowDivergence`), without measuring them. */
export function changingEntries(base: string | null, entries: readonly SynopticEntry[]): number[] {
  const changers: number[] = [];
  entries.forEach((entry, index) => {
    if (changesRow(base, entry)) {
      changers.push(index);
    }
  });
  return changers;
}

const collapseSpaces = (text: string) => text.replace(/\s+/g, ' ').trim();

function asksToIgnore(options: SynopticDiffOptions | undefined): boolean {
  return options !== undefined && Object.values(options).some((value) => value !== undefined && value !== false);
}

/**
 * True when two proposed texts are the same change: equal once runs of spaces are collapsed, or, when the
 * caller asked to ignore case, diacritics or spacing, when the word diff with those options finds no change.
 */
export function sameText(a: string, b: string, options?: SynopticDiffOptions): boolean {
  if (a === b || collapseSpaces(a) === collapseSpaces(b)) {
    return true;
  }
  return asksToIgnore(options) && isUnchanged(wordDiff(a, b, { ...options, cleanup: false }));
}

function blocksCollide(x: ChangeBlock, y: ChangeBlock): boolean {
  if (x.start === y.start && x.end === y.end && x.inserted === y.inserted) {
    return false; // the same edit at the same place: the two agree there
  }
  const xPoint = x.start === x.end;
  const yPoint = y.start === y.end;
  if (xPoint && yPoint) {
    return x.start === y.start;
  }
  if (xPoint) {
    return y.start <= x.start && x.start <= y.end;
  }
  if (yPoint) {
    return x.start <= y.start && y.start <= x.end;
  }
  return x.start < y.end && y.start < x.end;
}

/** True when some block of one touches a block of the other (docs/divergence.md, "collide"). */
export function changesCollide(x: readonly ChangeBlock[], y: readonly ChangeBlock[]): boolean {
  return x.some((bx) => y.some((by) => blocksCollide(bx, by)));
}

/** |X ∩ Y| / |X ∪ Y| over the base characters each deletes or replaces; 0 when neither deletes any. */
export function deletedOverlap(x: readonly ChangeBlock[], y: readonly ChangeBlock[]): number {
  const length = (blocks: readonly ChangeBlock[]) => blocks.reduce((sum, b) => sum + (b.end - b.start), 0);
  let shared = 0;
  for (const bx of x) {
    for (const by of y) {
      shared += Math.max(0, Math.min(bx.end, by.end) - Math.max(bx.start, by.start));
    }
  }
  const union = length(x) + length(y) - shared;
  return union === 0 ? 0 : shared / union;
}

/** One unordered pair of changing entries of a row (indexes into the row's entries, a < b). */
export interface ChangerPair {
  a: number;
  b: number;
  /** The pair's disagreement in [0, 1]: 0 same change, 0.25 compatible, 0.5 to 1 conflict, 1 SUP against text. */
  disagreement: number;
  collide: boolean;
}

/** The measures of one row. */
export interface RowDivergence {
  class: DivergenceClass;
  divergence: number;
  /** Indexes of the entries that change the row. */
  changers: number[];
  /** Every unordered pair of changers once. */
  pairs: ChangerPair[];
}

function sameChange(x: Stance, y: Stance, options: SynopticDiffOptions | undefined): boolean {
  if (x.kind === 'suppress' && y.kind === 'suppress') {
    return true;
  }
  return x.kind === 'text' && y.kind === 'text' && sameText(x.result, y.result, options);
}

/** Disagreement of two changing stances, `same` when they make the same change. */
function disagreement(x: Stance, y: Stance, same: boolean): { disagreement: number; collide: boolean } {
  if (same || x.kind === 'keep' || y.kind === 'keep') {
    return { disagreement: 0, collide: false };
  }
  if (x.kind !== y.kind) {
    return { disagreement: 1, collide: true };
  }
  if (!changesCollide(x.blocks, y.blocks)) {
    return { disagreement: COMPATIBLE_DISAGREEMENT, collide: false };
  }
  return {
    disagreement: CONFLICT_DISAGREEMENT + (1 - CONFLICT_DISAGREEMENT) * deletedOverlap(x.blocks, y.blocks),
    collide: true,
  };
}

/**
 * Classifies one row and scores it: the row's changers are its entries that suppress it or whose text differs
 * from the base; the score is the mean disagreement over every pair of changers (0 with fewer than two).
 */
export function rowDivergence(
  base: string | null,
  entries: readonly SynopticEntry[],
  options: SynopticOptions = {},
): RowDivergence {
  const changers: number[] = [];
  const stances: Stance[] = [];
  entries.forEach((entry, index) => {
    const stance = stanceOf(base, entry);
    if (stance.kind !== 'keep') {
      changers.push(index);
      stances.push(stance);
    }
  });
  // Changers making the same change share a group: every SUP is one group, texts group by sameText.
  const groups: number[] = [];
  const representatives: Stance[] = [];
  for (const stance of stances) {
    let group = representatives.findIndex((other) => sameChange(other, stance, options.diff));
    if (group === -1) {
      group = representatives.length;
      representatives.push(stance);
    }
    groups.push(group);
  }
  const pairs: ChangerPair[] = [];
  let total = 0;
  let conflict = false;
  for (let i = 0; i < stances.length; i++) {
    for (let j = i + 1; j < stances.length; j++) {
      const measured = disagreement(stances[i]!, stances[j]!, groups[i] === groups[j]);
      pairs.push({ a: changers[i]!, b: changers[j]!, ...measured });
      total += measured.disagreement;
      conflict ||= measured.collide;
    }
  }
  const kinds = new Set(stances.map((stance) => stance.kind));
  const rowClass: DivergenceClass =
    changers.length === 0
      ? 'unchanged'
      : changers.length === 1
        ? 'single'
        : representatives.length === 1
          ? 'same'
          : kinds.has('suppress') && kinds.has('text')
            ? 'sup-mod'
            : conflict
              ? 'conflict'
              : 'compatible';
  return { class: rowClass, divergence: pairs.length === 0 ? 0 : total / pairs.length, changers, pairs };
}

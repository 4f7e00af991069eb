/**
 * The coarse fallback of the word diff, for texts too far apart to diff by word within the bounds: sentences (then
 * paragraphs) are diffed as tokens by the same core, the tokens of changed units are marked, and each changed
 * block of units is diffed again by word while one shared budget lasts; when paragraphs are too far apart too,
 * the whole text is replaced. Also the bounds themselves, and the walk over change blocks the ops are built from.
 */
import { markChanges, type DiffBudget } from './myers.ts';
import { groupTokens, type DiffUnit, type TokenScan } from './tokenize.ts';

/**
 * The largest edit distance (tokens deleted plus tokens inserted) diffed by word; past it the diff goes coarse.
 * A word replaced costs 2 (its deletion and its insertion), a word inserted or deleted with its space 2: 2% of
 * the words of a 20,000-word text changed is about 800-1,200 (the benchmark's pairs: 804 and 826), and 4,000
 * leaves room for about 10% of them. Two unrelated texts are known to be past it after some 10 million steps
 * (tens of milliseconds), whatever their length.
 */
export const MAX_EDIT_DISTANCE = 4_000;

/**
 * The steps (diagonals visited and tokens compared) the core may take on one level (words, sentences,
 * paragraphs; the word diffs inside changed sentences share one) before that level is given up.
 */
export const MAX_DIFF_WORK = 100_000_000;

/** A fresh budget within the bounds. */
export function budget(): DiffBudget {
  return { maxEditDistance: MAX_EDIT_DISTANCE, work: MAX_DIFF_WORK };
}

const COARSE_UNITS: readonly DiffUnit[] = ['sentence', 'paragraph'];

/** One text as the fallback sees it: its tokens, their ids, and the marks of its changed tokens. */
export interface Side {
  text: string;
  scan: TokenScan;
  ids: Int32Array;
  marks: Uint8Array;
}

/**
 * The coarse fallback: diffs sentences (then paragraphs) as tokens, marks the tokens of changed units, then
 * diffs each changed block again by word while the bounds allow. Returns the unit used.
 */
export function coarseMarks(a: Side, b: Side): DiffUnit | 'text' {
  for (const unit of COARSE_UNITS) {
    a.marks.fill(0);
    b.marks.fill(0);
    const unitsA = groupTokens(a.text, a.scan, unit);
    const unitsB = groupTokens(b.text, b.scan, unit);
    const keys = new Map<string, number>();
    const unitIds = (side: Side, ends: Int32Array) =>
      Int32Array.from(ends, (end, u) => {
        const key = side.ids.subarray(u === 0 ? 0 : ends[u - 1]!, end).join(',');
        let id = keys.get(key);
        if (id === undefined) {
          id = keys.size;
          keys.set(key, id);
        }
        return id;
      });
    const idsA = unitIds(a, unitsA);
    const idsB = unitIds(b, unitsB);
    const removedUnits = new Uint8Array(idsA.length);
    const addedUnits = new Uint8Array(idsB.length);
    const whole = { aLo: 0, aHi: idsA.length, bLo: 0, bHi: idsB.length };
    if (markChanges(idsA, idsB, whole, removedUnits, addedUnits, budget())) {
      expandMarks(unitsA, removedUnits, a.marks);
      expandMarks(unitsB, addedUnits, b.marks);
      refine(a, b);
      return unit;
    }
  }
  a.marks.fill(1);
  b.marks.fill(1);
  return 'text';
}

function expandMarks(ends: Int32Array, unitMarks: Uint8Array, tokenMarks: Uint8Array): void {
  for (let u = 0; u < ends.length; u++) {
    if (unitMarks[u] === 1) {
      tokenMarks.fill(1, u === 0 ? 0 : ends[u - 1]!, ends[u]);
    }
  }
}

/** Diffs by word each block of changed units that has both a deleted and an inserted side, within one budget. */
function refine(a: Side, b: Side): void {
  const shared = budget();
  forEachBlock(a.marks, b.marks, (aLo, aHi, bLo, bHi) => {
    if (aLo === aHi || bLo === bHi || shared.work <= 0) {
      return;
    }
    a.marks.fill(0, aLo, aHi);
    b.marks.fill(0, bLo, bHi);
    if (!markChanges(a.ids, b.ids, { aLo, aHi, bLo, bHi }, a.marks, b.marks, shared)) {
      a.marks.fill(1, aLo, aHi);
      b.marks.fill(1, bLo, bHi);
    }
  });
}

/**
 * Calls `visit` for each change block (maximal run of deleted tokens and of inserted tokens between two kept
 * ones). Kept tokens pair up in order, which is what makes the walk valid; the blocks are listed before `visit`
 * runs, so it may rewrite the marks inside them.
 */
export function forEachBlock(
  removed: Uint8Array,
  added: Uint8Array,
  visit: (aLo: number, aHi: number, bLo: number, bHi: number) => void,
): void {
  const blocks: number[] = [];
  let i = 0;
  let j = 0;
  while (i < removed.length || j < added.length) {
    while (i < removed.length && j < added.length && removed[i] === 0 && added[j] === 0) {
      i++;
      j++;
    }
    const aLo = i;
    const bLo = j;
    while (i < removed.length && removed[i] === 1) {
      i++;
    }
    while (j < added.length && added[j] === 1) {
      j++;
    }
    if (aLo === i && bLo === j) {
      break;
    }
    blocks.push(aLo, i, bLo, j);
  }
  for (let k = 0; k < blocks.length; k += 4) {
    visit(blocks[k]!, blocks[k + 1]!, blocks[k + 2]!, blocks[k + 3]!);
  }
}

/**
 * The fast path of the diff core: Wu, Manber, Myers and Miller's O(NP) algorithm ("An O(NP) sequence comparison
 * algorithm", 1990) on token ids, where P is the number of deletions from the longer side's point of view
 * (D = |N − M| + 2P). On texts with scattered small changes it visits about P² diagonals, a quarter of what
 * Myers' O(ND) visits, and follows each run of kept tokens once. It keeps the path as linked records (three ints
 * per diagonal visited), so it is used only while those stay few: past `maxRecords` it gives up and the
 * linear-space Myers (myers.ts) takes over. Like Myers it finds a shortest edit script.
 */
import type { DiffBudget } from './myers.ts';

/** What `markChangesOnp` concluded. */
export const ONP_DONE = 0;
export const ONP_TOO_FAR = 1;
export const ONP_TOO_LARGE = 2;

/**
 * Marks in `removed` and `added` the tokens of `a[aLo, aHi)` and `b[bLo, bHi)` a shortest edit script changes
 * (the ranges hold 0 on entry). Returns ONP_TOO_FAR when the edit distance exceeds the budget's bound or the work
 * runs out, ONP_TOO_LARGE when the path records would pass `maxRecords` (marks then unspecified).
 */
export function markChangesOnp(
  a: Int32Array,
  b: Int32Array,
  range: { aLo: number; aHi: number; bLo: number; bHi: number },
  removed: Uint8Array,
  added: Uint8Array,
  budget: DiffBudget,
  maxRecords: number,
): number {
  // The algorithm wants the shorter sequence first; deletions and insertions swap with it.
  const swap = range.aHi - range.aLo > range.bHi - range.bLo;
  const A = swap ? b : a;
  const B = swap ? a : b;
  const aLo = swap ? range.bLo : range.aLo;
  const bLo = swap ? range.aLo : range.bLo;
  const M = swap ? range.bHi - range.bLo : range.aHi - range.aLo;
  const N = swap ? range.aHi - range.aLo : range.bHi - range.bLo;
  const fromA = swap ? added : removed;
  const fromB = swap ? removed : added;
  const delta = N - M;
  if (delta > budget.maxEditDistance) {
    return ONP_TOO_FAR;
  }
  // fp[k]: the furthest y reached on diagonal k = y − x; node[k]: its path record.
  const offset = M + 1;
  const fp = new Int32Array(M + N + 3).fill(-1);
  const node = new Int32Array(M + N + 3).fill(-1);
  let records = new Int32Array(Math.min(maxRecords, 4096) * 3);
  let count = 0;
  for (let p = 0; ; p++) {
    const visits = delta + 2 * p + 1;
    if (delta + 2 * p > budget.maxEditDistance) {
      return ONP_TOO_FAR;
    }
    if (count + visits > maxRecords) {
      return ONP_TOO_LARGE;
    }
    if ((count + visits) * 3 > records.length) {
      const grown = new Int32Array(Math.min(Math.max(records.length * 2, (count + visits) * 3), maxRecords * 3));
      grown.set(records);
      records = grown;
    }
    let work = visits;
    // Diagonals -p up to delta - 1, then delta + p down to delta + 1, then delta.
    for (let j = 0; j < visits; j++) {
      const k = j < delta + p ? j - p : j < visits - 1 ? 2 * delta + 2 * p - j : delta;
      const below = fp[offset + k - 1]!;
      const above = fp[offset + k + 1]!;
      let y: number;
      let prev: number;
      // Ties go to the deletion (from diagonal k + 1); the only move from an unreached diagonal is the start.
      if (below + 1 > above) {
        prev = node[offset + k - 1]!;
        y = prev === -1 ? 0 : below + 1;
      } else {
        y = above;
        prev = node[offset + k + 1]!;
      }
      let x = y - k;
      const from = y;
      while (x < M && y < N && A[aLo + x] === B[bLo + y]) {
        x++;
        y++;
      }
      work += y - from;
      fp[offset + k] = y;
      records[count * 3] = prev;
      records[count * 3 + 1] = k;
      records[count * 3 + 2] = y;
      node[offset + k] = count;
      count++;
    }
    budget.work -= work;
    if (fp[offset + delta] === N) {
      break;
    }
    if (budget.work < 0) {
      return ONP_TOO_FAR;
    }
  }
  // Walk the path back: each record follows its predecessor by one edit, then a run of kept tokens.
  for (let r = node[offset + delta]!; r !== -1;) {
    const prev = records[r * 3]!;
    if (prev === -1) {
      break;
    }
    const k = records[r * 3 + 1]!;
    const prevK = records[prev * 3 + 1]!;
    const prevY = records[prev * 3 + 2]!;
    if (k === prevK + 1) {
      fromB[bLo + prevY] = 1;
    } else {
      fromA[aLo + prevY - prevK] = 1;
    }
    r = prev;
  }
  return ONP_DONE;
}

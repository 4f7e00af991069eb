/**
 * The fast path of the diff core: Wu, Manber, Myers and Miller's O(NP) algorithm ("An O(NP) sequence comparison
 * algorithm", 1990) on token ids, where P is the number of deletions from the longer side's point of view
 * (D = |N − M| + 2P). On texts with scattered small changes it visits about P² diagonals, a quarter of what
 * Myers' O(ND) visits, and follows each run of kept tokens once. It keeps one int per diagonal visited to walk
 * the path back, so it is used only while those stay few: past `maxRecords` it gives up and the linear-space
 * Myers (myers.ts) takes over. Like Myers it finds a shortest edit script.
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
  // fp[k]: the furthest y reached on diagonal k = y − x.
  const offset = M + 1;
  const fp = new Int32Array(M + N + 3).fill(-1);
  // One int per diagonal visited, in visiting order: y << 1, plus 1 when it came by a deletion. Round p visits
  // delta + 2p + 1 diagonals (-p up to delta - 1, then delta + p down to delta + 1, then delta) and starts at
  // p(delta + p), so a visit's record is found from its round and diagonal, and its predecessor's too.
  let records = new Int32Array(Math.min(maxRecords, Math.max(1024, M + N)));
  let count = 0;
  let p = 0;
  for (; ; p++) {
    const visits = delta + 2 * p + 1;
    if (delta + 2 * p > budget.maxEditDistance) {
      return ONP_TOO_FAR;
    }
    if (count + visits > maxRecords) {
      return ONP_TOO_LARGE;
    }
    if (count + visits > records.length) {
      const grown = new Int32Array(Math.min(Math.max(records.length * 2, count + visits), maxRecords));
      grown.set(records);
      records = grown;
    }
    let work = visits;
    for (let j = 0; j < visits; j++) {
      const k = j < delta + p ? j - p : j < visits - 1 ? 2 * delta + 2 * p - j : delta;
      const below = fp[offset + k - 1]!;
      const above = fp[offset + k + 1]!;
      // Ties go to the deletion (from diagonal k + 1); the very first visit starts at y = 0.
      const deletion = below + 1 <= above;
      let y = deletion ? above : below + 1;
      let x = y - k;
      const from = y;
      while (x < M && y < N && A[aLo + x] === B[bLo + y]) {
        x++;
        y++;
      }
      work += y - from;
      fp[offset + k] = y;
      records[count++] = (y << 1) | (deletion ? 1 : 0);
    }
    budget.work -= work;
    if (fp[offset + delta] === N) {
      break;
    }
    if (budget.work < 0) {
      return ONP_TOO_FAR;
    }
  }
  // Walk the path back from (p, delta): each visit follows its predecessor by one edit, then a run of kept tokens.
  const at = (round: number, k: number) =>
    round * (delta + round) + (k < delta ? k + round : k > delta ? 2 * (delta + round) - k : delta + 2 * round);
  for (let k = delta; p > 0 || k !== 0;) {
    const deletion = (records[at(p, k)]! & 1) === 1;
    // Below delta the diagonals are visited upwards, above it downwards, delta last: so a neighbour was visited
    // in this round or the one before.
    const previousK = deletion ? k + 1 : k - 1;
    const previousP = deletion ? (k < delta ? p - 1 : p) : k <= delta ? p : p - 1;
    const previousY = records[at(previousP, previousK)]! >> 1;
    if (deletion) {
      fromA[aLo + previousY - previousK] = 1;
    } else {
      fromB[bLo + previousY] = 1;
    }
    p = previousP;
    k = previousK;
  }
  return ONP_DONE;
}

/**
 * The diff core on token ids. `markChanges` trims the common prefix and suffix, then runs the O(NP) fast path
 * (onp.ts) and, when that path would keep too many records, Myers' O(ND) algorithm in its linear-space form (the
 * middle snake found from both ends, then each half solved alike, trimming again at every step). Both find a
 * shortest edit script, so the tokens marked changed are exactly those outside one longest common subsequence.
 * Ids are integers (equal tokens, equal ids), so every comparison is one integer compare.
 *
 * Two bounds keep it from running away:
 * - the edit distance D (tokens deleted plus tokens inserted): past `maxEditDistance` it gives up after about
 *   (maxEditDistance / 2)² steps, which is what makes two unrelated long texts fail fast;
 * - a work budget (diagonals visited plus tokens compared), shared by the caller across calls, which bounds the
 *   rare inputs where long snakes run on many diagonals (texts made of one repeated token).
 * Memory is linear in the texts, plus at most MAX_PATH_RECORDS ints for the fast path and two arrays of about
 * `maxEditDistance` ints for the linear-space one.
 */
import { ONP_DONE, ONP_TOO_FAR, markChangesOnp } from './onp.ts';

/**
 * The most path records (one int each, 4 MB) the O(NP) fast path may keep; past it the linear-space Myers runs
 * instead. About P = 1,000 deletions on two texts of equal length (an edit distance of 2,000).
 */
export const MAX_PATH_RECORDS = 1 << 20;

/** The limits of one diff: the largest edit distance taken, and the work left (spent as the core runs). */
export interface DiffBudget {
  maxEditDistance: number;
  work: number;
}

/**
 * The diff core (see the module comment; the O(NP) fast path first, in onp.ts). Marks, in `removed` and `added`,
 * the tokens of `a[aLo, aHi)` and `b[bLo, bHi)` that a shortest edit script
 * deletes and inserts (1 = changed; the ranges must hold 0 on entry). Returns false, with the marks in the ranges
 * unspecified, when the edit distance exceeds the budget's bound or the work runs out.
 */
export function markChanges(
  a: Int32Array,
  b: Int32Array,
  range: { aLo: number; aHi: number; bLo: number; bHi: number },
  removed: Uint8Array,
  added: Uint8Array,
  budget: DiffBudget,
): boolean {
  let { aLo, aHi, bLo, bHi } = range;
  while (aLo < aHi && bLo < bHi && a[aLo] === b[bLo]) {
    aLo++;
    bLo++;
  }
  while (aLo < aHi && bLo < bHi && a[aHi - 1] === b[bHi - 1]) {
    aHi--;
    bHi--;
  }
  budget.work -= aLo - range.aLo + (range.aHi - aHi);
  range = { aLo, aHi, bLo, bHi };
  const fast = markChangesOnp(a, b, range, removed, added, budget, MAX_PATH_RECORDS);
  if (fast !== ONP_DONE && fast !== ONP_TOO_FAR) {
    removed.fill(0, range.aLo, range.aHi);
    added.fill(0, range.bLo, range.bHi);
    return markChangesLinear(a, b, range, removed, added, budget);
  }
  return fast === ONP_DONE;
}

/** The linear-space Myers alone (markChanges uses it when the O(NP) path would take too much memory). */
export function markChangesLinear(
  a: Int32Array,
  b: Int32Array,
  range: { aLo: number; aHi: number; bLo: number; bHi: number },
  removed: Uint8Array,
  added: Uint8Array,
  budget: DiffBudget,
): boolean {
  const size = Math.min(
    Math.ceil(budget.maxEditDistance / 2),
    Math.ceil((range.aHi - range.aLo + range.bHi - range.bLo) / 2),
  );
  const solver = new Solver(a, b, removed, added, budget, size);
  return solver.solve(range.aLo, range.aHi, range.bLo, range.bHi, budget.maxEditDistance, true);
}

const FOUND = 0;
const NONE_COMMON = 1;
const EXCEEDED = 2;

class Solver {
  private readonly v1: Int32Array;
  private readonly v2: Int32Array;
  private splitX = 0;
  private splitY = 0;
  /** The round of the last bisection: each half of its problem has an edit distance of at most that. */
  private round = 0;

  constructor(
    private readonly a: Int32Array,
    private readonly b: Int32Array,
    private readonly removed: Uint8Array,
    private readonly added: Uint8Array,
    private readonly budget: DiffBudget,
    size: number,
  ) {
    this.v1 = new Int32Array(size * 2 + 4);
    this.v2 = new Int32Array(size * 2 + 4);
  }

  solve(aLo: number, aHi: number, bLo: number, bHi: number, maxD: number, top: boolean): boolean {
    const { a, b } = this;
    const start = aLo;
    while (aLo < aHi && bLo < bHi && a[aLo] === b[bLo]) {
      aLo++;
      bLo++;
    }
    const end = aHi;
    while (aLo < aHi && bLo < bHi && a[aHi - 1] === b[bHi - 1]) {
      aHi--;
      bHi--;
    }
    this.budget.work -= aLo - start + (end - aHi) + 1;
    if (aLo === aHi) {
      this.added.fill(1, bLo, bHi);
      return true;
    }
    if (bLo === bHi) {
      this.removed.fill(1, aLo, aHi);
      return true;
    }
    const found = this.bisect(aLo, aHi, bLo, bHi, maxD, top);
    if (found === EXCEEDED || this.budget.work < 0) {
      return false;
    }
    if (found === NONE_COMMON) {
      this.removed.fill(1, aLo, aHi);
      this.added.fill(1, bLo, bHi);
      return true;
    }
    const x = aLo + this.splitX;
    const y = bLo + this.splitY;
    const round = this.round;
    return this.solve(aLo, x, bLo, y, round, false) && this.solve(x, aHi, y, bHi, round, false);
  }

  /**
   * Finds the middle snake of a[aLo, aHi) against b[bLo, bHi) (after diff-match-patch's `diff_bisect_`, on ids and
   * index ranges): where the furthest forward and backward D/2-paths meet, which splits the problem in two.
   */
  private bisect(aLo: number, aHi: number, bLo: number, bHi: number, maxD: number, top: boolean): number {
    const { a, b, v1, v2, budget } = this;
    const n = aHi - aLo;
    const m = bHi - bLo;
    const whole = Math.ceil((n + m) / 2);
    // Below the top, D is at most the round of the parent's bisection, so the arrays sized for the top suffice
    // and only the part of them this problem can reach is reset.
    const limit = Math.min(whole, Math.ceil(maxD / 2) + (top ? 0 : 1), (v1.length - 4) / 2);
    const offset = limit + 1;
    const length = 2 * limit + 3;
    v1.fill(-1, 0, length);
    v2.fill(-1, 0, length);
    v1[offset + 1] = 0;
    v2[offset + 1] = 0;
    const delta = n - m;
    const front = delta % 2 !== 0;
    let k1start = 0;
    let k1end = 0;
    let k2start = 0;
    let k2end = 0;
    for (let d = 0; d <= limit; d++) {
      let work = 0;
      for (let k1 = -d + k1start; k1 <= d - k1end; k1 += 2) {
        const k1Offset = offset + k1;
        let x1 =
          k1 === -d || (k1 !== d && v1[k1Offset - 1]! < v1[k1Offset + 1]!) ? v1[k1Offset + 1]! : v1[k1Offset - 1]! + 1;
        let y1 = x1 - k1;
        const from = x1;
        while (x1 < n && y1 < m && a[aLo + x1] === b[bLo + y1]) {
          x1++;
          y1++;
        }
        work += x1 - from + 1;
        v1[k1Offset] = x1;
        if (x1 > n) {
          k1end += 2;
        } else if (y1 > m) {
          k1start += 2;
        } else if (front) {
          const k2Offset = offset + delta - k1;
          if (k2Offset >= 0 && k2Offset < length && v2[k2Offset] !== -1 && x1 >= n - v2[k2Offset]!) {
            this.splitX = x1;
            this.splitY = y1;
            this.round = d;
            budget.work -= work;
            // Found going forward in round d: the edit distance is 2d - 1.
            return top && 2 * d - 1 > maxD ? EXCEEDED : FOUND;
          }
        }
      }
      for (let k2 = -d + k2start; k2 <= d - k2end; k2 += 2) {
        const k2Offset = offset + k2;
        let x2 =
          k2 === -d || (k2 !== d && v2[k2Offset - 1]! < v2[k2Offset + 1]!) ? v2[k2Offset + 1]! : v2[k2Offset - 1]! + 1;
        let y2 = x2 - k2;
        const from = x2;
        while (x2 < n && y2 < m && a[aHi - 1 - x2] === b[bHi - 1 - y2]) {
          x2++;
          y2++;
        }
        work += x2 - from + 1;
        v2[k2Offset] = x2;
        if (x2 > n) {
          k2end += 2;
        } else if (y2 > m) {
          k2start += 2;
        } else if (!front) {
          const k1Offset = offset + delta - k2;
          if (k1Offset >= 0 && k1Offset < length && v1[k1Offset] !== -1) {
            const x1 = v1[k1Offset]!;
            if (x1 >= n - x2) {
              this.splitX = x1;
              this.splitY = x1 - (k1Offset - offset);
              this.round = d;
              budget.work -= work;
              // Found going backward in round d: the edit distance is 2d.
              return top && 2 * d > maxD ? EXCEEDED : FOUND;
            }
          }
        }
      }
      budget.work -= work;
      if (budget.work < 0) {
        return EXCEEDED;
      }
    }
    return top && limit < whole ? EXCEEDED : NONE_COMMON;
  }
}

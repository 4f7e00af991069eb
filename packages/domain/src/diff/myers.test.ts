import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { markChanges, markChangesLinear } from './myers.ts';
import { ONP_DONE, ONP_TOO_FAR, ONP_TOO_LARGE, markChangesOnp } from './onp.ts';

/** The length of a longest common subsequence, by the textbook table. */
function lcsLength(a: Int32Array, b: Int32Array): number {
  let row = new Int32Array(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    const next = new Int32Array(b.length + 1);
    for (let j = 1; j <= b.length; j++) {
      next[j] = a[i - 1] === b[j - 1] ? row[j - 1]! + 1 : Math.max(row[j]!, next[j - 1]!);
    }
    row = next;
  }
  return row[b.length]!;
}

/** Checks that the unmarked tokens of both sides are the same sequence, and returns how many were marked. */
function keptAlike(a: Int32Array, b: Int32Array, removed: Uint8Array, added: Uint8Array): number {
  const keptA = a.filter((_, i) => removed[i] === 0);
  const keptB = b.filter((_, j) => added[j] === 0);
  expect([...keptA]).toEqual([...keptB]);
  return a.length - keptA.length + (b.length - keptB.length);
}

const ids = fc.array(fc.integer({ min: 0, max: 4 }), { maxLength: 40 }).map((values) => Int32Array.from(values));
const whole = (a: Int32Array, b: Int32Array) => ({ aLo: 0, aHi: a.length, bLo: 0, bHi: b.length });
const roomy = () => ({ maxEditDistance: 1_000, work: 1e9 });

describe('the diff core on ids', () => {
  it('marks exactly the tokens outside a longest common subsequence, on both of its paths', () => {
    fc.assert(
      fc.property(ids, ids, (a, b) => {
        const minimal = a.length + b.length - 2 * lcsLength(a, b);
        for (const core of [markChanges, markChangesLinear]) {
          const removed = new Uint8Array(a.length);
          const added = new Uint8Array(b.length);
          expect(core(a, b, whole(a, b), removed, added, roomy())).toBe(true);
          expect(keptAlike(a, b, removed, added)).toBe(minimal);
        }
        const removed = new Uint8Array(a.length);
        const added = new Uint8Array(b.length);
        expect(markChangesOnp(a, b, whole(a, b), removed, added, roomy(), 1_000_000)).toBe(ONP_DONE);
        expect(keptAlike(a, b, removed, added)).toBe(minimal);
      }),
      { numRuns: 1000 },
    );
  });

  it('works on sub-ranges, leaving the marks outside them alone', () => {
    const a = Int32Array.from([9, 1, 2, 3, 9]);
    const b = Int32Array.from([8, 1, 3, 4, 8]);
    const removed = new Uint8Array(5);
    const added = new Uint8Array(5);
    expect(markChanges(a, b, { aLo: 1, aHi: 4, bLo: 1, bHi: 4 }, removed, added, roomy())).toBe(true);
    expect([...removed]).toEqual([0, 0, 1, 0, 0]);
    expect([...added]).toEqual([0, 0, 0, 1, 0]);
  });

  it('gives up past its bound on the edit distance, or when its work runs out', () => {
    const a = Int32Array.from({ length: 100 }, (_, i) => i);
    const b = Int32Array.from({ length: 100 }, (_, i) => 1000 + i);
    for (const core of [markChanges, markChangesLinear]) {
      const tight = { maxEditDistance: 199, work: 1e9 };
      expect(core(a, b, whole(a, b), new Uint8Array(100), new Uint8Array(100), tight)).toBe(false);
      const enough = { maxEditDistance: 200, work: 1e9 };
      expect(core(a, b, whole(a, b), new Uint8Array(100), new Uint8Array(100), enough)).toBe(true);
      const poor = { maxEditDistance: 1_000, work: 500 };
      expect(core(a, b, whole(a, b), new Uint8Array(100), new Uint8Array(100), poor)).toBe(false);
    }
    expect(markChangesOnp(a, b, whole(a, b), new Uint8Array(100), new Uint8Array(100), roomy(), 10)).toBe(
      ONP_TOO_LARGE,
    );
    const tight = { maxEditDistance: 100, work: 1e9 };
    expect(markChangesOnp(a, b, whole(a, b), new Uint8Array(100), new Uint8Array(100), tight, 1e6)).toBe(ONP_TOO_FAR);
  });
});

/**
 * mulberry32: a small seeded PRNG, so that every run of a benchmark measures the same generated data, and every
 * load of the WTDC-size demo (wtdc-scale.ts) stores the same.
 */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

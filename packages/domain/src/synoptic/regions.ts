/**
 * Divergence between regions over the compilations of a meeting: a region's stance on a row is its sources'
 * entries there; two regions diverge on a row by the mean disagreement of their sources' pairs (docs/divergence.md).
 *
 * Both measures are linear in the rows (times the pairs of sources changing a row). They take the compiler's
 * class of a row as given where it cannot depend on the diff options (an `unchanged` row has no changing entry, a
 * `single` one has one, whatever the options): `regionMatrix` skips unchanged rows and only looks for the changing
 * entry of single ones, `hotSpots` skips both (most rows of a meeting are one or the other).
 */
import { changingEntries, rowDivergence } from './divergence.ts';
import type { DivergenceClass, Synoptic, SynopticOptions } from './types.ts';

/** Maps a source (EGY, ARB) to its region, or null for a source counted in no region. */
export type RegionOf = (source: string) => string | null;

/** Region-by-region divergence: `matrix[i][j]` for regions[i] and regions[j], symmetric, in [0, 1]. */
export interface RegionMatrix {
  /** The regions that have a source in some compilation, in code order. */
  regions: string[];
  /** Off the diagonal, how two regions diverge; on it, how a region's own sources diverge. */
  matrix: number[][];
}

/** A provision that divides the regions. */
export interface HotSpot {
  /** The index of its compilation in the list given. */
  synoptic: number;
  rowId: string;
  heading: string;
  num: string;
  class: DivergenceClass;
  /** The row's divergence over all its sources. */
  divergence: number;
  /** The mean disagreement over pairs of changing sources of different regions, in (0, 1]. */
  regionDivergence: number;
  /** The regions with a source that changes the row, in code order. */
  regions: string[];
}

const byCode = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The region index of each source of a compilation (-1 for none). */
function regionIndexes(synoptic: Synoptic, regionOf: RegionOf, index: Map<string, number>): number[] {
  return synoptic.sources.map((source) => {
    const region = regionOf(source);
    return region === null ? -1 : (index.get(region) ?? -1);
  });
}

function regionList(synoptics: readonly Synoptic[], regionOf: RegionOf): string[] {
  const regions = new Set<string>();
  for (const synoptic of synoptics) {
    for (const source of synoptic.sources) {
      const region = regionOf(source);
      if (region !== null) {
        regions.add(region);
      }
    }
  }
  return [...regions].sort(byCode);
}

/**
 * The region-by-region divergence over the rows of `synoptics`. On one row, regions R and S diverge by the
 * mean disagreement over the pairs of their sources (one of each; two distinct ones of R when R = S) in which
 * at least one changes the row; a cell is the mean of that over the rows where such a pair exists (0 when none).
 */
export function regionMatrix(
  synoptics: readonly Synoptic[],
  regionOf: RegionOf,
  options: SynopticOptions = {},
): RegionMatrix {
  const regions = regionList(synoptics, regionOf);
  const index = new Map(regions.map((region, i) => [region, i]));
  const r = regions.length;
  const sums = new Float64Array(r * r);
  const counts = new Uint32Array(r * r);
  for (const synoptic of synoptics) {
    const regionOfSource = regionIndexes(synoptic, regionOf, index);
    const members = new Array<number>(r).fill(0);
    for (const region of regionOfSource) {
      if (region !== -1) {
        members[region]!++;
      }
    }
    for (const row of synoptic.rows) {
      if (row.class === 'unchanged') {
        continue; // no changing source: the row counts in no cell
      }
      // A single change makes no pair of changers: which entry it is is all the row tells.
      const measured =
        row.class === 'single'
          ? { changers: changingEntries(row.base, row.entries), pairs: [] }
          : rowDivergence(row.base, row.entries, options);
      if (measured.changers.length === 0) {
        continue;
      }
      const changing = new Array<number>(r).fill(0);
      for (const s of measured.changers) {
        const region = regionOfSource[s]!;
        if (region !== -1) {
          changing[region]!++;
        }
      }
      const rowSums = new Float64Array(r * r);
      for (const pair of measured.pairs) {
        const x = regionOfSource[pair.a]!;
        const y = regionOfSource[pair.b]!;
        if (x !== -1 && y !== -1) {
          rowSums[Math.min(x, y) * r + Math.max(x, y)]! += pair.disagreement;
        }
      }
      for (let x = 0; x < r; x++) {
        for (let y = x; y < r; y++) {
          const keepX = members[x]! - changing[x]!;
          const keepY = members[y]! - changing[y]!;
          const counted =
            x === y
              ? (members[x]! * (members[x]! - 1) - keepX * (keepX - 1)) / 2
              : members[x]! * members[y]! - keepX * keepY;
          if (counted > 0) {
            sums[x * r + y]! += rowSums[x * r + y]! / counted;
            counts[x * r + y]!++;
          }
        }
      }
    }
  }
  const matrix = regions.map((_, x) =>
    regions.map((__, y) => {
      const cell = Math.min(x, y) * r + Math.max(x, y);
      return counts[cell] === 0 ? 0 : sums[cell]! / counts[cell]!;
    }),
  );
  return { regions, matrix };
}

/**
 * The provisions that most divide the regions, at most `limit`: rows with a region divergence above 0 (the mean
 * disagreement over pairs of changing sources from different regions), highest first; ties go to the row more
 * regions change, then to the higher row divergence, then to document order.
 */
export function hotSpots(
  synoptics: readonly Synoptic[],
  regionOf: RegionOf,
  limit: number,
  options: SynopticOptions = {},
): HotSpot[] {
  const spots: (HotSpot & { order: number })[] = [];
  synoptics.forEach((synoptic, k) => {
    const regionNames = synoptic.sources.map(regionOf);
    synoptic.rows.forEach((row, order) => {
      if (row.class === 'unchanged' || row.class === 'single') {
        return; // no pair of changing sources: a region divergence of 0
      }
      const measured = rowDivergence(row.base, row.entries, options);
      let sum = 0;
      let count = 0;
      for (const pair of measured.pairs) {
        const x = regionNames[pair.a];
        const y = regionNames[pair.b];
        if (x !== null && y !== null && x !== y) {
          sum += pair.disagreement;
          count++;
        }
      }
      if (sum === 0) {
        return;
      }
      const regions = new Set<string>();
      for (const s of measured.changers) {
        const region = regionNames[s];
        if (region !== null && region !== undefined) {
          regions.add(region);
        }
      }
      spots.push({
        synoptic: k,
        rowId: row.id,
        heading: row.heading,
        num: row.num,
        class: measured.class,
        divergence: measured.divergence,
        regionDivergence: sum / count,
        regions: [...regions].sort(byCode),
        order,
      });
    });
  });
  spots.sort(
    (a, b) =>
      b.regionDivergence - a.regionDivergence ||
      b.regions.length - a.regions.length ||
      b.divergence - a.divergence ||
      a.synoptic - b.synoptic ||
      a.order - b.order,
  );
  return spots.slice(0, Math.max(0, limit)).map(({ order: _order, ...spot }) => spot);
}

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileSynoptic } from './compile.ts';
import { hotSpots, regionMatrix } from './regions.ts';
import type { BaseProvision, ProvisionChange, SynopticSource } from './types.ts';

const TEXT = 'to encourage the establishment of community centres for digital skills;';
const base: BaseProvision[] = ['1', '2', '3'].map((key) => ({
  id: `resolves.${key}`,
  section: 'operative',
  heading: 'resolves',
  headingKey: 'resolves',
  num: key,
  key,
  parent: null,
  text: `${TEXT} ${key}`,
}));

const mod = (provisionId: string, from: string, to: string): ProvisionChange => ({
  mark: 'MOD',
  provisionId,
  text: base.find((p) => p.id === provisionId)!.text.replace(from, to),
  number: null,
});
const sup = (provisionId: string): ProvisionChange => ({ mark: 'SUP', provisionId, text: null, number: null });
const source = (name: string, changes: ProvisionChange[]): SynopticSource => ({
  source: name,
  wholeText: null,
  changes,
});

const REGIONS: Record<string, string> = { EGY: 'ARB', ARB: 'ARB', USA: 'AMS', BRA: 'AMS', F: 'EUR' };
const regionOf = (name: string) => REGIONS[name] ?? null;

// resolves.1: ARB and AMS replace one word two ways (conflict 1); resolves.2: EGY suppresses, BRA modifies
// (sup-mod 1); resolves.3: ARB and EGY rewrite one word differently, inside one region.
const first = compileSynoptic(base, [
  source('EGY', [mod('resolves.1', 'encourage', 'promote'), sup('resolves.2'), mod('resolves.3', 'digital', 'basic')]),
  source('ARB', [mod('resolves.1', 'encourage', 'promote'), mod('resolves.3', 'digital', 'online')]),
  source('USA', [mod('resolves.1', 'encourage', 'support')]),
  source('BRA', [mod('resolves.2', 'skills', 'literacy')]),
  source('OBS', [mod('resolves.1', 'encourage', 'consider')]),
]);
const second = compileSynoptic(base, [
  source('F', [mod('resolves.2', 'community', 'local')]),
  source('USA', [mod('resolves.2', 'centres', 'hubs')]),
]);

describe('regionMatrix', () => {
  it('lists the regions in code order, symmetric, scores in [0, 1]', () => {
    const { regions, matrix } = regionMatrix([first, second], regionOf);
    expect(regions).toEqual(['AMS', 'ARB', 'EUR']);
    for (let x = 0; x < regions.length; x++) {
      for (let y = 0; y < regions.length; y++) {
        expect(matrix[x]![y]).toBe(matrix[y]![x]);
        expect(matrix[x]![y]).toBeGreaterThanOrEqual(0);
        expect(matrix[x]![y]).toBeLessThanOrEqual(1);
      }
    }
  });

  it('averages over the rows where a pair of the two regions has a change', () => {
    const { regions, matrix } = regionMatrix([first, second], regionOf);
    const cell = (a: string, b: string) => matrix[regions.indexOf(a)]![regions.indexOf(b)]!;
    // ARB-AMS, rows of `first` only (`second` has no ARB source): resolves.1, EGY and ARB against USA collide
    // fully, BRA keeps: 2 of 4 pairs, 0.5; resolves.2, EGY's SUP against BRA's MOD, and two pairs where one side
    // keeps (ARB-USA, both keeping, is not counted): 1 / 3; resolves.3, only ARB's sources change: 0.
    expect(cell('ARB', 'AMS')).toBeCloseTo((0.5 + 1 / 3 + 0) / 3);
    // AMS-EUR: only `second` resolves.2: F and USA change different words, compatible.
    expect(cell('AMS', 'EUR')).toBeCloseTo(0.25);
    // Inside ARB: resolves.1 same (0), resolves.2 a single change (0), resolves.3 conflict (1).
    expect(cell('ARB', 'ARB')).toBeCloseTo(1 / 3);
    expect(cell('EUR', 'EUR')).toBe(0);
  });

  it('is empty without regions', () => {
    expect(regionMatrix([first], () => null)).toEqual({ regions: [], matrix: [] });
  });
});

describe('hotSpots', () => {
  it('ranks the provisions that most divide the regions, and leaves out the rest', () => {
    const spots = hotSpots([first, second], regionOf, 10);
    expect(spots.map((spot) => [spot.synoptic, spot.rowId, spot.class, spot.regions])).toEqual([
      [0, 'resolves.2', 'sup-mod', ['AMS', 'ARB']],
      [0, 'resolves.1', 'conflict', ['AMS', 'ARB']],
      [1, 'resolves.2', 'compatible', ['AMS', 'EUR']],
    ]);
    expect(spots[0]).toMatchObject({ heading: 'resolves', num: '2', regionDivergence: 1, divergence: 1 });
    // resolves.1: cross-region pairs of changers EGY-USA, ARB-USA 1 each; OBS has no region.
    expect(spots[1]!.regionDivergence).toBeCloseTo(1);
    expect(hotSpots([first, second], regionOf, 1)).toEqual(spots.slice(0, 1));
    expect(hotSpots([first, second], regionOf, 0)).toEqual([]);
  });

  it('keeps region divergence in (0, 1] for random proposals (property)', () => {
    const change = fc.tuple(
      fc.constantFrom(...base.map((p) => p.id)),
      fc.constantFrom('encourage', 'digital', 'the', null),
    );
    const names = Object.keys(REGIONS).concat('OBS');
    fc.assert(
      fc.property(
        fc.array(fc.array(change, { maxLength: 3 }), { minLength: names.length, maxLength: names.length }),
        (lists) => {
          const synoptic = compileSynoptic(
            base,
            lists.map((list, i) =>
              source(
                names[i]!,
                list.map(([id, word]) => (word === null ? sup(id) : mod(id, word, `${word}-${i}`))),
              ),
            ),
          );
          for (const spot of hotSpots([synoptic], regionOf, 100)) {
            expect(spot.regionDivergence).toBeGreaterThan(0);
            expect(spot.regionDivergence).toBeLessThanOrEqual(1);
            expect(spot.regions.length).toBeGreaterThanOrEqual(2);
          }
          const { matrix } = regionMatrix([synoptic], regionOf);
          expect(matrix.flat().every((score) => score >= 0 && score <= 1)).toBe(true);
          // Unchanged and single rows are skipped by their class: measuring every row gives the same answers.
          const measuredAll = {
            ...synoptic,
            rows: synoptic.rows.map((row) => ({ ...row, class: 'conflict' as const })),
          };
          expect(regionMatrix([measuredAll], regionOf).matrix).toEqual(matrix);
          expect(hotSpots([measuredAll], regionOf, 100)).toEqual(hotSpots([synoptic], regionOf, 100));
        },
      ),
    );
  });
});

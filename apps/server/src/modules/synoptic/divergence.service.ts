import type { RegionDivergence } from '@tansiq/api';
import { REGIONS, hotSpots, regionMatrix } from '@tansiq/domain';
import type { ServiceContext } from '../../context.ts';
import { presentInstrumentRef } from './synoptic.presenter.ts';
import { listSynoptics } from './synoptic.service.ts';

/**
 * A meeting's divergence between regions over the compilations of every version its readable proposals aim at:
 * the region-by-region matrix and the `limit` provisions that most divide the regions. A source's region is its
 * Member State's, or its organization's (ATU: Africa, Arab group: Arab States); sources without one are left out.
 */
export async function getRegionDivergence(
  ctx: ServiceContext,
  meetingIdOrCode: string,
  limit: number,
): Promise<RegionDivergence> {
  const { meeting, compilations } = await listSynoptics(ctx, meetingIdOrCode);
  const regionOf = compilations[0]?.regionOf ?? (() => null);
  const synoptics = compilations.map((compilation) => compilation.synoptic);
  const { regions, matrix } = regionMatrix(synoptics, regionOf);
  const sourcesOf = (region: string) => [
    ...new Set(synoptics.flatMap((synoptic) => synoptic.sources.filter((source) => regionOf(source) === region))),
  ];
  return {
    meeting: { id: meeting.id, code: meeting.code },
    regions: regions.map((id) => ({
      id,
      name: REGIONS.find((region) => region.id === id)?.name ?? { en: id },
      sources: sourcesOf(id),
    })),
    matrix,
    hotSpots: hotSpots(synoptics, regionOf, limit).map((spot) => {
      const compilation = compilations[spot.synoptic]!;
      const entries = compilation.entries.get(spot.rowId) ?? [];
      return {
        instrument: presentInstrumentRef(compilation.instrument),
        version: { id: compilation.version.id, label: compilation.version.label },
        provisionId: spot.rowId,
        heading: spot.heading,
        num: spot.num,
        class: spot.class,
        divergence: spot.divergence,
        regionDivergence: spot.regionDivergence,
        regions: spot.regions,
        sources: entries.filter((entry) => entry.proposed && entry.mark !== 'NOC').map((entry) => entry.source),
      };
    }),
  };
}

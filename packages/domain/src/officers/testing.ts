/** Builders of nominations and slates for the officers tests. */
import type { RegionId } from '../registry.ts';
import { officerGroup, type Nomination, type OfficerGroup, type PostKind } from './posts.ts';
import type { Slate, SlateKind } from './slate.ts';

/** A Member State of each region, for candidates that need one. */
export const STATE_OF: Record<RegionId, string> = {
  africa: 'CIV',
  americas: 'USA',
  'arab-states': 'EGY',
  'asia-pacific': 'IRN',
  cis: 'RUS',
  europe: 'FRA',
};

/** A nomination to SG1 by the candidate's own state, 0 terms served; `id` doubles as the candidate's name. */
export function nomination(
  id: string,
  post: PostKind,
  regionId: RegionId,
  fields: Partial<Nomination> = {},
): Nomination {
  return {
    id,
    group: 'SG1',
    post,
    candidateName: `Candidate ${id}`,
    gender: 'female',
    nominatingState: STATE_OF[regionId],
    candidateState: STATE_OF[regionId],
    regionId,
    termsServed: 0,
    ...fields,
  };
}

/** A slate of SG1 (one chair, `viceChairs` vice-chairs). */
export function slate(nominations: Nomination[], kind: SlateKind = 'appointment', viceChairs = 6): Slate {
  const group: OfficerGroup = officerGroup('SG1', viceChairs);
  return { group, kind, nominations };
}

/** A full appointment meeting every default rule: a chair from Africa, a vice-chair from each region. */
export function fullSlate(): Nomination[] {
  const regions: RegionId[] = ['africa', 'americas', 'arab-states', 'asia-pacific', 'cis', 'europe'];
  return [
    nomination('c1', 'chair', 'africa', { gender: 'female' }),
    ...regions.map((region, i) => nomination(`v${i + 1}`, 'vice-chair', region, { gender: i % 2 ? 'female' : 'male' })),
  ];
}

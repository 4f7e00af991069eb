import type { MemberState, MemberStateDetail, Participation, Region } from '@tansiq/api';
import { isOrganizationCode, isRegionId, type OrganizationCode, type RegionId } from '@tansiq/domain';
import type { UiLanguage } from '../../i18n/languages.ts';

/** The directory's search and filters, as the address carries them (`?q=&region=&organization=`). */
export interface DirectoryFilters {
  q: string;
  region: RegionId | null;
  organization: OrganizationCode | null;
}

/** Reads the filters from the address, ignoring values that name no region or organization. */
export function readDirectoryFilters(params: URLSearchParams): DirectoryFilters {
  const region = params.get('region');
  const organization = params.get('organization');
  return {
    q: params.get('q') ?? '',
    region: region !== null && isRegionId(region) ? region : null,
    organization: organization !== null && isOrganizationCode(organization) ? organization : null,
  };
}

/** The address parameters with one filter set (or removed when empty), keeping the others (`lang` among them). */
export function withFilter(params: URLSearchParams, name: keyof DirectoryFilters, value: string): URLSearchParams {
  const next = new URLSearchParams(params);
  if (value.trim() === '') {
    next.delete(name);
  } else {
    next.set(name, name === 'q' ? value : value.trim());
  }
  return next;
}

/** The API query for the filters: a blank search asks for everything. */
export function memberStatesQuery(filters: DirectoryFilters) {
  const q = filters.q.trim();
  return {
    ...(q === '' ? {} : { q }),
    ...(filters.region === null ? {} : { region: filters.region }),
    ...(filters.organization === null ? {} : { organization: filters.organization }),
  };
}

/** One region of the directory with its Member States, sorted by name in the UI language. */
export interface RegionGroup {
  region: Region;
  memberStates: MemberState[];
}

/** Groups Member States under their regions (in the regions' order), leaving out regions with none. */
export function groupByRegion(
  memberStates: readonly MemberState[],
  regions: readonly Region[],
  language: UiLanguage,
  collator: Intl.Collator,
): RegionGroup[] {
  return regions
    .map((region) => ({
      region,
      memberStates: memberStates
        .filter((state) => state.regionId === region.id)
        .sort((a, b) => collator.compare(a.names[language], b.names[language])),
    }))
    .filter((group) => group.memberStates.length > 0);
}

/** A cycle in a Member State's history: the meetings it attended, or only that it took part in the conference. */
export interface CycleParticipation {
  cycle: Participation['cycle'];
  meetings: NonNullable<Participation['meeting']>[];
}

/** A Member State's participation grouped by cycle, in the order given (oldest first), meetings by date. */
export function groupParticipation(participation: MemberStateDetail['participation']): CycleParticipation[] {
  const byCycle = new Map<string, CycleParticipation>();
  for (const entry of participation) {
    const group = byCycle.get(entry.cycle.id) ?? { cycle: entry.cycle, meetings: [] };
    byCycle.set(entry.cycle.id, group);
    if (entry.meeting !== null && !group.meetings.some((meeting) => meeting.id === entry.meeting?.id)) {
      group.meetings.push(entry.meeting);
    }
  }
  const groups = [...byCycle.values()];
  for (const group of groups) {
    group.meetings.sort((a, b) => a.startsOn.localeCompare(b.startsOn) || a.code.localeCompare(b.code));
  }
  return groups;
}

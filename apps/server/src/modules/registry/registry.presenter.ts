import type { Entity, MemberState, MemberStateDetail, Organization, Region } from '@tansiq/api';
import type { EntityRow, MemberStateRow, OrganizationRow, ParticipationRow, RegionRow } from '@tansiq/db';
import { memberStateNames } from '@tansiq/domain';
import { presentMeetingSummary } from '../meetings/meeting.presenter.ts';

export function presentRegion(row: RegionRow & { memberStateCount: number }): Region {
  return {
    id: row.id as Region['id'],
    abbreviation: row.abbreviation,
    name: row.name,
    memberStateCount: row.memberStateCount,
  };
}

export function presentOrganization(row: OrganizationRow & { memberStateCount: number }): Organization {
  return {
    code: row.code as Organization['code'],
    name: row.name,
    proposalPrefix: row.proposalPrefix,
    regionId: row.regionId as Organization['regionId'],
    memberStateCount: row.memberStateCount,
  };
}

export function presentMemberState(row: MemberStateRow): MemberState {
  return {
    iso3: row.iso3,
    iso2: row.iso2,
    names: { ...memberStateNames(row.iso2) },
    regionId: row.regionId as MemberState['regionId'],
    organizations: row.organizations as MemberState['organizations'],
    admittedOn: row.admittedOn,
    confidence: row.confidence as MemberState['confidence'],
  };
}

export function presentMemberStateDetail(row: MemberStateRow, participation: ParticipationRow[]): MemberStateDetail {
  return {
    ...presentMemberState(row),
    participation: participation.map((entry) => ({
      cycle: entry.cycle,
      meeting: entry.meeting === null ? null : presentMeetingSummary(entry.meeting),
    })),
  };
}

export function presentEntity(row: EntityRow): Entity {
  return { id: row.id, category: row.category as Entity['category'], name: row.name, countryIso3: row.countryIso3 };
}

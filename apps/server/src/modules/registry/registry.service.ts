import type { MemberStatesQuery } from '@tansiq/api';
import {
  findMemberState,
  listMemberStateRows,
  listOrganizationRows,
  listParticipationOfState,
  listRegionRows,
  type MemberStateRow,
  type ParticipationRow,
} from '@tansiq/db';
import { frenchAlphabeticalOrder, isCalendarDate, isMemberOn, memberStateNames } from '@tansiq/domain';
import type { ServiceContext } from '../../context.ts';
import { invalid, notFound } from '../../errors.ts';

export function listRegions(ctx: ServiceContext) {
  return listRegionRows(ctx.db);
}

export function listOrganizations(ctx: ServiceContext) {
  return listOrganizationRows(ctx.db);
}

const englishCollator = new Intl.Collator('en');

/** Folds case and accents so that "egypte" finds "Égypte". */
function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase('en');
}

/**
 * Member States filtered by region, organization, membership on a date and a search over their codes and six
 * names; in English name order, or in French alphabetical (roll-call) order.
 */
export async function listMemberStates(ctx: ServiceContext, query: MemberStatesQuery): Promise<MemberStateRow[]> {
  if (query.asOf !== undefined && !isCalendarDate(query.asOf)) {
    throw invalid(['query', 'asOf'], 'invalid_date', `Not a calendar date: "${query.asOf}".`);
  }
  const needle = query.q === undefined ? undefined : fold(query.q);
  const rows = (await listMemberStateRows(ctx.db)).filter(
    (row) =>
      (query.region === undefined || row.regionId === query.region) &&
      (query.organization === undefined || row.organizations.includes(query.organization)) &&
      (query.asOf === undefined || isMemberOn(row, query.asOf)) &&
      (needle === undefined ||
        fold(row.iso3) === needle ||
        fold(row.iso2) === needle ||
        Object.values(memberStateNames(row.iso2)).some((name) => fold(name).includes(needle))),
  );
  if (query.order === 'french') {
    return frenchAlphabeticalOrder(rows, (row) => memberStateNames(row.iso2).fr);
  }
  return rows.sort((a, b) => englishCollator.compare(memberStateNames(a.iso2).en, memberStateNames(b.iso2).en));
}

/** One Member State with its organizations and participation history. */
export async function getMemberState(
  ctx: ServiceContext,
  iso3: string,
): Promise<{ state: MemberStateRow; participation: ParticipationRow[] }> {
  const state = await findMemberState(ctx.db, iso3.toUpperCase());
  if (state === undefined) {
    throw notFound('Member State', iso3, ['params', 'iso3']);
  }
  return { state, participation: await listParticipationOfState(ctx.db, state.iso3) };
}

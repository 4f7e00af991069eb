import { and, asc, count, eq, type SQL } from 'drizzle-orm';
import type { Executor } from '../connection.ts';
import { entities, memberStates, organizationMemberships, organizations, regions } from '../schema/index.ts';

export type RegionRow = typeof regions.$inferSelect;
export type OrganizationRow = typeof organizations.$inferSelect;
export type MemberStateRow = typeof memberStates.$inferSelect & { organizations: string[] };
export type EntityRow = typeof entities.$inferSelect;

/** Regions in their canonical order, with how many Member States each has. */
export async function listRegionRows(db: Executor): Promise<(RegionRow & { memberStateCount: number })[]> {
  const counts = await db
    .select({ regionId: memberStates.regionId, n: count() })
    .from(memberStates)
    .groupBy(memberStates.regionId);
  const byRegion = new Map(counts.map((row) => [row.regionId, row.n]));
  const rows = await db.select().from(regions).orderBy(asc(regions.position));
  return rows.map((row) => ({ ...row, memberStateCount: byRegion.get(row.id) ?? 0 }));
}

/** Organizations with how many Member States belong to each. */
export async function listOrganizationRows(db: Executor): Promise<(OrganizationRow & { memberStateCount: number })[]> {
  const counts = await db
    .select({ code: organizationMemberships.organizationCode, n: count() })
    .from(organizationMemberships)
    .groupBy(organizationMemberships.organizationCode);
  const byCode = new Map(counts.map((row) => [row.code, row.n]));
  const rows = await db.select().from(organizations).orderBy(asc(organizations.code));
  return rows.map((row) => ({ ...row, memberStateCount: byCode.get(row.code) ?? 0 }));
}

/** Every Member State with the codes of its organizations. */
export async function listMemberStateRows(db: Executor): Promise<MemberStateRow[]> {
  // One query after the other: the executor may be a transaction, which is one connection.
  const rows = await db.select().from(memberStates).orderBy(asc(memberStates.iso3));
  const memberships = await db
    .select()
    .from(organizationMemberships)
    .orderBy(asc(organizationMemberships.organizationCode));
  const byState = new Map<string, string[]>();
  for (const membership of memberships) {
    const list = byState.get(membership.memberStateIso3) ?? [];
    list.push(membership.organizationCode);
    byState.set(membership.memberStateIso3, list);
  }
  return rows.map((row) => ({ ...row, organizations: byState.get(row.iso3) ?? [] }));
}

/** One Member State by alpha-3 code, or undefined. */
export async function findMemberState(db: Executor, iso3: string): Promise<MemberStateRow | undefined> {
  const [row] = await db.select().from(memberStates).where(eq(memberStates.iso3, iso3));
  if (row === undefined) {
    return undefined;
  }
  const memberships = await db
    .select({ code: organizationMemberships.organizationCode })
    .from(organizationMemberships)
    .where(eq(organizationMemberships.memberStateIso3, iso3))
    .orderBy(asc(organizationMemberships.organizationCode));
  return { ...row, organizations: memberships.map((membership) => membership.code) };
}

/** One member entity by id, or undefined. */
export async function findEntity(db: Executor, id: string): Promise<EntityRow | undefined> {
  const [row] = await db.select().from(entities).where(eq(entities.id, id));
  return row;
}

/** Inserts a member entity (Sector Member, Associate, Academia). */
export async function insertEntity(db: Executor, values: typeof entities.$inferInsert): Promise<EntityRow> {
  const [row] = await db.insert(entities).values(values).returning();
  return row!;
}

/** Member entities, optionally of one country and one category, by name. */
export function listEntityRows(
  db: Executor,
  filter: { countryIso3?: string; category?: string },
): Promise<EntityRow[]> {
  const conditions: SQL[] = [];
  if (filter.countryIso3 !== undefined) {
    conditions.push(eq(entities.countryIso3, filter.countryIso3));
  }
  if (filter.category !== undefined) {
    conditions.push(eq(entities.category, filter.category));
  }
  return db
    .select()
    .from(entities)
    .where(conditions.length > 0 ? and(...conditions) : undefined)
    .orderBy(asc(entities.name), asc(entities.id));
}

/** True when the state belongs to the organization. */
/** The codes of the organizations `iso3` is a member of. */
export async function organizationsOfState(db: Executor, iso3: string): Promise<Set<string>> {
  const rows = await db
    .select({ code: organizationMemberships.organizationCode })
    .from(organizationMemberships)
    .where(eq(organizationMemberships.memberStateIso3, iso3));
  return new Set(rows.map((row) => row.code));
}

export async function isMemberOf(db: Executor, iso3: string, organizationCode: string): Promise<boolean> {
  const rows = await db
    .select({ iso3: organizationMemberships.memberStateIso3 })
    .from(organizationMemberships)
    .where(
      and(
        eq(organizationMemberships.memberStateIso3, iso3),
        eq(organizationMemberships.organizationCode, organizationCode),
      ),
    );
  return rows.length > 0;
}

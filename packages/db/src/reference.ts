import { readFileSync } from 'node:fs';
import { sql } from 'drizzle-orm';
import {
  DEFAULT_DEADLINE_RULES,
  DEFAULT_LATE_POLICIES,
  deadlineRuleIssues,
  defaultSupportRule,
  ORGANIZATIONS,
  REGIONS,
  memberStateNames,
  parseMemberStatesCsv,
  type DeadlineKind,
  type MemberStateRecord,
} from '@tansiq/domain';
import type { Executor } from './connection.ts';
import {
  deadlineRules,
  installationFacts,
  memberStates,
  organizationMemberships,
  organizations,
  regions,
  submissionPolicies,
  supportRules,
} from './schema/index.ts';

const MEMBER_STATES_CSV = new URL('../reference/member-states.csv', import.meta.url);

let cachedRecords: MemberStateRecord[] | undefined;

/** The Member States as shipped with the product (parsed and checked once per process). */
export function referenceMemberStates(): MemberStateRecord[] {
  if (cachedRecords === undefined) {
    const records = parseMemberStatesCsv(readFileSync(MEMBER_STATES_CSV, 'utf8'));
    // Fails loudly at start-up if the runtime's CLDR lacks a name: better than a blank name in a document.
    records.forEach((record) => memberStateNames(record.iso2));
    cachedRecords = records;
  }
  return cachedRecords;
}

const excluded = (column: string) => sql.raw(`excluded.${column}`);

/**
 * Gives an installation seeded before the translations deadline existed its default translations rules, once:
 * only to the meeting types whose rules, as the secretariat left them, accept it (a contributions deadline
 * before it on the same clock, no translations rule yet), so an edited set of rules is never made invalid.
 */
async function seedTranslationDeadlines(tx: Executor): Promise<void> {
  const seeded = await tx
    .insert(installationFacts)
    .values({ key: 'translation-deadline-rules-seeded', value: true })
    .onConflictDoNothing()
    .returning();
  if (seeded.length === 0) {
    return;
  }
  const current = await tx.select().from(deadlineRules);
  const additions = DEFAULT_DEADLINE_RULES.filter((rule) => {
    if (rule.kind !== 'translations') {
      return false;
    }
    const ofType = current
      .filter((row) => row.meetingType === rule.meetingType)
      .map((row) => ({ ...row, meetingType: rule.meetingType, kind: row.kind as DeadlineKind }));
    return ofType.some((row) => row.kind === 'contributions') && deadlineRuleIssues([...ofType, rule]).length === 0;
  });
  if (additions.length > 0) {
    await tx.insert(deadlineRules).values(additions).onConflictDoNothing();
  }
}

/**
 * Brings the reference data (regions, organizations, Member States and their memberships) in line with what
 * ships with the product, and seeds the configuration defaults (deadline rules) once per installation.
 * Idempotent; runs after the migrations, in one transaction.
 */
export async function syncReferenceData(db: Executor): Promise<void> {
  const states = referenceMemberStates();
  await db.transaction(async (tx) => {
    await tx
      .insert(regions)
      .values(REGIONS.map((region, position) => ({ ...region, position })))
      .onConflictDoUpdate({
        target: regions.id,
        set: { abbreviation: excluded('abbreviation'), name: excluded('name'), position: excluded('position') },
      });
    await tx
      .insert(organizations)
      .values(
        ORGANIZATIONS.map(({ code, name, proposalPrefix, regionId }) => ({ code, name, proposalPrefix, regionId })),
      )
      .onConflictDoUpdate({
        target: organizations.code,
        set: { name: excluded('name'), proposalPrefix: excluded('proposal_prefix'), regionId: excluded('region_id') },
      });
    await tx
      .insert(memberStates)
      .values(
        states.map((state) => ({
          iso3: state.iso3,
          iso2: state.iso2,
          regionId: state.regionId,
          admittedOn: state.admittedOn,
          referenceName: state.referenceName,
          confidence: state.confidence,
          sources: state.sources,
        })),
      )
      .onConflictDoUpdate({
        target: memberStates.iso3,
        set: {
          iso2: excluded('iso2'),
          regionId: excluded('region_id'),
          admittedOn: excluded('admitted_on'),
          referenceName: excluded('reference_name'),
          confidence: excluded('confidence'),
          sources: excluded('sources'),
        },
      });
    await tx.delete(organizationMemberships);
    await tx
      .insert(organizationMemberships)
      .values(
        states.flatMap((state) =>
          state.organizations.map((organizationCode) => ({ organizationCode, memberStateIso3: state.iso3 })),
        ),
      );
    const seeded = await tx
      .insert(installationFacts)
      .values({ key: 'deadline-rules-seeded', value: true })
      .onConflictDoNothing()
      .returning();
    if (seeded.length > 0) {
      await tx
        .insert(deadlineRules)
        .values([...DEFAULT_DEADLINE_RULES])
        .onConflictDoNothing();
    }
    await seedTranslationDeadlines(tx);
    const contributionDefaults = await tx
      .insert(installationFacts)
      .values({ key: 'contribution-rules-seeded', value: true })
      .onConflictDoNothing()
      .returning();
    if (contributionDefaults.length > 0) {
      await tx
        .insert(supportRules)
        .values(ORGANIZATIONS.map(({ code }) => ({ organizationCode: code, ...defaultSupportRule(code) })))
        .onConflictDoNothing();
      await tx
        .insert(submissionPolicies)
        .values(Object.entries(DEFAULT_LATE_POLICIES).map(([meetingType, late]) => ({ meetingType, late })))
        .onConflictDoNothing();
    }
  });
}

import { sql } from 'drizzle-orm';
import { check, date, index, integer, jsonb, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';
import type { LocalizedText } from '@tansiq/domain';
import { createdAt, updatedAt } from './columns.ts';

/* Reference data: regions, organizations, Member States, memberships, and the member entities. */

/** The six ITU-D regions (reference data). */
export const regions = pgTable('regions', {
  id: text('id').primaryKey(),
  abbreviation: text('abbreviation').notNull().unique(),
  name: jsonb('name').$type<LocalizedText>().notNull(),
  position: integer('position').notNull(),
});

/** Regional telecommunication organizations (reference data). */
export const organizations = pgTable('organizations', {
  code: text('code').primaryKey(),
  name: jsonb('name').$type<LocalizedText>().notNull(),
  proposalPrefix: text('proposal_prefix').notNull().unique(),
  regionId: text('region_id')
    .notNull()
    .references(() => regions.id),
});

/** ITU Member States (reference data); names in six languages come from CLDR at presentation. */
export const memberStates = pgTable('member_states', {
  iso3: text('iso3').primaryKey(),
  iso2: text('iso2').notNull().unique(),
  regionId: text('region_id')
    .notNull()
    .references(() => regions.id),
  admittedOn: date('admitted_on', { mode: 'string' }),
  referenceName: text('reference_name').notNull(),
  confidence: text('confidence').notNull(),
  sources: text('sources').notNull(),
});

/** Membership of Member States in organizations, many-to-many, with dates where known. */
export const organizationMemberships = pgTable(
  'organization_memberships',
  {
    organizationCode: text('organization_code')
      .notNull()
      .references(() => organizations.code),
    memberStateIso3: text('member_state_iso3')
      .notNull()
      .references(() => memberStates.iso3),
    joinedOn: date('joined_on', { mode: 'string' }),
    leftOn: date('left_on', { mode: 'string' }),
  },
  (t) => [
    primaryKey({ columns: [t.organizationCode, t.memberStateIso3] }),
    index('organization_memberships_state_idx').on(t.memberStateIso3),
  ],
);

/** Sector Members, Associates and Academia: member entities that take part without voting. */
export const entities = pgTable(
  'entities',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    category: text('category').notNull(),
    name: text('name').notNull(),
    countryIso3: text('country_iso3')
      .notNull()
      .references(() => memberStates.iso3),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    check('entities_category_check', sql`${t.category} in ('sector-member', 'associate', 'academia')`),
    index('entities_country_idx').on(t.countryIso3),
  ],
);

import { sql } from 'drizzle-orm';
import { check, date, index, integer, jsonb, pgTable, text, unique, uuid } from 'drizzle-orm/pg-core';
import type { LocalizedText } from '@tansiq/domain';
import { createdAt, updatedAt } from './columns.ts';
import { memberStates, organizations, regions } from './registry.ts';

/* Conference cycles, their meetings, the deadline rules per meeting type, and participation in them. */

/** A conference cycle: the conference and the meetings that prepare it. */
export const cycles = pgTable('cycles', {
  id: uuid('id').primaryKey().defaultRandom(),
  code: text('code').notNull().unique(),
  name: text('name').notNull(),
  series: text('series').notNull().default('wtdc'),
  year: integer('year').notNull(),
  city: jsonb('city').$type<LocalizedText>().notNull(),
  countryIso3: text('country_iso3').references(() => memberStates.iso3),
  theme: text('theme'),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
});

/** A meeting of a cycle. Dates are calendar dates; deadlines are computed from the rules of its type. */
export const meetings = pgTable(
  'meetings',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    code: text('code').notNull().unique(),
    cycleId: uuid('cycle_id')
      .notNull()
      .references(() => cycles.id),
    type: text('type').notNull(),
    title: jsonb('title').$type<LocalizedText>().notNull(),
    startsOn: date('starts_on', { mode: 'string' }).notNull(),
    endsOn: date('ends_on', { mode: 'string' }).notNull(),
    city: jsonb('city').$type<LocalizedText>().notNull(),
    countryIso3: text('country_iso3').references(() => memberStates.iso3),
    timeZone: text('time_zone').notNull(),
    languages: text('languages').array().notNull(),
    regionId: text('region_id').references(() => regions.id),
    organizationCode: text('organization_code').references(() => organizations.code),
    /** How many other states' proxies one delegation may hold at this meeting (configuration, docs/delegations.md). */
    maxProxies: integer('max_proxies').notNull().default(1),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    check('meetings_max_proxies_check', sql`${t.maxProxies} >= 0`),
    check('meetings_dates_check', sql`${t.endsOn} >= ${t.startsOn}`),
    index('meetings_cycle_idx').on(t.cycleId, t.startsOn),
  ],
);

/** Deadline rules per meeting type: configuration the secretariat edits, seeded with DOMAIN.md's defaults. */
export const deadlineRules = pgTable(
  'deadline_rules',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    meetingType: text('meeting_type').notNull(),
    kind: text('kind').notNull(),
    daysBefore: integer('days_before').notNull(),
    timeOfDay: text('time_of_day').notNull(),
    timeZone: text('time_zone').notNull(),
  },
  (t) => [
    unique('deadline_rules_type_kind_unique').on(t.meetingType, t.kind),
    check('deadline_rules_days_check', sql`${t.daysBefore} >= 0`),
  ],
);

/**
 * A Member State's participation: in a meeting, or (meeting null) in a cycle's conference when the record says
 * no more than that (earlier WTDCs).
 */
export const participations = pgTable(
  'participations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    memberStateIso3: text('member_state_iso3')
      .notNull()
      .references(() => memberStates.iso3),
    cycleId: uuid('cycle_id')
      .notNull()
      .references(() => cycles.id),
    meetingId: uuid('meeting_id').references(() => meetings.id),
  },
  (t) => [
    unique('participations_unique').on(t.memberStateIso3, t.cycleId, t.meetingId).nullsNotDistinct(),
    index('participations_meeting_idx').on(t.meetingId),
  ],
);

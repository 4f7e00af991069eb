import { sql } from 'drizzle-orm';
import { check, index, integer, jsonb, pgTable, text, uuid, type AnyPgColumn } from 'drizzle-orm/pg-core';
import { createdAt, updatedAt } from './columns.ts';
import { meetings } from './meetings.ts';
import { memberStates, regions } from './registry.ts';
import { votes } from './votes.ts';

/* A meeting's officer posts and rules, and nominations. */

/**
 * The officer posts of a meeting's groups and the slate rules (docs/officers.md); a meeting without a row uses the
 * domain's defaults (`DEFAULT_OFFICER_GROUPS`, `DEFAULT_OFFICER_RULES`).
 */
export const officerSettings = pgTable('officer_settings', {
  meetingId: uuid('meeting_id')
    .primaryKey()
    .references(() => meetings.id),
  groups: jsonb('groups').notNull(),
  rules: jsonb('rules').notNull(),
  updatedAt: updatedAt(),
});

/** A Member State's nomination of a candidate for a post of a group, at a meeting. */
export const nominations = pgTable(
  'nominations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    meetingId: uuid('meeting_id')
      .notNull()
      .references(() => meetings.id),
    groupCode: text('group_code').notNull(),
    post: text('post').notNull(),
    candidateName: text('candidate_name').notNull(),
    gender: text('gender').notNull(),
    nominatingStateIso3: text('nominating_state_iso3')
      .notNull()
      .references(() => memberStates.iso3),
    candidateStateIso3: text('candidate_state_iso3')
      .notNull()
      .references(() => memberStates.iso3),
    regionId: text('region_id')
      .notNull()
      .references(() => regions.id),
    termsServed: integer('terms_served').notNull(),
    /** `standing`, `withdrawn`, or `appointed` (by consensus, or elected by `voteId`). */
    status: text('status').notNull().default('standing'),
    appointedBy: text('appointed_by'),
    voteId: uuid('vote_id').references((): AnyPgColumn => votes.id),
    createdBy: text('created_by').notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('nominations_meeting_idx').on(t.meetingId, t.groupCode, t.post),
    check('nominations_post_check', sql`${t.post} in ('chair', 'vice-chair')`),
    check('nominations_gender_check', sql`${t.gender} in ('female', 'male', 'other', 'undisclosed')`),
    check('nominations_status_check', sql`${t.status} in ('standing', 'withdrawn', 'appointed')`),
    check(
      'nominations_appointed_check',
      sql`(${t.status} = 'appointed') = (${t.appointedBy} is not null) and (${t.appointedBy} is null or ${t.appointedBy} in ('consensus', 'election'))`,
    ),
    check('nominations_terms_check', sql`${t.termsServed} >= 0`),
  ],
);

import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  foreignKey,
  index,
  integer,
  pgTable,
  text,
  timestamp,
  unique,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { createdAt, updatedAt } from './columns.ts';
import { meetings } from './meetings.ts';
import { memberStates } from './registry.ts';

/* A meeting's delegations, their members and proxies. */

/** A Member State's delegation to a meeting (one per state), and whether it is checked in. */
export const delegations = pgTable(
  'delegations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    meetingId: uuid('meeting_id')
      .notNull()
      .references(() => meetings.id),
    memberStateIso3: text('member_state_iso3')
      .notNull()
      .references(() => memberStates.iso3),
    checkedInAt: timestamp('checked_in_at', { withTimezone: true, mode: 'date' }),
    /** The audit actor id of whoever checked it in (a user id, or the operator's name). */
    checkedInBy: text('checked_in_by'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    unique('delegations_meeting_state_unique').on(t.meetingId, t.memberStateIso3),
    check('delegations_checked_in_check', sql`(${t.checkedInAt} is null) = (${t.checkedInBy} is null)`),
  ],
);

/** A member of a delegation; one head, at most one deputy, at most one voting delegate. */
export const delegationMembers = pgTable(
  'delegation_members',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    delegationId: uuid('delegation_id')
      .notNull()
      .references(() => delegations.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    name: text('name').notNull(),
    role: text('role').notNull(),
    email: text('email'),
    votingDelegate: boolean('voting_delegate').notNull().default(false),
  },
  (t) => [
    unique('delegation_members_position_unique').on(t.delegationId, t.position),
    uniqueIndex('delegation_members_one_head')
      .on(t.delegationId)
      .where(sql`${t.role} = 'head'`),
    uniqueIndex('delegation_members_one_deputy')
      .on(t.delegationId)
      .where(sql`${t.role} = 'deputy'`),
    uniqueIndex('delegation_members_one_voter')
      .on(t.delegationId)
      .where(sql`${t.votingDelegate}`),
    check('delegation_members_role_check', sql`${t.role} in ('head', 'deputy', 'delegate', 'adviser')`),
  ],
);

/** A proxy one delegation gives another at a meeting, in force until withdrawn (kept afterwards as history). */
export const proxies = pgTable(
  'proxies',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    meetingId: uuid('meeting_id').notNull(),
    giverIso3: text('giver_iso3').notNull(),
    holderIso3: text('holder_iso3').notNull(),
    givenAt: timestamp('given_at', { withTimezone: true, mode: 'date' }).notNull(),
    givenBy: text('given_by').notNull(),
    withdrawnAt: timestamp('withdrawn_at', { withTimezone: true, mode: 'date' }),
    withdrawnBy: text('withdrawn_by'),
  },
  (t) => [
    foreignKey({
      name: 'proxies_giver_fk',
      columns: [t.meetingId, t.giverIso3],
      foreignColumns: [delegations.meetingId, delegations.memberStateIso3],
    }),
    foreignKey({
      name: 'proxies_holder_fk',
      columns: [t.meetingId, t.holderIso3],
      foreignColumns: [delegations.meetingId, delegations.memberStateIso3],
    }),
    uniqueIndex('proxies_one_in_force')
      .on(t.meetingId, t.giverIso3)
      .where(sql`${t.withdrawnAt} is null`),
    index('proxies_holder_idx').on(t.meetingId, t.holderIso3),
    check('proxies_not_to_self_check', sql`${t.giverIso3} <> ${t.holderIso3}`),
  ],
);

import { sql } from 'drizzle-orm';
import { check, index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { createdAt, updatedAt } from './columns.ts';
import { entities, memberStates, organizations } from './registry.ts';

/* Accounts: users, their sessions and API tokens. */

/** People who sign in. A focal point or delegate acts for a Member State or an entity; a coordinator for an organization. */
export const users = pgTable(
  'users',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    email: text('email').notNull().unique(),
    name: text('name').notNull(),
    role: text('role').notNull(),
    memberStateIso3: text('member_state_iso3').references(() => memberStates.iso3),
    entityId: uuid('entity_id').references(() => entities.id),
    organizationCode: text('organization_code').references(() => organizations.code),
    passwordHash: text('password_hash').notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    disabledAt: timestamp('disabled_at', { withTimezone: true, mode: 'date' }),
  },
  (t) => [
    check(
      'users_role_check',
      sql`${t.role} in ('secretariat', 'focal-point', 'regional-coordinator', 'chair', 'delegate', 'observer', 'translator')`,
    ),
    check('users_one_entity_check', sql`${t.memberStateIso3} is null or ${t.entityId} is null`),
    index('users_member_state_idx').on(t.memberStateIso3),
    index('users_entity_idx').on(t.entityId),
  ],
);

/** Signed-in browser sessions: the cookie carries a secret whose SHA-256 is stored here. */
export const sessions = pgTable(
  'sessions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    tokenHash: text('token_hash').notNull().unique(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    csrfToken: text('csrf_token').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true, mode: 'date' }).notNull(),
  },
  (t) => [index('sessions_user_idx').on(t.userId)],
);

/** API tokens for scripts and the CLI: stored as SHA-256, shown once. */
export const apiTokens = pgTable(
  'api_tokens',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    name: text('name').notNull(),
    tokenHash: text('token_hash').notNull().unique(),
    prefix: text('prefix').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull(),
    lastUsedAt: timestamp('last_used_at', { withTimezone: true, mode: 'date' }),
    expiresAt: timestamp('expires_at', { withTimezone: true, mode: 'date' }),
    revokedAt: timestamp('revoked_at', { withTimezone: true, mode: 'date' }),
  },
  (t) => [index('api_tokens_user_idx').on(t.userId)],
);

import { sql } from 'drizzle-orm';
import {
  check,
  foreignKey,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
import type { LocalizedText } from '@tansiq/domain';
import { users } from './accounts.ts';
import { createdAt, updatedAt } from './columns.ts';
import { meetings } from './meetings.ts';

/* The texts library: instruments, versions, provisions per language, lineage and corrigenda. */

/** Resolutions, Recommendations, Questions, Declarations, Action Plans and regional initiatives. */
export const instruments = pgTable(
  'instruments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    kind: text('kind').notNull(),
    /** "1", "5/1", "[ARB-1]" for a draft new text, "ARB1" for a regional initiative. */
    number: text('number').notNull(),
    title: jsonb('title').$type<LocalizedText>().notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    unique('instruments_kind_number_unique').on(t.kind, t.number),
    check(
      'instruments_kind_check',
      sql`${t.kind} in ('resolution', 'recommendation', 'question', 'declaration', 'action-plan', 'regional-initiative')`,
    ),
  ],
);

/** A version of an instrument ("Rev. Buenos Aires, 2017"), adopted at a meeting, with its status. */
export const instrumentVersions = pgTable(
  'instrument_versions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    instrumentId: uuid('instrument_id')
      .notNull()
      .references(() => instruments.id),
    /** The version label in English form: "Rev. Buenos Aires, 2017", "Dubai, 2014". */
    label: text('label').notNull(),
    adoptedAtMeetingId: uuid('adopted_at_meeting_id').references(() => meetings.id),
    adoptedOn: date('adopted_on', { mode: 'string' }),
    status: text('status').notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    unique('instrument_versions_label_unique').on(t.instrumentId, t.label),
    check('instrument_versions_status_check', sql`${t.status} in ('in-force', 'superseded', 'abrogated')`),
  ],
);

/** A version's words per language: its revision line as printed, subject line and opening formula. */
export const versionTexts = pgTable(
  'version_texts',
  {
    versionId: uuid('version_id')
      .notNull()
      .references(() => instrumentVersions.id),
    language: text('language').notNull(),
    revision: text('revision'),
    title: text('title').notNull(),
    body: text('body').notNull(),
  },
  (t) => [primaryKey({ columns: [t.versionId, t.language] })],
);

/** The provisions of a version, language-neutral: one row per id, in document order. */
export const provisions = pgTable(
  'provisions',
  {
    versionId: uuid('version_id')
      .notNull()
      .references(() => instrumentVersions.id),
    provisionId: text('provision_id').notNull(),
    position: integer('position').notNull(),
    section: text('section').notNull(),
    headingKey: text('heading_key').notNull(),
    key: text('key').notNull(),
    parent: text('parent'),
  },
  (t) => [
    primaryKey({ columns: [t.versionId, t.provisionId] }),
    index('provisions_order_idx').on(t.versionId, t.position),
  ],
);

/** A provision's words in one language: the heading and number as printed, and its text. */
export const provisionTexts = pgTable(
  'provision_texts',
  {
    versionId: uuid('version_id').notNull(),
    provisionId: text('provision_id').notNull(),
    language: text('language').notNull(),
    heading: text('heading').notNull(),
    num: text('num').notNull(),
    text: text('text').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.versionId, t.provisionId, t.language] }),
    foreignKey({
      columns: [t.versionId, t.provisionId],
      foreignColumns: [provisions.versionId, provisions.provisionId],
    }),
  ],
);

/** Lineage between instruments: revises, merged-into, split-from, abrogates. */
export const instrumentLinks = pgTable(
  'instrument_links',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    fromInstrumentId: uuid('from_instrument_id')
      .notNull()
      .references(() => instruments.id),
    toInstrumentId: uuid('to_instrument_id')
      .notNull()
      .references(() => instruments.id),
    relation: text('relation').notNull(),
    meetingId: uuid('meeting_id').references(() => meetings.id),
  },
  (t) => [
    unique('instrument_links_unique').on(t.fromInstrumentId, t.toInstrumentId, t.relation),
    check(
      'instrument_links_relation_check',
      sql`${t.relation} in ('revises', 'merged-into', 'split-from', 'abrogates')`,
    ),
  ],
);

/**
 * A corrigendum of an adopted version ("Corrigendum 1"): corrects its words in one stored language. Numbered
 * 1, 2, ... per version whatever the language; the version's own provision_texts never change.
 */
export const corrigenda = pgTable(
  'corrigenda',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    versionId: uuid('version_id')
      .notNull()
      .references(() => instrumentVersions.id),
    number: integer('number').notNull(),
    language: text('language').notNull(),
    reason: text('reason').notNull(),
    /** The user who issued it; null when the operator did (CLI). */
    issuedBy: uuid('issued_by').references(() => users.id),
    issuedAt: timestamp('issued_at', { withTimezone: true, mode: 'date' }).notNull(),
  },
  (t) => [
    unique('corrigenda_version_number_unique').on(t.versionId, t.number),
    check('corrigenda_number_check', sql`${t.number} >= 1`),
    // A corrigendum corrects a language the version is stored in.
    foreignKey({
      name: 'corrigenda_version_text_fk',
      columns: [t.versionId, t.language],
      foreignColumns: [versionTexts.versionId, versionTexts.language],
    }),
  ],
);

/** One provision's correction in a corrigendum: its text before (as it read then) and after. */
export const corrigendumChanges = pgTable(
  'corrigendum_changes',
  {
    corrigendumId: uuid('corrigendum_id')
      .notNull()
      .references(() => corrigenda.id),
    versionId: uuid('version_id').notNull(),
    provisionId: text('provision_id').notNull(),
    before: text('before').notNull(),
    after: text('after').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.corrigendumId, t.provisionId] }),
    index('corrigendum_changes_provision_idx').on(t.versionId, t.provisionId),
    foreignKey({
      name: 'corrigendum_changes_provision_fk',
      columns: [t.versionId, t.provisionId],
      foreignColumns: [provisions.versionId, provisions.provisionId],
    }),
  ],
);

import { sql } from 'drizzle-orm';
import { check, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from './accounts.ts';
import { documents, proposals } from './contributions.ts';

/*
 * A document's language versions as texts: each language's status, and each proposal's text and reasons in that
 * language, aligned with the original by proposal (docs/translations.md). A language without a row is awaiting
 * translation; the original language never has one.
 */

/** One language version of a document: its status, its title in that language and its revision. */
export const documentTranslations = pgTable(
  'document_translations',
  {
    documentId: uuid('document_id')
      .notNull()
      .references(() => documents.id),
    language: text('language').notNull(),
    status: text('status').notNull(),
    /** The document's title in this language; copied into the document's titles when published. */
    title: text('title'),
    /** Counts the writes to the version's status and title (a status move names the revision it is based on). */
    revision: integer('revision').notNull().default(1),
    updatedBy: uuid('updated_by').references(() => users.id),
    updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull(),
    /** When it was last published (kept while reopened for a correction). */
    publishedAt: timestamp('published_at', { withTimezone: true, mode: 'date' }),
  },
  (t) => [
    primaryKey({ columns: [t.documentId, t.language] }),
    check('document_translations_language_check', sql`${t.language} in ('ar', 'zh', 'en', 'fr', 'ru', 'es')`),
    check('document_translations_status_check', sql`${t.status} in ('in-translation', 'published')`),
  ],
);

/** One proposal's text and reasons in one language other than its document's original. */
export const proposalTranslations = pgTable(
  'proposal_translations',
  {
    proposalId: uuid('proposal_id')
      .notNull()
      .references(() => proposals.id),
    documentId: uuid('document_id')
      .notNull()
      .references(() => documents.id),
    language: text('language').notNull(),
    text: text('text'),
    reasons: text('reasons'),
    /** The word diff of a translated MOD against the base in this language, as the original's is stored. */
    diff: jsonb('diff').$type<{ algorithm: string; coarse: boolean; ops: { op: string; text: string }[] }>(),
    /** Counts the saves of this proposal's translation: a save names the revision it is based on (0: none yet). */
    revision: integer('revision').notNull().default(1),
    translatedBy: uuid('translated_by').references(() => users.id),
    translatedAt: timestamp('translated_at', { withTimezone: true, mode: 'date' }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.proposalId, t.language] }),
    check('proposal_translations_language_check', sql`${t.language} in ('ar', 'zh', 'en', 'fr', 'ru', 'es')`),
    index('proposal_translations_document_idx').on(t.documentId, t.language),
  ],
);

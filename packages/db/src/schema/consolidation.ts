import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import type { ProvisionDraft } from '@tansiq/domain';
import { users } from './accounts.ts';
import { createdAt, updatedAt } from './columns.ts';
import { proposals } from './contributions.ts';
import { instrumentVersions, instruments } from './library.ts';
import { meetings } from './meetings.ts';

/* A drafting group's consolidation drafts and their provisions. */

/**
 * A drafting group's consolidation of one instrument version at one meeting, in one language, owned by a chair.
 * `revision` counts the writes (optimistic concurrency: a write names the revision it is based on). Once
 * adopted it records what adoption made and how it was decided.
 */
export const consolidationDrafts = pgTable(
  'consolidation_drafts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    meetingId: uuid('meeting_id')
      .notNull()
      .references(() => meetings.id),
    versionId: uuid('version_id')
      .notNull()
      .references(() => instrumentVersions.id),
    language: text('language').notNull(),
    ownerId: uuid('owner_id').references(() => users.id),
    status: text('status').notNull(),
    revision: integer('revision').notNull().default(0),
    /** A whole-text SUP or SUP* picked: adoption abrogates the text instead of revising it. */
    wholeTextProposalId: uuid('whole_text_proposal_id').references(() => proposals.id),
    /** With a SUP*: the instrument the text is merged into (a `merged-into` lineage link on adoption). */
    mergedIntoInstrumentId: uuid('merged_into_instrument_id').references(() => instruments.id),
    outcome: text('outcome'),
    adoptedVersionId: uuid('adopted_version_id').references(() => instrumentVersions.id),
    adoptedOn: date('adopted_on', { mode: 'string' }),
    adoptedBy: text('adopted_by'),
    /** Draft provision id → id in the adopted version. */
    renumbered: jsonb('renumbered').$type<Record<string, string>>(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('consolidation_drafts_open_unique')
      .on(t.meetingId, t.versionId)
      .where(sql`${t.status} = 'open'`),
    index('consolidation_drafts_meeting_idx').on(t.meetingId),
    check('consolidation_drafts_status_check', sql`${t.status} in ('open', 'adopted')`),
    check('consolidation_drafts_language_check', sql`${t.language} in ('ar', 'zh', 'en', 'fr', 'ru', 'es')`),
    check('consolidation_drafts_outcome_check', sql`${t.outcome} is null or ${t.outcome} in ('revised', 'abrogated')`),
    check(
      'consolidation_drafts_adopted_by_check',
      sql`${t.adoptedBy} is null or ${t.adoptedBy} in ('consensus', 'vote')`,
    ),
    check('consolidation_drafts_revision_check', sql`${t.revision} >= 0`),
  ],
);

/**
 * The working text of one provision of a draft (a base provision, or one that proposals add): the proposals
 * picked and the merged text with the provenance of every span. A provision without a row is the base unchanged.
 */
export const consolidationDraftProvisions = pgTable(
  'consolidation_draft_provisions',
  {
    draftId: uuid('draft_id')
      .notNull()
      .references(() => consolidationDrafts.id),
    provisionId: text('provision_id').notNull(),
    picks: uuid('picks').array().notNull(),
    draft: jsonb('draft').$type<ProvisionDraft>().notNull(),
    /** True once the chair has edited the text or settled a bracket. */
    edited: boolean('edited').notNull().default(false),
    updatedAt: updatedAt(),
  },
  (t) => [primaryKey({ columns: [t.draftId, t.provisionId] })],
);

import { sql } from 'drizzle-orm';
import { check, index, jsonb, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import type { LocalizedText } from '@tansiq/domain';
import { agendaItems } from './agenda.ts';
import { createdAt } from './columns.ts';
import { consolidationDrafts } from './consolidation.ts';
import { meetings } from './meetings.ts';
import { memberStates } from './registry.ts';
import { votes } from './votes.ts';

/* An agenda item's decisions and the statements attached to them. */

/** What a meeting decided on an agenda item: by consensus or by a vote, with the outcome. */
export const decisions = pgTable(
  'decisions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    meetingId: uuid('meeting_id')
      .notNull()
      .references(() => meetings.id),
    agendaItemId: uuid('agenda_item_id')
      .notNull()
      .references(() => agendaItems.id),
    method: text('method').notNull(),
    outcome: text('outcome').notNull(),
    voteId: uuid('vote_id').references(() => votes.id),
    /** The consolidation draft a decision adopted (its adoption records `adoptedBy`). */
    consolidationDraftId: uuid('consolidation_draft_id').references(() => consolidationDrafts.id),
    summary: jsonb('summary').$type<LocalizedText>().notNull(),
    createdBy: text('created_by').notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    index('decisions_item_idx').on(t.agendaItemId),
    uniqueIndex('decisions_vote_unique')
      .on(t.voteId)
      .where(sql`${t.voteId} is not null`),
    check('decisions_method_check', sql`${t.method} in ('consensus', 'vote')`),
    check('decisions_outcome_check', sql`${t.outcome} in ('adopted', 'rejected', 'postponed', 'elected', 'noted')`),
    check('decisions_vote_check', sql`(${t.method} = 'vote') = (${t.voteId} is not null)`),
  ],
);

/** A reservation or declaration a Member State attaches to a decision. */
export const decisionStatements = pgTable(
  'decision_statements',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    decisionId: uuid('decision_id')
      .notNull()
      .references(() => decisions.id),
    memberStateIso3: text('member_state_iso3')
      .notNull()
      .references(() => memberStates.iso3),
    kind: text('kind').notNull(),
    text: text('text').notNull(),
    createdBy: text('created_by').notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    index('decision_statements_decision_idx').on(t.decisionId),
    check('decision_statements_kind_check', sql`${t.kind} in ('reservation', 'declaration')`),
  ],
);

import { index, integer, jsonb, pgTable, primaryKey, text, unique, uuid } from 'drizzle-orm/pg-core';
import type { LocalizedText } from '@tansiq/domain';
import { createdAt, updatedAt } from './columns.ts';
import { documents } from './contributions.ts';
import { meetings } from './meetings.ts';

/* A meeting's agenda items and the documents linked to them. */

/** An item of a meeting's agenda ("3", "3.1"), to hang documents and, later, decisions on. */
export const agendaItems = pgTable(
  'agenda_items',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    meetingId: uuid('meeting_id')
      .notNull()
      .references(() => meetings.id),
    number: text('number').notNull(),
    title: jsonb('title').$type<LocalizedText>().notNull(),
    position: integer('position').notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    unique('agenda_items_number_unique').on(t.meetingId, t.number),
    index('agenda_items_meeting_idx').on(t.meetingId, t.position),
  ],
);

/** A document of the meeting linked to an agenda item, in the order the item lists them. */
export const agendaItemDocuments = pgTable(
  'agenda_item_documents',
  {
    agendaItemId: uuid('agenda_item_id')
      .notNull()
      .references(() => agendaItems.id, { onDelete: 'cascade' }),
    documentId: uuid('document_id')
      .notNull()
      .references(() => documents.id),
    position: integer('position').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.agendaItemId, t.documentId] }),
    index('agenda_item_documents_document_idx').on(t.documentId),
  ],
);

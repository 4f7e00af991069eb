import { jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/* Facts about this installation. */

/** Facts about this installation (e.g. whether the demo was loaded, whether defaults were seeded). */
export const installationFacts = pgTable('installation_facts', {
  key: text('key').primaryKey(),
  value: jsonb('value').notNull(),
  recordedAt: timestamp('recorded_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
});

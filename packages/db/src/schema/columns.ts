import { timestamp } from 'drizzle-orm/pg-core';

/* The timestamp columns every table writes the same way. */

export const createdAt = () => timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow();
export const updatedAt = () => timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow();

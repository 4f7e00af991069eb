import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { inject } from 'vitest';
import { openPostgres, wrapPglite, type Database, type DatabaseHandle } from '../connection.ts';
import { databaseUrl } from './global-setup.ts';

/** A test database, and on PostgreSQL its URL (a second connection to it plays another server process). */
export type TestDatabaseHandle = DatabaseHandle & { url: string | null };

/**
 * A database of the test's own, migrated with the reference data: PGlite loaded from the run's snapshot, or,
 * when TEST_DATABASE_URL is set, a fresh PostgreSQL database copied from the run's template and dropped on close.
 */
export async function openTestDatabase(): Promise<TestDatabaseHandle> {
  const template = inject('postgresTemplate');
  const url = process.env.TEST_DATABASE_URL;
  if (url && template) {
    const name = `tansiq_test_${randomBytes(6).toString('hex')}`;
    await adminQuery(url, `CREATE DATABASE ${name} TEMPLATE ${template}`);
    const handle = openPostgres(databaseUrl(url, name), { max: 4 });
    return {
      ...handle,
      url: databaseUrl(url, name),
      close: async () => {
        await handle.close();
        await adminQuery(url, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      },
    };
  }
  const snapshot = readFileSync(inject('pgliteSnapshot'));
  return { ...wrapPglite(await PGlite.create({ loadDataDir: new Blob([snapshot]) })), url: null };
}

async function adminQuery(url: string, text: string): Promise<void> {
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  try {
    await admin.query(text);
  } finally {
    await admin.end();
  }
}

/** The process ids of the backends of this database whose connection is named `applicationName` (PostgreSQL). */
export async function backendPids(db: Database, applicationName: string): Promise<number[]> {
  const result: unknown = await db.execute(
    sql`select pid from pg_stat_activity where application_name = ${applicationName} and datname = current_database()`,
  );
  return (result as { rows: { pid: number }[] }).rows.map((row) => row.pid);
}

import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import type { ExtractTablesWithRelations } from 'drizzle-orm';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import pg from 'pg';
import { listenLive, type ListenLive } from './live-listener.ts';
import * as schema from './schema/index.ts';

export type Schema = typeof schema;

/** The database as services and repositories see it, whichever engine is underneath. */
export type Database = PgDatabase<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;

/** A transaction: what a service passes to repositories while it writes. */
export type Transaction = PgTransaction<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;

/** Either: repositories accept both, so a read can run in or out of a transaction. */
export type Executor = Database | Transaction;

export type DatabaseKind = 'pglite' | 'postgres';

/** An open database with the engine it runs on. */
export interface DatabaseHandle {
  db: Database;
  kind: DatabaseKind;
  /** Applies pending migrations from the one migration folder. */
  migrate(): Promise<void>;
  /**
   * PostgreSQL only: a dedicated connection listening for the commits of live events by every process on the
   * database (`live-listener.ts`). Absent on the embedded database, which one process holds.
   */
  listenLive?: ListenLive;
  /**
   * Runs `work` while holding the installation's start-up lock, so that one-time work (reference data, the demo
   * load) done by several processes starting together on one PostgreSQL database runs in one of them at a time.
   * A PostgreSQL advisory lock held on a connection of its own, so `work` still has the rest of the pool; the
   * embedded database is one process (the data directory's lock) and runs `work` as it is.
   */
  exclusive<T>(work: () => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** The migration folder, shared by both engines. */
export const MIGRATIONS_FOLDER = fileURLToPath(new URL('../migrations', import.meta.url));

/** The PGlite directory inside a Tansiq data directory. */
export function pgliteDirectory(dataDir: string): string {
  return path.join(dataDir, 'pglite');
}

/** Opens the embedded database persisted under `dataDir` (the caller holds the data directory's lock). */
export async function openPglite(dataDir: string): Promise<DatabaseHandle> {
  const dir = pgliteDirectory(dataDir);
  mkdirSync(dir, { recursive: true });
  return wrapPglite(await PGlite.create(dir));
}

/** Wraps an already created PGlite (tests load theirs from a migrated snapshot). */
export function wrapPglite(client: PGlite): DatabaseHandle {
  const db = drizzlePglite(client, { schema });
  return {
    db,
    kind: 'pglite',
    migrate: () => migratePglite(db, { migrationsFolder: MIGRATIONS_FOLDER }),
    exclusive: (work) => work(),
    close: () => client.close(),
  };
}

/** Key of the PostgreSQL advisory lock held while migrating ("tansiq" in ASCII). */
const MIGRATION_LOCK_KEY = 0x74616e736971;
/**
 * Key of the start-up lock ("tansiq-s"): taken before the migration lock when both are held, never after, so two
 * processes cannot wait on each other.
 */
const STARTUP_LOCK_KEY = 0x74616e7369712d73n;

/** Runs `work` holding a session advisory lock on a connection of the pool kept for it. */
async function withAdvisoryLock<T>(pool: pg.Pool, key: number | bigint, work: () => Promise<T>): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query('SELECT pg_advisory_lock($1)', [String(key)]);
    return await work();
  } finally {
    await client.query('SELECT pg_advisory_unlock($1)', [String(key)]).catch(() => undefined);
    client.release();
  }
}

/** Opens PostgreSQL (15 or newer) at `url`. */
export function openPostgres(
  url: string,
  options: { max?: number; onIdleError?: (error: Error) => void } = {},
): DatabaseHandle {
  const pool = new pg.Pool({ connectionString: url, max: options.max ?? 10 });
  // An idle connection the server drops (a restart, a terminated backend) must not crash the process: the pool
  // replaces it on the next query.
  pool.on(
    'error',
    options.onIdleError ??
      ((error) => process.stderr.write(`tansiq: idle database connection lost: ${error.message}\n`)),
  );
  // Pool.end() resolves once every client is asked to close; wait until each has closed, so that whoever drops
  // the database next finds no backend still exiting.
  const closing: Promise<void>[] = [];
  pool.on('remove', (client) => closing.push(new Promise((resolve) => client.once('end', () => resolve()))));
  const db = drizzlePg(pool, { schema });
  return {
    db,
    kind: 'postgres',
    // Several servers may start at once on one PostgreSQL: an advisory lock lets one migrate at a time.
    migrate: () =>
      withAdvisoryLock(pool, MIGRATION_LOCK_KEY, () => migratePg(db, { migrationsFolder: MIGRATIONS_FOLDER })),
    exclusive: (work) => withAdvisoryLock(pool, STARTUP_LOCK_KEY, work),
    listenLive: (handlers, listenerOptions) => listenLive(url, handlers, listenerOptions),
    close: async () => {
      await pool.end();
      await Promise.all(closing);
    },
  };
}

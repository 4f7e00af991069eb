import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { openPostgres, wrapPglite } from '../connection.ts';
import { syncReferenceData } from '../reference.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Path of a migrated PGlite data directory dump, loaded by each test database. */
    pgliteSnapshot: string;
    /** With TEST_DATABASE_URL: a migrated template database that each test database copies. */
    postgresTemplate: string | null;
  }
}

/** Database URL of `name` on the server of `url`. */
export function databaseUrl(url: string, name: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${name}`;
  return parsed.toString();
}

/**
 * Migrates once per run: a PGlite snapshot (a fresh initdb costs seconds; loading a dump under one) and, when
 * TEST_DATABASE_URL is set, a PostgreSQL template database of its own. Both are removed at the end.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const dir = mkdtempSync(path.join(tmpdir(), 'tansiq-test-'));
  const client = await PGlite.create();
  const handle = wrapPglite(client);
  await handle.migrate();
  await syncReferenceData(handle.db);
  const snapshot = path.join(dir, 'snapshot.tar');
  writeFileSync(snapshot, Buffer.from(await (await client.dumpDataDir('none')).arrayBuffer()));
  await handle.close();
  project.provide('pgliteSnapshot', snapshot);

  const url = process.env.TEST_DATABASE_URL;
  let template: string | null = null;
  if (url) {
    template = `tansiq_template_${randomBytes(6).toString('hex')}`;
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${template}`);
    await admin.end();
    const pgHandle = openPostgres(databaseUrl(url, template), { max: 2 });
    await pgHandle.migrate();
    await syncReferenceData(pgHandle.db);
    await pgHandle.close();
  }
  project.provide('postgresTemplate', template);

  return async () => {
    rmSync(dir, { recursive: true, force: true });
    if (url && template) {
      const admin = new pg.Client({ connectionString: url });
      await admin.connect();
      await admin.query(`DROP DATABASE IF EXISTS ${template} WITH (FORCE)`);
      await admin.end();
    }
  };
}

import {
  acquireDataDirectoryLock,
  openPglite,
  openPostgres,
  syncReferenceData,
  type DatabaseHandle,
  type DataDirectoryLock,
} from '@tansiq/db';
import { installationClock, type Clock } from './clock.ts';
import type { Config } from './config.ts';

/** An open installation: its database (migrated, reference data current) and its clock (fixed at its first start). */
export interface Runtime {
  handle: DatabaseHandle;
  clock: Clock;
  /** Where the data lives, for messages: the data directory or the PostgreSQL host. */
  location: string;
  close(): Promise<void>;
}

/** Where a database URL points, without its password. */
export function describeDatabaseUrl(url: string): string {
  try {
    const parsed = new URL(url);
    return `PostgreSQL ${parsed.host}${parsed.pathname}`;
  } catch {
    return 'PostgreSQL';
  }
}

/**
 * Opens the installation the configuration names: PostgreSQL, or the embedded database after taking the data
 * directory's lock (a second process is refused before it touches the files). Applies pending migrations and
 * brings the reference data up to date. The clock is the one stored at the installation's first start
 * (`installationClock`): `config.clockStart` sets it for a new installation only. `command` names the holder in
 * the lock file.
 */
export async function openRuntime(config: Config, command: string): Promise<Runtime> {
  let lock: DataDirectoryLock | null = null;
  let handle: DatabaseHandle;
  let location: string;
  if (config.databaseUrl !== null) {
    handle = openPostgres(config.databaseUrl);
    location = describeDatabaseUrl(config.databaseUrl);
  } else {
    lock = acquireDataDirectoryLock(config.dataDir, command);
    location = `embedded database in ${config.dataDir}`;
    try {
      handle = await openPglite(config.dataDir);
    } catch (error) {
      lock.release();
      throw error;
    }
  }
  let clock: Clock;
  try {
    await handle.migrate();
    await syncReferenceData(handle.db);
    clock = await installationClock(handle.db, config.clockStart);
  } catch (error) {
    await handle.close().catch(() => undefined);
    lock?.release();
    throw error;
  }
  return {
    handle,
    clock,
    location,
    close: async () => {
      await handle.close();
      lock?.release();
    },
  };
}

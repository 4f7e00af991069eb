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
  /** Runs one-time work under the installation's start-up lock (`DatabaseHandle.exclusive`). */
  exclusive<T>(work: () => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** How to open beyond the configuration. */
export interface RuntimeOptions {
  /**
   * False skips the migrations and the reference data, done already by whoever started this process (the
   * cluster's primary before it forks its workers): the process only opens its pool and reads the clock.
   * Default true.
   */
  setup?: boolean;
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
 * brings the reference data up to date, under the start-up lock (several processes may start together on one
 * PostgreSQL database), unless `options.setup` is false. The clock is the one stored at the installation's first start
 * (`installationClock`): `config.clockStart` sets it for a new installation only. `command` names the holder in
 * the lock file.
 */
export async function openRuntime(config: Config, command: string, options: RuntimeOptions = {}): Promise<Runtime> {
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
    const opened = handle;
    clock =
      options.setup === false
        ? await installationClock(opened.db, config.clockStart)
        : await opened.exclusive(async () => {
            await opened.migrate();
            await syncReferenceData(opened.db);
            return installationClock(opened.db, config.clockStart);
          });
  } catch (error) {
    await handle.close().catch(() => undefined);
    lock?.release();
    throw error;
  }
  return {
    handle,
    clock,
    location,
    exclusive: (work) => handle.exclusive(work),
    close: async () => {
      await handle.close();
      lock?.release();
    },
  };
}

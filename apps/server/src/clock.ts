import { readInstallationFact, recordInstallationFactOnce, type Executor } from '@tansiq/db';
import { DomainError } from '@tansiq/domain';

/** The one clock the server reads time from. */
export interface Clock {
  now(): Date;
  /** True for the shifted demo clock. */
  readonly shifted: boolean;
}

/** The real clock. */
export const systemClock: Clock = { now: () => new Date(), shifted: false };

/** A clock `offsetMs` milliseconds ahead of the real one (behind when negative), advancing in real time. */
export function offsetClock(offsetMs: number, realNow: () => number = Date.now): Clock {
  return { now: () => new Date(realNow() + offsetMs), shifted: true };
}

/**
 * A clock that starts at `start` when created and advances in real time (the demo's 1 Sep 2017, so that
 * WTDC-17's deadlines lie ahead and count down).
 */
export function shiftedClock(start: Date, realNow: () => number = Date.now): Clock {
  return offsetClock(start.getTime() - realNow(), realNow);
}

/** A clock that shows a fixed instant until moved: for tests. */
export function fixedClock(instant: Date): Clock & { set(instant: Date): void } {
  let current = instant;
  return {
    now: () => new Date(current.getTime()),
    shifted: true,
    set(next: Date) {
      current = next;
    },
  };
}

/** The installation fact that holds its clock. */
export const CLOCK_FACT = 'clock';

/**
 * The clock of an installation as stored at its first start: the real one, or the shifted one's offset from real
 * time in milliseconds (with the instant it started at, for the record).
 */
export type StoredClock = { kind: 'real' } | { kind: 'shifted'; offsetMs: number; startedAt: string };

function isStoredClock(value: unknown): value is StoredClock {
  if (typeof value !== 'object' || value === null) {
    return false;
  }
  const { kind, offsetMs } = value as Record<string, unknown>;
  return kind === 'real' || (kind === 'shifted' && typeof offsetMs === 'number' && Number.isFinite(offsetMs));
}

/**
 * The installation's clock. Its first start fixes it and stores it in the database: the real clock, or the
 * shifted one starting at `configuredStart` (`TANSIQ_CLOCK_START`), kept as its offset from real time. Every
 * later start, and every other process on the same database, reads that offset, so the shifted clock keeps
 * running across restarts and all servers agree; `configuredStart` is then ignored. When several processes start
 * a new installation at once, the first to write wins and the others take its clock.
 */
export async function installationClock(
  db: Executor,
  configuredStart: Date | null,
  realNow: () => number = Date.now,
): Promise<Clock> {
  const stored =
    (await readInstallationFact(db, CLOCK_FACT)) ??
    (await recordInstallationFactOnce(
      db,
      CLOCK_FACT,
      configuredStart === null
        ? { kind: 'real' }
        : {
            kind: 'shifted',
            offsetMs: configuredStart.getTime() - realNow(),
            startedAt: configuredStart.toISOString(),
          },
    ));
  if (!isStoredClock(stored)) {
    throw new DomainError(
      'invalid_configuration',
      `The installation's stored clock is not readable (installation_facts "${CLOCK_FACT}").`,
    );
  }
  return stored.kind === 'real' ? systemClock : offsetClock(stored.offsetMs, realNow);
}

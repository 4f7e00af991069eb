import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { readInstallationFact, recordInstallationFact, type DatabaseHandle } from '@tansiq/db';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestDatabase } from '../../../packages/db/src/testing/test-database.ts';
import { CLOCK_FACT, installationClock } from '../src/clock.ts';
import { readConfig } from '../src/config.ts';
import { openRuntime } from '../src/runtime.ts';

const DEMO_START = new Date('2017-09-01T00:00:00Z');
const OTHER_START = new Date('2030-01-01T00:00:00Z');
const SECOND = 1000;

/** A real clock that the test moves by hand. */
function realTime(startMs = Date.UTC(2026, 4, 4, 10)) {
  let now = startMs;
  return {
    now: () => now,
    advance(ms: number) {
      now += ms;
    },
  };
}

describe('installationClock', () => {
  let handle: DatabaseHandle;

  beforeEach(async () => {
    handle = await openTestDatabase();
  });

  afterEach(async () => {
    await handle.close();
  });

  it('stores the shifted clock at the first start, and a restart keeps it running from where it was', async () => {
    const real = realTime();
    const first = await installationClock(handle.db, DEMO_START, real.now);
    expect(first.shifted).toBe(true);
    expect(first.now()).toEqual(DEMO_START);
    expect(await readInstallationFact(handle.db, CLOCK_FACT)).toEqual({
      kind: 'shifted',
      offsetMs: DEMO_START.getTime() - real.now(),
      startedAt: DEMO_START.toISOString(),
    });

    real.advance(90 * SECOND);
    expect(first.now()).toEqual(new Date(DEMO_START.getTime() + 90 * SECOND));
    // The restart: the same installation opened again later, with the same setting.
    real.advance(3600 * SECOND);
    const restarted = await installationClock(handle.db, DEMO_START, real.now);
    expect(restarted.now()).toEqual(new Date(DEMO_START.getTime() + 3690 * SECOND));
    expect(restarted.now()).toEqual(first.now());
  });

  it('ignores TANSIQ_CLOCK_START for an existing installation: another start, or the real clock', async () => {
    const real = realTime();
    await installationClock(handle.db, DEMO_START, real.now);
    real.advance(10 * SECOND);
    for (const configured of [OTHER_START, null]) {
      const clock = await installationClock(handle.db, configured, real.now);
      expect(clock.shifted).toBe(true);
      expect(clock.now()).toEqual(new Date(DEMO_START.getTime() + 10 * SECOND));
    }
  });

  it('keeps a new installation on the real clock when it starts on it, whatever is configured later', async () => {
    const real = realTime();
    const first = await installationClock(handle.db, null, real.now);
    expect(first.shifted).toBe(false);
    expect(await readInstallationFact(handle.db, CLOCK_FACT)).toEqual({ kind: 'real' });
    const later = await installationClock(handle.db, DEMO_START, real.now);
    expect(later.shifted).toBe(false);
    expect(Math.abs(later.now().getTime() - Date.now())).toBeLessThan(60 * SECOND);
  });

  it('gives every process that starts a new installation at once the same clock: the first one stored', async () => {
    const real = realTime();
    const clocks = await Promise.all([
      installationClock(handle.db, DEMO_START, real.now),
      installationClock(handle.db, OTHER_START, real.now),
      installationClock(handle.db, DEMO_START, real.now),
    ]);
    const readings = clocks.map((clock) => clock.now().getTime());
    expect(new Set(readings).size).toBe(1);
    expect([DEMO_START.getTime(), OTHER_START.getTime()]).toContain(readings[0]);
  });

  it('refuses a stored clock it cannot read, rather than guessing a time', async () => {
    for (const value of [{ kind: 'shifted' }, { kind: 'shifted', offsetMs: 'soon' }, { kind: 'later' }, 'real', 42]) {
      await recordInstallationFact(handle.db, CLOCK_FACT, value);
      await expect(installationClock(handle.db, DEMO_START)).rejects.toMatchObject({
        code: 'invalid_configuration',
      });
    }
  });
});

describe('openRuntime: the clock across a restart of the embedded database', () => {
  const directories: string[] = [];

  afterAll(() => {
    for (const directory of directories) {
      rmSync(directory, { recursive: true, force: true });
    }
  });

  it('opens the same installation twice: the demo clock runs on, and a new TANSIQ_CLOCK_START is ignored', async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'tansiq-clock-'));
    directories.push(dataDir);
    const open = (start: string) =>
      openRuntime(readConfig({ TANSIQ_DATA_DIR: dataDir, TANSIQ_CLOCK_START: start }), 'clock test');

    const first = await open('2017-09-01T00:00:00Z');
    const realBefore = Date.now();
    const shownBefore = first.clock.now().getTime();
    await first.close();
    expect(shownBefore - DEMO_START.getTime()).toBeLessThan(60 * SECOND);

    const second = await open('2030-01-01T00:00:00Z');
    try {
      const shownAfter = second.clock.now().getTime();
      const realAfter = Date.now();
      expect(second.clock.shifted).toBe(true);
      // It ran on by the real time that passed: neither restarted at 1 Sep 2017 nor jumped to 2030.
      expect(shownAfter - shownBefore).toBeGreaterThanOrEqual(realAfter - realBefore - 5);
      expect(shownAfter - shownBefore).toBeLessThanOrEqual(realAfter - realBefore + 5);
      expect(shownAfter).toBeGreaterThan(DEMO_START.getTime());
      expect(shownAfter).toBeLessThan(OTHER_START.getTime());
    } finally {
      await second.close();
    }
  }, 60_000);
});

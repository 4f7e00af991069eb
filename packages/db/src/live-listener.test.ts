import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { retryDelay, type LiveListener } from './live-listener.ts';
import { insertCycle } from './repositories/cycle.repository.ts';
import { insertLiveEvent } from './repositories/live.repository.ts';
import { insertMeeting } from './repositories/meeting.repository.ts';
import { backendPids, openTestDatabase, type TestDatabaseHandle } from './testing/test-database.ts';

describe('the reconnection delay of the listening connection', () => {
  it('doubles from the first delay up to the longest, less up to half at random', () => {
    const ceilings = [100, 200, 400, 800, 1600, 3200, 5000, 5000, 5000];
    ceilings.forEach((ceiling, attempt) => {
      expect(retryDelay(attempt, 100, 5000, () => 0)).toBe(ceiling / 2);
      expect(retryDelay(attempt, 100, 5000, () => 0.999_999)).toBe(ceiling);
      const delay = retryDelay(attempt, 100, 5000);
      expect(delay).toBeGreaterThanOrEqual(ceiling / 2);
      expect(delay).toBeLessThanOrEqual(ceiling);
    });
    // However long PostgreSQL stays away, the delay stays a number of the longest.
    expect(retryDelay(10_000, 100, 5000, () => 0.5)).toBe(3750);
  });
});

/** Resolves when `check` holds, testing it as notifications arrive; fails after `ms`. */
function until(check: () => boolean, what: () => string, ms = 5000): Promise<void> {
  return new Promise((resolve, reject) => {
    const deadline = Date.now() + ms;
    const test = () => {
      if (check()) {
        resolve();
      } else if (Date.now() > deadline) {
        reject(new Error(`timed out waiting: ${what()}`));
      } else {
        setTimeout(test, 10);
      }
    };
    test();
  });
}

// The embedded database is one process: it has no listener (DatabaseHandle.listenLive is absent there).
describe.skipIf(!process.env.TEST_DATABASE_URL)('listening for live events on PostgreSQL', () => {
  let handle: TestDatabaseHandle;
  let meetings: [string, string];
  const listeners: LiveListener[] = [];

  beforeAll(async () => {
    handle = await openTestDatabase();
    const cycle = await insertCycle(handle.db, {
      code: `cycle-${randomUUID().slice(0, 8)}`,
      name: 'Listener cycle',
      year: 2029,
      city: { en: 'Geneva' },
    });
    const meeting = () =>
      insertMeeting(handle.db, {
        code: `meeting-${randomUUID().slice(0, 8)}`,
        cycleId: cycle.id,
        type: 'conference',
        title: { en: 'Listener meeting' },
        startsOn: '2029-10-01',
        endsOn: '2029-10-10',
        city: { en: 'Geneva' },
        timeZone: 'Europe/Zurich',
        languages: ['en'],
      });
    meetings = [(await meeting()).id, (await meeting()).id];
  });

  afterAll(async () => {
    await Promise.all(listeners.map((listener) => listener.close()));
    await handle?.close();
  });

  function listen(applicationName: string) {
    const heard: string[] = [];
    let listened = 0;
    const listener = handle.listenLive!(
      { onNotification: (meetingId) => heard.push(meetingId), onListening: () => (listened += 1) },
      { applicationName, minRetryMs: 50, maxRetryMs: 200 },
    );
    listeners.push(listener);
    return { listener, heard, listened: () => listened };
  }

  const backendsOf = (applicationName: string) => backendPids(handle.db, applicationName);

  it('hears a commit that appends events once per meeting, named by its id alone, and never a rollback', async () => {
    const [first, second] = meetings;
    const { heard, listened } = listen(`tansiq-listener-${randomUUID().slice(0, 8)}`);
    await until(
      () => listened() === 1,
      () => 'the listener never listened',
    );
    await handle.db
      .transaction(async (tx) => {
        await insertLiveEvent(tx, { meetingId: second, type: 'vote.opened', payload: { voteId: 'rolled-back' } });
        throw new Error('roll back');
      })
      .catch(() => undefined);
    await handle.db.transaction(async (tx) => {
      await insertLiveEvent(tx, { meetingId: first, type: 'vote.opened', payload: { voteId: 'v1' } });
      await insertLiveEvent(tx, { meetingId: first, type: 'vote.ballot', payload: { voteId: 'v1', received: 1 } });
      await insertLiveEvent(tx, { meetingId: second, type: 'decision.recorded', payload: { decisionId: 'd1' } });
    });
    await handle.db.transaction(async (tx) => {
      await insertLiveEvent(tx, { meetingId: second, type: 'decision.recorded', payload: { decisionId: 'd2' } });
    });
    // Notifications arrive in commit order: had the rollback notified, its would be first.
    await until(
      () => heard.length >= 3,
      () => JSON.stringify(heard),
    );
    expect(heard).toEqual([first, second, second]);
  });

  it('reconnects after its backend is terminated, says it listens again, and hears later commits', async () => {
    const name = `tansiq-listener-${randomUUID().slice(0, 8)}`;
    const { listener, heard, listened } = listen(name);
    await until(
      () => listened() === 1,
      () => 'the listener never listened',
    );
    const [pid] = await backendsOf(name);
    expect(pid).toEqual(expect.any(Number));
    await handle.db.execute(sql`select pg_terminate_backend(${pid})`);
    await until(
      () => listened() === 2,
      () => `listened ${listened()} times, ${listener.losses} losses`,
    );
    expect(listener.listening).toBe(true);
    expect(listener.losses).toBe(1);
    const [replacement] = await backendsOf(name);
    expect(replacement).not.toBe(pid);
    await insertLiveEvent(handle.db, { meetingId: meetings[0], type: 'vote.closed', payload: { voteId: 'v1' } });
    await until(
      () => heard.includes(meetings[0]),
      () => JSON.stringify(heard),
    );

    await listener.close();
    expect(listener.listening).toBe(false);
    // Its connection is gone once closed: nothing left behind in the server.
    expect(await backendsOf(name)).toEqual([]);
  });
});

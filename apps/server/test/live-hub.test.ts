import { EventEmitter } from 'node:events';
import type { ServerResponse } from 'node:http';
import { insertLiveEvent, type Database, type LiveNotificationHandlers } from '@tansiq/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LiveHub } from '../src/live/live-hub.ts';
import { makeMeeting, openTestApp, type TestApp } from './helpers.ts';

let t: TestApp;

beforeAll(async () => {
  t = await openTestApp();
});

afterAll(async () => {
  await t?.close();
});

/** A response that keeps what is written to it; never slow. */
class RecordingResponse extends EventEmitter {
  text = '';
  writableLength = 0;
  destroyed = false;
  writableEnded = false;
  write(chunk: string): boolean {
    this.text += chunk;
    return true;
  }
  end(): void {
    this.writableEnded = true;
    this.emit('close');
  }
  has(id: number): boolean {
    return this.text.includes(`id: ${id}\n`);
  }
}

/** The database, counting the reads issued through it (the hub reads events with `select`). */
function countingReads(db: Database): { db: Database; reads: () => number } {
  let reads = 0;
  const counted = new Proxy(db, {
    get(target, property, receiver) {
      const value: unknown = Reflect.get(target, property, receiver);
      if (property === 'select' && typeof value === 'function') {
        return (...args: unknown[]) => {
          reads += 1;
          return (value as (...a: unknown[]) => unknown).apply(target, args);
        };
      }
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
  return { db: counted, reads: () => reads };
}

/** A hub whose listener is the test's: it hands over the handlers and says it listens. */
function hubWithListener(db: Database): { hub: LiveHub; listener: () => LiveNotificationHandlers } {
  let handlers: LiveNotificationHandlers | null = null;
  const hub = new LiveHub(db, {
    pollMs: 60_000,
    listen: (given) => {
      handlers = given;
      return { listening: true, losses: 0, close: async () => undefined };
    },
  });
  return { hub, listener: () => handlers! };
}

async function until(check: () => boolean, what: () => string, ms = 5000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!check()) {
    if (Date.now() > deadline) {
      throw new Error(`timed out: ${what()}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

describe('the hub with a listener', () => {
  it('takes a storm of 200,000 notifications with a few reads, queueing none', async () => {
    const { meeting } = await makeMeeting(t);
    const { db, reads } = countingReads(t.db);
    const { hub, listener } = hubWithListener(db);
    const res = new RecordingResponse();
    hub.subscribe(meeting.id, res as unknown as ServerResponse, null);
    await until(
      () => res.text.includes('event: ready'),
      () => res.text,
    );
    const before = reads();

    const first = await insertLiveEvent(t.db, { meetingId: meeting.id, type: 'vote.ballot', payload: { received: 1 } });
    const onNotification = (meetingId: string) => listener().onNotification(meetingId);
    // Half for the meeting followed here, half for meetings no one follows here (a lookup, nothing more).
    for (let n = 0; n < 100_000; n++) {
      onNotification(meeting.id);
      onNotification(`other-meeting-${n}`);
    }
    await until(
      () => res.has(first.id),
      () => res.text,
    );
    // The first notify read at once; the other 99,999 asked for one more read, not one each.
    expect(reads() - before).toBeLessThanOrEqual(2);

    // Whatever read was still owed has run by the time a later event arrives: the storm cost a few reads.
    const second = await insertLiveEvent(t.db, {
      meetingId: meeting.id,
      type: 'vote.ballot',
      payload: { received: 2 },
    });
    onNotification(meeting.id);
    await until(
      () => res.has(second.id),
      () => res.text,
    );
    expect(reads() - before).toBeLessThanOrEqual(4);
    expect(res.text.match(/event: vote\.ballot/g)).toHaveLength(2);
    expect(hub.stats()).toEqual({ meetings: 1, clients: 1, stalled: 0 });
    await hub.close();
  });

  it('reads every followed meeting once it listens again: what was committed meanwhile arrives', async () => {
    const [one, other] = [(await makeMeeting(t)).meeting, (await makeMeeting(t)).meeting];
    const { hub, listener } = hubWithListener(t.db);
    const clients = [new RecordingResponse(), new RecordingResponse()];
    hub.subscribe(one.id, clients[0] as unknown as ServerResponse, null);
    hub.subscribe(other.id, clients[1] as unknown as ServerResponse, null);
    await until(
      () => clients.every((client) => client.text.includes('event: ready')),
      () => clients.map((client) => client.text).join('|'),
    );
    // Written while the connection was down: no notification, and the poll is a minute away.
    const missed = [
      await insertLiveEvent(t.db, { meetingId: one.id, type: 'decision.recorded', payload: { decisionId: 'd1' } }),
      await insertLiveEvent(t.db, { meetingId: other.id, type: 'decision.recorded', payload: { decisionId: 'd2' } }),
    ];
    listener().onListening();
    await until(
      () => clients[0]!.has(missed[0]!.id) && clients[1]!.has(missed[1]!.id),
      () => clients.map((client) => client.text).join('|'),
    );
    expect(hub.listenerState()).toEqual({ listening: true, losses: 0 });
    await hub.close();
  });

  it('without a listener (the embedded database) says so, and health says nothing of it', async () => {
    const hub = new LiveHub(t.db);
    expect(hub.listenerState()).toEqual({ listening: null, losses: 0 });
    await hub.close();
    const response = await t.app.inject({ url: '/api/health' });
    expect(response.json()).toEqual({ status: 'ok' });
  });
});

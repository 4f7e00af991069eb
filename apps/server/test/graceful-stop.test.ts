import { findCycle } from '@tansiq/db';
import { afterEach, describe, expect, it } from 'vitest';
import { stopGracefully } from '../src/graceful.ts';
import { makeCycle, makeMeeting, openTestApp, type TestApp } from './helpers.ts';

/** A request held in a route until released, to stop the server while it is in progress. */
function gate() {
  let release!: () => void;
  let entered!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  const inside = new Promise<void>((resolve) => (entered = resolve));
  return { release, entered, released, inside };
}

let current: TestApp | null = null;

afterEach(async () => {
  await current?.close();
  current = null;
});

/** A listening app with a route that waits at the gate, then writes a cycle (a write in progress at the stop). */
async function listening(held: ReturnType<typeof gate>) {
  const cycleCode = `held-${Math.random().toString(36).slice(2, 8)}`;
  const t: TestApp = await openTestApp({
    routes: (app) =>
      app.post('/api/v1/test/held-write', async () => {
        held.entered();
        await held.released;
        await makeCycle(t, { code: cycleCode });
        return { data: cycleCode };
      }),
  });
  current = t;
  await t.app.listen({ port: 0, host: '127.0.0.1' });
  const address = t.app.server.address();
  const url = `http://127.0.0.1:${typeof address === 'object' && address !== null ? address.port : 0}`;
  return { t, url, cycleCode, server: { app: t.app, stop: () => t.app.close() } };
}

describe('graceful stop', () => {
  it('lets a write in progress commit and answer, ends live streams and refuses new connections', async () => {
    const held = gate();
    const { t, url, cycleCode, server } = await listening(held);
    const { meeting } = await makeMeeting(t);
    const stream = await fetch(`${url}/api/v1/meetings/${meeting.id}/live`);
    const reader = stream.body!.getReader();
    const first = new TextDecoder().decode((await reader.read()).value);
    expect(first).toContain('retry: 2000');

    const write = fetch(`${url}/api/v1/test/held-write`, { method: 'POST' });
    await held.inside;
    const log: string[] = [];
    const stopped = stopGracefully(server, { log: (message) => log.push(message), timeoutMs: 5000 });

    // The stream ends at once (its client reconnects elsewhere), while the write is still held.
    for (;;) {
      const { done } = await reader.read();
      if (done) {
        break;
      }
    }
    await expect(fetch(`${url}/api/health`)).rejects.toThrow();
    held.release();
    const answer = await write;
    expect(answer.status).toBe(200);
    expect(await answer.json()).toEqual({ data: cycleCode });
    expect(await stopped).toBe(0);
    expect(log).toEqual([]);
    expect(await findCycle(t.db, cycleCode)).toBeDefined();
  });

  it('cuts the connections still open when the time is out, and says so with exit code 1', async () => {
    const held = gate();
    const { url, server } = await listening(held);
    const write = fetch(`${url}/api/v1/test/held-write`, { method: 'POST' });
    await held.inside;
    const log: string[] = [];
    const started = Date.now();
    const code = await stopGracefully(server, { log: (message) => log.push(message), timeoutMs: 300 });
    expect(code).toBe(1);
    expect(Date.now() - started).toBeLessThan(3000);
    expect(log).toEqual(['Requests still in progress after 0.3 s: closing their connections.']);
    await expect(write).rejects.toThrow();
    held.release();
  });
});

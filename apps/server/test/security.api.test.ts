import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Meeting } from '@tansiq/api';
import { schema } from '@tansiq/db';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jsonRequest, signedIn } from './account-helpers.ts';
import { makeCycle, meetingBody, openTestApp, type TestApp } from './helpers.ts';

let t: TestApp;

beforeAll(async () => {
  t = await openTestApp();
});

afterAll(async () => {
  await t?.close();
});

/** The directives of a content security policy, by name. */
function directives(policy: unknown): Map<string, string[]> {
  expect(policy).toEqual(expect.any(String));
  return new Map(
    String(policy)
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter(([name]) => name !== undefined && name !== '')
      .map(([name, ...values]) => [name!, values]),
  );
}

describe('security headers', () => {
  it('sends a strict content security policy and nosniff on API answers', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/health' });
    expect(response.statusCode).toBe(200);
    const policy = directives(response.headers['content-security-policy']);
    expect(policy.get('default-src')).toEqual(["'self'"]);
    expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('script-src')).toEqual(["'self'"]);
    expect(policy.get('script-src')).not.toContain("'unsafe-inline'");
    expect(policy.get('style-src')).not.toContain("'unsafe-inline'");
    expect(policy.has('upgrade-insecure-requests')).toBe(false);
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['x-frame-options']).toBe('SAMEORIGIN');
    expect(response.headers['referrer-policy']).toBe('no-referrer');
  });

  it('sends the same headers on error answers', async () => {
    const response = await t.app.inject({ method: 'POST', url: '/api/v1/cycles' });
    expect(response.statusCode).toBe(401);
    expect(directives(response.headers['content-security-policy']).get('default-src')).toEqual(["'self'"]);
    expect(response.headers['x-content-type-options']).toBe('nosniff');
  });

  describe('with a built web app', () => {
    const startUp = "document.documentElement.lang = 'ar';";
    let dist: string;
    let web: TestApp;

    beforeAll(async () => {
      dist = mkdtempSync(path.join(tmpdir(), 'tansiq-web-'));
      writeFileSync(
        path.join(dist, 'index.html'),
        `<!doctype html><html><head><script>${startUp}</script>` +
          '<script type="module" src="/assets/app.js"></script></head><body></body></html>',
      );
      web = await openTestApp({ webDist: dist });
    });

    afterAll(async () => {
      await web?.close();
      rmSync(dist, { recursive: true, force: true });
    });

    it("allows exactly the page's inline start-up script, by its SHA-256, and no other inline code", async () => {
      const hash = `'sha256-${createHash('sha256').update(startUp).digest('base64')}'`;
      for (const url of ['/', '/api/health']) {
        const response = await web.app.inject({ method: 'GET', url });
        expect(response.statusCode, url).toBe(200);
        const scriptSrc = directives(response.headers['content-security-policy']).get('script-src');
        expect(scriptSrc, url).toEqual(["'self'", hash]);
      }
      const page = await web.app.inject({ method: 'GET', url: '/' });
      expect(page.headers['content-type']).toMatch(/^text\/html/);
      expect(page.body).toContain(startUp);
    });
  });
});

describe('a script in a meeting title', () => {
  it('is stored and answered as that exact text, in JSON', async () => {
    const secretariat = await signedIn(t, 'secretariat');
    const cycle = await makeCycle(t);
    const title = { en: '<script>alert(1)</script>', fr: '"><img src=x onerror=alert(1)>' };
    const created = await t.app.inject(
      jsonRequest('POST', '/api/v1/meetings', meetingBody(cycle.code, { title }), secretariat.headers),
    );
    expect(created.statusCode, created.body).toBe(201);
    expect(created.headers['content-type']).toMatch(/^application\/json/);
    const meeting = created.json<{ data: Meeting }>().data;
    expect(meeting.title).toEqual(title);

    const [row] = await t.db.select().from(schema.meetings).where(eq(schema.meetings.id, meeting.id));
    expect(row!.title).toEqual(title);

    const read = await t.app.inject({ method: 'GET', url: `/api/v1/meetings/${meeting.id}` });
    expect(read.headers['content-type']).toMatch(/^application\/json/);
    expect(read.headers['x-content-type-options']).toBe('nosniff');
    expect(read.json<{ data: Meeting }>().data.title).toEqual(title);
  });
});

import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { newReader, withoutIsolates } from './support/app.ts';
import { launchBrowser } from './support/browser.ts';
import { startServer, type TestServer } from './support/server.ts';

// What a new user meets first, and should not stumble on: a page that does not exist, the question of who is
// signed in, an officers page with nobody nominated.

let server: TestServer | undefined;
let browser: Browser | undefined;
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
});

afterEach(async () => {
  await Promise.all(contexts.splice(0).map((context) => context.close()));
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

/** A page for an anonymous reader, recording every failed answer and every console error it meets. */
async function reader(): Promise<{ page: Page; failures: string[] }> {
  if (!browser || !server) {
    throw new Error('The server or the browser did not start.');
  }
  const { context, page } = await newReader(browser);
  contexts.push(context);
  const failures: string[] = [];
  page.on('response', (response) => {
    if (response.status() >= 400) {
      failures.push(`${response.status()} ${new URL(response.url()).pathname}`);
    }
  });
  page.on('console', (message) => {
    if (message.type() === 'error') {
      failures.push(`console: ${message.text()}`);
    }
  });
  return { page, failures };
}

describe('an address that names nothing', () => {
  it.each([
    ['an unknown Member State', '/member-states/XXX', 'Member State'],
    ['a Member State code too long to be one', '/member-states/EGYPT', 'Member State'],
    ['an unknown meeting', '/meetings/wtdc-99', 'meeting'],
    ['a contribution id that is no id', '/contributions/not-an-id', 'contribution'],
    ['an unknown text version', '/texts/versions/00000000-0000-4000-8000-000000000000', 'text'],
    ['an unknown address', '/no-such-page', 'page'],
  ])('%s is a "not found" page, not "could not load" with Retry', async (_case, path) => {
    const { page } = await reader();
    await page.goto(`${server!.url}${path}?lang=en`);
    const heading = page.getByRole('heading', { level: 1 });
    await heading.waitFor();
    expect(await heading.textContent()).toBe('Page not found');
    expect(withoutIsolates(await page.title())).toBe('Page not found · Tansiq');
    expect(await page.getByRole('button', { name: 'Retry' }).count()).toBe(0);
    expect(await page.getByRole('alert').count()).toBe(0);
    await page.getByRole('link', { name: 'Go to the cycle timeline' }).waitFor();
  });

  it('says it in Arabic too, right to left, and a known Member State still opens', async () => {
    const { page } = await reader();
    await page.goto(`${server!.url}/member-states/XXX?lang=ar`);
    const heading = page.getByRole('heading', { level: 1 });
    await heading.waitFor();
    expect(await heading.textContent()).toBe('الصفحة غير موجودة');
    expect(await page.locator('html').getAttribute('dir')).toBe('rtl');
    await page.goto(`${server!.url}/member-states/EGY?lang=en`);
    await page.locator('[data-member-state="EGY"]').waitFor();
    expect(await page.locator('[data-not-found]').count()).toBe(0);
  });
});

describe('a reader who is not signed in', () => {
  it('meets no failed request and no console error on the first pages', async () => {
    const { page, failures } = await reader();
    for (const path of ['/', '/member-states', '/member-states/EGY', '/texts', '/meetings/wtdc-17']) {
      await page.goto(`${server!.url}${path}?lang=en`);
      await page.getByRole('heading', { level: 1 }).waitFor();
      await page.waitForLoadState('networkidle');
    }
    expect(failures).toEqual([]);
    // The web app asked who is signed in, and was told: nobody.
    const session = await page.request.get(`${server!.url}/api/v1/session`);
    expect([session.status(), await session.json()]).toEqual([200, { data: null }]);
  });
});

describe('the officers page of a meeting where nobody is nominated', () => {
  it.each([
    ['en', 'All seats vacant: nobody is nominated yet.'],
    ['ar', 'جميع المقاعد شاغرة: لم يُرشَّح أحد بعد.'],
  ])('says all seats are vacant (%s), with no green "meets the rules"', async (language, vacant) => {
    const { page } = await reader();
    await page.goto(`${server!.url}/meetings/tdag-22/officers?lang=${language}`);
    const check = page.locator('[data-slate-check="SG1"]');
    await check.waitFor();
    expect(await check.getAttribute('data-verdict')).toBe('vacant');
    expect(await check.getByRole('status').textContent()).toBe(vacant);
    expect(await page.locator('.notice--success').count()).toBe(0);
  });
});

import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newReader, signInThroughApi } from './support/app.ts';
import { seriousViolations } from './support/axe.ts';
import { launchBrowser } from './support/browser.ts';
import { startServer, type TestServer } from './support/server.ts';

let server: TestServer | undefined;
let browser: Browser | undefined;
let context: BrowserContext | undefined;
let page: Page | undefined;

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
  ({ context, page } = await newReader(browser));
  // One secretariat session for every page: the audit view is the secretariat's, the others look the same.
  await signInThroughApi(context, server.url, 'secretariat@example.org');
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await server?.stop();
});

/** Each page to check, with what shows that it has finished loading (in any language). */
const PAGES: { name: string; path: string; ready: (page: Page) => Promise<unknown> }[] = [
  { name: 'timeline', path: '/', ready: (p) => p.locator('article[data-meeting-type="conference"]').waitFor() },
  {
    name: 'directory',
    path: '/member-states',
    ready: (p) => p.locator('section[data-region="arab-states"]').waitFor(),
  },
  {
    name: 'member state',
    path: '/member-states/EGY',
    ready: (p) => p.locator('[data-cycle="wtdc-17"]').waitFor(),
  },
  {
    name: 'meeting',
    path: '/meetings/wtdc-17',
    ready: (p) => p.locator('[data-deadline-kind="contributions"]').waitFor(),
  },
  { name: 'sign-in', path: '/sign-in?next=/audit', ready: (p) => p.locator('main h1').waitFor() },
  {
    name: 'audit',
    path: '/audit',
    // With one row opened, so that the table of changes is checked too.
    ready: async (p) => {
      const firstRow = p.locator('tr[data-action]').first();
      await firstRow.locator('button[aria-expanded]').click();
      await p.locator('table.changes').waitFor();
    },
  },
];

describe.each(['en', 'ar'])('accessibility in %s', (language) => {
  it.each(PAGES)('$name has no serious or critical axe violation', async ({ path, ready }) => {
    if (!page || !server) {
      throw new Error('The server or the browser did not start.');
    }
    await page.goto(`${server.url}${path}${path.includes('?') ? '&' : '?'}lang=${language}`);
    await ready(page);
    expect(await page.locator('html').getAttribute('lang')).toBe(language);
    const violations = await seriousViolations(page);
    if (violations.length > 0) {
      console.error(`axe on ${path} (${language}):\n${JSON.stringify(violations, null, 2)}`);
    }
    expect(violations).toEqual([]);
  });
});

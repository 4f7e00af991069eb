import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newReader, signInThroughApi } from './support/app.ts';
import { launchBrowser } from './support/browser.ts';
import { startServer, type TestServer } from './support/server.ts';

let server: TestServer | undefined;
let browser: Browser | undefined;

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const HOSTILE = '<script>window.__pwned = 1</script><img src=x onerror="window.__pwned = 2">';

describe('a script in a meeting title', () => {
  it('is stored as text and shown as text, on the meeting page and the timeline', async () => {
    const { context, page } = await newReader(browser!);
    try {
      await signInThroughApi(context, server!.url, 'secretariat@example.org');
      const session = await context.request.get(`${server!.url}/api/v1/session`);
      const { csrfToken } = ((await session.json()) as { data: { csrfToken: string } }).data;
      const saved = await context.request.patch(`${server!.url}/api/v1/meetings/tdag-22`, {
        data: { title: { en: HOSTILE } },
        headers: { 'x-csrf-token': csrfToken },
      });
      expect(saved.status(), await saved.text()).toBe(200);
      expect(((await saved.json()) as { data: { title: { en: string } } }).data.title.en).toBe(HOSTILE);

      for (const pathname of ['/meetings/tdag-22?lang=en', '/?lang=en']) {
        await page.goto(`${server!.url}${pathname}`);
        await page.getByText(HOSTILE, { exact: true }).first().waitFor();
        expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
        expect(await page.locator('main img[src="x"]').count()).toBe(0);
      }
    } finally {
      await context.close();
    }
  });
});

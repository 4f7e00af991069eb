/**
 * The synoptic on every screen (issue 13, item 4): sample Resolution 901's compilation at WTDC-17 and the
 * meeting's compilation overview, in Arabic and in English, on a 390-pixel phone and a 1366-pixel desktop. No
 * content extends past either edge of the screen outside a box that scrolls by itself, and no word of four
 * letters or more inside `main` has its letters on two lines. Whatever state the demo leaves the text in
 * (consolidated or not), the compilation shows its proposals.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from './support/browser.ts';
import { contentPastEdges, wordsBrokenAcrossLines } from './support/layout.ts';
import { startServer, type TestServer } from './support/server.ts';

let server: TestServer | undefined;
let browser: Browser | undefined;
let version901 = '';

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
  const response = await fetch(`${server.url}/api/v1/meetings/wtdc-17/synoptic`);
  const { data } = (await response.json()) as { data: { instrument: { number: string }; version: { id: string } }[] };
  version901 = data.find((summary) => summary.instrument.number === '901')?.version.id ?? '';
  if (version901 === '') {
    throw new Error('WTDC-17 has no proposals on Resolution 901.');
  }
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

/** Opens `path` at `width` pixels wide, waits for `ready` and the fonts, and gives the page. */
async function open(width: number, path: string, ready: string): Promise<{ context: BrowserContext; page: Page }> {
  if (!browser || !server) {
    throw new Error('The server or the browser did not start.');
  }
  const context = await browser.newContext({ locale: 'en-GB', viewport: { width, height: 900 } });
  const page = await context.newPage();
  await page.goto(`${server.url}${path}`);
  await page.locator(ready).first().waitFor();
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  return { context, page };
}

/** Fails with every problem listed, so that a failure says where the page breaks. */
async function expectFits(page: Page): Promise<void> {
  expect(await contentPastEdges(page)).toEqual([]);
  expect(await wordsBrokenAcrossLines(page)).toEqual([]);
}

describe.each([390, 1366])('at %i pixels wide', (width) => {
  describe.each(['ar', 'en'])('in %s', (language) => {
    it('fits the compilation of Resolution 901 to the screen, no word broken', async () => {
      const { context, page } = await open(
        width,
        `/meetings/wtdc-17/compilation/${version901}?lang=${language}`,
        'table.synoptic tr[data-provision="resolves.1"]',
      );
      await page.locator('table.heatmap').waitFor();
      await expectFits(page);
      // Columns follow their content, the base text keeping room; on a phone each provision is one block, its
      // base and proposals one under the other across the whole block; a silent source takes no room.
      const row = page.locator('table.synoptic tr[data-provision="resolves.1"]');
      const [rowBox, baseBox, proposalsBox] = await Promise.all(
        [row, row.locator('.synoptic__base'), row.locator('.synoptic__proposals')].map((part) => part.boundingBox()),
      );
      if (width < 600) {
        expect(baseBox!.width).toBeGreaterThan(rowBox!.width * 0.8);
        expect(proposalsBox!.y).toBeGreaterThan(baseBox!.y + baseBox!.height - 1);
      } else {
        expect(baseBox!.width).toBeGreaterThan(rowBox!.width * 0.25);
      }
      expect(await row.locator('[data-source="EGY"]').count()).toBe(0);
      await context.close();
    });

    it('fits the compilation with its text in the other language to the screen, no word broken', async () => {
      const other = language === 'en' ? 'ar' : 'en';
      const { context, page } = await open(
        width,
        `/meetings/wtdc-17/compilation/${version901}?lang=${language}&text=${other}`,
        `table.synoptic tr[data-provision="resolves.1"] .synoptic__base p[lang="${other}"]`,
      );
      await page.locator('table.heatmap').waitFor();
      await expectFits(page);
      await context.close();
    });

    it('fits the compilation overview of the meeting to the screen, no word broken', async () => {
      const { context, page } = await open(
        width,
        `/meetings/wtdc-17/compilation?lang=${language}`,
        'table.region-matrix tbody tr',
      );
      await page.locator('ol.hot-spots li').first().waitFor();
      await expectFits(page);
      await context.close();
    });
  });
});

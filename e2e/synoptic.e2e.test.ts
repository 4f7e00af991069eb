import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { htmlAttributes, newReader, signInThroughApi } from './support/app.ts';
import { expectNoSeriousViolations } from './support/axe.ts';
import { launchBrowser } from './support/browser.ts';
import { startServer, type TestServer } from './support/server.ts';

let server: TestServer | undefined;
let browser: Browser | undefined;
let context: BrowserContext | undefined;
let page: Page | undefined;

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
  // A reader who is not signed in: the demo's contributions on Resolution 901 are public.
  ({ context, page } = await newReader(browser));
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await server?.stop();
});

describe.each([
  ['en', 'ltr'],
  ['ar', 'rtl'],
])('the compilation of WTDC-17 in %s', (language, direction) => {
  it('goes from the meeting to the region matrix, then to the conflict on Resolution 901', async () => {
    if (!page || !server) {
      throw new Error('The server or the browser did not start.');
    }
    await page.goto(`${server.url}/meetings/wtdc-17?lang=${language}`);
    await page.locator('a[href="/meetings/wtdc-17/compilation"]').click();

    // The overview: the texts with proposals, the region-by-region matrix (numbers in the cells) and hot spots.
    const matrix = page.locator('table.region-matrix');
    await matrix.waitFor();
    expect(await htmlAttributes(page)).toEqual({ lang: language, dir: direction });
    expect(await matrix.locator('tbody tr').count()).toBe(4);
    expect(await matrix.locator('caption').textContent()).not.toBe('');
    const africaEurope = matrix.locator('tr[data-region="africa"] td[data-region="europe"]');
    expect((await africaEurope.textContent())?.trim()).toMatch(/^[0-9٠-٩][.,٫][0-9٠-٩]{2}$/);
    await page.locator('ol.hot-spots li[data-provision="recognizing.abis"]').waitFor();
    // The whole compilation downloads as Word in the reader's language, and as the CSV register.
    const word = await page.request.get(
      `${server.url}${await page.locator('a[data-format="docx"]').getAttribute('href')}`,
    );
    expect(word.status()).toBe(200);
    expect(word.headers()['content-type']).toContain('wordprocessingml');
    expect(word.headers()['content-disposition']).toContain(`compilation-${language}.docx`);
    const csv = await page.request.get(
      `${server.url}${await page.locator('a[data-format="csv"]').getAttribute('href')}`,
    );
    expect((await csv.text()).split('\n').length).toBeGreaterThan(5);
    await expectNoSeriousViolations(page, `the overview (${language})`);

    // Resolution 901: the conflict on resolves 1, Africa's and Europe's changes inline.
    await page.locator('tr[data-version] th a').first().click();
    const conflict = page.locator('table.synoptic tr[data-provision="resolves.1"][data-class="conflict"]');
    await conflict.waitFor();
    // The text opens in the reader's language (the version has one), the interface staying in it.
    const base = conflict.locator('.synoptic__base p');
    expect(await base.getAttribute('lang')).toBe(language);
    expect(await page.locator('#synoptic-language').inputValue()).toBe(language);
    // In Arabic each English proposal shows in its published translation (its original one click away), else as
    // written, marked awaiting translation.
    for (const [source, word, translated] of [
      ['AFCP', 'support', 'دعم'],
      ['EUR', 'promote', 'تعزيز'],
    ] as const) {
      const entry = conflict.locator(`[data-source="${source}"]`);
      expect(await entry.getAttribute('data-action')).toBe('modify');
      expect(await entry.locator('ins').textContent()).toMatch(
        new RegExp(language === 'en' ? word : `${word}|${translated}`),
      );
      expect(await entry.locator('del').textContent()).toMatch(
        new RegExp(language === 'en' ? 'encourage' : 'encourage|تشجيع'),
      );
      expect(await entry.locator('.symbol').textContent()).toMatch(new RegExp(`^${source}/\\d+/1$`));
      expect(await entry.locator('.synoptic__shown').count()).toBe(language === 'en' ? 0 : 1);
      const toggle = entry.locator('.synoptic__original-toggle');
      if ((await toggle.count()) > 0) {
        const original = entry.locator('.synoptic__original');
        expect(await original.isVisible()).toBe(false);
        await toggle.click();
        expect(await toggle.getAttribute('aria-expanded')).toBe('true');
        expect(await original.locator('p[lang="en"]').textContent()).toContain(word);
      }
    }
    // A source silent on a provision takes no room there.
    expect(await conflict.locator('[data-source="EGY"]').count()).toBe(0);
    expect(await page.locator('table.synoptic tr[data-provision="resolves.2"]').getAttribute('data-class')).toBe(
      'same',
    );
    await page.locator('table.heatmap').waitFor();
    await expectNoSeriousViolations(page, `the compilation of Resolution 901 (${language})`);

    // The text in the other language: its own parameter, ?text=; the interface keeps its language, and the
    // classes stay those of the proposals as written (faithful translations change none; the scores, which weigh
    // the characters each change replaces, happen to stay too on resolves 1).
    const other = language === 'en' ? 'ar' : 'en';
    const score = await conflict.locator('.score').textContent();
    await page.locator('#synoptic-language').selectOption(other);
    await page.waitForURL((address) => address.searchParams.get('text') === other);
    await page.locator(`table.synoptic tr[data-provision="resolves.1"] .synoptic__base p[lang="${other}"]`).waitFor();
    expect(await htmlAttributes(page)).toEqual({ lang: language, dir: direction });
    expect(await conflict.getAttribute('data-class')).toBe('conflict');
    expect(await conflict.locator('.score').textContent()).toBe(score);
  });
});

describe('consolidating from the compilation in the Arabic interface', () => {
  it('opens the draft in Arabic, the interface’s language, every proposal readable in its translation', async () => {
    if (!browser || !server) {
      throw new Error('The server or the browser did not start.');
    }
    const chair = await newReader(browser);
    await signInThroughApi(chair.context, server.url, 'chair@example.org');
    const { page: p } = chair;
    await p.goto(`${server.url}/meetings/wtdc-17/compilation?lang=ar`);
    await p.locator('tr[data-version] th a').first().click();
    const row = p.locator('table.synoptic tr[data-provision="resolves.1"]');
    expect(await row.locator('.synoptic__base p').getAttribute('lang')).toBe('ar');
    // Every proposal on sample Resolution 901 is published in Arabic: the draft opens in the reader's language.
    expect(await p.locator('#draft-language').inputValue()).toBe('ar');
    await p.locator('.record__actions button').click();
    await p.waitForURL((address) => address.pathname.startsWith('/consolidation/'));
    const id = new URL(p.url()).pathname.split('/').pop() ?? '';
    const draft = await p.request.get(`${server.url}/api/v1/consolidation-drafts/${id}`);
    expect(((await draft.json()) as { data: { language: string } }).data.language).toBe('ar');
    expect(await htmlAttributes(p)).toEqual({ lang: 'ar', dir: 'rtl' });
    // Back to the compilation: the interface stays Arabic, and so does the text.
    await p.locator('.page-intro a[href*="/compilation/"]').click();
    await row.locator('.synoptic__base p[lang="ar"]').waitFor();
    expect(new URL(p.url()).searchParams.get('lang')).toBeNull();
    await chair.context.close();
  });
});

import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { htmlAttributes, withoutIsolates } from './support/app.ts';
import { launchBrowser } from './support/browser.ts';
import { startServer, type TestServer } from './support/server.ts';

/** What an i18n key looks like when a translation is missing and i18next prints the key itself. */
const RAW_KEY = /^[a-z]+(\.[a-zA-Z]+)+$/;

let server: TestServer | undefined;
let browser: Browser | undefined;
let context: BrowserContext | undefined;

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
});

afterEach(async () => {
  await context?.close();
  context = undefined;
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

/** Opens a path of the app in a fresh browser context whose reader prefers British English. */
async function open(path: string): Promise<Page> {
  if (!browser || !server) {
    throw new Error('The server or the browser did not start.');
  }
  context = await browser.newContext({ locale: 'en-GB' });
  const page = await context.newPage();
  await page.goto(`${server.url}${path}`);
  return page;
}

/** Every visible text on the page, plus the accessible labels and the window title. */
async function visibleStrings(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const strings = [document.title];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent?.trim() ?? '';
      if (text !== '' && node.parentElement?.checkVisibility()) {
        strings.push(text);
      }
    }
    document.querySelectorAll('[aria-label]').forEach((element) => strings.push(element.getAttribute('aria-label')!));
    return strings;
  });
}

async function venues(page: Page): Promise<string[]> {
  const texts = await page
    .locator(
      'article[data-meeting-type="rpm"] .meeting__venue, article[data-meeting-type="conference"] .meeting__venue',
    )
    .allInnerTexts();
  return texts.map(withoutIsolates);
}

describe('the WTDC-17 cycle timeline', () => {
  it('lists the six regional preparatory meetings in order, then the conference with its deadlines', async () => {
    const page = await open('/');
    const conference = page.locator('article[data-meeting-type="conference"]');
    await conference.waitFor();

    expect(await htmlAttributes(page)).toEqual({ lang: 'en', dir: 'ltr' });
    expect(await page.locator('h1').innerText()).toBe('WTDC-17 preparatory cycle');
    expect(await venues(page)).toEqual([
      'Bishkek, Kyrgyzstan',
      'Kigali, Rwanda',
      'Khartoum, Sudan',
      'Asunción, Paraguay',
      'Bali, Indonesia',
      'Vilnius, Lithuania',
      'Buenos Aires, Argentina',
    ]);

    const firstForum = page.locator('article[data-meeting-type="rpm"]').first().locator('.forum');
    expect(await firstForum.innerText()).toMatch(/Regional Development Forum[\s\S]*8 Nov 2016/);

    expect(await conference.locator('h3').innerText()).toContain('WTDC-17');
    expect(await conference.locator('.meeting__type').innerText()).toBe('Conference');
    const contributions = conference.locator('[data-deadline-kind="contributions"]');
    expect(await contributions.locator('.deadline__kind').innerText()).toBe('Contributions');
    expect(await contributions.locator('time').getAttribute('datetime')).toMatch(/^2017-09-25T23:59:59/);
    expect(await contributions.locator('time').innerText()).toMatch(/^25 Sept? 2017, 23:59 \(UTC\)$/);
    // The demo clock starts on 1 Sep 2017 with the server: 24 whole days remain before 25 Sep, 23:59:59.
    expect(await contributions.locator('.deadline__countdown').innerText()).toBe('closes in 24 days');
    // Then the translations, published in every language 7 days before the opening (9 Oct): 2 Oct, 31 days on.
    expect(
      await conference
        .locator('[data-deadline-kind]')
        .evaluateAll((items) => items.map((item) => item.getAttribute('data-deadline-kind'))),
    ).toEqual(['contributions', 'translations']);
    const translations = conference.locator('[data-deadline-kind="translations"]');
    expect(await translations.locator('.deadline__kind').innerText()).toBe('Translations published');
    expect(await translations.locator('time').getAttribute('datetime')).toMatch(/^2017-10-02T23:59:59/);
    expect(await translations.locator('.deadline__countdown').innerText()).toBe('closes in 31 days');

    expect((await visibleStrings(page)).filter((text) => RAW_KEY.test(text))).toEqual([]);
  });

  it('reads right to left in Arabic with ?lang=ar, translated throughout', async () => {
    const page = await open('/?lang=ar');
    const conference = page.locator('article[data-meeting-type="conference"]');
    await conference.waitFor();

    expect(await htmlAttributes(page)).toEqual({ lang: 'ar', dir: 'rtl' });
    expect(await page.locator('h1').innerText()).toBe('الدورة التحضيرية لمؤتمر WTDC-17');
    expect(await page.locator('#regional-heading').innerText()).toBe('الاجتماعات التحضيرية الإقليمية');
    expect((await venues(page)).map((venue) => venue.split('، ')[0])).toEqual([
      'بيشكيك',
      'كيغالي',
      'الخرطوم',
      'أسونسيون',
      'بالي',
      'فيلنيوس',
      'بوينس آيرس',
    ]);
    expect(await conference.locator('.meeting__venue').innerText()).toContain('الأرجنتين');
    const contributions = conference.locator('[data-deadline-kind="contributions"]');
    expect(await contributions.locator('.deadline__kind').innerText()).toBe('المساهمات');
    expect(await contributions.locator('.deadline__countdown').innerText()).toMatch(/^يُغلق بعد (24|٢٤) يومًا$/);
    const translations = conference.locator('[data-deadline-kind="translations"]');
    expect(await translations.locator('.deadline__kind').innerText()).toBe('نشر الترجمات');

    const strings = await visibleStrings(page);
    expect(strings.filter((text) => RAW_KEY.test(text))).toEqual([]);
    expect(strings.filter((text) => /[\u0600-\u06FF]/.test(text)).length).toBeGreaterThan(50);
  });

  it('remembers the language chosen with the switcher on the next page', async () => {
    const page = await open('/');
    await page.locator('article[data-meeting-type="conference"]').waitFor();
    await page.getByRole('link', { name: 'Français' }).click();
    await page.getByRole('heading', { level: 1, name: 'Cycle préparatoire – WTDC-17' }).waitFor();
    expect(await htmlAttributes(page)).toEqual({ lang: 'fr', dir: 'ltr' });

    await page.goto(`${server?.url}/member-states`);
    expect(await htmlAttributes(page)).toEqual({ lang: 'fr', dir: 'ltr' });
    const arabStates = page.getByRole('region', { name: 'États arabes' });
    await arabStates.waitFor();
    expect(await arabStates.locator('.region__count').innerText()).toBe('21 États Membres');
    expect(await arabStates.locator('.state__name').allInnerTexts()).toContain('Égypte');
  });
});

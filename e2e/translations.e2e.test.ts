import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { htmlAttributes, newReader, signInThroughApi, withoutIsolates } from './support/app.ts';
import { expectNoSeriousViolations } from './support/axe.ts';
import { launchBrowser } from './support/browser.ts';
import { apiWrite } from './support/contributions.ts';
import { startServer, type TestServer } from './support/server.ts';

/*
 * Issue 16's journey, as an Arab delegation's chair lives it: the compilation of sample Resolution 901 in Arabic
 * holds Egypt's Arabic MOD of instructs 1 as written and Europe's English MOD of it through its published Arabic
 * translation; an Arabic consolidation draft merges both, each change under its proposal's number; the adopted
 * text, given its English version through the translations, reads in Arabic and English side by side, aligned by
 * provision. Labels are read from the Arabic catalog, so the journey follows the interface's own words.
 */

const AR = JSON.parse(readFileSync(new URL('../apps/web/src/i18n/locales/ar.json', import.meta.url), 'utf8')) as {
  consolidation: { adopt: { start: string; confirm: string } };
};

// Egypt's Arabic words, and Europe's words in the demo's Arabic translation of its MOD of instructs 1.
const EGYPT_AR = 'باللغات الرسمية الست للاتحاد';
const EUROPE_AR = 'وإلى خبرة المناطق';

let server: TestServer | undefined;
let browser: Browser | undefined;
let context: BrowserContext | undefined;
let page: Page | undefined;

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
  ({ context, page } = await newReader(browser));
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await server?.stop();
});

describe('every proposal in Arabic (issue 16)', () => {
  it('compiles and consolidates Egypt’s Arabic MOD with Europe’s through its translation, then reads the adopted text in Arabic and English', async () => {
    if (!page || !server || !context) {
      throw new Error('The server or the browser did not start.');
    }
    const url = server.url;
    await signInThroughApi(context, url, 'chair@example.org');

    // The compilation of Resolution 901, in the Arabic interface: it opens in Arabic, the version having it.
    await page.goto(`${url}/meetings/wtdc-17/compilation?lang=ar`);
    await page.locator('tr[data-version] th a').first().click();
    const row = page.locator('table.synoptic tr[data-provision="instructs-director.1"]');
    await row.waitFor();
    expect(await htmlAttributes(page)).toEqual({ lang: 'ar', dir: 'rtl' });
    expect(await page.locator('#synoptic-language').inputValue()).toBe('ar');
    // Egypt's proposal as written, in Arabic; Europe's in its Arabic translation, its English original a click away.
    const egypt = row.locator('[data-source="EGY"]');
    expect(await egypt.getAttribute('data-shown-as')).toBe('original');
    expect((await egypt.locator('ins').allTextContents()).join(' ')).toContain('الست');
    const europe = row.locator('[data-source="EUR"]');
    expect(await europe.getAttribute('data-shown-as')).toBe('translation');
    expect((await europe.locator('ins').allTextContents()).join(' ')).toContain('خبرة المناطق');
    await europe.locator('.synoptic__original-toggle').click();
    expect(await europe.locator('.synoptic__original p[lang="en"]').textContent()).toContain(
      'the experience of the regions',
    );
    // Each change inserts its own words: the provision stays compatible, in Arabic as in English.
    expect(await row.getAttribute('data-class')).toBe('compatible');
    await expectNoSeriousViolations(page, 'the Arabic compilation with translations');

    // "Consolidate" opens the draft in Arabic, the interface's language.
    expect(await page.locator('#draft-language').inputValue()).toBe('ar');
    await page.locator('#draft-language').locator('xpath=ancestor::form').locator('button[type="submit"]').click();
    await page.waitForURL((address) => /^\/consolidation\/[0-9a-f-]{36}$/.test(address.pathname));
    const draftId = new URL(page.url()).pathname.split('/').pop() ?? '';
    await page.goto(`${url}/consolidation/${draftId}?provision=instructs-director.1&lang=ar`);
    const panel = page.locator('.provision-panel[data-provision="instructs-director.1"]');
    await panel.waitFor();
    expect(await panel.locator('.picks__item[data-source="EUR"]').getAttribute('data-shown-as')).toBe('translation');
    expect(await panel.locator('.picks__item[data-source="EGY"]').getAttribute('data-shown-as')).toBe('original');
    await panel.locator('.picks__item[data-source="EGY"] input').check();
    await panel.locator('.picks__item[data-source="EUR"] input').check();
    await panel.locator('.picks button[type="submit"]').click();
    // Both merged into the Arabic text, each insertion under its proposal's number.
    const egyptInsert = panel.locator('.draft-text ins', { hasText: 'الست' });
    await egyptInsert.waitFor();
    expect(await egyptInsert.getAttribute('data-from')).toMatch(/^EGY\/\d+\/1$/);
    const europeInsert = panel.locator('.draft-text ins', { hasText: 'المناطق' });
    expect(await europeInsert.getAttribute('data-from')).toMatch(/^EUR\/\d+\/3$/);
    expect(await panel.locator('.draft-text__brackets').count()).toBe(0);
    const merged = withoutIsolates(await panel.locator('textarea').first().inputValue());
    expect(merged).toContain(EGYPT_AR);
    expect(merged).toContain(EUROPE_AR);
    await expectNoSeriousViolations(page, 'the Arabic consolidation draft');

    // Adoption, in Arabic.
    await page.getByRole('button', { name: AR.consolidation.adopt.start }).click();
    await page.getByRole('dialog').getByRole('button', { name: AR.consolidation.adopt.confirm }).click();
    await page.locator('[data-adopted="revised"]').waitFor();
    const draft = (await (await context.request.get(`${url}/api/v1/consolidation-drafts/${draftId}`)).json()) as {
      data: { adoption: { version: { id: string; label: string }; languages: string[] } };
    };
    const adopted = draft.data.adoption;
    expect(adopted.languages).toEqual(['ar']);

    // Its English version, drafted from the base and the published English translations of the merged proposals
    // (Egypt's MOD has one), then imported by the secretariat: aligned by provision, so the library takes it.
    const english = (await (
      await context.request.get(`${url}/api/v1/consolidation-drafts/${draftId}/adopted-translation/en`)
    ).json()) as { data: { text: string; untranslated: unknown[]; version: { label: string } } };
    expect(english.data.untranslated).toEqual([]);
    expect(english.data.text).toContain('in the six official languages of the Union');
    expect(english.data.text).toContain('and on the experience of the regions');
    const { context: office } = await newReader(browser!);
    await signInThroughApi(office, url, 'secretariat@example.org');
    await apiWrite(office, url, 'POST', '/instruments/import', {
      text: english.data.text,
      language: 'en',
      versionLabel: english.data.version.label,
    });
    await office.close();

    // The adopted text read in Arabic and English side by side, one row per provision.
    await page.goto(`${url}/texts/versions/${adopted.version.id}?text=ar&compare=en&lang=ar`);
    const provision = page.locator('.text-row[data-provision-id="instructs-director.1"]');
    await provision.waitFor();
    const arabic = withoutIsolates(await provision.locator('[lang="ar"]').first().innerText());
    const inEnglish = withoutIsolates(await provision.locator('[lang="en"]').first().innerText());
    expect(arabic).toContain(EGYPT_AR);
    expect(arabic).toContain(EUROPE_AR);
    expect(inEnglish).toContain('in the six official languages of the Union');
    expect(inEnglish).toContain('and on the experience of the regions');
    // Every provision of the Arabic text has its English beside it.
    const rows = page.locator('.text-row[data-provision-id]');
    const count = await rows.count();
    expect(count).toBeGreaterThan(10);
    for (let index = 0; index < count; index++) {
      expect(await rows.nth(index).locator('[lang="ar"]').count()).toBeGreaterThan(0);
      expect(await rows.nth(index).locator('[lang="en"]').count()).toBeGreaterThan(0);
    }
  });
});

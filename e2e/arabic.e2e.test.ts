import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signInThroughApi, withoutIsolates } from './support/app.ts';
import { launchBrowser } from './support/browser.ts';
import { apiWrite, sampleResolution } from './support/contributions.ts';
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

/** The running server and browser, or a failure naming what did not start. */
function started(): { url: string; browser: Browser } {
  if (!server || !browser) {
    throw new Error('The server or the browser did not start.');
  }
  return { url: server.url, browser };
}

/**
 * A reader whose browser prefers Egyptian Arabic (whose regional default is Arabic-Indic digits), signed in as
 * `email` when given.
 */
async function arabicReader(email?: string): Promise<{ context: BrowserContext; page: Page }> {
  const { url, browser: chromium } = started();
  const context = await chromium.newContext({ locale: 'ar-EG', viewport: { width: 1366, height: 900 } });
  if (email !== undefined) {
    await signInThroughApi(context, url, email);
  }
  return { context, page: await context.newPage() };
}

/** The texts of the elements matching `selector`, without the isolates around interpolated values. */
async function textsOf(page: Page, selector: string): Promise<string[]> {
  return (await page.locator(selector).allInnerTexts()).map((text) => withoutIsolates(text).trim());
}

/** The English heading words or ids a label must not show in Arabic. */
const ENGLISH_LABEL = /considering|recognizing|noting|resolves|instructs|invites|annex|[a-z-]+\.[a-z0-9]/i;

describe('provisions named in the reader’s language', () => {
  it('names the rows of the compilation, its heatmap and the hot spots in Arabic', async () => {
    const { url } = started();
    const { context, page } = await arabicReader();
    const { versionId } = await sampleResolution(context, url);
    await page.goto(`${url}/meetings/wtdc-17/compilation/${versionId}?lang=ar`);
    await page.locator('table.synoptic tr[data-provision="resolves.1"]').waitFor();
    const row = (id: string) => page.locator(`table.synoptic tr[data-provision="${id}"] th`).innerText();
    expect(await row('resolves.1')).toBe('يقرر 1');
    expect(await row('considering.a')).toBe('إذ يضع في اعتباره أ)');
    expect(await row('recognizing.abis')).toBe('إذ يدرك أ مكرراً)');
    expect(await row('resolves.2.ii')).toBe('يقرر 2 ii)');
    expect(await row('noting.1')).toBe('إذ يلاحظ');
    expect(await row('annex-1')).toBe('الملحق 1');
    const rows = await textsOf(page, 'table.synoptic tbody th');
    expect(rows.filter((label) => ENGLISH_LABEL.test(label))).toEqual([]);
    const heatmap = await textsOf(page, 'table.heatmap tbody th');
    expect(heatmap).toEqual(rows);

    await page.goto(`${url}/meetings/wtdc-17/compilation?lang=ar`);
    const spot = page.locator('ol.hot-spots li[data-provision="recognizing.abis"] a');
    expect(withoutIsolates(await spot.innerText())).toContain('إذ يدرك أ مكرراً)');
    expect((await textsOf(page, 'ol.hot-spots li a')).filter((label) => ENGLISH_LABEL.test(label))).toEqual([]);
    await context.close();
  });

  it('names what an English contribution proposes on in Arabic, a new provision by its place', async () => {
    const { url } = started();
    const { context, page } = await arabicReader();
    await page.goto(`${url}/meetings/wtdc-17/documents?lang=ar`);
    await page.locator('tr', { hasText: 'مصر' }).locator('a[href^="/contributions/"]').first().click();
    const targets = page.locator('.proposal__target');
    await targets.first().waitFor();
    const texts = await textsOf(page, '.proposal__target');
    expect(texts).toContain('القرار 901 (المراجَع في دبي، 2014)، يقرر 2');
    expect(texts.some((text) => text.startsWith('القرار 901 (المراجَع في دبي، 2014)، إذ يضع في اعتباره د)'))).toBe(true);
    expect(texts.filter((text) => ENGLISH_LABEL.test(text) || /Rev\.|Resolution/.test(text))).toEqual([]);
    await context.close();
  });

  it('names the provisions of a consolidation draft and of the corrigendum form in Arabic', async () => {
    const { url } = started();
    const chair = await arabicReader('chair@example.org');
    const { versionId } = await sampleResolution(chair.context, url);
    const draft = await apiWrite<{ id: string }>(chair.context, url, 'POST', '/consolidation-drafts', {
      meeting: 'wtdc-17',
      version: versionId,
      language: 'en',
    });
    await chair.page.goto(`${url}/consolidation/${draft.id}?provision=resolves.1&lang=ar`);
    const list = chair.page.locator('.provision-list li[data-provision] a');
    await list.first().waitFor();
    const labels = await textsOf(chair.page, '.provision-list li[data-provision] a');
    expect(labels).toContain('يقرر 1');
    expect(labels).toContain('الملحق 1، الفقرة 2 أ)');
    expect(labels.filter((label) => ENGLISH_LABEL.test(label))).toEqual([]);
    expect(withoutIsolates(await chair.page.locator('#provision-heading').innerText())).toContain('يقرر 1');
    await chair.context.close();

    const secretariat = await arabicReader('secretariat@example.org');
    await secretariat.page.goto(`${url}/texts/versions/${versionId}?lang=ar`);
    const provision = secretariat.page.locator('#field-provision');
    await provision.waitFor();
    const options = (await provision.locator('option').allInnerTexts()).slice(1);
    expect(options).toContain('يقرر 2 i)');
    expect(options).toContain('يدعو الدول الأعضاء');
    expect(options.filter((label) => ENGLISH_LABEL.test(label) || label.includes('('))).toEqual([]);
    await secretariat.context.close();
  });
});

/** Every decimal digit of a text that is not a Western one (Arabic-Indic ٠–٩, Persian ۰–۹, …). */
const otherDigits = (text: string) => [...text].filter((c) => /\p{Nd}/u.test(c) && !/[0-9]/.test(c));

describe('one numbering system per page', () => {
  it.each(['ar', 'en'])(
    'prints counts, dates, scores and the divergence legend in Western digits in %s, whatever the browser’s region',
    async (language) => {
      const { url } = started();
      const { context, page } = await arabicReader('secretariat@example.org');
      const { versionId } = await sampleResolution(context, url);
      const pages = [
        ['/meetings/wtdc-17', 'ul.deadlines'],
        ['/', 'main time'],
        ['/meetings/wtdc-17/compilation', 'table.region-matrix'],
        [`/meetings/wtdc-17/compilation/${versionId}`, 'table.synoptic'],
        ['/meetings/wtdc-17/documents', 'ul.deadlines'],
        ['/meetings/wtdc-17/officers', '[data-gender-report]'],
        ['/audit', 'table'],
      ];
      for (const [path, ready] of pages) {
        await page.goto(`${url}${path}?lang=${language}`);
        await page.locator(ready!).first().waitFor();
        const text = await page.locator('body').innerText();
        expect(otherDigits(text), `${path} in ${language}`).toEqual([]);
        expect(/[0-9]/.test(text), `${path} in ${language}`).toBe(true);
      }
      await context.close();
    },
  );
});

describe('no English left in the Arabic interface', () => {
  it('names the meeting’s time zone by its city, and reads every time of a meeting’s pages in it', async () => {
    const { url } = started();
    const { context, page } = await arabicReader('secretariat@example.org');
    await page.goto(`${url}/meetings/wtdc-17?lang=ar`);
    const zone = page.locator('[data-fact="time-zone"]');
    await zone.waitFor();
    expect(withoutIsolates(await zone.innerText())).toMatch(/^توقيت بوينس آيرس \(.+-03:00\)$/);
    // The contributions deadline, 23:59:59 UTC on 25 September, is 20:59 in Buenos Aires.
    expect(withoutIsolates(await page.locator('[data-deadline-kind="contributions"] time').innerText())).toBe(
      '25 سبتمبر 2017، 20:59 (بتوقيت بوينس آيرس)',
    );

    // The Arab common proposal: its signatures, its deadline and its facts, all in the meeting's time.
    await page.goto(`${url}/meetings/wtdc-17/documents?lang=ar`);
    await page.locator('tr', { hasText: 'المجموعة العربية' }).locator('a[href^="/contributions/"]').first().click();
    await page.locator('table.signatories').waitFor();
    const times = (await page.locator('main time').allInnerTexts()).map(withoutIsolates);
    expect(times.length).toBeGreaterThan(2);
    expect(times.filter((time) => !time.endsWith('(بتوقيت بوينس آيرس)'))).toEqual([]);
    expect(await page.locator('[data-fact="target-body"]').innerText()).toBe('الجلسة العامة');
    const main = await page.locator('main').innerText();
    expect(main).not.toMatch(/UTC|PLENARY|America\//);
    await context.close();
  });

  it('reads the times of a vote’s printable record in the meeting’s time, named by its city', async () => {
    const { url } = started();
    const { context, page } = await arabicReader('secretariat@example.org');
    const vote = await apiWrite<{ id: string }>(context, url, 'POST', '/meetings/wtdc-17/votes', {
      title: { en: 'Times of the record', ar: 'أوقات المحضر' },
      kind: 'question',
      method: 'secret',
    });
    await apiWrite(context, url, 'POST', `/votes/${vote.id}/open`, {});
    await apiWrite(context, url, 'POST', `/votes/${vote.id}/close`);
    await page.goto(`${url}/votes/${vote.id}/record?lang=ar`);
    await page.locator('[data-vote-record="closed"] dl.facts').first().waitFor();
    const facts = withoutIsolates(await page.locator('dl.facts').first().innerText());
    expect(facts.match(/\(بتوقيت بوينس آيرس\)/g)?.length).toBe(2);
    expect(facts).not.toMatch(/GMT|غرينتش|UTC/);
    await context.close();
  });

  it('names organizations, target bodies and version labels in Arabic', async () => {
    const { url } = started();
    const { context, page } = await arabicReader('secretariat@example.org');
    const { versionId } = await sampleResolution(context, url);
    await page.goto(`${url}/meetings/wtdc-17/documents?lang=ar`);
    await page.locator('tr', { hasText: 'المؤتمر الأوروبي لإدارات البريد والاتصالات' }).waitFor();
    expect(await page.locator('main').innerText()).not.toMatch(/European|Conference|UTC/);
    await page.getByRole('button', { name: 'تسجيل وثيقة' }).click();
    const body = page.locator('#field-targetBodyChoice');
    expect(await body.locator('option:checked').innerText()).toBe('الجلسة العامة');

    await page.goto(`${url}/member-states?lang=ar`);
    await page.locator('main h2').first().waitFor();
    expect(await page.locator('main').innerText()).not.toMatch(
      /European|Telecommunity|Commission|Commonwealth in the field/,
    );

    for (const [path, ready] of [
      ['/texts', '.versions'],
      [`/texts/versions/${versionId}`, '.versions'],
      ['/meetings/wtdc-17/compilation', 'table.region-matrix'],
      [`/meetings/wtdc-17/compilation/${versionId}`, 'table.synoptic'],
    ] as const) {
      await page.goto(`${url}${path}?lang=ar`);
      await page.locator(ready).first().waitFor();
      await page.locator('main', { hasText: 'المراجَع في دبي، 2014' }).waitFor();
      expect(await page.locator('main').innerText(), path).not.toMatch(/Rev\.|Dubai/);
    }
    await context.close();
  });
});

describe('adding a provision', () => {
  it('proposes its place by choosing “after …” in the reader’s language, not by typing an id', async () => {
    const { url } = started();
    const { context, page } = await arabicReader('focal.egypt@example.org');
    const draft = await apiWrite<{ id: string }>(context, url, 'POST', '/contributions', {
      meeting: 'wtdc-17',
      title: { en: 'Proposals of Egypt (place)', ar: 'مقترحات مصر (الموضع)' },
      originalLanguage: 'ar',
      memberState: 'EGY',
    });
    await page.goto(`${url}/contributions/${draft.id}?lang=ar`);
    const text = page.getByRole('combobox', { name: /^النص \(/ });
    await text.selectOption((await text.locator('option', { hasText: '901' }).getAttribute('value')) ?? '');
    await page.getByRole('radio', { name: /^إذ يضع في اعتباره ج\)/ }).check();
    await page.getByRole('combobox', { name: /^العلامة/ }).selectOption('ADD');

    const place = page.getByRole('combobox', { name: /^موضع الحكم الجديد/ });
    expect(await place.locator('option:checked').innerText()).toBe('بعد إذ يضع في اعتباره ج)');
    const hint = page.locator('#field-place-hint');
    expect(withoutIsolates(await hint.innerText())).toBe('سيصبح الحكم الجديد: إذ يضع في اعتباره د).');
    const options = (await place.locator('option').allInnerTexts()).slice(1);
    expect(options).toContain('بعد يقرر 2 ii)');
    expect(options.filter((option) => ENGLISH_LABEL.test(option))).toEqual([]);
    expect(await page.locator('#field-newProvisionId').count()).toBe(0);

    await place.selectOption({ label: 'بعد يقرر 3' });
    expect(withoutIsolates(await hint.innerText())).toBe('سيصبح الحكم الجديد: يقرر 4.');
    await page.getByRole('textbox', { name: /^النص المقترح/ }).fill('تقييم عمل المراكز كل سنتين.');
    await page.getByRole('button', { name: 'إضافة المقترح' }).click();
    const target = page.locator('.proposal[data-proposal-mark="ADD"] .proposal__target');
    await target.waitFor();
    expect(withoutIsolates(await target.innerText())).toBe('القرار 901 (المراجَع في دبي، 2014)، يقرر 4 (حكم جديد)');
    await context.close();
  });
});

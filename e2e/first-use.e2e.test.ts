import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { newReader, signInThroughApi, withoutIsolates } from './support/app.ts';
import { expectNoSeriousViolations } from './support/axe.ts';
import { launchBrowser } from './support/browser.ts';
import { apiWrite } from './support/contributions.ts';
import { startServer, type TestServer } from './support/server.ts';

// What a new user meets first, and should not stumble on: a page that does not exist, the question of who is
// signed in, an officers page with nobody nominated, the form of a new contribution and a draft new text.

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

/**
 * A page for a reader (anonymous, or signed in as a demo account), recording every failed answer and every
 * console error it meets.
 */
async function reader(email?: string): Promise<{ page: Page; context: BrowserContext; failures: string[] }> {
  if (!browser || !server) {
    throw new Error('The server or the browser did not start.');
  }
  const { context, page } = await newReader(browser);
  contexts.push(context);
  if (email !== undefined) {
    await signInThroughApi(context, server.url, email);
  }
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
  return { page, context, failures };
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
    await expectNoSeriousViolations(page, 'not found (ar)');
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
    await expectNoSeriousViolations(page, `officers with nobody nominated (${language})`);
  });
});

describe('a new contribution drafted in Arabic', () => {
  it('needs a title in Arabic only, and says "required" when it is left empty', async () => {
    const { page } = await reader('focal.egypt@example.org');
    await page.goto(`${server!.url}/contributions/new?meeting=wtdc-17&lang=ar`);
    const arabic = page.locator('#field-title-ar');
    const english = page.locator('#field-title-en');
    await arabic.waitFor();
    // The original language's title comes first and is the one required; English is not.
    expect(await page.locator('input[id^="field-title-"]').first().getAttribute('id')).toBe('field-title-ar');
    expect(await arabic.getAttribute('required')).not.toBeNull();
    expect(await english.getAttribute('required')).toBeNull();

    await page.getByRole('button', { name: 'إنشاء المسودة' }).click();
    const error = page.locator('#field-title-ar-error');
    await error.waitFor();
    expect(await error.textContent()).toBe('هذا الحقل مطلوب.');
    expect(await arabic.getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('#field-title-en-error').count()).toBe(0);

    await arabic.fill('مقترحات مصر بشأن القرار 901');
    await page.getByRole('button', { name: 'إنشاء المسودة' }).click();
    await page.waitForURL((address) => /^\/contributions\/[0-9a-f-]{36}$/.test(address.pathname));
    await page.locator('[data-contribution-id]').waitFor();
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('مقترحات مصر بشأن القرار 901');
  });
});

describe('a draft new text on its contribution page', () => {
  it('is shown structured, as the library shows texts, in its own language and direction', async () => {
    const { page, context } = await reader('coordinator.arab@example.org');
    const origin = server!.url;
    const draft = await apiWrite<{ id: string }>(context, origin, 'POST', '/contributions', {
      meeting: 'wtdc-17',
      title: { ar: 'مشروع قرار جديد بشأن المحتوى الرقمي' },
      originalLanguage: 'ar',
      organization: 'ARAB',
    });
    await apiWrite(context, origin, 'POST', `/contributions/${draft.id}/proposals`, {
      mark: 'ADD',
      target: { kind: 'new-text', tag: '[ARB-9]' },
      text: [
        'مشروع قرار جديد [ARB-9]',
        'المحتوى الرقمي العربي',
        'إن المؤتمر العالمي لتنمية الاتصالات (بوينس آيرس، 2017)،',
        'إذ يضع في اعتباره',
        '(أ)\tأن المحتوى الرقمي باللغة العربية ما زال محدوداً؛',
        '(ب)\tأن تبادل الخبرات يخفض التكاليف،',
        'يقرر',
        '1\tتشجيع التعاون الإقليمي؛',
        '2\tدعم إنشاء منصة إقليمية.',
      ].join('\n'),
      reasons: 'ضرورة التعاون الإقليمي.',
    });
    for (const language of ['ar', 'en']) {
      await page.goto(`${origin}/contributions/${draft.id}?lang=${language}`);
      const text = page.locator('.proposal [data-draft-text="structured"]');
      await text.waitFor();
      const rows = text.locator('[data-provision-id]');
      expect(await rows.evaluateAll((found) => found.map((row) => row.getAttribute('data-provision-id')))).toEqual([
        'considering.a',
        'considering.b',
        'resolves.1',
        'resolves.2',
      ]);
      expect(await text.locator('.version-text__number').textContent()).toBe('مشروع قرار جديد [ARB-9]');
      expect(await text.locator('.version-text__title').textContent()).toBe('المحتوى الرقمي العربي');
      expect(await text.locator('.text-group__heading').allTextContents()).toEqual(['إذ يضع في اعتباره', 'يقرر']);
      expect(await rows.first().locator('.provision__num').textContent()).toBe('(أ)');
      expect(await text.locator('[lang="ar"]').first().getAttribute('dir')).toBe('rtl');
    }
  });
});

import { readFile } from 'node:fs/promises';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, htmlAttributes, newReader, signInThroughApi } from './support/app.ts';
import { launchBrowser } from './support/browser.ts';
import { apiWrite, documentXml, insertedTexts, sampleResolution } from './support/contributions.ts';
import { startServer, type TestServer } from './support/server.ts';

/** What Egypt's focal point reads and clicks in the Arabic interface. */
const AR = {
  signIn: 'تسجيل الدخول',
  email: 'عنوان البريد الإلكتروني',
  password: 'كلمة المرور',
  documents: 'الوثائق',
  newContribution: 'مساهمة جديدة',
  titleEnglish: 'العنوان باللغة الإنجليزية',
  titleArabic: 'العنوان باللغة العربية',
  createDraft: 'إنشاء المسودة',
  text: /^النص \(/,
  resolves2: /^يقرر 2 أن تقوم المراكز/,
  proposedText: /^النص المقترح/,
  preview: 'التغييرات مقارنةً بالنص الساري',
  reasons: /^الأسباب/,
  add: 'إضافة المقترح',
  submit: 'تقديم المساهمة…',
  confirm: 'نعم، قدِّم',
  onTime: 'في الموعد',
  wordInArabic: 'وثيقة Word (.docx) باللغة العربية',
};
/** The words Egypt adds to resolves 2, and its reasons. */
const ADDED_WORDS = 'بدعم من المكاتب الإقليمية';
const REASONS = 'تساعد المكاتب الإقليمية المراكز على الانطلاق.';

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

/** A fresh reader; closed after the test. */
async function reader(): Promise<{ context: BrowserContext; page: Page; url: string }> {
  if (!browser || !server) {
    throw new Error('The server or the browser did not start.');
  }
  const { context, page } = await newReader(browser);
  contexts.push(context);
  return { context, page, url: server.url };
}

describe('a contribution drafted in Arabic', () => {
  it('Egypt’s focal point drafts a MOD of resolves 2, sees the tracked change, submits and downloads it', async () => {
    const { page, url } = await reader();
    await page.goto(`${url}/meetings/wtdc-17?lang=ar`);
    await page.getByRole('banner').getByRole('link', { name: AR.signIn }).click();
    await page.getByLabel(AR.email).fill('focal.egypt@example.org');
    await page.getByLabel(AR.password).fill(DEMO_PASSWORD);
    await page.getByRole('main').getByRole('button', { name: AR.signIn }).click();
    await page.waitForURL((address) => address.pathname === '/meetings/wtdc-17');

    await page.getByRole('link', { name: AR.documents, exact: true }).click();
    await page.getByRole('link', { name: AR.newContribution }).click();
    await page.waitForURL((address) => address.pathname === '/contributions/new');
    expect(await htmlAttributes(page)).toEqual({ lang: 'ar', dir: 'rtl' });
    await page.getByLabel(AR.titleEnglish).fill('Proposals of Egypt on Resolution 901 (e2e)');
    await page.getByLabel(AR.titleArabic).fill('مقترحات مصر بشأن القرار 901');
    await page.getByRole('button', { name: AR.createDraft }).click();
    await page.waitForURL((address) => /^\/contributions\/[0-9a-f-]{36}$/.test(address.pathname));

    // The editor: the sample resolution, its resolves 2, a MOD (the default mark) starting from the text in force.
    const text = page.getByRole('combobox', { name: AR.text });
    const option = text.locator('option', { hasText: '901' });
    await text.selectOption((await option.getAttribute('value')) ?? '');
    await page.getByRole('radio', { name: AR.resolves2 }).check();
    const proposed = page.getByRole('textbox', { name: AR.proposedText });
    expect(await proposed.getAttribute('dir')).toBe('rtl');
    const base = await proposed.inputValue();
    expect(base).toBe('أن تقوم المراكز بما يلي:');
    await proposed.fill(base.replace(/:$/, ` ${ADDED_WORDS}:`));
    const preview = page.getByRole('region', { name: AR.preview });
    expect(await preview.locator('ins').innerText()).toContain(ADDED_WORDS);
    expect(await preview.locator('del').count()).toBe(0);
    await page.getByRole('textbox', { name: AR.reasons }).fill(REASONS);
    await page.getByRole('button', { name: AR.add }).click();
    const proposal = page.locator('.proposal[data-proposal-mark="MOD"]');
    await proposal.waitFor();
    expect(await proposal.locator('ins').innerText()).toContain(ADDED_WORDS);

    await page.getByRole('button', { name: AR.submit }).click();
    expect(await page.locator('[data-expected-timing]').getAttribute('data-expected-timing')).toBe('on-time');
    await page.getByRole('button', { name: AR.confirm }).click();
    const result = page.locator('.submission-result');
    await result.waitFor();
    expect(await result.locator('[data-result="symbol"]').innerText()).toMatch(/^WTDC-17\/\d+-A$/);
    expect(await result.locator('[data-result="numbers"]').innerText()).toMatch(/^EGY\/\d+\/1$/);
    expect(await result.locator('[data-timing]').getAttribute('data-timing')).toBe('on-time');
    expect(await result.locator('[data-timing]').innerText()).toBe(AR.onTime);

    // The contribution page as anyone opening it now sees it: numbered, with the tracked change.
    await page.reload();
    await proposal.waitFor();
    expect(await proposal.locator('.proposal__number').innerText()).toMatch(/^EGY\/\d+\/1$/);
    expect(await proposal.locator('ins').innerText()).toContain(ADDED_WORDS);
    await proposal.locator('.proposal__target', { hasText: 'يقرر 2' }).waitFor();
    expect(await page.locator('[data-fact="timing"] [data-timing]').innerText()).toBe(AR.onTime);
    expect(await page.getByRole('button', { name: AR.add }).count()).toBe(0);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: AR.wordInArabic }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.docx$/);
    const docx = await readFile(await download.path());
    expect(docx.subarray(0, 2).toString('latin1')).toBe('PK');
    const xml = documentXml(docx);
    expect(xml).toContain('<w:ins');
    expect(insertedTexts(xml).join('')).toContain(ADDED_WORDS);
    expect(xml).toContain('<w:bidi');
  });
});

describe('the texts library in English', () => {
  it('shows Resolution 901 with English and Arabic side by side, aligned provision by provision', async () => {
    const { context, page, url } = await reader();
    const { provisions } = await sampleResolution(context, url);
    await page.goto(`${url}/texts?lang=en`);
    const entry = page.locator('article[data-instrument="resolution-901"]');
    await entry.getByRole('link', { name: 'Rev. Dubai, 2014' }).click();
    await page.getByRole('heading', { level: 1, name: 'Resolution 901 (Rev. Dubai, 2014)' }).waitFor();
    await page.getByLabel('Side by side with').selectOption('ar');
    await page.waitForURL((address) => address.searchParams.get('compare') === 'ar');
    // The address changes before the page renders the second column: wait for the column itself.
    await page.locator('.text-row[data-provision-id="resolves.2"] .text-cell[lang="ar"]').waitFor();

    const rows = page.locator('.text-row[data-provision-id]');
    const items = provisions.filter((provision) => provision.id !== provision.headingKey);
    expect(await rows.count()).toBe(items.length);
    expect(await rows.locator('.text-cell[lang="en"] .provision').count()).toBe(items.length);
    expect(await rows.locator('.text-cell[lang="ar"] .provision').count()).toBe(items.length);
    expect(await rows.evaluateAll((all) => all.map((row) => (row as HTMLElement).dataset.provisionId))).toEqual(
      items.map((provision) => provision.id),
    );

    const resolves2 = page.locator('.text-row[data-provision-id="resolves.2"]');
    const english = resolves2.locator('.text-cell[lang="en"]');
    const arabic = resolves2.locator('.text-cell[lang="ar"]');
    expect(await english.innerText()).toContain('that the centres should:');
    expect(await arabic.innerText()).toContain('أن تقوم المراكز بما يلي:');
    expect([await english.getAttribute('dir'), await arabic.getAttribute('dir')]).toEqual(['ltr', 'rtl']);
    // Side by side: the Arabic column starts where the English one ends.
    const [englishBox, arabicBox] = [await english.boundingBox(), await arabic.boundingBox()];
    expect(arabicBox?.x ?? 0).toBeGreaterThan((englishBox?.x ?? 0) + (englishBox?.width ?? 0) - 1);
    expect(arabicBox?.y).toBe(englishBox?.y);
  });
});

describe('a regional common proposal', () => {
  it('is signed on to by Egypt’s focal point, who then sees Egypt among the signatories', async () => {
    const coordinator = await reader();
    await signInThroughApi(coordinator.context, coordinator.url, 'coordinator.arab@example.org');
    const draft = await apiWrite<{ id: string }>(coordinator.context, coordinator.url, 'POST', '/contributions', {
      meeting: 'wtdc-17',
      title: { en: 'Arab common proposal (e2e)', ar: 'مقترح عربي مشترك (اختبار)' },
      originalLanguage: 'ar',
      organization: 'ARAB',
    });
    await apiWrite(coordinator.context, coordinator.url, 'POST', `/contributions/${draft.id}/proposals`, {
      mark: 'ADD',
      target: { kind: 'new-text', tag: '[ARB-9]' },
      text: 'مشروع قرار جديد بشأن المحتوى الرقمي العربي',
      reasons: null,
    });

    const { context, page, url } = await reader();
    await signInThroughApi(context, url, 'focal.egypt@example.org');
    await page.goto(`${url}/contributions/${draft.id}?lang=en`);
    const signatories = page.getByRole('region', { name: 'Signatories' });
    await signatories.getByText('No administration has signed on yet.').waitFor();
    expect(await signatories.locator('[data-common-status]').getAttribute('data-common-status')).toBe('preliminary');

    await signatories.getByRole('button', { name: 'Sign on' }).click();
    const egypt = signatories.locator('tr[data-signatory="EGY"]');
    await egypt.waitFor();
    expect(await egypt.getAttribute('data-stance')).toBe('support');
    expect(await egypt.getByRole('rowheader').innerText()).toBe('Egypt');
    expect(await egypt.locator('.stance').innerText()).toBe('Supports');
    await signatories.getByText('Egypt supports this proposal.').waitFor();

    await signatories.getByRole('button', { name: 'Withdraw the signature' }).click();
    await signatories.locator('tr[data-signatory="EGY"][data-stance="withdrawn"]').waitFor();
    await signatories.getByRole('button', { name: 'Sign on' }).waitFor();
  });
});

import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newReader, signInThroughApi } from './support/app.ts';
import { seriousViolations } from './support/axe.ts';
import { launchBrowser } from './support/browser.ts';
import { apiWrite, sampleResolution } from './support/contributions.ts';
import { startServer, type TestServer } from './support/server.ts';

let server: TestServer | undefined;
let browser: Browser | undefined;
let context: BrowserContext | undefined;
let page: Page | undefined;
/** The records the pages show, made through the API before the checks. */
const made = { versionId: '', draftId: '', commonId: '' };

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
  const url = server.url;
  const coordinator = await newReader(browser);
  try {
    await signInThroughApi(coordinator.context, url, 'coordinator.arab@example.org');
    made.commonId = (
      await apiWrite<{ id: string }>(coordinator.context, url, 'POST', '/contributions', {
        meeting: 'wtdc-17',
        title: { en: 'Arab common proposal (axe)', ar: 'مقترح عربي مشترك' },
        originalLanguage: 'ar',
        organization: 'ARAB',
      })
    ).id;
  } finally {
    await coordinator.context.close();
  }

  // Every page is read by Egypt's focal point: the one who drafts, edits and signs on.
  ({ context, page } = await newReader(browser));
  await signInThroughApi(context, url, 'focal.egypt@example.org');
  const { versionId } = await sampleResolution(context, url);
  made.versionId = versionId;
  made.draftId = (
    await apiWrite<{ id: string }>(context, url, 'POST', '/contributions', {
      meeting: 'wtdc-17',
      title: { en: 'Proposals of Egypt (axe)', ar: 'مقترحات مصر' },
      originalLanguage: 'ar',
      memberState: 'EGY',
    })
  ).id;
  await apiWrite(context, url, 'POST', `/contributions/${made.draftId}/proposals`, {
    mark: 'MOD',
    target: { kind: 'provision', versionId, provisionId: 'resolves.2' },
    text: 'أن تقوم المراكز بدعم من المكاتب الإقليمية بما يلي:',
    reasons: 'سبب.',
  });
  await apiWrite(context, url, 'POST', `/contributions/${made.commonId}/signatures`, { stance: 'support' });
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await server?.stop();
});

/** Each new screen, with what shows that it has finished loading (in either language). */
const PAGES: { name: string; path: () => string; ready: (page: Page) => Promise<unknown> }[] = [
  {
    name: 'texts library',
    path: () => '/texts',
    ready: (p) => p.locator('article[data-instrument="resolution-901"]').waitFor(),
  },
  {
    name: 'version side by side',
    path: () => `/texts/versions/${made.versionId}?text=en&compare=ar`,
    ready: (p) => p.locator('.text-row[data-provision-id="resolves.2"] .text-cell[lang="ar"]').waitFor(),
  },
  {
    name: 'documents of the meeting',
    path: () => '/meetings/wtdc-17/documents',
    ready: (p) => p.locator(`tr[data-document-id="${made.draftId}"]`).waitFor(),
  },
  {
    name: 'new contribution',
    path: () => '/contributions/new?meeting=wtdc-17',
    ready: (p) => p.locator('#field-title-en').waitFor(),
  },
  {
    name: 'contribution with the editor',
    path: () => `/contributions/${made.draftId}`,
    // With a provision chosen, its text edited (the live preview shows) and the submission's confirmation open.
    ready: async (p) => {
      const text = p.locator('#field-target');
      await text.selectOption((await text.locator('option', { hasText: '901' }).getAttribute('value')) ?? '');
      await p.locator('input[name="provision"][value="resolves.3"]').check();
      const proposed = p.locator('#field-text');
      await proposed.fill(`${await proposed.inputValue()} 2017`);
      await p.locator('.diff-preview ins').waitFor();
      await p.locator('.submit-panel button').click();
      await p.locator('[data-expected-timing]').waitFor();
    },
  },
  {
    name: 'common proposal with its signatories',
    path: () => `/contributions/${made.commonId}`,
    ready: (p) => p.locator('tr[data-signatory="EGY"]').waitFor(),
  },
];

describe.each(['en', 'ar'])('accessibility of texts and contributions in %s', (language) => {
  it.each(PAGES)('$name has no serious or critical axe violation', async ({ path, ready }) => {
    if (!page || !server) {
      throw new Error('The server or the browser did not start.');
    }
    const address = path();
    await page.goto(`${server.url}${address}${address.includes('?') ? '&' : '?'}lang=${language}`);
    await ready(page);
    expect(await page.locator('html').getAttribute('lang')).toBe(language);
    const violations = await seriousViolations(page);
    if (violations.length > 0) {
      console.error(`axe on ${address} (${language}):\n${JSON.stringify(violations, null, 2)}`);
    }
    expect(violations).toEqual([]);
  });
});

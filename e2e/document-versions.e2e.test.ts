import { readFile } from 'node:fs/promises';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { ContributionJson } from '../apps/server/src/exchange/contribution-json.ts';
import { renderContributionDocx } from '../apps/server/src/exchange/contribution-docx.ts';
import { newReader, signInThroughApi } from './support/app.ts';
import { launchBrowser } from './support/browser.ts';
import { apiWrite, documentXml, sampleResolution } from './support/contributions.ts';
import { startServer, type TestServer } from './support/server.ts';

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

async function reader(): Promise<{ context: BrowserContext; page: Page; url: string }> {
  if (!browser || !server) {
    throw new Error('The server or the browser did not start.');
  }
  const { context, page } = await newReader(browser);
  contexts.push(context);
  return { context, page, url: server.url };
}

/** Egypt's contribution in English with one MOD of the sample Resolution 901, submitted through the API. */
async function submittedContribution(): Promise<{ id: string; symbol: string }> {
  const { context, url } = await reader();
  await signInThroughApi(context, url, 'focal.egypt@example.org');
  const { versionId } = await sampleResolution(context, url);
  const draft = await apiWrite<{ id: string }>(context, url, 'POST', '/contributions', {
    meeting: 'wtdc-17',
    title: { en: 'Egypt on Resolution 901, for translation (e2e)' },
    originalLanguage: 'en',
    memberState: 'EGY',
  });
  await apiWrite(context, url, 'POST', `/contributions/${draft.id}/proposals`, {
    mark: 'MOD',
    target: { kind: 'provision', versionId, provisionId: 'resolves.2' },
    text: 'that the centres should, with the regional offices:',
    reasons: 'Regional offices help the centres to start.',
  });
  const submitted = await apiWrite<{ id: string; symbol: string }>(
    context,
    url,
    'POST',
    `/contributions/${draft.id}/submit`,
  );
  return submitted;
}

describe('a document in two languages', () => {
  it('is published by the secretariat, who uploads its Arabic version, which a reader downloads', async () => {
    const contribution = await submittedContribution();
    expect(contribution.symbol).toMatch(/^WTDC-17\/\d+-E$/);
    const arabicSymbol = contribution.symbol.replace(/-E$/, '-A');

    // The Arabic version: the contribution's own export in Arabic, its MOD and reasons translated, in Word, as a
    // translator would return it (an upload in a language other than the original is read as the translation).
    const { context, page, url } = await reader();
    await signInThroughApi(context, url, 'secretariat@example.org');
    const exported = await context.request.get(
      `${url}/api/v1/contributions/${contribution.id}/export?lang=ar&format=json`,
    );
    const json = (await exported.json()) as ContributionJson;
    const arabic = await renderContributionDocx({
      ...json,
      proposals: json.proposals.map((proposal) => ({
        ...proposal,
        baseText: 'أن تقوم المراكز بما يلي:',
        text: 'أن تقوم المراكز، مع المكاتب الإقليمية، بما يلي:',
        reasons: 'تساعد المكاتب الإقليمية المراكز على بدء عملها.',
        diff: null,
      })),
    });

    await page.goto(`${url}/meetings/wtdc-17/documents?lang=en`);
    const row = page.locator(`tr[data-document-id="${contribution.id}"]`);
    await row.waitFor();
    expect(await row.getAttribute('data-status')).toBe('submitted');
    await row.getByRole('button', { name: `Publish ${contribution.symbol}` }).click();
    await page.locator(`tr[data-document-id="${contribution.id}"][data-status="published"]`).waitFor();

    await row.getByText('Upload a language version').click();
    await row.getByLabel('Language', { exact: true }).selectOption('ar');
    await row.getByLabel('File (.docx or .pdf)').setInputFiles({
      name: 'traduction-arabe.docx',
      mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      buffer: arabic,
    });
    await row.getByRole('button', { name: 'Upload', exact: true }).click();
    const version = row.locator('[data-version="ar"]');
    await version.waitFor();
    expect(await version.locator('.symbol').innerText()).toBe(arabicSymbol);

    // Anyone reads a public, published document: here in the Arabic interface, without signing in.
    const visitor = await reader();
    await visitor.page.goto(`${visitor.url}/meetings/wtdc-17/documents?lang=ar`);
    const visitorRow = visitor.page.locator(`tr[data-document-id="${contribution.id}"]`);
    await visitorRow.waitFor();
    expect(await visitor.page.locator('html').getAttribute('dir')).toBe('rtl');
    expect(await visitorRow.getByRole('button').count()).toBe(0);
    const link = visitorRow.locator('[data-version="ar"]').getByRole('link', { name: 'العربية' });
    const [download] = await Promise.all([visitor.page.waitForEvent('download'), link.click()]);
    expect(download.suggestedFilename()).toBe(`${arabicSymbol.replaceAll('/', '-')}.docx`);
    const file = await readFile(await download.path());
    expect(Buffer.compare(file, arabic)).toBe(0);
    expect(documentXml(file)).toContain('<w:bidi');
  });
});

import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { newReader, signInThroughApi } from './support/app.ts';
import { seriousViolations } from './support/axe.ts';
import { launchBrowser } from './support/browser.ts';
import { sampleResolution } from './support/contributions.ts';
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

async function secretariat(): Promise<{ context: BrowserContext; page: Page; url: string }> {
  if (!browser || !server) {
    throw new Error('The server or the browser did not start.');
  }
  const { context, page } = await newReader(browser);
  contexts.push(context);
  await signInThroughApi(context, server.url, 'secretariat@example.org');
  return { context, page, url: server.url };
}

describe('a corrigendum of an adopted text', () => {
  it('is issued by the secretariat on the version page, marks the provision, and the adopted text stays', async () => {
    const { context, page, url } = await secretariat();
    const { versionId } = await sampleResolution(context, url);
    await page.goto(`${url}/texts/versions/${versionId}?lang=en&text=en`);
    const form = page.locator('form[aria-labelledby="corrigendum-form-heading"]');
    await form.waitFor();
    await form.getByLabel('Language corrected').selectOption('en');
    await form.getByLabel('Provision').selectOption('resolves.1');
    const text = form.getByLabel('New text');
    const adopted = await text.inputValue();
    expect(adopted.length).toBeGreaterThan(0);
    await form.getByRole('textbox', { name: /^Reason/ }).fill('A word was left out.');

    // Unchanged text: refused on its field.
    await form.getByRole('button', { name: 'Issue the corrigendum' }).click();
    await form.locator('textarea[aria-invalid="true"]').waitFor();

    await text.fill(`${adopted} (corrected)`);
    await form.getByRole('button', { name: 'Issue the corrigendum' }).click();
    await page.getByRole('status').filter({ hasText: 'Corrigendum 1 is issued.' }).waitFor();
    const row = page.locator('.text-row[data-provision-id="resolves.1"]');
    await row.getByText('(corrected by Corrigendum 1)').waitFor();
    expect(await row.textContent()).toContain(`${adopted} (corrected)`);
    const list = page.getByRole('list', { name: 'Corrigenda' });
    expect(await list.textContent()).toContain('A word was left out.');
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByRole('link', { name: 'Read it as adopted' }).click();
    await page.getByText('The text reads as adopted, without its corrigenda.').waitFor();
    expect(await page.locator('.text-row[data-provision-id="resolves.1"] .provision__text').textContent()).toBe(
      adopted,
    );
  });
});

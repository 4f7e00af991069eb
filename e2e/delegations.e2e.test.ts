import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { htmlAttributes, newReader, signInThroughApi } from './support/app.ts';
import { expectNoSeriousViolations } from './support/axe.ts';
import { launchBrowser } from './support/browser.ts';
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

/** A page of wtdc-17's delegations, signed in as `email`, in `language`. */
async function delegationsPage(email: string, language: 'en' | 'ar' = 'en'): Promise<Page> {
  if (!browser || !server) {
    throw new Error('The server or the browser did not start.');
  }
  const { context, page } = await newReader(browser);
  contexts.push(context);
  await signInThroughApi(context, server.url, email);
  await page.goto(`${server.url}/meetings/wtdc-17/delegations?lang=${language}`);
  await page.getByRole('heading', { level: 1 }).waitFor();
  return page;
}

describe('delegations and presence at WTDC-17', () => {
  it('registers two delegations, a proxy and a check-in, and counts them', async () => {
    // Egypt's focal point: a head, and a delegate who casts the vote.
    const egypt = await delegationsPage('focal.egypt@example.org');
    await egypt.getByRole('heading', { name: 'Register the delegation of Egypt' }).waitFor();
    await egypt.getByLabel('Name of member 1').fill('Amina Said');
    await egypt.getByRole('button', { name: 'Add a member' }).click();
    await egypt.getByLabel('Name of member 2').fill('Omar Fathy');
    expect(await egypt.getByLabel('Role of member 2').inputValue()).toBe('delegate');
    await egypt.getByLabel('Voting delegate').selectOption({ label: 'Omar Fathy' });
    await egypt.getByRole('button', { name: 'Save the delegation' }).click();
    const egyptRow = egypt.locator('tr[data-member-state="EGY"]');
    await egyptRow.waitFor();
    expect(await egyptRow.locator('li[data-voting="true"]').innerText()).toContain('Omar Fathy');
    await egypt.getByRole('heading', { name: 'Update the delegation of Egypt' }).waitFor();
    await expectNoSeriousViolations(egypt, 'the focal point’s page (en)');

    // Tunisia's focal point registers, then gives its proxy to Egypt.
    const tunisia = await delegationsPage('focal.tunisia@example.org');
    await tunisia.getByLabel('Name of member 1').fill('Youssef Ben Ali');
    await tunisia.getByRole('button', { name: 'Save the delegation' }).click();
    await tunisia.locator('tr[data-member-state="TUN"]').waitFor();
    await tunisia.getByLabel('Give the proxy to').selectOption('EGY');
    await tunisia.getByRole('button', { name: 'Give the proxy' }).click();
    await tunisia.getByRole('button', { name: 'Withdraw the proxy' }).waitFor();
    expect(await tunisia.locator('tr[data-member-state="TUN"]').innerText()).toContain('Proxy given to Egypt');

    // The secretariat checks Egypt in: Egypt counts in person, Tunisia by proxy.
    const secretariat = await delegationsPage('secretariat@example.org');
    await secretariat.getByRole('button', { name: 'Check in Egypt' }).click();
    await secretariat.locator('tr[data-member-state="EGY"][data-presence="in-person"]').waitFor();
    await secretariat.locator('tr[data-member-state="TUN"][data-presence="by-proxy"]').waitFor();
    const summary = secretariat.locator('[data-presence-summary]');
    expect(await summary.locator('[data-in-person]').innerText()).toBe('Egypt');
    expect(await summary.locator('[data-by-proxy]').innerText()).toContain('Tunisia');
    expect(await summary.locator('[data-total]').innerText()).toContain('2');
    expect(await summary.locator('[data-quorum]').getAttribute('data-quorum')).toBe('reached');
    await expectNoSeriousViolations(secretariat, 'the secretariat’s page (en)');

    // The same page in Arabic, right to left.
    const arabic = await delegationsPage('focal.egypt@example.org', 'ar');
    await arabic.locator('tr[data-member-state="EGY"][data-presence="in-person"]').waitFor();
    expect(await htmlAttributes(arabic)).toEqual({ lang: 'ar', dir: 'rtl' });
    await expectNoSeriousViolations(arabic, 'the focal point’s page (ar)');
  });
});

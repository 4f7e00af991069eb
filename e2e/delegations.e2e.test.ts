import type { Delegation } from '@tansiq/api';
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

/** Egypt's delegation as the API gives it to `email` (addresses only to those who may see them). */
async function egyptAs(email: string | null) {
  if (!browser || !server) {
    throw new Error('The server or the browser did not start.');
  }
  const { context } = await newReader(browser);
  contexts.push(context);
  if (email !== null) {
    await signInThroughApi(context, server.url, email);
  }
  const response = await context.request.get(`${server.url}/api/v1/meetings/wtdc-17/delegations`);
  const delegations = ((await response.json()) as { data: Delegation[] }).data;
  return delegations.find((delegation) => delegation.memberState === 'EGY')!;
}

describe('delegations and presence at WTDC-17', () => {
  it('names a voting delegate by e-mail in the web app, typed or picked, and says whether they can vote', async () => {
    // The demo's Egypt: headed by its focal point, who votes with the demo account.
    const egypt = await delegationsPage('focal.egypt@example.org');
    await egypt.getByRole('heading', { name: 'Update the delegation of Egypt' }).waitFor();
    const status = egypt.locator('[data-voting-delegate]');
    expect(await status.getAttribute('data-voting-delegate')).toBe('can-vote');
    expect(await status.innerText()).toContain('Amina Said');
    expect(await egypt.getByLabel('E-mail of member 1').inputValue()).toBe('focal.egypt@example.org');

    // A new member with an address no account has, named voting delegate: saved, the page says she cannot vote.
    await egypt.getByRole('button', { name: 'Add a member' }).click();
    await egypt.getByLabel('Name of member 4').fill('Hana Mostafa');
    await egypt.getByLabel('E-mail of member 4').fill('hana.mostafa@example.org');
    await egypt.getByLabel('Voting delegate').selectOption({ label: 'Hana Mostafa' });
    await egypt.getByRole('button', { name: 'Save the delegation' }).click();
    await egypt.locator('[data-voting-delegate="no-account"]').waitFor();
    expect(await status.innerText()).toContain('Hana Mostafa');
    const voter = egypt.locator('tr[data-member-state="EGY"] li[data-voting="true"]');
    expect(await voter.innerText()).toContain('Hana Mostafa');
    expect(await voter.locator('[data-can-vote]').getAttribute('data-can-vote')).toBe('false');

    // A bad address is refused on its field.
    await egypt.getByLabel('E-mail of member 4').fill('not an address');
    await egypt.getByRole('button', { name: 'Save the delegation' }).click();
    await egypt.locator('#field-members-3-email-error').waitFor();
    expect(await egypt.getByLabel('E-mail of member 4').getAttribute('aria-invalid')).toBe('true');

    // Picked among Egypt's registered users instead: the address is the account's, the name stays hers.
    await egypt.getByLabel('Registered user of Egypt for member 4').selectOption('delegate.egypt@example.org');
    expect(await egypt.getByLabel('E-mail of member 4').inputValue()).toBe('delegate.egypt@example.org');
    expect(await egypt.getByLabel('Name of member 4').inputValue()).toBe('Hana Mostafa');
    await egypt.getByRole('button', { name: 'Save the delegation' }).click();
    await egypt.locator('[data-voting-delegate="can-vote"]').waitFor();
    expect(await status.innerText()).toContain('Hana Mostafa');
    expect(await voter.locator('[data-can-vote]').getAttribute('data-can-vote')).toBe('true');
    await expectNoSeriousViolations(egypt, 'the focal point’s page (en)');

    // The form sent each member's address; only Egypt's focal point and the secretariat read them back.
    const asFocalPoint = await egyptAs('focal.egypt@example.org');
    expect(asFocalPoint.members.map((member) => [member.name, member.email, member.hasAccount])).toEqual([
      ['Amina Said', 'focal.egypt@example.org', true],
      ['Omar Fathy', 'delegate.egypt@example.org', true],
      ['Laila Nour', null, false],
      ['Hana Mostafa', 'delegate.egypt@example.org', true],
    ]);
    const asPublic = await egyptAs(null);
    expect(asPublic.members.map((member) => member.email)).toEqual([null, null, null, null]);
    expect(asPublic.votingDelegateCanVote).toBe(true);
    const asTunisia = await egyptAs('focal.tunisia@example.org');
    expect(asTunisia.members.every((member) => member.email === null)).toBe(true);
  });

  it('shows presence and absence, a proxy and a check-out, and counts them', async () => {
    // Jordan, registered but absent, gives its proxy to Egypt.
    const jordan = await delegationsPage('focal.jordan@example.org');
    await jordan.getByRole('heading', { name: 'Update the delegation of Jordan' }).waitFor();
    await jordan.getByLabel('Give the proxy to').selectOption('EGY');
    await jordan.getByRole('button', { name: 'Give the proxy' }).click();
    await jordan.getByRole('button', { name: 'Withdraw the proxy' }).waitFor();
    expect(await jordan.locator('tr[data-member-state="JOR"]').innerText()).toContain('Proxy given to Egypt');

    // The secretariat sees Egypt and Tunisia in person, Jordan by proxy; checks Tunisia out.
    const secretariat = await delegationsPage('secretariat@example.org');
    await secretariat.locator('tr[data-member-state="JOR"][data-presence="by-proxy"]').waitFor();
    const summary = secretariat.locator('[data-presence-summary]');
    expect(await summary.locator('[data-in-person]').innerText()).toBe('Egypt, Tunisia');
    expect(await summary.locator('[data-by-proxy]').innerText()).toContain('Jordan');
    expect(await summary.locator('[data-total]').innerText()).toBe('3 of 3 delegations');
    await secretariat.getByRole('button', { name: 'Check out Tunisia' }).click();
    await secretariat.locator('tr[data-member-state="TUN"][data-presence="absent"]').waitFor();
    await secretariat.locator('[data-total]', { hasText: '2 of 3 delegations' }).waitFor();
    expect(await summary.locator('[data-quorum]').getAttribute('data-quorum')).toBe('reached');
    await expectNoSeriousViolations(secretariat, 'the secretariat’s page (en)');

    // The same page in Arabic, right to left, counted in Arabic plurals.
    const arabic = await delegationsPage('focal.egypt@example.org', 'ar');
    await arabic.locator('tr[data-member-state="EGY"][data-presence="in-person"]').waitFor();
    expect(await htmlAttributes(arabic)).toEqual({ lang: 'ar', dir: 'rtl' });
    expect(await arabic.locator('[data-total]').innerText()).toMatch(/ من (٣|3) وفود$/);
    await expectNoSeriousViolations(arabic, 'the focal point’s page (ar)');
  });
});

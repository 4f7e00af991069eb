import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, htmlAttributes, newReader, withoutIsolates } from './support/app.ts';
import { expectNoSeriousViolations } from './support/axe.ts';
import { launchBrowser } from './support/browser.ts';
import { startServer, type TestServer } from './support/server.ts';

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

/**
 * A write through the API in the chair's session, as another tab of theirs would make it (with the session's
 * CSRF token); fails the test on anything but 2xx.
 */
async function writeElsewhere(c: BrowserContext, origin: string, method: 'PUT' | 'POST', path: string, data: unknown) {
  const session = await c.request.get(`${origin}/api/v1/session`);
  const { csrfToken } = ((await session.json()) as { data: { csrfToken: string } }).data;
  const response = await c.request.fetch(`${origin}/api/v1${path}`, {
    method,
    headers: { 'x-csrf-token': csrfToken },
    data,
  });
  if (!response.ok()) {
    throw new Error(`${method} ${path} answered ${response.status()}: ${await response.text()}`);
  }
}

/** True when the focused element is within an element matching `selector`. */
const focusedWithin = (p: Page, selector: string) =>
  p.evaluate((within) => Boolean(document.activeElement?.closest(within)), selector);

describe('consolidating sample Resolution 901 at WTDC-17', () => {
  it('the chair settles the conflict on resolves 1, picks on resolves 2, adopts, and the library shows the new version', async () => {
    if (!page || !server || !context) {
      throw new Error('The server or the browser did not start.');
    }
    const url = server.url;

    // The chair signs in, then opens the compilation of Resolution 901.
    await page.goto(`${url}/meetings/wtdc-17?lang=en`);
    await page.getByRole('banner').getByRole('link', { name: 'Sign in' }).click();
    await page.getByLabel('E-mail address').fill('chair@example.org');
    await page.getByLabel('Password').fill(DEMO_PASSWORD);
    await page.getByRole('main').getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL((address) => address.pathname === '/meetings/wtdc-17');
    await page.locator('a[href="/meetings/wtdc-17/compilation"]').click();
    await page.locator('tr[data-version] th a').first().click();
    await page.locator('table.synoptic tr[data-provision="resolves.1"][data-class="conflict"]').waitFor();

    // "Consolidate" opens a draft in the interface language, which the version is stored in.
    await page.getByRole('button', { name: 'Consolidate' }).click();
    await page.waitForURL((address) => /^\/consolidation\/[0-9a-f-]{36}$/.test(address.pathname));
    const draftId = new URL(page.url()).pathname.split('/').pop() ?? '';
    const list = page.getByRole('navigation', { name: 'Provisions of the draft' });
    const resolves1 = list.locator('li[data-provision="resolves.1"]');
    // Each provision with its class in the compilation (read once the compilation has loaded).
    await resolves1.locator('[data-class="conflict"]').waitFor();
    await list.locator('li[data-provision="recognizing.abis"] [data-class="sup-mod"]').waitFor();

    // Resolves 1: Africa's and Europe's proposals collide on one word, so the draft brackets them.
    await resolves1.getByRole('link').click();
    const panel = page.locator('.provision-panel[data-provision="resolves.1"]');
    await panel.waitFor();
    await panel.locator('.picks__item[data-source="AFCP"] input').check();
    await panel.locator('.picks__item[data-source="EUR"] input').check();
    await panel.getByRole('button', { name: 'Merge the 2 ticked proposals' }).click();
    const brackets = panel.locator('.draft-text .draft-text__brackets');
    await brackets.waitFor();
    expect(await brackets.locator('ins').allTextContents()).toEqual([
      expect.stringContaining('support'),
      expect.stringContaining('promote'),
    ]);
    // The draft text as the chair edits it prints the brackets.
    expect(await panel.getByRole('textbox', { name: 'Text of the provision' }).inputValue()).toBe(
      'to [support] / [promote] the establishment of community centres for digital skills;',
    );
    expect(await resolves1.getAttribute('data-markers')).toContain('brackets');

    // Each change names its proposal: on hover, on keyboard focus, and to screen readers.
    const support = panel.locator('.draft-text ins', { hasText: 'support' });
    expect(await support.getAttribute('data-from')).toMatch(/^AFCP\/\d+\/1$/);
    expect(await support.locator('.visually-hidden').first().textContent()).toMatch(/inserted by .*AFCP\/\d+\/1/);
    await support.hover();
    expect(await support.locator('.provenance__tip').isVisible()).toBe(true);
    await page.mouse.move(0, 0);
    await support.focus();
    expect(await support.locator('.provenance__tip').isVisible()).toBe(true);
    expect(withoutIsolates(await support.locator('.provenance__tip').innerText())).toMatch(
      /^inserted by AFCP\/\d+\/1$/,
    );

    // The alternatives side by side, each with its sources and a button, and the text in force.
    const alternatives = panel.locator('.bracket .alternative');
    expect(await alternatives.count()).toBe(3);
    expect(await alternatives.nth(0).locator('.alternative__sources').innerText()).toMatch(/AFCP\/\d+\/1/);
    expect(await alternatives.nth(1).locator('.alternative__sources').innerText()).toMatch(/EUR\/\d+\/1/);
    await panel.getByRole('button', { name: 'Keep the text in force' }).waitFor();

    // Adoption waits for the bracket, which is listed with a link to its provision.
    const adopt = page.getByRole('button', { name: 'Adopt…' });
    expect(await adopt.isDisabled()).toBe(true);
    expect(await page.locator('.adoption [data-open-brackets="1"] a').getAttribute('href')).toBe(
      `/consolidation/${draftId}?provision=resolves.1`,
    );

    await expectNoSeriousViolations(page, 'the workspace (en)');
    await page.goto(`${url}/consolidation/${draftId}?provision=resolves.1&lang=ar`);
    await page.locator('.provision-panel[data-provision="resolves.1"] .draft-text__brackets').waitFor();
    expect(await htmlAttributes(page)).toEqual({ lang: 'ar', dir: 'rtl' });
    expect(await page.locator('.draft-text').getAttribute('dir')).toBe('ltr');
    await expectNoSeriousViolations(page, 'the workspace (ar)');
    await page.goto(`${url}/consolidation/${draftId}?provision=resolves.1&lang=en`);
    await panel.locator('.draft-text__brackets').waitFor();

    // Typing over a bracket is refused on the field: brackets are settled by choosing.
    const textBox = panel.getByRole('textbox', { name: 'Text of the provision' });
    await textBox.fill('to support the establishment of community centres for digital skills;');
    await panel.getByRole('button', { name: 'Save the text' }).click();
    await panel.locator('.field__error', { hasText: 'changes, removes or moves a bracket' }).waitFor();
    expect(await textBox.getAttribute('aria-invalid')).toBe('true');
    await panel.getByRole('button', { name: 'Undo my changes' }).click();
    expect(await panel.locator('.field__error').count()).toBe(0);

    // Meanwhile another tab of the chair's merges Egypt's NOC on resolves 3: the screen's revision is stale.
    const draft = (await (await context.request.get(`${url}/api/v1/consolidation-drafts/${draftId}`)).json()) as {
      data: { revision: number; provisions: { id: string; available: { id: string; source: string }[] }[] };
    };
    const egyOn3 = draft.data.provisions
      .find((provision) => provision.id === 'resolves.3')
      ?.available.find((proposal) => proposal.source === 'EGY');
    await writeElsewhere(context, url, 'PUT', `/consolidation-drafts/${draftId}/provisions/resolves.3/picks`, {
      expectedRevision: draft.data.revision,
      proposals: [egyOn3?.id],
    });
    await panel.getByRole('button', { name: 'Choose alternative 2' }).click();
    const stale = page.locator('[data-stale="true"]');
    await stale.waitFor();
    expect(await stale.getAttribute('role')).toBe('alert');
    expect(await stale.innerText()).toContain('has been reloaded');
    await list.locator('li[data-provision="resolves.3"][data-markers~="picked"]').waitFor();
    expect(await brackets.count()).toBe(1);

    // Now on the current revision, the chair chooses Europe's reading.
    await panel.getByRole('button', { name: 'Choose alternative 2' }).click();
    await brackets.waitFor({ state: 'detached' });
    expect(await stale.count()).toBe(0);
    expect(await panel.locator('.draft-text ins', { hasText: 'promote' }).getAttribute('data-from')).toMatch(
      /^EUR\/\d+\/1$/,
    );
    expect(await resolves1.getAttribute('data-markers')).not.toContain('brackets');

    // An edit, with its live preview, recorded as the chair's.
    const current = await textBox.inputValue();
    await textBox.fill(current.replace('establishment', 'establishment and sustainability'));
    const preview = panel.getByRole('region', { name: 'Your changes to the draft text' });
    expect(await preview.locator('ins').innerText()).toContain('and sustainability');
    await panel.getByRole('button', { name: 'Save the text' }).click();
    await panel.locator('.draft-text ins[data-from="chair"]', { hasText: 'sustainability' }).waitFor();

    // Resolves 2: Egypt's proposal alone.
    await list.locator('li[data-provision="resolves.2"]').getByRole('link').click();
    const resolves2 = page.locator('.provision-panel[data-provision="resolves.2"]');
    await resolves2.locator('.picks__item[data-source="EGY"] input').check();
    await resolves2.getByRole('button', { name: 'Merge the ticked proposal' }).click();
    await resolves2.locator('.draft-text ins', { hasText: 'regional offices' }).waitFor();
    expect(await resolves2.locator('.draft-text ins').first().getAttribute('data-from')).toMatch(/^EGY\/\d+\/1$/);

    // Adoption: the dialog names the new version and the superseded one; Escape returns to the button.
    await adopt.click();
    const dialog = page.getByRole('dialog', { name: 'Adopt this draft?' });
    await dialog.waitFor();
    const said = withoutIsolates(await dialog.innerText());
    expect(said).toContain('Resolution 901 (Rev. Buenos Aires, 2017)');
    expect(said).toContain('Resolution 901 (Rev. Dubai, 2014) then becomes superseded');
    expect(await focusedWithin(page, 'dialog')).toBe(true);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Adopt…');
    await page.keyboard.press('Enter');
    await dialog.waitFor();
    await dialog.getByRole('button', { name: 'Yes, adopt' }).click();
    const adopted = page.locator('[data-adopted="revised"]');
    await adopted.waitFor();
    expect(withoutIsolates(await adopted.innerText())).toContain(
      'Resolution 901 (Rev. Buenos Aires, 2017) is in force',
    );

    // The new version in the texts library, in force, with its lineage; the old one superseded.
    await adopted.getByRole('link').click();
    await page.getByRole('heading', { level: 1, name: 'Resolution 901 (Rev. Buenos Aires, 2017)' }).waitFor();
    const versions = page.locator('ul.versions > li');
    expect(await versions.count()).toBe(2);
    const fresh = versions.nth(0);
    expect(await fresh.getAttribute('data-version-status')).toBe('in-force');
    expect(await fresh.locator('[aria-current="page"]').innerText()).toBe('Rev. Buenos Aires, 2017');
    const adoptedAt = fresh.locator('[data-lineage="adopted-at"] a');
    expect(await adoptedAt.getAttribute('href')).toBe('/meetings/wtdc-17');
    expect(await adoptedAt.innerText()).toMatch(/^at /);
    expect(await fresh.locator('[data-lineage="revises"]').innerText()).toBe('revises Rev. Dubai, 2014');
    const old = versions.nth(1);
    expect(await old.getAttribute('data-version-status')).toBe('superseded');
    expect(await old.locator('.badge').innerText()).toBe('Superseded');
    expect(await old.locator('[data-lineage="superseded-by"]').innerText()).toBe(
      'superseded by Rev. Buenos Aires, 2017',
    );
    expect(await page.getByRole('main').innerText()).toContain(
      'to promote the establishment and sustainability of community centres',
    );

    await page.goto(`${url}/texts?kind=resolution&lang=en`);
    const entry = page.locator('article[data-instrument="resolution-901"]');
    await entry.locator('li[data-version-status="in-force"]', { hasText: 'Rev. Buenos Aires, 2017' }).waitFor();
    await entry.locator('li[data-version-status="superseded"]', { hasText: 'Rev. Dubai, 2014' }).waitFor();
  });
});

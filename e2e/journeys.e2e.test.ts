import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, htmlAttributes, newReader } from './support/app.ts';
import { launchBrowser } from './support/browser.ts';
import { REPO_ROOT, startServer, type TestServer } from './support/server.ts';
import { JOURNEY_TEXTS, type JourneyTexts } from './support/journey-texts.ts';

const ARTIFACTS = path.join(REPO_ROOT, 'e2e', 'artifacts');

let server: TestServer | undefined;
let browser: Browser | undefined;
let context: BrowserContext | undefined;

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
});

afterEach(async () => {
  await context?.close();
  context = undefined;
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

/** Opens a path in a fresh reader's browser, in the journey's language. */
async function open(pathname: string, language: string): Promise<Page> {
  if (!browser || !server) {
    throw new Error('The server or the browser did not start.');
  }
  const reader = await newReader(browser);
  context = reader.context;
  await reader.page.goto(`${server.url}${pathname}${pathname.includes('?') ? '&' : '?'}lang=${language}`);
  return reader.page;
}

/** Signs in through the sign-in page, first with a wrong password, then the right one; ends on `/audit`. */
async function signInAsSecretariat(page: Page, text: JourneyTexts): Promise<void> {
  const main = page.getByRole('main');
  await main.getByText(text.signInNeeded).waitFor();
  await main.getByRole('link', { name: text.signIn }).click();
  await page.waitForURL(
    (url) => url.pathname === '/sign-in' && url.searchParams.get('next')?.startsWith('/audit') === true,
  );

  await page.getByLabel(text.email).fill('secretariat@example.org');
  await page.getByLabel(text.password).fill('not-the-password');
  await main.getByRole('button', { name: text.signIn }).click();
  expect(await main.getByRole('alert').innerText()).toBe(text.wrongPassword);
  expect(await page.getByLabel(text.email).inputValue()).toBe('secretariat@example.org');

  await page.getByLabel(text.password).fill(DEMO_PASSWORD);
  await main.getByRole('button', { name: text.signIn }).click();
  await page.waitForURL((url) => url.pathname === '/audit');
  await page.getByRole('heading', { level: 1, name: text.auditTitle }).waitFor();
  const account = page.locator('.session__user');
  expect(await account.locator('.session__name').innerText()).toBe('Secretariat (demo)');
  expect(await account.locator('.session__role').innerText()).toBe(text.secretariat);
}

describe.each(Object.values(JOURNEY_TEXTS))('journeys in $language', (text) => {
  const { language } = text;

  it('finds a Member State in the directory, filters by region, and opens its page', async () => {
    const page = await open('/member-states', language);
    await page.locator('section[data-region="arab-states"]').waitFor();

    await page.getByLabel(text.search, { exact: true }).fill(text.egypt);
    await page.waitForURL((url) => url.searchParams.get('q') === text.egypt);
    await page.getByText(text.oneFound, { exact: true }).waitFor();

    await page.getByLabel(text.region, { exact: true }).selectOption('europe');
    await page.getByText(text.noneFound).waitFor();
    await page.getByLabel(text.region, { exact: true }).selectOption('arab-states');
    await page.waitForURL((url) => url.searchParams.get('region') === 'arab-states');
    const states = page.locator('.state__name');
    await page.getByText(text.oneFound, { exact: true }).waitFor();
    expect(await states.allInnerTexts()).toEqual([text.egypt]);

    await states.first().click();
    await page.waitForURL((url) => url.pathname === '/member-states/EGY');
    // The page shows its own heading once the state has loaded.
    await page.getByRole('heading', { level: 1, name: text.egypt, exact: true }).waitFor();
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe(text.egypt);
    expect(await htmlAttributes(page)).toEqual({ lang: language, dir: language === 'ar' ? 'rtl' : 'ltr' });
    expect(
      await page.locator('[data-organization]').evaluateAll((items) => items.map((i) => i.dataset.organization)),
    ).toEqual(['ARAB', 'ATU']);
    expect(await page.locator('[data-organization="ATU"]').innerText()).toContain(text.atuName);
    expect(await page.locator('span[lang="ar"]').innerText()).toBe('مصر');
    expect(await page.locator('span[lang="fr"]').innerText()).toBe('Égypte');

    const history = page.locator('[data-cycle]');
    expect(await history.evaluateAll((items) => items.map((i) => i.dataset.cycle))).toEqual([
      'wtdc-02',
      'wtdc-06',
      'wtdc-10',
      'wtdc-14',
      'wtdc-17',
    ]);
    expect(await page.locator('[data-cycle="wtdc-14"] .history__note').innerText()).toBe(text.conferenceOnly);
    const rpm = page.locator('[data-cycle="wtdc-17"] .history__meeting').filter({ hasText: text.rpmArbTitle });
    expect(await rpm.locator('time').getAttribute('datetime')).toBe('2017-01-30');
  });

  it('opens the conference from the timeline, with its deadline counting down', async () => {
    const page = await open('/', language);
    const conference = page.locator('article[data-meeting-type="conference"]');
    await conference.waitFor();
    if (language === 'ar') {
      mkdirSync(ARTIFACTS, { recursive: true });
      await page.screenshot({ path: path.join(ARTIFACTS, 'timeline-ar.png'), fullPage: true });
    }
    await conference.locator('h3 a').click();
    await page.waitForURL((url) => url.pathname === '/meetings/wtdc-17');
    // The meeting's own title, not the timeline's heading that was there a moment before.
    await page.getByRole('heading', { level: 1, name: /\(WTDC-17\)/ }).waitFor();
    const contributions = page.locator('[data-deadline-kind="contributions"]');
    expect(await contributions.locator('time').getAttribute('datetime')).toMatch(/^2017-09-25T23:59:59/);
    // The demo clock starts on 1 Sep 2017 with the server: 24 whole days remain before 25 Sep, 23:59:59.
    expect(await contributions.locator('.deadline__countdown').innerText()).toMatch(text.closesIn24Days);
    expect(await page.getByRole('link', { name: text.edit }).count()).toBe(0);
  });

  it('signs the secretariat in, edits a meeting, and shows the change in the audit trail', async () => {
    const page = await open('/audit', language);
    await signInAsSecretariat(page, text);

    await page.goto(`${server?.url}/meetings/rpm-arb-2017`);
    await page.getByRole('link', { name: text.edit }).click();
    await page.waitForURL((url) => url.pathname === '/meetings/rpm-arb-2017/edit');
    const title = page.getByLabel(text.titleField);
    const before = await title.inputValue();
    expect(before).not.toBe('');
    await title.fill(text.newTitle);

    // A mistake first: the server's issue shows on its field, and what was typed stays.
    const endsOn = page.getByLabel(text.endsOnField);
    await endsOn.fill('2017-01-01');
    await page.getByRole('button', { name: text.save }).click();
    await page.locator('#field-endsOn-error').waitFor();
    expect(await page.locator('#field-endsOn-error').innerText()).toBe(text.endsBeforeStart);
    expect(await endsOn.getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('.error-summary').isVisible()).toBe(true);
    expect(await title.inputValue()).toBe(text.newTitle);

    await endsOn.fill('2017-02-01');
    await page.getByRole('button', { name: text.save }).click();
    await page.waitForURL((url) => url.pathname === '/meetings/rpm-arb-2017');
    await page.getByRole('heading', { level: 1, name: text.newTitle }).waitFor();

    await page.getByRole('link', { name: text.auditTitle }).click();
    await page.getByLabel(text.entityType).selectOption('meeting');
    await page.getByLabel(text.action, { exact: true }).fill('meeting.update');
    await page.getByRole('button', { name: text.applyFilters }).click();
    await page.waitForURL((url) => url.searchParams.get('action') === 'meeting.update');
    // The unfiltered page stays on screen until the filtered one arrives.
    await page.locator('tr[data-action]:not([data-action="meeting.update"])').first().waitFor({ state: 'detached' });
    const newest = page.locator('tr[data-action]').first();
    expect(await page.locator('tr[data-action]').evaluateAll((rows) => rows.map((r) => r.dataset.action))).toEqual(
      Array(language === 'en' ? 1 : 2).fill('meeting.update'),
    );
    expect(await newest.innerText()).toContain('Secretariat (demo)');
    expect(await newest.getByRole('link', { name: text.newTitle }).count()).toBe(1);

    await newest.getByRole('button', { name: text.showOneChange }).click();
    const changes = page.locator('table.changes tr[data-field]');
    expect(await changes.evaluateAll((rows) => rows.map((r) => r.dataset.field))).toEqual(['title']);
    expect(await changes.locator('.changes__before').innerText()).toContain(before);
    expect(await changes.locator('.changes__after').innerText()).toContain(text.newTitle);
    expect(await changes.locator('.changes__after').innerText()).not.toContain(before);
  });
});

import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { htmlAttributes, newReader, signInThroughApi, withoutIsolates } from './support/app.ts';
import { expectNoSeriousViolations } from './support/axe.ts';
import { launchBrowser } from './support/browser.ts';
import { apiWrite } from './support/contributions.ts';
import { startServer, type TestServer } from './support/server.ts';

let server: TestServer | undefined;
let browser: Browser | undefined;
let context: BrowserContext | undefined;
let page: Page | undefined;
const contexts: BrowserContext[] = [];

/** A text of this test's own, so that nothing depends on the demo's texts or drafts. */
const SAMPLE = [
  'RESOLUTION 977 (Rev. Dubai, 2014)',
  'Sample text for adoption checks',
  'The World Telecommunication Development Conference (Dubai, 2014),',
  'considering',
  'a)\tthat drafts are merged by a chair;',
  'b)\tthat adoption cannot be undone,',
  'resolves',
  '1\tto adopt only what the chair has merged;',
  '2\tto say what adoption changes.',
].join('\n');

/** The records the pages show, made through the API before the journey. */
const made = { draftId: '', egyptNumbers: [] as string[], brazilNumber: '' };

/** A contribution to WTDC-17 by a focal point, with its proposals, submitted; answers the proposal numbers. */
async function contribution(email: string, memberState: string, versionId: string, proposals: object[]) {
  const { context: own } = await newReader(browser!);
  contexts.push(own);
  const url = server!.url;
  await signInThroughApi(own, url, email);
  const draft = await apiWrite<{ id: string }>(own, url, 'POST', '/contributions', {
    meeting: 'wtdc-17',
    title: { en: `Proposals of ${memberState} on Resolution 977 (e2e)` },
    originalLanguage: 'en',
    memberState,
  });
  for (const proposal of proposals) {
    await apiWrite(own, url, 'POST', `/contributions/${draft.id}/proposals`, {
      ...proposal,
      target: { kind: 'provision', versionId, ...(proposal as { target: object }).target },
    });
  }
  await apiWrite(own, url, 'POST', `/contributions/${draft.id}/submit`);
  const read = await own.request.get(`${url}/api/v1/contributions/${draft.id}`);
  const { proposals: stored } = ((await read.json()) as { data: { proposals: { number: string }[] } }).data;
  return stored.map((proposal) => proposal.number);
}

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
  const url = server.url;
  const secretariat = await newReader(browser);
  contexts.push(secretariat.context);
  await signInThroughApi(secretariat.context, url, 'secretariat@example.org');
  const { versionId } = await apiWrite<{ versionId: string }>(secretariat.context, url, 'POST', '/instruments/import', {
    text: SAMPLE,
    language: 'en',
    versionLabel: 'Rev. Dubai, 2014',
    status: 'in-force',
  });
  made.egyptNumbers = await contribution('focal.egypt@example.org', 'EGY', versionId, [
    {
      mark: 'MOD',
      target: { provisionId: 'resolves.2' },
      text: 'to say what adoption changes, and by whom.',
      reasons: 'Clarity.',
    },
    { mark: 'ADD', target: { provisionId: 'considering.c' }, text: 'that a tick is not a merge,', reasons: 'Safety.' },
  ]);
  [made.brazilNumber = ''] = await contribution('focal.brazil@example.org', 'BRA', versionId, [
    { mark: 'SUP', target: { provisionId: 'considering.a' }, text: null, reasons: 'Not needed.' },
  ]);

  ({ context, page } = await newReader(browser));
  await signInThroughApi(context, url, 'chair@example.org');
  made.draftId = (
    await apiWrite<{ id: string }>(context, url, 'POST', '/consolidation-drafts', {
      meeting: 'wtdc-17',
      version: versionId,
      language: 'en',
    })
  ).id;
});

afterAll(async () => {
  await context?.close();
  for (const own of contexts) {
    await own.close();
  }
  await browser?.close();
  await server?.stop();
});

const workspace = (p: Page, query: string) => p.goto(`${server!.url}/consolidation/${made.draftId}?${query}`);

describe('adopting a consolidation draft', () => {
  it('says a draft that changes nothing changes nothing, before the step, in English and in Arabic', async () => {
    if (!page) {
      throw new Error('The server or the browser did not start.');
    }
    await workspace(page, 'provision=resolves.2&lang=en');
    const warning = page.locator('.adoption > [data-preview="unchanged"]');
    await warning.waitFor();
    expect(withoutIsolates(await warning.innerText())).toContain(
      'This draft changes nothing: Resolution 977 (Rev. Buenos Aires, 2017) would have exactly the provisions of Rev. Dubai, 2014.',
    );
    await page.getByRole('button', { name: 'Adopt…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Adopt this draft?' });
    await dialog.locator('[data-preview="unchanged"]').waitFor();
    const confirm = dialog.getByRole('button', { name: 'Yes, adopt unchanged' });
    expect(await confirm.isEnabled()).toBe(true);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });

    await workspace(page, 'provision=resolves.2&lang=ar');
    expect(await htmlAttributes(page)).toEqual({ lang: 'ar', dir: 'rtl' });
    await page.locator('.adoption > [data-preview="unchanged"]').waitFor();
    await page.getByRole('button', { name: 'اعتماد…' }).click();
    const arabic = page.getByRole('dialog', { name: 'هل يُعتمد هذا المشروع؟' });
    await arabic.getByRole('button', { name: 'نعم، اعتمد دون تغيير' }).waitFor();
    expect(await arabic.locator('[data-preview="unchanged"]').innerText()).toContain('لا يغيّر هذا المشروع شيئًا');
    await page.keyboard.press('Escape');
    await arabic.waitFor({ state: 'hidden' });
  });

  it('blocks adoption while proposals are ticked but not merged, or text typed but not saved', async () => {
    if (!page) {
      throw new Error('The server or the browser did not start.');
    }
    await workspace(page, 'provision=resolves.2&lang=en');
    const list = page.getByRole('navigation', { name: 'Provisions of the draft' });
    const adopt = page.getByRole('button', { name: 'Adopt…' });
    await page.locator('.adoption > [data-preview="unchanged"]').waitFor();
    expect(await adopt.isEnabled()).toBe(true);

    // Ticking Egypt's MOD says it is not merged yet, marks the provision, and holds adoption back.
    const resolves2 = page.locator('.provision-panel[data-provision="resolves.2"]');
    await resolves2.locator('.picks__item[data-source="EGY"] input').check();
    expect(await resolves2.locator('[data-unmerged="true"]').innerText()).toContain('Ticked, not merged yet');
    expect(await list.locator('li[data-provision="resolves.2"]').getAttribute('data-markers')).toContain('unsaved');
    const unsaved = page.locator('.adoption > [data-unsaved]');
    expect(await unsaved.getAttribute('data-unsaved')).toBe('1');
    expect(withoutIsolates(await unsaved.innerText())).toContain('resolves 2: proposals ticked, not merged');
    expect(await adopt.isDisabled()).toBe(true);
    expect(await page.locator('.adoption > [data-preview]').count()).toBe(0);

    // The ticks outlive a visit to another provision, where Egypt's ADD is ticked too.
    await list.locator('li[data-provision="considering.c"]').getByRole('link').click();
    const considering = page.locator('.provision-panel[data-provision="considering.c"]');
    await considering.locator('.picks__item[data-source="EGY"] input').check();
    await page.locator('.adoption > [data-unsaved="2"]').waitFor();
    await expectNoSeriousViolations(page, 'the workspace with ticks not merged');
    await unsaved.locator('li[data-provision="resolves.2"] a').click();
    await resolves2.waitFor();
    expect(await resolves2.locator('.picks__item[data-source="EGY"] input').isChecked()).toBe(true);

    // Merging resolves 2 leaves considering c) waiting; merging it too lets adoption go on.
    await resolves2.getByRole('button', { name: 'Merge the ticked proposal' }).click();
    await resolves2.locator('.draft-text ins', { hasText: 'and by whom' }).waitFor();
    await page.locator('.adoption > [data-unsaved="1"] li[data-provision="considering.c"]').waitFor();
    expect(await adopt.isDisabled()).toBe(true);
    await unsaved.locator('li[data-provision="considering.c"] a').click();
    await considering.getByRole('button', { name: 'Merge the ticked proposal' }).click();
    await considering.locator('.draft-text ins', { hasText: 'a tick is not a merge' }).waitFor();
    await unsaved.waitFor({ state: 'detached' });

    // Brazil's SUP of considering a), ticked then untouched by "Undo my ticks", then merged.
    await list.locator('li[data-provision="considering.a"]').getByRole('link').click();
    const consideringA = page.locator('.provision-panel[data-provision="considering.a"]');
    await consideringA.locator('.picks__item[data-source="BRA"] input').check();
    await page.locator('.adoption > [data-unsaved="1"]').waitFor();
    await consideringA.getByRole('button', { name: 'Undo my ticks' }).click();
    await unsaved.waitFor({ state: 'detached' });
    expect(await consideringA.locator('.picks__item[data-source="BRA"] input').isChecked()).toBe(false);
    await consideringA.locator('.picks__item[data-source="BRA"] input').check();
    await consideringA.getByRole('button', { name: 'Merge the ticked proposal' }).click();
    await consideringA.locator('[data-suppressed="true"]').waitFor();

    // Text typed and not saved holds adoption back too, until it is undone.
    await list.locator('li[data-provision="resolves.1"]').getByRole('link').click();
    const resolves1 = page.locator('.provision-panel[data-provision="resolves.1"]');
    await resolves1.getByRole('textbox', { name: 'Text of the provision' }).fill('to adopt what the chair merged;');
    await page.locator('.adoption > [data-unsaved="1"] li[data-unsaved-kind="edit"]').waitFor();
    expect(await resolves1.locator('[data-unsaved="true"]').innerText()).toContain('Not saved yet');
    expect(await adopt.isDisabled()).toBe(true);
    await resolves1.getByRole('button', { name: 'Undo my changes' }).click();
    await unsaved.waitFor({ state: 'detached' });
    expect(await adopt.isEnabled()).toBe(true);
  });

  it('summarises what the new version changes, by whose proposals, then adopts exactly that', async () => {
    if (!page || !context) {
      throw new Error('The server or the browser did not start.');
    }
    const [egyptMod = '', egyptAdd = ''] = made.egyptNumbers;
    const line = page.locator('.adoption > [data-preview="changes"]');
    await line.waitFor();
    expect(await line.innerText()).toBe(
      'Compared with the text in force: 1 provision modified, 1 provision added, 1 provision suppressed, and 1 provision renumbered.',
    );

    await page.getByRole('button', { name: 'Adopt…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Adopt this draft?' });
    const changes = dialog.locator('.adoption-change');
    await changes.first().waitFor();
    const summary = await changes.evaluateAll((items) =>
      items.map((item) => [
        item.getAttribute('data-change-kind'),
        item.getAttribute('data-provision'),
        item.getAttribute('data-by'),
        item.querySelector('.adoption-change__head')?.textContent ?? '',
      ]),
    );
    expect(summary.map(([kind, provision, by, head]) => [kind, provision, by, withoutIsolates(head ?? '')])).toEqual([
      ['suppressed', 'considering.a', made.brazilNumber, `Suppressed considering a) by ${made.brazilNumber}`],
      ['renumbered', 'considering.b', '', 'Renumbered considering b) becomes considering a)'],
      ['added', 'considering.c', egyptAdd, `Added considering b) by ${egyptAdd}`],
      ['modified', 'resolves.2', egyptMod, `Modified resolves 2 by ${egyptMod}`],
    ]);
    expect(await dialog.locator('.adoption-change[data-provision="resolves.2"] ins').innerText()).toContain(
      'and by whom',
    );
    await expectNoSeriousViolations(page, 'the adoption dialog with what the new version changes');
    await dialog.getByRole('button', { name: 'Yes, adopt' }).click();
    await page.locator('[data-adopted="revised"]').waitFor();

    // What the library stores is what the dialog said.
    const versionId = await page.locator('[data-new-version]').getAttribute('data-new-version');
    const response = await context.request.get(`${server!.url}/api/v1/instrument-versions/${versionId}`);
    const { provisions } = (
      (await response.json()) as {
        data: { provisions: { id: string; texts: { en: { num: string; text: string } } }[] };
      }
    ).data;
    expect(provisions.map((provision) => [provision.id, provision.texts.en.num, provision.texts.en.text])).toEqual([
      ['considering.a', 'a)', 'that adoption cannot be undone,'],
      ['considering.b', 'b)', 'that a tick is not a merge,'],
      ['resolves.1', '1', 'to adopt only what the chair has merged;'],
      ['resolves.2', '2', 'to say what adoption changes, and by whom.'],
    ]);
  });
});

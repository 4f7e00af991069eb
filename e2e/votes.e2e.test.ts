import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { htmlAttributes, newReader, signInThroughApi, withoutIsolates } from './support/app.ts';
import { expectNoSeriousViolations } from './support/axe.ts';
import { launchBrowser } from './support/browser.ts';
import { apiWrite } from './support/contributions.ts';
import { startServer, type TestServer } from './support/server.ts';

let server: TestServer | undefined;
let browser: Browser | undefined;
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
  const { context } = await newReader(browser);
  await signInThroughApi(context, server.url, 'secretariat@example.org');
  await registerDelegations(context, server.url);
  await context.close();
});

afterEach(async () => {
  await Promise.all(contexts.splice(0).map((context) => context.close()));
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

/** A signed-in reader's browser context and page. */
async function reader(email: string): Promise<{ context: BrowserContext; page: Page }> {
  if (!browser || !server) {
    throw new Error('The server or the browser did not start.');
  }
  const opened = await newReader(browser);
  contexts.push(opened.context);
  await signInThroughApi(opened.context, server.url, email);
  return opened;
}

/**
 * The demo ships Egypt and Tunisia registered and checked in, each headed by its demo focal point (so the focal
 * point is the voting delegate), and Jordan registered but absent: Jordan gives its proxy to Egypt, whose focal
 * point then casts two ballots.
 */
async function registerDelegations(context: BrowserContext, origin: string): Promise<void> {
  await apiWrite(context, origin, 'POST', '/meetings/wtdc-17/delegations/JOR/proxy', { holder: 'EGY' });
}

/** Casts one ballot on the voter's screen with the keyboard only: tick, review, cast; returns the receipt. */
async function castByKeyboard(page: Page, state: string, candidate: string): Promise<string> {
  const ballot = page.locator(`[data-ballot="${state}"]`);
  await ballot.getByRole('checkbox', { name: candidate }).focus();
  await page.keyboard.press('Space');
  // Past the blank-ballot box to "review my ballot".
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  // The focus is on the confirmation's heading; the next stop is "cast the ballot".
  await ballot.locator('[data-ballot-choice]').waitFor();
  expect(await ballot.locator('[data-ballot-choice]').innerText()).toContain(candidate);
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  const receipt = ballot.getByRole('textbox');
  await receipt.waitFor();
  // The receipt has the focus, ready to copy.
  expect(await receipt.evaluate((element) => element === document.activeElement)).toBe(true);
  const code = await receipt.inputValue();
  expect(code).toMatch(/^[A-Z2-9]{4}(-[A-Z2-9]{4}){3}$/);
  // "Copy", then "I have copied it": the ballot reads as voted.
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await page.locator(`[data-ballot="${state}"][data-voted="true"] p[tabindex="-1"]`).waitFor();
  return code;
}

describe('a secret election at WTDC-17, in Arabic', () => {
  it('nominates, checks the slate, votes by keyboard and shows the result', async () => {
    if (!server) {
      throw new Error('The server did not start.');
    }
    const origin = server.url;
    const secretariat = await reader('secretariat@example.org');

    // Egypt's focal point nominates a candidate for the chair of SG1 on the officers page.
    const egypt = await reader('focal.egypt@example.org');
    await egypt.page.goto(`${origin}/meetings/wtdc-17/officers?lang=ar`);
    await egypt.page.locator('#nomination-form-heading').waitFor();
    expect(await htmlAttributes(egypt.page)).toEqual({ lang: 'ar', dir: 'rtl' });
    await egypt.page.locator('#field-group').selectOption('SG1');
    await egypt.page.locator('#field-post').selectOption('chair');
    await egypt.page.locator('#field-candidateName').fill('Hala Mansour');
    await egypt.page.locator('#field-gender').selectOption('female');
    await egypt.page.locator('#field-candidateState').selectOption('EGY');
    await egypt.page.locator('#field-termsServed').fill('0');
    await egypt.page.locator('form[aria-labelledby="nomination-form-heading"] button[type="submit"]').click();
    await egypt.page.locator('[data-group="SG1"] [data-status="standing"]', { hasText: 'Hala Mansour' }).waitFor();

    // The secretariat sees the slate check of SG1 at once.
    await secretariat.page.goto(`${origin}/meetings/wtdc-17/officers?lang=ar`);
    await secretariat.page.locator('[data-slate-check="SG1"]').first().waitFor();

    // The secretariat prepares the secret election to the post and opens it.
    await secretariat.page.goto(`${origin}/meetings/wtdc-17/votes?lang=ar`);
    await secretariat.page.locator('#vote-form-heading').waitFor();
    await secretariat.page.locator('#field-title-en').fill('Election of the chair of SG1');
    await secretariat.page.locator('#field-title-ar').fill('انتخاب رئيس لجنة الدراسات 1');
    await secretariat.page.locator('#field-kind').selectOption('election');
    await secretariat.page.locator('#field-method').selectOption('secret');
    await secretariat.page.locator('input[name="vote-source"]').nth(1).check();
    await secretariat.page.locator('#field-officerPost').selectOption('SG1');
    await secretariat.page.locator('#field-post').selectOption('chair');
    await secretariat.page.locator('form[aria-labelledby="vote-form-heading"] button[type="submit"]').click();
    const row = secretariat.page.locator('tr[data-vote="1"]');
    await row.waitFor();
    await row.locator('button[type="submit"]').click();
    await secretariat.page.locator('tr[data-vote="1"][data-status="open"]').waitFor();
    const href = await row.getByRole('link').getAttribute('href');
    expect(href).toMatch(/^\/votes\//);

    // The projector view follows the count live.
    const projector = await reader('observer@example.org');
    await projector.page.goto(`${origin}${href}/results?lang=ar`);
    await projector.page.locator('[data-projector="open"] [data-ballots-received]').waitFor();

    // Egypt's voting delegate casts Egypt's ballot and Jordan's (by proxy) with the keyboard.
    await egypt.page.goto(`${origin}${href}?lang=ar`);
    await egypt.page.locator('[data-ballot="EGY"]').waitFor();
    await egypt.page.locator('[data-ballot="JOR"]').waitFor();
    await expectNoSeriousViolations(egypt.page, 'the voter’s screen (ar)');
    const candidate = 'Hala Mansour (EGY)';
    const receipt = await castByKeyboard(egypt.page, 'EGY', candidate);
    await castByKeyboard(egypt.page, 'JOR', candidate);
    await egypt.page.locator('[data-ballots-received="2"]').waitFor();
    await projector.page.locator('[data-projector="open"] [data-ballots-received="2"]').waitFor();

    // The secretariat closes the vote, after confirming.
    await secretariat.page.locator('tr[data-vote="1"] button').click();
    await secretariat.page.locator('tr[data-vote="1"] [role="group"] button').first().click();
    await secretariat.page.locator('tr[data-vote="1"][data-status="closed"]').waitFor();

    // The projector shows the result live: the candidate elected.
    await projector.page.locator('[data-projector="closed"] [data-result="elected"]').first().waitFor();
    expect(withoutIsolates(await projector.page.locator('[data-standing="elected"]').innerText())).toContain(candidate);
    // Numbers as the reader's locale writes them (the browser's Arabic digits).
    const two = await projector.page.evaluate(() => new Intl.NumberFormat('ar').format(2));
    expect(await projector.page.locator('[data-votes-cast]').innerText()).toBe(two);
    expect(await htmlAttributes(projector.page)).toEqual({ lang: 'ar', dir: 'rtl' });
    await expectNoSeriousViolations(projector.page, 'the results view (ar)');

    // After the close, Egypt checks that its ballot was counted.
    await egypt.page.locator('[data-tally][data-result="elected"]').waitFor();
    await egypt.page.getByRole('textbox').fill(receipt);
    await egypt.page.keyboard.press('Enter');
    expect(await egypt.page.locator('[data-receipt-counted]').innerText()).toContain(candidate);
  });
});

/** Prepares a question on the votes page (the secretariat's) and opens it; returns its row. */
async function prepareQuestion(page: Page, title: string, method: 'roll-call' | 'show-of-hands', letter?: string) {
  await page.getByLabel('Title in English').fill(title);
  await page.getByLabel('Kind').selectOption('question');
  await page.getByLabel('Method').selectOption(method);
  await page.getByRole('button', { name: 'Prepare the vote' }).click();
  const row = page.locator('tr', { hasText: title });
  await row.waitFor();
  if (letter !== undefined) {
    await row.getByLabel('Letter drawn by lot').selectOption(letter);
  }
  await row.getByRole('button', { name: /^Open vote/ }).click();
  await page.locator('tr[data-status="open"]', { hasText: title }).waitFor();
  return row;
}

/** Closes a vote from its row, confirming, and waits for its result. */
async function closeVote(page: Page, title: string): Promise<string | null> {
  const row = page.locator('tr', { hasText: title });
  await row.getByRole('button', { name: /^Close vote/ }).click();
  await row.getByRole('button', { name: 'Close and count' }).click();
  const closed = page.locator('tr[data-status="closed"]', { hasText: title });
  await closed.waitFor();
  return closed.locator('td[data-result]').getAttribute('data-result');
}

describe('a roll-call and a show of hands, conducted by the secretariat in English', () => {
  it('records the answers in the order of the call and the counts, and counts both', async () => {
    if (!server) {
      throw new Error('The server did not start.');
    }
    const { page } = await reader('secretariat@example.org');
    await page.goto(`${server.url}/meetings/wtdc-17/votes?lang=en`);
    await page.getByRole('heading', { name: 'Prepare a vote' }).waitFor();

    // The roll is called from T in French order: Tunisie, then round to Égypte and Jordanie (by Egypt's proxy).
    await prepareQuestion(page, 'Adopt draft Resolution 9', 'roll-call', 'T');
    const answers = [
      ['Tunisia', 'Yes'],
      ['Egypt', 'Yes'],
      ['Jordan', 'No'],
    ] as const;
    for (const [state, answer] of answers) {
      await page.getByLabel(`Answer of ${state}`).selectOption({ label: answer });
      await page.getByRole('button', { name: 'Record the answer' }).click();
      await page.locator('[data-roll-call] li', { hasText: `${state} – ${answer}` }).waitFor();
    }
    const called = await page
      .locator('[data-roll-call] li')
      .evaluateAll((items) => items.map((item) => item.getAttribute('data-state')));
    expect(called).toEqual(['TUN', 'EGY', 'JOR']);
    await expectNoSeriousViolations(page, 'the votes page with a roll-call (en)');
    expect(await closeVote(page, 'Adopt draft Resolution 9')).toBe('adopted');

    // A show of hands: counts over the states present or represented are refused, then the right ones kept.
    await prepareQuestion(page, 'Postpone agenda item 4', 'show-of-hands');
    await page.getByLabel('Yes').fill('1');
    await page.getByLabel('No').fill('1');
    await page.getByLabel('Abstain').fill('2');
    await page.getByRole('button', { name: 'Save the counts' }).click();
    await page.getByText('More hands than states present or represented.').waitFor();
    await page.getByLabel('Abstain').fill('0');
    await page.getByLabel('No').fill('2');
    await page.getByRole('button', { name: 'Save the counts' }).click();
    await page.getByText('The counts are saved.').waitFor();
    expect(await closeVote(page, 'Postpone agenda item 4')).toBe('rejected');
  });
});

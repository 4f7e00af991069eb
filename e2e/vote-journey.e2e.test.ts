import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { htmlAttributes, signInThroughApi, withoutIsolates } from './support/app.ts';
import { expectNoSeriousViolations } from './support/axe.ts';
import { launchBrowser } from './support/browser.ts';
import { apiWrite } from './support/contributions.ts';
import { startServer, type TestServer } from './support/server.ts';

/**
 * Issue 13: a vote taken from the web app alone, in Arabic, on the demo as it ships (Egypt and Tunisia checked in,
 * Jordan absent): Egypt's focal point names the voting delegate by a registered user's e-mail, the secretariat
 * checks Egypt in, the delegate casts, the secretariat closes, and the projector shows the result in full.
 */

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

/** A browser page signed in as `email` (anonymous for null), at a viewport of its own. */
async function reader(email: string | null, viewport = { width: 1280, height: 900 }) {
  if (!browser || !server) {
    throw new Error('The server or the browser did not start.');
  }
  const context = await browser.newContext({ locale: 'en-GB', viewport });
  contexts.push(context);
  if (email !== null) {
    await signInThroughApi(context, server.url, email);
  }
  return { context, page: await context.newPage() };
}

/** Latin digits for a number written in Arabic-Indic ones (whichever the locale's formatter chose). */
const latin = (text: string) => withoutIsolates(text).replace(/[٠-٩]/g, (d) => String(d.charCodeAt(0) - 0x660));

/** Size and place of the elements matching `selector`: font size and box, in CSS pixels. */
function boxes(page: Page, selector: string) {
  return page.locator(selector).evaluateAll((elements) =>
    elements.map((element) => {
      const box = element.getBoundingClientRect();
      return {
        text: (element as HTMLElement).innerText,
        fontSize: parseFloat(getComputedStyle(element).fontSize),
        height: box.height,
        bottom: box.bottom,
      };
    }),
  );
}

describe('a vote from the web app alone, in Arabic', () => {
  it('names Egypt’s voting delegate, checks Egypt in, casts, closes and projects the full result', async () => {
    if (!server) {
      throw new Error('The server did not start.');
    }
    const origin = server.url;

    // The secretariat finds presence and absence at once, and checks Egypt out for its new delegation.
    const secretariat = await reader('secretariat@example.org');
    await secretariat.page.goto(`${origin}/meetings/wtdc-17/delegations?lang=ar`);
    await secretariat.page.locator('tr[data-member-state="JOR"][data-presence="absent"]').waitFor();
    await secretariat.page.locator('tr[data-member-state="TUN"][data-presence="in-person"]').waitFor();
    // Listed with the Arabic conjunction, not a Latin comma ("مصر, تونس").
    expect(
      withoutIsolates(await secretariat.page.locator('[data-presence-summary] [data-in-person]').innerText()),
    ).toBe('مصر وتونس');
    await secretariat.page.getByRole('button', { name: 'تسجيل مغادرة مصر' }).click();
    await secretariat.page.locator('tr[data-member-state="EGY"][data-presence="absent"]').waitFor();

    // Egypt's focal point names its delegate Omar Fathy voting delegate. Without an address he cannot vote...
    const egypt = await reader('focal.egypt@example.org');
    await egypt.page.goto(`${origin}/meetings/wtdc-17/delegations?lang=ar`);
    await egypt.page.getByRole('heading', { name: 'تعديل وفد مصر' }).waitFor();
    expect(await htmlAttributes(egypt.page)).toEqual({ lang: 'ar', dir: 'rtl' });
    await egypt.page.getByLabel('البريد الإلكتروني للعضو 2').fill('');
    await egypt.page.getByLabel('المندوب المصوّت').selectOption({ label: 'Omar Fathy' });
    await egypt.page.getByRole('button', { name: 'حفظ الوفد' }).click();
    const status = egypt.page.locator('[data-voting-delegate]');
    await egypt.page.locator('[data-voting-delegate="no-account"]').waitFor();
    expect(withoutIsolates(await status.innerText())).toContain('Omar Fathy (مندوب) يصوّت باسم مصر.');
    expect(await status.innerText()).toContain('لا يوجد حساب تابع لـمصر');
    // ...picked among Egypt's registered users, he can.
    await egypt.page.getByLabel('مستخدم مسجّل من مصر للعضو 2').selectOption('delegate.egypt@example.org');
    expect(await egypt.page.getByLabel('البريد الإلكتروني للعضو 2').inputValue()).toBe('delegate.egypt@example.org');
    await egypt.page.getByRole('button', { name: 'حفظ الوفد' }).click();
    await egypt.page.locator('[data-voting-delegate="can-vote"]').waitFor();
    expect(await status.innerText()).toContain('لديه حساب تابع لـمصر');
    await expectNoSeriousViolations(egypt.page, 'the focal point’s delegation form (ar)');

    // The secretariat checks Egypt in, and Jordan, which has arrived.
    await secretariat.page.reload();
    await secretariat.page.getByRole('button', { name: 'تسجيل حضور مصر' }).click();
    await secretariat.page.locator('tr[data-member-state="EGY"][data-presence="in-person"]').waitFor();
    await secretariat.page.getByRole('button', { name: 'تسجيل حضور الأردن' }).click();
    await secretariat.page.locator('tr[data-member-state="JOR"][data-presence="in-person"]').waitFor();

    // The secretariat prepares a secret question and opens it.
    await secretariat.page.goto(`${origin}/meetings/wtdc-17/votes?lang=ar`);
    await secretariat.page.locator('#vote-form-heading').waitFor();
    await secretariat.page.locator('#field-title-en').fill('Adopt the revision of Resolution 901');
    await secretariat.page.locator('#field-title-ar').fill('اعتماد مراجعة القرار 901');
    await secretariat.page.locator('#field-kind').selectOption('question');
    await secretariat.page.locator('#field-method').selectOption('secret');
    await secretariat.page.locator('form[aria-labelledby="vote-form-heading"] button[type="submit"]').click();
    const row = secretariat.page.locator('tr[data-vote="1"]');
    await row.waitFor();
    await row.locator('button[type="submit"]').click();
    await secretariat.page.locator('tr[data-vote="1"][data-status="open"]').waitFor();
    const href = await row.getByRole('link').getAttribute('href');

    // The projector: a page of its own on a 1920×1080 screen, following the count live.
    const projector = await reader(null, { width: 1920, height: 1080 });
    await projector.page.goto(`${origin}${href}/results?lang=ar`);
    const count = projector.page.locator('[data-projector="open"] [data-ballots-received]');
    await count.waitFor();
    expect(latin(await count.innerText())).toBe('لم ترد أي ورقة اقتراع من 3');

    // Egypt's focal point no longer casts Egypt's ballot; Omar Fathy, signed in as Egypt's delegate, does.
    await egypt.page.goto(`${origin}${href}?lang=ar`);
    await egypt.page.locator('.notice', { hasText: 'لا تدلي بأي ورقة في هذا التصويت' }).waitFor();
    expect(await egypt.page.locator('[data-ballot]').count()).toBe(0);
    const delegate = await reader('delegate.egypt@example.org');
    await delegate.page.goto(`${origin}${href}?lang=ar`);
    const ballot = delegate.page.locator('[data-ballot="EGY"]');
    await ballot.locator('input[type="radio"][value="yes"]').check();
    await ballot.getByRole('button', { name: 'مراجعة ورقتي' }).click();
    await ballot.getByRole('button', { name: 'الإدلاء بورقة الاقتراع' }).click();
    await delegate.page.locator('[data-ballot="EGY"][data-voted="true"]').waitFor();

    // One ballot is "ورقة اقتراع واحدة", not a plural.
    await projector.page.locator('[data-projector="open"] [data-ballots-received="1"]').waitFor();
    expect(latin(await count.innerText())).toBe('وردت ورقة اقتراع واحدة من 3');

    // Tunisia votes for, Jordan casts a blank ballot; the secretariat closes the vote.
    for (const [email, state, choice] of [
      ['focal.tunisia@example.org', 'TUN', 'yes'],
      ['focal.jordan@example.org', 'JOR', 'blank'],
    ] as const) {
      const voter = await reader(email);
      await apiWrite(voter.context, origin, 'POST', `${href}/ballots`, { state, choice });
    }
    await projector.page.locator('[data-projector="open"] [data-ballots-received="3"]').waitFor();
    expect(latin(await count.innerText())).toBe('وردت 3 أوراق اقتراع من 3');
    await secretariat.page.locator('tr[data-vote="1"] button').click();
    await secretariat.page.locator('tr[data-vote="1"] [role="group"] button').first().click();
    await secretariat.page.locator('tr[data-vote="1"][data-status="closed"]').waitFor();

    // The projector shows the result live, in full: for, against, abstentions with the blank, the majority.
    await projector.page.locator('[data-projector="closed"] .projector__result[data-result="adopted"]').waitFor();
    const figure = async (id: string) =>
      latin(await projector.page.locator(`[data-figure="${id}"] .projector__value`).innerText());
    expect(await figure('votesFor')).toBe('2');
    expect(await figure('votesAgainst')).toBe('0');
    expect(await figure('abstentions')).toBe('1');
    expect(await figure('votesCast')).toBe('2');
    expect(await figure('majorityRequired')).toBe('2');
    expect(await projector.page.locator('[data-figure="abstentions"] .projector__label').innerText()).toContain(
      'منها ورقة بيضاء واحدة',
    );
    expect(latin(await projector.page.locator('.projector__explanation').innerText())).toBe(
      'صوتان مؤيدان، والمطلوب 2 (أكثر من نصف الأصوات المدلى بها، وعددها صوتان): اعتُمدت المسألة.',
    );

    // Full screen: no site header or language bar, the page fills 1920×1080 and does not scroll.
    expect(await projector.page.locator('.site-header, .languages, .site-footer').count()).toBe(0);
    expect(await htmlAttributes(projector.page)).toEqual({ lang: 'ar', dir: 'rtl' });
    const screen = await projector.page.evaluate(() => {
      const box = document.querySelector('.projector')!.getBoundingClientRect();
      const root = document.documentElement;
      return {
        box: { x: box.x, y: box.y, width: box.width, height: box.height },
        scroll: { width: root.scrollWidth, height: root.scrollHeight },
      };
    });
    expect(screen).toEqual({ box: { x: 0, y: 0, width: 1920, height: 1080 }, scroll: { width: 1920, height: 1080 } });
    // The result and its figures are at least 64 pixels high.
    const big = [
      ...(await boxes(projector.page, '.projector__result')),
      ...(await boxes(projector.page, '.projector__value')),
    ];
    expect(big).toHaveLength(6);
    for (const entry of big) {
      expect(entry.fontSize, entry.text).toBeGreaterThanOrEqual(64);
      expect(entry.height, entry.text).toBeGreaterThanOrEqual(64);
      expect(entry.bottom, entry.text).toBeLessThanOrEqual(1080);
    }
    await expectNoSeriousViolations(projector.page, 'the projector (ar)');

    // The vote's page gives the same figures, and a printable record of the result.
    await delegate.page.locator('[data-tally][data-result="adopted"]').waitFor();
    expect(latin(await delegate.page.locator('[data-tally] [data-votes-for]').innerText())).toBe('2');
    await delegate.page.getByRole('link', { name: 'محضر النتيجة للطباعة' }).click();
    await delegate.page.locator('[data-vote-record="closed"] [data-tally]').waitFor();
    await delegate.page.emulateMedia({ media: 'print' });
    expect(await delegate.page.locator('.site-header').isVisible()).toBe(false);
    expect(await delegate.page.getByRole('button', { name: 'طباعة' }).isVisible()).toBe(false);
    expect(await delegate.page.locator('[data-vote-record] [data-figure="votesFor"]').isVisible()).toBe(true);
    expect(latin(await delegate.page.locator('[data-record-voted]').innerText())).toContain('مصر');
    await delegate.page.emulateMedia({ media: 'screen' });
    await expectNoSeriousViolations(delegate.page, 'the record of the result (ar)');
  });
});

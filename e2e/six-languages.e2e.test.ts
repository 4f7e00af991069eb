import { IntlMessageFormat } from 'intl-messageformat';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import en from '../apps/web/src/i18n/locales/en.json' with { type: 'json' };
import es from '../apps/web/src/i18n/locales/es.json' with { type: 'json' };
import ru from '../apps/web/src/i18n/locales/ru.json' with { type: 'json' };
import zh from '../apps/web/src/i18n/locales/zh.json' with { type: 'json' };
import { signInThroughApi } from './support/app.ts';
import { launchBrowser } from './support/browser.ts';
import { apiWrite } from './support/contributions.ts';
import { startServer, type TestServer } from './support/server.ts';

let server: TestServer | undefined;
let browser: Browser | undefined;

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

/** The running server and browser, or a failure naming what did not start. */
function started(): { url: string; browser: Browser } {
  if (!server || !browser) {
    throw new Error('The server or the browser did not start.');
  }
  return { url: server.url, browser };
}

type Tree = { [key: string]: string | Tree };

interface AstElement {
  type: number;
  value?: unknown;
  options?: Record<string, { value: AstElement[] }>;
}

/** The literal text of an ICU message at any depth (ICU element type 0), without its arguments. */
function literals(elements: readonly AstElement[]): string[] {
  return elements.flatMap((element) => [
    ...(element.type === 0 && typeof element.value === 'string' ? [element.value] : []),
    ...Object.values(element.options ?? {}).flatMap((option) => literals(option.value)),
  ]);
}

/**
 * Every word of three letters or more that a catalog's messages print, lower-cased; with `english`, only those of
 * the messages that differ from the English one of the same key (a message left in English is no word of the
 * language's own).
 */
function catalogWords(tree: Tree, locale: string, english?: Tree): Set<string> {
  const words = new Set<string>();
  const visit = (node: Tree, reference: Tree | string | undefined) => {
    for (const [key, value] of Object.entries(node)) {
      const referenceValue = typeof reference === 'object' ? reference[key] : undefined;
      if (typeof value !== 'string') {
        visit(value, referenceValue);
        continue;
      }
      if (english !== undefined && value === referenceValue) {
        continue;
      }
      const ast = new IntlMessageFormat(value, locale).getAst() as AstElement[];
      for (const text of literals(ast)) {
        for (const word of text.match(/\p{L}{3,}/gu) ?? []) {
          words.add(word.toLowerCase());
        }
      }
    }
  };
  visit(tree, english);
  return words;
}

const ENGLISH_WORDS = catalogWords(en, 'en');

/**
 * The interface's English words that a reader of `language` must never meet: every word of the English catalog
 * that the language's own catalog does not print itself (so "ADD", "MOD" or "WTDC", kept in every language, and
 * Spanish words English shares, such as "final", are not counted).
 */
function englishOnlyWords(catalog: Tree, language: string): Set<string> {
  const own = catalogWords(catalog, language, en);
  // The words of dates are the language's own too, from CLDR (Spanish "may" is mayo's abbreviation).
  for (let month = 0; month < 12; month += 1) {
    const date = new Date(Date.UTC(2017, month, 1 + month));
    for (const style of [{ month: 'long' }, { month: 'short' }, { weekday: 'long' }, { weekday: 'short' }] as const) {
      for (const word of new Intl.DateTimeFormat(language, { ...style, timeZone: 'UTC' })
        .format(date)
        .match(/\p{L}+/gu) ?? []) {
        own.add(word.toLowerCase());
      }
    }
  }
  return new Set([...ENGLISH_WORDS].filter((word) => !own.has(word)));
}

/**
 * Whether a word is part of a symbol or an acronym rather than English: a meeting's code or label (`wtdc-17`,
 * `WTDC-17`), a body's acronym in capitals (`TDAG`), which ITU texts keep in Latin letters in every language.
 */
function isSymbol(word: string, text: string): boolean {
  return /^\p{Lu}{2,6}$/u.test(word) || new RegExp(`(^|[^\\p{L}])${word}-\\d`, 'u').test(text);
}

/**
 * The words of the page that are not marked as being in another language: its text nodes outside any element
 * whose `lang` differs from the page's (content typed in one language is shown as typed, marked with its
 * language) or names (`translate="no"`), and the accessible text of its attributes (labels, titles, placeholders, alternative texts).
 */
async function interfaceWords(page: Page, language: string): Promise<{ word: string; text: string; where: string }[]> {
  return page.evaluate((pageLanguage) => {
    const found: { word: string; text: string; where: string }[] = [];
    const foreign = (element: Element | null) => {
      const marked = element?.closest('[lang]')?.getAttribute('lang') ?? pageLanguage;
      return marked.split('-')[0] !== pageLanguage;
    };
    const describe = (element: Element) =>
      `${element.tagName.toLowerCase()}${element.id === '' ? '' : `#${element.id}`}${
        typeof element.className === 'string' && element.className !== '' ? `.${element.className.split(' ')[0]}` : ''
      }`;
    const add = (text: string, element: Element) => {
      for (const word of text.match(/\p{L}{3,}/gu) ?? []) {
        found.push({ word, text, where: `${describe(element)}: ${text.trim().slice(0, 80)}` });
      }
    };
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
      const parent = node.parentElement;
      // A name (`translate="no"`: a person's, as they wrote it) is not an interface string either.
      if (
        parent === null ||
        parent.closest('script, style, noscript, [hidden], [translate="no"]') !== null ||
        foreign(parent)
      ) {
        continue;
      }
      add(node.textContent ?? '', parent);
    }
    for (const element of document.body.querySelectorAll('[aria-label], [title], [placeholder], img[alt]')) {
      if (foreign(element)) {
        continue;
      }
      for (const attribute of ['aria-label', 'title', 'placeholder', 'alt']) {
        add(element.getAttribute(attribute) ?? '', element);
      }
    }
    return found;
  }, language);
}

/** The pages the issue names: the cycle's timeline, a meeting, the texts library and a vote. */
function pagesOf(voteId: string): { name: string; path: string; ready: string }[] {
  return [
    { name: 'timeline', path: '/', ready: 'article[data-meeting-type="conference"]' },
    { name: 'meeting', path: '/meetings/wtdc-17', ready: '[data-deadline-kind="contributions"]' },
    { name: 'texts library', path: '/texts', ready: '.versions' },
    { name: 'vote', path: `/votes/${voteId}`, ready: '[data-vote-status="open"]' },
  ];
}

/** A vote the secretariat prepared with its title in the six languages, then opened. */
async function openVote(context: BrowserContext, url: string): Promise<string> {
  const vote = await apiWrite<{ id: string }>(context, url, 'POST', '/meetings/wtdc-17/votes', {
    title: {
      ar: 'اعتماد القرار 901 (المراجَع في بوينس آيرس، 2017)',
      zh: '通过第901号决议（2017年，布宜诺斯艾利斯，修订版）',
      en: 'Adoption of Resolution 901 (Rev. Buenos Aires, 2017)',
      fr: 'Adoption de la Résolution 901 (Rév. Buenos Aires, 2017)',
      ru: 'Принятие Резолюции 901 (Пересм. Буэнос-Айрес, 2017 г.)',
      es: 'Aprobación de la Resolución 901 (Rev. Buenos Aires, 2017)',
    },
    kind: 'question',
    method: 'secret',
  });
  await apiWrite(context, url, 'POST', `/votes/${vote.id}/open`, {});
  return vote.id;
}

describe('the interface in Chinese, Russian and Spanish', () => {
  it.each([
    ['zh', zh],
    ['ru', ru],
    ['es', es],
  ] as const)('shows no English interface word in %s', async (language, catalog) => {
    const { url, browser: chromium } = started();
    // A reader whose browser prefers English, who switches the interface with the language switcher.
    const context = await chromium.newContext({ locale: 'en-GB', viewport: { width: 1366, height: 900 } });
    // Signed in as the secretariat, who sees every control of these pages.
    await signInThroughApi(context, url, 'secretariat@example.org');
    const voteId = await openVote(context, url);
    const forbidden = englishOnlyWords(catalog, language);
    const page = await context.newPage();
    await page.goto(`${url}/`);
    await page.locator('html[lang="en"] article[data-meeting-type="conference"]').first().waitFor();
    await page.locator(`nav.languages a[hreflang="${language}"]`).click();
    await page.locator(`html[lang="${language}"]`).waitFor();
    const leaks: string[] = [];
    for (const { name, path, ready } of pagesOf(voteId)) {
      // The choice is remembered: the other pages open in it without asking again.
      await page.goto(`${url}${path}`);
      await page.locator(ready).first().waitFor();
      expect(await page.locator('html').getAttribute('lang'), name).toBe(language);
      for (const { word, text, where } of await interfaceWords(page, language)) {
        if (forbidden.has(word.toLowerCase()) && !isSymbol(word, text)) {
          leaks.push(`${name}: "${word}" in ${where}`);
        }
      }
    }
    expect(leaks).toEqual([]);
    await context.close();
  });
});

describe('sample Resolution 901 in the six languages', () => {
  it('sets the six texts side by side, aligned by provision, each titled as its language prints it', async () => {
    const { url, browser: chromium } = started();
    const context = await chromium.newContext({ locale: 'zh-CN', viewport: { width: 1366, height: 900 } });
    const instruments = (await (await context.request.get(`${url}/api/v1/instruments`)).json()) as {
      data: { number: string; versions: { id: string }[] }[];
    };
    const versionId = instruments.data.find((instrument) => instrument.number === '901')?.versions[0]?.id;
    expect(versionId).toBeDefined();
    const page = await context.newPage();
    await page.goto(`${url}/texts/versions/${versionId}?lang=zh`);
    await page.locator('#text-compare').selectOption('all');
    const languages = page.locator('.version-text .text-row--languages .text-row__language');
    await expect.poll(() => languages.count()).toBe(6);
    const cells = page.locator('.version-text .text-row--title .text-cell');
    expect(await cells.evaluateAll((elements) => elements.map((element) => element.getAttribute('lang')))).toEqual([
      'ar',
      'zh',
      'en',
      'fr',
      'ru',
      'es',
    ]);
    // Each column names the instrument in its own language (set in capitals by the style sheet, as ITU prints
    // titles), the Chinese one in full-width brackets.
    await expect
      .poll(() => cells.nth(1).locator('.version-text__number').textContent())
      .toBe('第901号决议（2014年，迪拜，修订版）');
    expect(await cells.nth(4).locator('.version-text__number').textContent()).toBe(
      'Резолюция 901 (Пересм. Дубай, 2014 г.)',
    );
    // One row per provision, in every column: the texts align by provision id.
    const row = page.locator('.version-text .text-row[data-provision-id="resolves.2.ii"] .text-cell');
    expect(await row.count()).toBe(6);
    expect(await page.locator('h1').innerText()).toBe('第901号决议（2014年，迪拜，修订版）');
    await context.close();
  });
});

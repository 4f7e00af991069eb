import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROUTE_PATHS, type RoutePath } from '../apps/web/src/route-paths.ts';
import { newReader, signInThroughApi } from './support/app.ts';
import { seriousViolations } from './support/axe.ts';
import { launchBrowser } from './support/browser.ts';
import { apiWrite, sampleResolution } from './support/contributions.ts';
import { walkWithTab } from './support/keyboard.ts';
import { contentPastEdges } from './support/layout.ts';
import { startServer, type TestServer } from './support/server.ts';

/**
 * Issue 15: every screen of the web app, from its router table (`apps/web/src/route-paths.ts`), read by each
 * viewer for whom the screen differs, in Arabic and in English: axe finds no serious or critical violation, and
 * Tab from the top reaches every visible control, one after the other, each showing that it has the focus. The
 * voter's screen and the projector's are also read at 200 % zoom and 390 pixels wide (docs/accessibility.md).
 */

/** Who reads a screen: nobody signed in, or a demo account. */
const VIEWERS = {
  signedOut: null,
  secretariat: 'secretariat@example.org',
  chair: 'chair@example.org',
  // Egypt's focal point, who also heads Egypt's delegation in the demo and so is Egypt's voting delegate.
  focalPoint: 'focal.egypt@example.org',
  // A delegate of Egypt who is not its voting delegate: the voter's screen tells him so.
  delegate: 'delegate.egypt@example.org',
} as const;
type Viewer = keyof typeof VIEWERS;

const LANGUAGES = ['ar', 'en'] as const;
type Language = (typeof LANGUAGES)[number];

/** The records the addresses need: the demo's own, found through the API, and those made in `beforeAll`. */
const made = {
  versionId: '',
  contributionId: '',
  /** A language of that contribution other than its original, for its translation screen. */
  translationLanguage: '',
  draftId: '',
  openVoteId: '',
  closedVoteId: '',
};

/** One route's check: a concrete address on the demo's data, what shows the page has loaded, who reads it. */
interface RouteCase {
  url: () => string;
  /** A selector present once the page has loaded its data (in any language); a function when it names a record. */
  ready: string | (() => string);
  viewers: readonly Viewer[];
}

/**
 * A case per path of the router: the `Record` makes a missing path a type error, and the test below fails at run
 * time too when the router's list and this table differ.
 */
const CASES: Record<RoutePath, RouteCase> = {
  '': { url: () => '/', ready: 'article[data-meeting-type="conference"]', viewers: ['signedOut', 'secretariat'] },
  'sign-in': { url: () => '/sign-in?next=/audit', ready: 'main form input[type="password"]', viewers: ['signedOut'] },
  'meetings/new': { url: () => '/meetings/new', ready: '#field-title-en', viewers: ['secretariat'] },
  'meetings/:code': {
    url: () => '/meetings/wtdc-17',
    ready: '[data-deadline-kind="contributions"]',
    viewers: ['signedOut', 'secretariat'],
  },
  'meetings/:code/edit': {
    url: () => '/meetings/rpm-arb-2017/edit',
    ready: '#field-title-en',
    viewers: ['secretariat'],
  },
  'meetings/:code/documents': {
    url: () => '/meetings/wtdc-17/documents',
    ready: () => `tr[data-document-id="${made.contributionId}"]`,
    viewers: ['signedOut', 'secretariat', 'focalPoint'],
  },
  'meetings/:code/delegations': {
    url: () => '/meetings/wtdc-17/delegations',
    ready: 'tr[data-member-state="JOR"]',
    viewers: ['signedOut', 'secretariat', 'focalPoint'],
  },
  'meetings/:code/votes': {
    url: () => '/meetings/wtdc-17/votes',
    ready: 'tr[data-vote="1"]',
    viewers: ['signedOut', 'secretariat'],
  },
  'votes/:id': {
    url: () => `/votes/${made.openVoteId}`,
    ready: '[data-vote-status="open"]',
    viewers: ['signedOut', 'secretariat', 'focalPoint', 'delegate'],
  },
  'votes/:id/record': {
    url: () => `/votes/${made.closedVoteId}/record`,
    ready: '[data-vote-record]',
    viewers: ['signedOut'],
  },
  'meetings/:code/agenda': {
    url: () => '/meetings/wtdc-17/agenda',
    ready: '[data-agenda-item]',
    viewers: ['signedOut', 'secretariat', 'chair'],
  },
  'meetings/:code/officers': {
    url: () => '/meetings/wtdc-17/officers',
    ready: '[data-group="SG1"]',
    viewers: ['signedOut', 'secretariat', 'focalPoint'],
  },
  'meetings/:code/compilation': {
    url: () => '/meetings/wtdc-17/compilation',
    ready: 'tr[data-version]',
    viewers: ['signedOut', 'chair'],
  },
  'meetings/:code/compilation/:version': {
    url: () => `/meetings/wtdc-17/compilation/${made.versionId}`,
    ready: 'table.synoptic tr[data-provision="resolves.1"]',
    viewers: ['signedOut', 'chair'],
  },
  'meetings/:code/consolidation': {
    url: () => '/meetings/wtdc-17/consolidation',
    ready: 'tr[data-draft]',
    // Drafts are the chair's and the secretariat's working papers: nobody else reads the list.
    viewers: ['chair', 'secretariat'],
  },
  'consolidation/:id': {
    url: () => `/consolidation/${made.draftId}`,
    ready: 'li[data-provision="resolves.1"] [data-class]',
    viewers: ['chair'],
  },
  // The translators' and the secretariat's queue and screen; signed out, the queue asks to sign in.
  'meetings/:code/translations': {
    url: () => '/meetings/wtdc-17/translations',
    ready: () => `tr[data-document-id="${made.contributionId}"], main .notice`,
    viewers: ['signedOut', 'secretariat'],
  },
  'documents/:id/translations/:language': {
    url: () => `/documents/${made.contributionId}/translations/${made.translationLanguage}`,
    ready: 'article.translation li[data-proposal-id]',
    viewers: ['secretariat'],
  },
  texts: {
    url: () => '/texts',
    ready: 'article[data-instrument="resolution-901"]',
    viewers: ['signedOut', 'secretariat'],
  },
  'texts/versions/:id': {
    url: () => `/texts/versions/${made.versionId}`,
    ready: '.text-row[data-provision-id="resolves.2"]',
    viewers: ['signedOut', 'secretariat'],
  },
  'contributions/new': {
    url: () => '/contributions/new?meeting=wtdc-17',
    ready: '#field-title-en',
    viewers: ['focalPoint'],
  },
  'contributions/:id': {
    url: () => `/contributions/${made.contributionId}`,
    ready: '[data-contribution-id]',
    viewers: ['signedOut', 'focalPoint'],
  },
  'member-states': { url: () => '/member-states', ready: 'section[data-region="arab-states"]', viewers: ['signedOut'] },
  'member-states/:iso3': {
    url: () => '/member-states/EGY',
    ready: '[data-cycle="wtdc-17"]',
    viewers: ['signedOut', 'focalPoint'],
  },
  // Signed out, a page that needs an account asks to sign in (the same notice on every such page).
  audit: { url: () => '/audit', ready: 'tr[data-action], main .notice', viewers: ['signedOut', 'secretariat'] },
  account: { url: () => '/account', ready: 'main .facts', viewers: ['focalPoint'] },
  users: { url: () => '/users', ready: 'main table', viewers: ['secretariat', 'focalPoint'] },
  '*': { url: () => '/no-such-page', ready: 'main h1', viewers: ['signedOut'] },
  'votes/:id/results': {
    url: () => `/votes/${made.openVoteId}/results`,
    ready: '[data-projector="open"] [data-ballots-received]',
    viewers: ['signedOut'],
  },
};

let server: TestServer | undefined;
let browser: Browser | undefined;
/** One browser context per viewer and language, opened when first needed and kept for the whole file. */
const readers = new Map<string, { context: BrowserContext; page: Page }>();
const startedAt = Date.now();

/**
 * Each account's session, signed in once for the whole file and shared by its contexts: the sign-in limit (10
 * attempts a minute from one address) would refuse a sign-in per viewer and language.
 */
const sessions = new Map<string, Awaited<ReturnType<BrowserContext['storageState']>>>();

/** A browser context signed in as `email` (or signed out, with null), reusing the account's session. */
async function contextOf(email: string | null): Promise<{ context: BrowserContext; page: Page }> {
  if (!browser || !server) {
    throw new Error('The server or the browser did not start.');
  }
  const session = email === null ? undefined : sessions.get(email);
  if (email === null || session === undefined) {
    const reader = await newReader(browser);
    if (email !== null) {
      await signInThroughApi(reader.context, server.url, email);
      sessions.set(email, await reader.context.storageState());
    }
    return reader;
  }
  // The same reader as newReader's, holding the session's cookie.
  const context = await browser.newContext({
    locale: 'en-GB',
    viewport: { width: 1280, height: 900 },
    storageState: { cookies: session.cookies, origins: [] },
  });
  return { context, page: await context.newPage() };
}

/** The viewer's page in `language`: opened once, reused by every route that viewer reads. */
async function readerFor(viewer: Viewer, language: Language): Promise<Page> {
  const key = `${viewer} ${language}`;
  let reader = readers.get(key);
  if (reader === undefined) {
    reader = await contextOf(VIEWERS[viewer]);
    readers.set(key, reader);
  }
  return reader.page;
}

/** A signed-in browser context for the writes of `beforeAll`. */
async function writer(email: string): Promise<BrowserContext> {
  return (await contextOf(email)).context;
}

/** Prepares a secret question at WTDC-17 and opens it; returns its id. */
async function openQuestion(secretariat: BrowserContext, origin: string, en: string, ar: string): Promise<string> {
  const vote = await apiWrite<{ id: string }>(secretariat, origin, 'POST', '/meetings/wtdc-17/votes', {
    title: { en, ar },
    kind: 'question',
    method: 'secret',
  });
  await apiWrite(secretariat, origin, 'POST', `/votes/${vote.id}/open`, {});
  return vote.id;
}

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
  const origin = server.url;
  const contexts: BrowserContext[] = [];
  try {
    const secretariat = await writer('secretariat@example.org');
    const chair = await writer('chair@example.org');
    const egypt = await writer('focal.egypt@example.org');
    const tunisia = await writer('focal.tunisia@example.org');
    contexts.push(secretariat, chair, egypt, tunisia);

    made.versionId = (await sampleResolution(chair, origin)).versionId;
    // Egypt's contribution on sample Resolution 901, as the demo ships it (submitted, readable by anyone).
    const documents = (await (await chair.request.get(`${origin}/api/v1/contributions?meeting=wtdc-17`)).json()) as {
      data: { id: string; source: { memberStateIso3: string | null }; translations: { language: string }[] }[];
    };
    const egypts = documents.data.find((document) => document.source.memberStateIso3 === 'EGY');
    if (egypts === undefined) {
      throw new Error('The demo has no contribution of Egypt at WTDC-17.');
    }
    made.contributionId = egypts.id;
    made.translationLanguage = egypts.translations[0]!.language;
    // The demo has no consolidation draft and no vote: the chair opens a draft, the secretariat two votes.
    made.draftId = (
      await apiWrite<{ id: string }>(chair, origin, 'POST', '/consolidation-drafts', {
        meeting: 'wtdc-17',
        version: made.versionId,
        language: 'en',
      })
    ).id;
    made.closedVoteId = await openQuestion(secretariat, origin, 'Approve the agenda', 'إقرار جدول الأعمال');
    await apiWrite(egypt, origin, 'POST', `/votes/${made.closedVoteId}/ballots`, { state: 'EGY', choice: 'yes' });
    await apiWrite(tunisia, origin, 'POST', `/votes/${made.closedVoteId}/ballots`, { state: 'TUN', choice: 'no' });
    await apiWrite(secretariat, origin, 'POST', `/votes/${made.closedVoteId}/close`);
    made.openVoteId = await openQuestion(
      secretariat,
      origin,
      'Adopt the revision of Resolution 901',
      'اعتماد مراجعة القرار 901',
    );
  } finally {
    await Promise.all(contexts.map((context) => context.close()));
  }
});

afterAll(async () => {
  await Promise.all([...readers.values()].map(({ context }) => context.close()));
  await browser?.close();
  await server?.stop();
  // What this file adds to CI's time (docs/accessibility.md): printed, not asserted.
  console.info(`every-route accessibility: ${((Date.now() - startedAt) / 1000).toFixed(1)} s`);
});

/** Fails with the violations listed, so that a failure says what and where. */
async function expectAxeClean(page: Page, where: string): Promise<void> {
  const violations = await seriousViolations(page);
  expect(violations, `axe on ${where}`).toEqual([]);
}

/** The page as its reader sees it at each size: nothing past the edges, nothing serious for axe. */
async function expectFits(page: Page, where: string): Promise<void> {
  expect(await contentPastEdges(page), `past the edges of ${where}`).toEqual([]);
  await expectAxeClean(page, where);
}

/**
 * Scrolls the element into view and checks that a pointer or a finger reaches it: wholly within the screen's
 * width, and not covered by anything else at its centre.
 */
async function expectReachable(page: Page, selector: string, where: string): Promise<void> {
  const elements = page.locator(selector);
  const count = await elements.count();
  expect(count, `${selector} on ${where}`).toBeGreaterThan(0);
  for (let index = 0; index < count; index++) {
    const element = elements.nth(index);
    await element.scrollIntoViewIfNeeded();
    const reachable = await element.evaluate((target) => {
      const box = target.getBoundingClientRect();
      const width = document.documentElement.clientWidth;
      const x = box.left + box.width / 2;
      const y = box.top + box.height / 2;
      const hit = document.elementFromPoint(x, y);
      return {
        within: box.left >= -0.5 && box.right <= width + 0.5 && box.top >= -0.5 && box.bottom <= innerHeight + 0.5,
        uncovered: hit !== null && (target === hit || target.contains(hit) || hit.contains(target)),
      };
    });
    expect(reachable, `${selector} #${index} on ${where}`).toEqual({ within: true, uncovered: true });
  }
}

/**
 * The sizes of issue 15 for the voter's and the projector's screens: 200 % zoom of a 1280×720 window, which lays
 * the page out on 640×360 CSS pixels (done here by the viewport, at a device scale factor of 1, which gives the
 * page the same CSS pixels and media queries as Chromium's own zoom), and a phone 390 pixels wide.
 */
const SMALL_SCREENS = [
  { name: '200 % zoom', width: 640, height: 360 },
  { name: '390 px wide', width: 390, height: 844 },
] as const;
const DESKTOP = { width: 1280, height: 900 };

/** The voting delegate's screen at each small size: the choices and "review" reachable, then "cast". */
async function checkVoterScreenSmall(page: Page, language: Language): Promise<void> {
  const ballot = '[data-ballot="EGY"]';
  for (const screen of SMALL_SCREENS) {
    const where = `the voter's screen at ${screen.name} (${language})`;
    await page.setViewportSize(screen);
    await expectFits(page, where);
    await expectReachable(page, `${ballot} .ballot__option`, where);
    await expectReachable(page, `${ballot} button[type="submit"]`, where);
  }
  // The confirmation step at both sizes: the cast button is reachable (the ballot is not cast).
  await page.locator(`${ballot} input[type="radio"][value="yes"]`).check();
  await page.locator(`${ballot} button[type="submit"]`).click();
  await page.locator(`${ballot} [data-ballot-choice]`).waitFor();
  for (const screen of SMALL_SCREENS) {
    const where = `the voter's confirmation at ${screen.name} (${language})`;
    await page.setViewportSize(screen);
    await expectFits(page, where);
    await expectReachable(page, `${ballot} button`, where);
  }
  await page.setViewportSize(DESKTOP);
}

/** The projector at each small size: the title and the count of ballots on the screen, nothing cut off. */
async function checkProjectorSmall(page: Page, language: Language): Promise<void> {
  for (const screen of SMALL_SCREENS) {
    const where = `the projector at ${screen.name} (${language})`;
    await page.setViewportSize(screen);
    await expectFits(page, where);
    await expectReachable(page, '.projector__title', where);
    await expectReachable(page, '[data-ballots-received]', where);
  }
  await page.setViewportSize(DESKTOP);
}

/** Extra checks on one screen, after axe and the keyboard. */
const SMALL_SCREEN_CHECKS: Partial<Record<RoutePath, { viewer: Viewer; check: typeof checkProjectorSmall }>> = {
  'votes/:id': { viewer: 'focalPoint', check: checkVoterScreenSmall },
  'votes/:id/results': { viewer: 'signedOut', check: checkProjectorSmall },
};

describe('the every-route accessibility test', () => {
  it('has a case for every path of the router, and no other', () => {
    expect(Object.keys(CASES).sort()).toEqual([...ROUTE_PATHS].sort());
  });
});

const VISITS = (Object.entries(CASES) as [RoutePath, RouteCase][]).flatMap(([path, routeCase]) =>
  routeCase.viewers.map((viewer) => ({ path, viewer, routeCase })),
);

describe.each(LANGUAGES)('every screen in %s', (language) => {
  it.each(VISITS)('$path as $viewer: axe, Tab to every control, focus shown', async ({ path, viewer, routeCase }) => {
    if (!server) {
      throw new Error('The server did not start.');
    }
    const page = await readerFor(viewer, language);
    const address = routeCase.url();
    await page.goto(`${server.url}${address}${address.includes('?') ? '&' : '?'}lang=${language}`);
    await page
      .locator(typeof routeCase.ready === 'string' ? routeCase.ready : routeCase.ready())
      .first()
      .waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe(language);
    const where = `${address} as ${viewer} (${language})`;
    await expectAxeClean(page, where);
    expect(await walkWithTab(page), `the keyboard on ${where}`).toEqual({
      skipped: [],
      trapped: null,
      noVisibleFocus: [],
    });
    const small = SMALL_SCREEN_CHECKS[path];
    if (small !== undefined && small.viewer === viewer) {
      await small.check(page, language);
    }
  });
});

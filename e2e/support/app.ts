import type { Browser, BrowserContext, Page } from 'playwright-core';

/** The password of every demo account (README, and printed by the server at start-up). */
export const DEMO_PASSWORD = 'tansiq-demo-2017';

/** A fresh browser context whose reader prefers British English, and a page in it. */
export async function newReader(browser: Browser): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ locale: 'en-GB', viewport: { width: 1280, height: 900 } });
  return { context, page: await context.newPage() };
}

/**
 * Signs a demo account in through the API within a browser context, so that its pages share the session cookie
 * (for checks that are not about signing in itself).
 */
export async function signInThroughApi(context: BrowserContext, origin: string, email: string): Promise<void> {
  const response = await context.request.post(`${origin}/api/v1/session`, {
    data: { email, password: DEMO_PASSWORD },
  });
  if (!response.ok()) {
    throw new Error(`Signing in ${email} answered ${response.status()}: ${await response.text()}`);
  }
}

/** What the `<html>` element says of the page's language and direction. */
export async function htmlAttributes(page: Page): Promise<{ lang: string | null; dir: string | null }> {
  const html = page.locator('html');
  return { lang: await html.getAttribute('lang'), dir: await html.getAttribute('dir') };
}

/** Unicode isolates around interpolated values: invisible, and irrelevant to what the reader sees. */
export function withoutIsolates(text: string): string {
  return text.replace(/[\u2066-\u2069]/g, '');
}

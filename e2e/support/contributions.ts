import { unzipSync, strFromU8 } from 'fflate';
import type { BrowserContext } from 'playwright-core';

/** The session's CSRF token, for writes made through a browser context's request API. */
async function csrfToken(context: BrowserContext, origin: string): Promise<string> {
  const session = await context.request.get(`${origin}/api/v1/session`);
  if (!session.ok()) {
    throw new Error(`Reading the session answered ${session.status()}: ${await session.text()}`);
  }
  return ((await session.json()) as { data: { csrfToken: string } }).data.csrfToken;
}

/** A write through the API as the context's signed-in user; fails the test on anything but 2xx. */
export async function apiWrite<T>(
  context: BrowserContext,
  origin: string,
  method: 'POST' | 'DELETE',
  path: string,
  data?: unknown,
): Promise<T> {
  const response = await context.request.fetch(`${origin}/api/v1${path}`, {
    method,
    headers: { 'x-csrf-token': await csrfToken(context, origin) },
    ...(data === undefined ? {} : { data }),
  });
  if (!response.ok()) {
    throw new Error(`${method} ${path} answered ${response.status()}: ${await response.text()}`);
  }
  return ((await response.json()) as { data: T }).data;
}

/** The id of the demo's sample Resolution 901 (Rev. Dubai, 2014), and its provisions (all languages). */
export async function sampleResolution(
  context: BrowserContext,
  origin: string,
): Promise<{ versionId: string; provisions: { id: string; section: string; headingKey: string }[] }> {
  const response = await context.request.get(`${origin}/api/v1/instruments?kind=resolution`);
  const instruments = ((await response.json()) as { data: { number: string; versions: { id: string }[] }[] }).data;
  const versionId = instruments.find((instrument) => instrument.number === '901')?.versions[0]?.id;
  if (versionId === undefined) {
    throw new Error('The demo has no sample Resolution 901.');
  }
  const version = await context.request.get(`${origin}/api/v1/instrument-versions/${versionId}`);
  const { provisions } = (
    (await version.json()) as { data: { provisions: { id: string; section: string; headingKey: string }[] } }
  ).data;
  return { versionId, provisions };
}

/** The main part of a Word document (`word/document.xml`), read from the .docx zip. */
export function documentXml(docx: Uint8Array): string {
  const entry = unzipSync(docx, { filter: (file) => file.name === 'word/document.xml' })['word/document.xml'];
  if (entry === undefined) {
    throw new Error('The file is a zip without word/document.xml: not a Word document.');
  }
  return strFromU8(entry);
}

/** The text of every tracked insertion (`<w:ins>`) of a document's XML. */
export function insertedTexts(xml: string): string[] {
  return [...xml.matchAll(/<w:ins\b[^>]*>([\s\S]*?)<\/w:ins>/g)].map((match) =>
    [...(match[1] ?? '').matchAll(/<w:t\b[^>]*>([^<]*)<\/w:t>/g)].map((text) => text[1]).join(''),
  );
}

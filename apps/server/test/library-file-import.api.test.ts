import type { InstrumentVersion } from '@tansiq/api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditRowsOf, expectApiError, getData, openTestApp, tableRows, type TestApp } from './helpers.ts';
import { sampleResolution, tokenCaller, type Caller } from './contribution-helpers.ts';
import { BAD_DOCX, DOCX, docxOfText } from './file-helpers.ts';

const FILE_LIMIT = 256 * 1024;
const LABEL = 'Rev. Buenos Aires, 2017';

let t: TestApp;
let secretariat: Caller;

beforeAll(async () => {
  t = await openTestApp({ fileLimit: FILE_LIMIT });
  secretariat = await tokenCaller(t, 'secretariat');
});

afterAll(async () => {
  await t?.close();
});

interface Imported {
  instrumentId: string;
  versionId: string;
  language: string;
  created: boolean;
}

function importFile(
  data: Buffer | string,
  contentType: string,
  query: Record<string, string> = {},
  caller = secretariat,
) {
  const params = new URLSearchParams({ versionLabel: LABEL, ...query });
  return t.app.inject({
    method: 'POST',
    url: `/api/v1/instruments/import/file?${params.toString()}`,
    headers: { 'content-type': contentType, ...caller.headers },
    payload: data,
  });
}

function importedOf(response: Awaited<ReturnType<typeof importFile>>): Imported {
  expect(response.statusCode, response.body).toBe(201);
  return response.json<{ data: Imported }>().data;
}

describe('importing a text file into the library', () => {
  it('stores a .docx as the CLI does, with its provisions and one audit row', async () => {
    const imported = importedOf(await importFile(docxOfText(sampleResolution()), DOCX, { status: 'superseded' }));
    expect(imported).toMatchObject({ language: 'en', created: true });
    const version = await getData<InstrumentVersion>(t, `/api/v1/instrument-versions/${imported.versionId}`);
    expect(version.status).toBe('superseded');
    expect(version.provisions.map((provision) => provision.id)).toEqual([
      'considering.a',
      'considering.b',
      'resolves.1',
      'resolves.2',
    ]);
    expect(version.provisions[3]!.texts.en!.text).toBe('to read it back.');
    const audit = await auditRowsOf(t.db, imported.versionId, 'instrument-version.import');
    expect(audit).toHaveLength(1);
    expect(audit[0]!.changes).toMatchObject({ language: { before: null, after: 'en' } });
  });

  it('stores a UTF-8 plain-text file, its language given', async () => {
    const response = await importFile(`\uFEFF${sampleResolution()}`, 'text/plain; charset=utf-8', { language: 'en' });
    expect(importedOf(response)).toMatchObject({ language: 'en', created: true });
  });

  it.each(BAD_DOCX)('refuses %s with its code at file, and stores nothing', async (_, data, code) => {
    const before = await tableRows(t.db);
    expectApiError(await importFile(data(), DOCX), 400, code, { path: ['file'], issue: code });
    expect(await tableRows(t.db)).toEqual(before);
  });

  it('refuses an oversized file, an empty one, text that is not UTF-8, and another media type', async () => {
    const before = await tableRows(t.db);
    expectApiError(await importFile(Buffer.alloc(FILE_LIMIT + 1, 0x41), DOCX), 413, 'file_too_large', {
      path: ['file'],
    });
    expectApiError(await importFile(Buffer.alloc(0), DOCX), 400, 'empty_file', { path: ['file'] });
    expectApiError(await importFile(Buffer.from([0xff, 0xfe, 0x41]), 'text/plain'), 400, 'not_utf8', {
      path: ['file'],
    });
    expectApiError(await importFile('%PDF-1.4', 'application/pdf'), 415, 'unsupported_media_type', {
      path: ['headers', 'content-type'],
    });
    expect(await tableRows(t.db)).toEqual(before);
  });

  it('refuses a document not in resolution layout with the parser’s line and reason', async () => {
    const before = await tableRows(t.db);
    const response = await importFile(docxOfText('RESOLUTION 5\nSubject\nNo headings here.'), DOCX);
    const error = expectApiError(response, 400, 'unparsable_text');
    expect(error.issues![0]!.path).toEqual(['line', 1]);
    expect(error.issues![0]!.message).not.toBe('');
    expect(await tableRows(t.db)).toEqual(before);
  });

  it('refuses a reader who is not the secretariat, an anonymous one, and a missing version label', async () => {
    const delegate = await tokenCaller(t, 'delegate', { memberStateIso3: 'EGY' });
    const data = docxOfText(sampleResolution());
    expectApiError(await importFile(data, DOCX, {}, delegate), 403, 'forbidden');
    expectApiError(
      await t.app.inject({
        method: 'POST',
        url: `/api/v1/instruments/import/file?versionLabel=x`,
        headers: { 'content-type': DOCX },
        payload: data,
      }),
      401,
      'unauthenticated',
    );
    expectApiError(
      await t.app.inject({
        method: 'POST',
        url: '/api/v1/instruments/import/file',
        headers: { 'content-type': DOCX, ...secretariat.headers },
        payload: data,
      }),
      400,
      'validation_failed',
      { path: ['query', 'versionLabel'] },
    );
  });
});

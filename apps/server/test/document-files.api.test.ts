import { createHash } from 'node:crypto';
import type { Contribution, ContributionSummary } from '@tansiq/api';
import type { z } from 'zod';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  addProposal,
  createContribution,
  submitContribution,
} from '../src/modules/contributions/contribution.service.ts';
import { withdrawDocument } from '../src/modules/contributions/document.service.ts';
import {
  contributionBody,
  makeDraft,
  makeVersion,
  sampleMod,
  storedRows,
  tokenCaller,
  type Caller,
} from './contribution-helpers.ts';
import { BAD_DOCX, DOCX, PDF, putFile, sampleDocx, samplePdf, translatedDocx } from './file-helpers.ts';
import { auditRowsOf, expectApiError, makeMeeting, openTestApp, operator, type TestApp } from './helpers.ts';

/** Small enough that an oversized file is cheap to send; the rendered samples are a few KiB. */
const FILE_LIMIT = 256 * 1024;

let t: TestApp;
let secretariat: Caller;
let focalEgypt: Caller;

beforeAll(async () => {
  t = await openTestApp({ fileLimit: FILE_LIMIT });
  secretariat = await tokenCaller(t, 'secretariat');
  focalEgypt = await tokenCaller(t, 'focal-point', { memberStateIso3: 'EGY' });
});

afterAll(async () => {
  await t?.close();
});

const sha256 = (data: Buffer) => createHash('sha256').update(data).digest('hex');
const documentOf = (response: { statusCode: number; body: string; json: <T>() => T }) => {
  expect(response.statusCode, response.body).toBe(200);
  return response.json<{ data: Omit<Contribution, 'proposals' | 'commonProposal'> }>().data;
};
const download = (id: string, language: string, headers: Record<string, string> = {}) =>
  t.app.inject({ method: 'GET', url: `/api/v1/documents/${id}/files/${language}`, headers });

/**
 * A submitted contribution of Egypt in English with one MOD of a text stored in English, French and Arabic,
 * readable as `access` says, in a meeting of its own.
 */
async function submitted(access: 'public' | 'members' | 'authors' = 'public') {
  const { meeting } = await makeMeeting(t);
  const versionId = await makeVersion(t, ['fr', 'ar']);
  const ctx = t.as(operator);
  const document = await createContribution(ctx, contributionBody(meeting.code, { access }));
  await addProposal(ctx, document.id, sampleMod(versionId));
  await submitContribution(ctx, document.id);
  return document;
}

describe('language versions of a document', () => {
  it('stores the Arabic version of a submitted contribution, lists it with its symbol, and downloads it', async () => {
    const document = await submitted();
    // A submitted contribution's Arabic .docx is read as its translation: a real one, aligned with the original.
    const arabic = await translatedDocx(t, document.id, 'ar');
    const answer = documentOf(await putFile(t, secretariat.headers, document.id, 'ar', arabic));
    const symbol = answer.symbol!;
    expect(symbol).toMatch(/\/\d+-E$/);
    expect(answer.translations.find((version) => version.language === 'ar')).toMatchObject({ status: 'published' });
    const arabicSymbol = symbol.replace(/-E$/, '-A');
    expect(answer.files).toEqual([
      {
        language: 'ar',
        symbol: arabicSymbol,
        fileName: `${arabicSymbol.replaceAll('/', '-')}.docx`,
        mediaType: DOCX,
        size: arabic.length,
        sha256: sha256(arabic),
        uploadedAt: '2017-09-01T00:00:00.000Z',
        original: false,
      },
    ]);

    const english = await sampleDocx('en');
    const both = documentOf(await putFile(t, secretariat.headers, document.id, 'en', english));
    expect(both.files.map((file) => [file.language, file.original])).toEqual([
      ['ar', false],
      ['en', true],
    ]);

    const file = await download(document.id, 'ar');
    expect(file.statusCode, file.body).toBe(200);
    expect(file.headers['content-type']).toBe(DOCX);
    expect(file.headers['content-disposition']).toBe(
      `attachment; filename="${arabicSymbol.replaceAll('/', '-')}.docx"`,
    );
    expect(Buffer.compare(file.rawPayload, arabic)).toBe(0);

    const list = await t.app.inject({ method: 'GET', url: `/api/v1/contributions?meeting=${document.meetingId}` });
    const listed = list.json<{ data: z.infer<typeof ContributionSummary>[] }>().data;
    expect(listed.find((entry) => entry.id === document.id)!.files.map((entry) => entry.symbol)).toEqual([
      arabicSymbol,
      symbol,
    ]);
    const contribution = await t.app.inject({ method: 'GET', url: `/api/v1/contributions/${document.id}` });
    expect(contribution.json<{ data: Contribution }>().data.files).toHaveLength(2);
  });

  it('replaces a language version with a new upload, audited with the metadata before and after, never the bytes', async () => {
    const document = await submitted();
    const first = await translatedDocx(t, document.id, 'fr');
    const second = samplePdf('replacement');
    documentOf(await putFile(t, secretariat.headers, document.id, 'fr', first));
    const replaced = documentOf(await putFile(t, secretariat.headers, document.id, 'fr', second, PDF));
    expect(replaced.files).toEqual([
      expect.objectContaining({ language: 'fr', mediaType: PDF, size: second.length, sha256: sha256(second) }),
    ]);
    expect(replaced.files[0]!.fileName).toMatch(/-F\.pdf$/);
    const file = await download(document.id, 'fr');
    expect(file.headers['content-type']).toBe(PDF);
    expect(file.body).toContain('replacement');

    const rows = await auditRowsOf(t.db, document.id, 'document.file.upload');
    expect(rows).toHaveLength(2);
    expect(rows[0]!.changes).toMatchObject({
      language: { before: null, after: 'fr' },
      sha256: { before: null, after: sha256(first) },
    });
    expect(rows[1]!.changes).toMatchObject({
      mediaType: { before: DOCX, after: PDF },
      sha256: { before: sha256(first), after: sha256(second) },
      size: { before: first.length, after: second.length },
    });
    expect(JSON.stringify(rows)).not.toContain('content');
  });

  it.each(BAD_DOCX)('refuses %s with its code at file, and stores nothing', async (_, data, code) => {
    const document = await submitted();
    const before = await storedRows(t);
    expectApiError(await putFile(t, secretariat.headers, document.id, 'ar', data()), 400, code, {
      path: ['file'],
      issue: code,
    });
    expect(await storedRows(t)).toEqual(before);
  });

  it('refuses an oversized file, an empty one, a PDF that is none or is encrypted, and stores nothing', async () => {
    const document = await submitted();
    const before = await storedRows(t);
    const big = Buffer.concat([await sampleDocx('en'), Buffer.alloc(FILE_LIMIT)]);
    expectApiError(await putFile(t, secretariat.headers, document.id, 'ar', big), 413, 'file_too_large', {
      path: ['file'],
    });
    expectApiError(await putFile(t, secretariat.headers, document.id, 'ar', Buffer.alloc(0)), 400, 'empty_file', {
      path: ['file'],
    });
    expectApiError(
      await putFile(t, secretariat.headers, document.id, 'ar', await sampleDocx('en'), PDF),
      400,
      'corrupt_document',
      { path: ['file'] },
    );
    const encrypted = Buffer.from('%PDF-1.7\ntrailer << /Root 1 0 R /Encrypt 5 0 R >>\n%%EOF\n');
    expectApiError(
      await putFile(t, secretariat.headers, document.id, 'ar', encrypted, PDF),
      400,
      'encrypted_document',
      {
        path: ['file'],
      },
    );
    expect(await storedRows(t)).toEqual(before);
  });

  it('refuses a language not of the six, an unknown document, another media type, and a withdrawn document', async () => {
    const document = await submitted();
    const data = await sampleDocx('en');
    const before = await storedRows(t);
    expectApiError(await putFile(t, secretariat.headers, document.id, 'de', data), 400, 'validation_failed', {
      path: ['params', 'language'],
    });
    expectApiError(
      await putFile(t, secretariat.headers, '00000000-0000-4000-8000-000000000000', 'ar', data),
      404,
      'not_found',
    );
    expectApiError(
      await putFile(t, secretariat.headers, document.id, 'ar', 'plain words', 'text/plain'),
      415,
      'unsupported_media_type',
      { path: ['headers', 'content-type'] },
    );
    expectApiError(
      await putFile(t, secretariat.headers, document.id, 'ar', '{"file": 1}', 'application/json'),
      415,
      'unsupported_media_type',
    );
    await withdrawDocument(t.as(operator), document.id);
    const afterWithdrawal = await storedRows(t);
    expectApiError(await putFile(t, secretariat.headers, document.id, 'ar', data), 409, 'conflict', {
      path: ['status'],
    });
    expect((await storedRows(t)).documentFiles).toEqual(before.documentFiles);
    expect(await storedRows(t)).toEqual(afterWithdrawal);
  });

  it('lets the authors upload the original language of their draft only, and nobody else', async () => {
    const { document } = await makeDraft(t, { proposals: 1, alsoIn: ['ar'] });
    const data = await sampleDocx('en');
    documentOf(await putFile(t, focalEgypt.headers, document.id, 'en', data));
    expectApiError(await putFile(t, focalEgypt.headers, document.id, 'ar', data), 403, 'forbidden');
    const delegate = await tokenCaller(t, 'delegate', { memberStateIso3: 'EGY' });
    expectApiError(await putFile(t, delegate.headers, document.id, 'en', data), 403, 'forbidden');
    const tunisia = await tokenCaller(t, 'focal-point', { memberStateIso3: 'TUN' });
    expectApiError(await putFile(t, tunisia.headers, document.id, 'en', data), 404, 'not_found');
    expectApiError(await putFile(t, {}, document.id, 'en', data), 401, 'unauthenticated');

    await submitContribution(t.as(operator), document.id);
    expectApiError(await putFile(t, focalEgypt.headers, document.id, 'en', data), 403, 'forbidden');
    documentOf(await putFile(t, secretariat.headers, document.id, 'ar', await translatedDocx(t, document.id, 'ar')));
  });

  it('serves a file to those who may read the document only', async () => {
    const { document: draft } = await makeDraft(t, { proposals: 1 });
    await putFile(t, focalEgypt.headers, draft.id, 'en', await sampleDocx('en'));
    expectApiError(await download(draft.id, 'en'), 404, 'not_found');
    const tunisia = await tokenCaller(t, 'focal-point', { memberStateIso3: 'TUN' });
    expectApiError(await download(draft.id, 'en', tunisia.headers), 404, 'not_found');
    expect((await download(draft.id, 'en', focalEgypt.headers)).statusCode).toBe(200);
    expect((await download(draft.id, 'en', focalEgypt.headers)).headers['content-disposition']).toMatch(
      /filename="draft-[0-9a-f]{8}-E\.docx"/,
    );

    const members = await submitted('members');
    documentOf(await putFile(t, secretariat.headers, members.id, 'ar', await translatedDocx(t, members.id, 'ar')));
    expectApiError(await download(members.id, 'ar'), 404, 'not_found');
    const observer = await tokenCaller(t, 'observer');
    expect((await download(members.id, 'ar', observer.headers)).statusCode).toBe(200);
    expectApiError(await download(members.id, 'fr', observer.headers), 404, 'not_found', {
      path: ['params', 'language'],
    });
    expectApiError(await download(members.id, 'xx', observer.headers), 400, 'validation_failed');
  });
});

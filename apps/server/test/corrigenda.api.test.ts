import type { Corrigendum, InstrumentVersion } from '@tansiq/api';
import { schema } from '@tansiq/db';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addProposal } from '../src/modules/contributions/contribution.service.ts';
import { importInstrumentText } from '../src/modules/library/library.service.ts';
import { signedIn, type SignedIn } from './account-helpers.ts';
import { makeDraft, makeVersion, sampleMod, sampleResolution } from './contribution-helpers.ts';
import { auditRowsOf, expectApiError, getData, openTestApp, operator, tableRows, type TestApp } from './helpers.ts';

let t: TestApp;
let secretariat: SignedIn;

beforeAll(async () => {
  t = await openTestApp();
  secretariat = await signedIn(t, 'secretariat');
});

afterAll(async () => {
  await t?.close();
});

const issue = (versionId: string, payload: unknown, caller: SignedIn = secretariat) =>
  t.app.inject({
    method: 'POST',
    url: `/api/v1/instrument-versions/${versionId}/corrigenda`,
    headers: caller.headers,
    payload: payload as Record<string, unknown>,
  });

const fix = (provision: string, text: string) => ({
  language: 'en',
  reason: 'A typing error.',
  changes: [{ provision, text }],
});

describe('corrigenda of an adopted version', () => {
  it('issues Corrigendum 1 and 2: the version reads corrected, marks and lists them; the adopted text stays', async () => {
    const versionId = await makeVersion(t);
    const adoptedRows = await t.db
      .select()
      .from(schema.provisionTexts)
      .where(eq(schema.provisionTexts.versionId, versionId));

    const first = await issue(versionId, {
      language: 'en',
      reason: 'A typing error in resolves 1.',
      changes: [
        { provision: 'resolves.1', text: 'to import the text;' },
        { provision: 'considering.a', text: 'that tests need good texts;' },
      ],
    });
    expect(first.statusCode, first.body).toBe(201);
    const one = first.json<{ data: Corrigendum }>().data;
    expect(one).toMatchObject({
      versionId,
      number: 1,
      label: 'Corrigendum 1',
      language: 'en',
      reason: 'A typing error in resolves 1.',
      // In document order, whatever the order asked.
      changes: [
        { provision: 'considering.a', before: 'that tests need texts;', after: 'that tests need good texts;' },
        { provision: 'resolves.1', before: 'to import this text;', after: 'to import the text;' },
      ],
    });
    expect(Date.parse(one.issuedAt)).not.toBeNaN();
    const [audit, ...more] = await auditRowsOf(t.db, versionId, 'version.corrigendum');
    expect(more).toEqual([]);
    expect(audit).toMatchObject({ entityType: 'instrument-version', actorId: secretariat.user.id });

    const second = await issue(versionId, fix('resolves.1', 'to import the whole text;'));
    expect(second.statusCode, second.body).toBe(201);
    expect(second.json<{ data: Corrigendum }>().data).toMatchObject({
      number: 2,
      label: 'Corrigendum 2',
      changes: [{ provision: 'resolves.1', before: 'to import the text;', after: 'to import the whole text;' }],
    });

    const corrected = await getData<InstrumentVersion>(t, `/api/v1/instrument-versions/${versionId}`);
    const text = (id: string, version = corrected) =>
      version.provisions.find((provision) => provision.id === id)!.texts.en!;
    expect(corrected.reading).toBe('corrected');
    expect(text('resolves.1')).toMatchObject({ text: 'to import the whole text;', corrigendum: 2 });
    expect(text('considering.a')).toMatchObject({ text: 'that tests need good texts;', corrigendum: 1 });
    expect(text('resolves.2')).not.toHaveProperty('corrigendum');
    expect(corrected.corrigenda.map((corrigendum) => corrigendum.label)).toEqual(['Corrigendum 1', 'Corrigendum 2']);

    const adopted = await getData<InstrumentVersion>(t, `/api/v1/instrument-versions/${versionId}?as=adopted`);
    expect(adopted.reading).toBe('adopted');
    expect(text('resolves.1', adopted)).toEqual({ heading: 'resolves', num: '1', text: 'to import this text;' });
    expect(adopted.corrigenda).toHaveLength(2);

    // The adopted provision texts are never written.
    expect(
      await t.db.select().from(schema.provisionTexts).where(eq(schema.provisionTexts.versionId, versionId)),
    ).toEqual(adoptedRows);
  });

  it('gives the corrected text as the base of a new proposal', async () => {
    const { document, versionId } = await makeDraft(t);
    expect((await issue(versionId, fix('resolves.2', 'to read it back at once.'))).statusCode).toBe(201);
    const { baseText } = await addProposal(t.as(operator), document.id, sampleMod(versionId));
    expect(baseText).toBe('to read it back at once.');
  });

  it('refuses an unknown version (404) and a version that is abrogated (409), writing nothing', async () => {
    const before = await tableRows(t.db);
    expectApiError(await issue('00000000-0000-4000-8000-000000000000', fix('resolves.1', 'x')), 404, 'not_found', {
      path: ['params', 'id'],
    });
    const { versionId } = await importInstrumentText(t.as(operator), {
      text: sampleResolution(),
      language: 'en',
      versionLabel: 'Rev. Dubai, 2014',
      status: 'abrogated',
      adoptedAtMeeting: null,
      instrumentTitle: null,
    });
    const stored = await tableRows(t.db);
    expectApiError(await issue(versionId, fix('resolves.1', 'to import the text;')), 409, 'conflict', {
      path: ['params', 'id'],
      issue: 'version_abrogated',
    });
    expect(await tableRows(t.db)).toEqual(stored);
    expect(stored.corrigenda).toEqual(before.corrigenda);
  });

  it('refuses each bad input with its field, writing nothing', async () => {
    const versionId = await makeVersion(t);
    const cases: [string, unknown, (string | number)[], string][] = [
      ['an empty list', { language: 'en', reason: 'r', changes: [] }, ['changes'], 'required'],
      [
        'no reason',
        { language: 'en', reason: ' ', changes: [{ provision: 'resolves.1', text: 'x' }] },
        ['reason'],
        'required',
      ],
      ['a language not stored', { ...fix('resolves.1', 'x'), language: 'fr' }, ['language'], 'language_not_stored'],
      ['an unknown provision', fix('resolves.9', 'x'), ['changes', 0, 'provision'], 'unknown_provision'],
      ['a change that changes nothing', fix('resolves.1', 'to import this text;'), ['changes', 0, 'text'], 'no_change'],
      [
        'a provision named twice',
        {
          language: 'en',
          reason: 'r',
          changes: [
            { provision: 'resolves.1', text: 'a' },
            { provision: 'resolves.1', text: 'b' },
          ],
        },
        ['changes', 1, 'provision'],
        'duplicate_provision',
      ],
    ];
    const before = await tableRows(t.db);
    for (const [name, payload, path, code] of cases) {
      const response = await issue(versionId, payload);
      expect(response.statusCode, name).toBe(400);
      expectApiError(response, 400, 'validation_failed', { path, issue: code });
    }
    expect(await tableRows(t.db)).toEqual(before);
  });

  it('is for the secretariat only', async () => {
    const versionId = await makeVersion(t);
    const chair = await signedIn(t, 'chair');
    expectApiError(await issue(versionId, fix('resolves.1', 'x'), chair), 403, 'forbidden');
  });
});

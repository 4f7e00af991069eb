import type { Contribution } from '@tansiq/api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { submitContribution } from '../src/modules/contributions/contribution.service.ts';
import { makeDraft, storedRows, tokenCaller, type Caller } from './contribution-helpers.ts';
import { expectApiError, makeMeeting, openTestApp, operator, type TestApp } from './helpers.ts';

let t: TestApp;
let secretariat: Caller;

beforeAll(async () => {
  t = await openTestApp();
  secretariat = await tokenCaller(t, 'secretariat');
});

afterAll(async () => {
  await t?.close();
});

const post = (url: string, payload?: Record<string, unknown>) =>
  t.app.inject({ method: 'POST', url, headers: secretariat.headers, ...(payload ? { payload } : {}) });

describe('secretariat documents', () => {
  it('numbers INF and DT documents each in their own series, published at once', async () => {
    const { meeting } = await makeMeeting(t);
    const body = (series: string) => ({
      meeting: meeting.code,
      series,
      title: { en: `${series} note` },
      originalLanguage: 'fr',
    });
    const symbols: (string | null)[] = [];
    for (const series of ['INF', 'INF', 'DT']) {
      const response = await post('/api/v1/documents', body(series));
      expect(response.statusCode, response.body).toBe(201);
      const document = response.json<{ data: Contribution }>().data;
      expect(document.status).toBe('published');
      symbols.push(document.symbol);
    }
    const label = meeting.code.toUpperCase();
    expect(symbols).toEqual([`${label}/INF/1-F`, `${label}/INF/2-F`, `${label}/DT/1-F`]);
  });

  it('refuses a contributions series, or an unknown meeting, and writes nothing', async () => {
    const before = await storedRows(t);
    expectApiError(
      await post('/api/v1/documents', {
        meeting: 'wtdc-17',
        series: 'Doc',
        title: { en: 'x' },
        originalLanguage: 'en',
      }),
      400,
      'validation_failed',
      { path: ['series'] },
    );
    expectApiError(
      await post('/api/v1/documents', { meeting: 'nope', series: 'INF', title: { en: 'x' }, originalLanguage: 'en' }),
      400,
      'validation_failed',
      { path: ['meeting'] },
    );
    expect(await storedRows(t)).toEqual(before);
  });

  it('publishes a submitted contribution only, and withdraws a document once', async () => {
    const { document } = await makeDraft(t, { proposals: 1 });
    expectApiError(await post(`/api/v1/documents/${document.id}/publish`), 409, 'conflict', { path: ['status'] });
    await submitContribution(t.as(operator), document.id);
    const published = await post(`/api/v1/documents/${document.id}/publish`);
    expect(published.statusCode, published.body).toBe(200);
    expect(published.json<{ data: Contribution }>().data.status).toBe('published');
    expectApiError(await post(`/api/v1/documents/${document.id}/publish`), 409, 'conflict');
    const withdrawn = await post(`/api/v1/documents/${document.id}/withdraw`);
    const withdrawnDocument = withdrawn.json<{ data: Contribution }>().data;
    expect(withdrawnDocument.status).toBe('withdrawn');
    expect(withdrawnDocument.symbol).toMatch(/^[A-Z0-9-]+\/\d+-E$/);
    expectApiError(await post(`/api/v1/documents/${document.id}/withdraw`), 409, 'conflict', { path: ['status'] });
  });
});

import type { AgendaItem } from '@tansiq/api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createContribution } from '../src/modules/contributions/contribution.service.ts';
import { signedIn, type SignedIn } from './account-helpers.ts';
import { contributionBody } from './contribution-helpers.ts';
import { publishedDocument } from './delegation-helpers.ts';
import {
  auditRowsOf,
  expectApiError,
  getData,
  makeMeeting,
  openTestApp,
  operator,
  tableRows,
  type TestApp,
} from './helpers.ts';

let t: TestApp;
let secretariat: SignedIn;

beforeAll(async () => {
  t = await openTestApp();
  secretariat = await signedIn(t, 'secretariat');
});

afterAll(async () => {
  await t?.close();
});

function send(method: 'POST' | 'PATCH' | 'DELETE', url: string, payload?: object, caller: SignedIn = secretariat) {
  return t.app.inject({ method, url, headers: caller.headers, ...(payload ? { payload } : {}) });
}

async function refusedWithNothingWritten(
  response: () => ReturnType<typeof send>,
  status: number,
  code: string,
  expected?: { path: (string | number)[]; issue?: string },
) {
  const before = await tableRows(t.db);
  expectApiError(await response(), status, code, expected);
  expect(await tableRows(t.db)).toEqual(before);
}

describe('agenda items', () => {
  it('creates, lists in order, changes and removes items with their documents', async () => {
    const { meeting } = await makeMeeting(t);
    const first = await publishedDocument(t, meeting.code);
    const second = await publishedDocument(t, meeting.code);
    const url = `/api/v1/meetings/${meeting.code}/agenda-items`;

    const created = await send('POST', url, {
      number: '3.10',
      title: { en: 'Revision of Resolution 901', fr: 'Révision de la Résolution 901' },
      documents: [second.id, first.id],
    });
    expect(created.statusCode, created.body).toBe(201);
    const item = created.json<{ data: AgendaItem }>().data;
    expect(item).toMatchObject({ number: '3.10', position: 1, documents: [second.id, first.id] });
    expect((await send('POST', url, { number: '3.2', title: { en: 'Other' }, position: 1 })).statusCode).toBe(201);
    expect((await send('POST', url, { number: '4', title: { en: 'Closing' } })).statusCode).toBe(201);

    const listed = await getData<AgendaItem[]>(t, url);
    expect(listed.map((entry) => [entry.number, entry.position])).toEqual([
      ['3.2', 1],
      ['3.10', 1],
      ['4', 2],
    ]);

    const changed = await send('PATCH', `/api/v1/agenda-items/${item.id}`, { documents: [first.id], position: 3 });
    expect(changed.statusCode, changed.body).toBe(200);
    expect(changed.json<{ data: AgendaItem }>().data).toMatchObject({
      number: '3.10',
      position: 3,
      documents: [first.id],
    });
    const removed = await send('DELETE', `/api/v1/agenda-items/${item.id}`);
    expect(removed.statusCode).toBe(204);
    expect((await getData<AgendaItem[]>(t, url)).map((entry) => entry.number)).toEqual(['3.2', '4']);
    expect((await auditRowsOf(t.db, item.id)).map((row) => row.action)).toEqual([
      'agenda.item.create',
      'agenda.item.update',
      'agenda.item.delete',
    ]);
  });

  it('refuses a document of another meeting, an unknown one and a draft, naming each; nothing written', async () => {
    const { meeting } = await makeMeeting(t);
    const { meeting: other } = await makeMeeting(t);
    const own = await publishedDocument(t, meeting.code);
    const foreign = await publishedDocument(t, other.code);
    const draft = await createContribution(t.as(operator), contributionBody(meeting.code));
    const url = `/api/v1/meetings/${meeting.code}/agenda-items`;
    const before = await tableRows(t.db);
    const response = await send('POST', url, {
      number: '5',
      title: { en: 'Item' },
      documents: [own.id, foreign.id, '00000000-0000-4000-8000-000000000000', draft.id],
    });
    const error = expectApiError(response, 400, 'validation_failed');
    expect(error.issues?.map(({ path, code }) => ({ path, code }))).toEqual([
      { path: ['documents', 1], code: 'document_of_another_meeting' },
      { path: ['documents', 2], code: 'unknown_document' },
      { path: ['documents', 3], code: 'document_not_submitted' },
    ]);
    expect(await tableRows(t.db)).toEqual(before);

    const created = await send('POST', url, { number: '5', title: { en: 'Item' }, documents: [own.id] });
    const id = created.json<{ data: AgendaItem }>().data.id;
    await refusedWithNothingWritten(
      () => send('PATCH', `/api/v1/agenda-items/${id}`, { documents: [foreign.id] }),
      400,
      'validation_failed',
      { path: ['documents', 0], issue: 'document_of_another_meeting' },
    );
  });

  it('refuses a number taken, a bad number, an empty change, an unknown meeting or item, and others than the secretariat', async () => {
    const { meeting } = await makeMeeting(t);
    const url = `/api/v1/meetings/${meeting.code}/agenda-items`;
    const created = await send('POST', url, { number: '1', title: { en: 'Opening' } });
    const id = created.json<{ data: AgendaItem }>().data.id;
    await refusedWithNothingWritten(() => send('POST', url, { number: '1', title: { en: 'Again' } }), 409, 'conflict', {
      path: ['number'],
    });
    await refusedWithNothingWritten(
      () => send('POST', url, { number: '3.', title: { en: 'Bad' } }),
      400,
      'validation_failed',
      { path: ['number'] },
    );
    await refusedWithNothingWritten(
      () => send('POST', url, { number: '2', title: { en: 'Twice' }, documents: [id, id] }),
      400,
      'validation_failed',
    );
    await refusedWithNothingWritten(() => send('PATCH', `/api/v1/agenda-items/${id}`, {}), 400, 'validation_failed');
    await refusedWithNothingWritten(
      () => send('POST', '/api/v1/meetings/no-such-meeting/agenda-items', { number: '1', title: { en: 'X' } }),
      404,
      'not_found',
    );
    await refusedWithNothingWritten(
      () => send('DELETE', '/api/v1/agenda-items/00000000-0000-4000-8000-000000000000'),
      404,
      'not_found',
    );
    const focalPoint = await signedIn(t, 'focal-point');
    await refusedWithNothingWritten(
      () => send('POST', url, { number: '2', title: { en: 'Mine' } }, focalPoint),
      403,
      'forbidden',
    );
  });
});

import type { AdoptionPreview, InstrumentVersion } from '@tansiq/api';
import { schema } from '@tansiq/db';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jsonRequest } from './account-helpers.ts';
import { consolidationApi, contribute, draftOf, makeFixture } from './consolidation-helpers.ts';
import { storedRows, tokenCaller, type Caller } from './contribution-helpers.ts';
import { expectApiError, getData, openTestApp, type TestApp } from './helpers.ts';

let t: TestApp;
let chair: Caller;

const UNKNOWN_ID = '00000000-0000-4000-8000-000000000000';

beforeAll(async () => {
  t = await openTestApp();
  chair = await tokenCaller(t, 'chair');
});

afterAll(async () => {
  await t?.close();
});

const api = (caller: Caller = chair) => consolidationApi(t, caller.headers);
const preview = (id: string, caller: Caller | null = chair) =>
  t.app.inject(
    jsonRequest('GET', `/api/v1/consolidation-drafts/${id}/adoption-preview`, undefined, caller?.headers ?? {}),
  );

/** The preview a successful answer carries, after checking that its ETag is the revision it previews. */
function previewOf(response: LightMyRequestResponse): AdoptionPreview {
  expect(response.statusCode, response.body).toBe(200);
  const data = response.json<{ data: AdoptionPreview }>().data;
  expect(response.headers.etag).toBe(`"${data.revision}"`);
  return data;
}

/** Every row a read must leave as it was: the shared tables, the drafts' and the audit trail. */
async function everything() {
  return {
    ...(await storedRows(t)),
    drafts: await t.db.select().from(schema.consolidationDrafts),
    draftProvisions: await t.db.select().from(schema.consolidationDraftProvisions),
    audit: await t.db.select().from(schema.auditEvents),
  };
}

/** A meeting of its own in `city` with the helpers' fixture, and the chair's fresh draft of its version. */
async function freshDraft(city: string) {
  const fixture = await makeFixture(t, city);
  const draft = draftOf(
    await api().create({ meeting: fixture.meeting.code, version: fixture.versionId, language: 'en' }),
    201,
  );
  return { fixture, draft };
}

describe('the adoption preview', () => {
  it('says a draft with nothing picked and nothing edited changes nothing, and writes nothing', async () => {
    const { draft } = await freshDraft('Kigali');
    const before = await everything();
    const seen = previewOf(await preview(draft.id));
    expect(seen).toEqual({
      draft: draft.id,
      revision: draft.revision,
      outcome: 'revised',
      label: 'Rev. Kigali, 2017',
      wholeText: null,
      mergedInto: null,
      unchanged: true,
      counts: { modified: 0, added: 0, suppressed: 0, renumbered: 0, kept: 4 },
      changes: [],
    });
    expect(await everything()).toEqual(before);
  });

  it('names every provision modified, added, suppressed and renumbered, by whose proposals, as adoption stores it', async () => {
    const { fixture, draft } = await freshDraft('Accra');
    // Brazil suppresses considering a); Egypt adds considering c) and modifies resolves 2.
    const [brazilSup] = await contribute(t, fixture.meeting.code, fixture.versionId, { memberState: 'BRA' }, [
      ['SUP', 'considering.a', null],
    ]);
    let current = draftOf(await api().pick(draft.id, 'considering.a', [brazilSup!], draft.revision));
    current = draftOf(await api().pick(draft.id, 'considering.c', [fixture.egypt.considering], current.revision));
    current = draftOf(await api().pick(draft.id, 'resolves.2', [fixture.egypt.resolves2], current.revision));
    current = draftOf(await api().edit(draft.id, 'resolves.2', 'to read it back twice, slowly.', current.revision));
    const numberOf = (id: string) =>
      current.provisions.flatMap((provision) => provision.available).find((proposal) => proposal.id === id)!.number;

    const seen = previewOf(await preview(draft.id));
    expect(seen).toMatchObject({
      revision: current.revision,
      outcome: 'revised',
      label: 'Rev. Accra, 2017',
      unchanged: false,
      counts: { modified: 1, added: 1, suppressed: 1, renumbered: 1, kept: 1 },
    });
    expect(seen.changes).toEqual([
      {
        kind: 'suppressed',
        provision: 'considering.a',
        heading: 'considering',
        num: 'a)',
        newId: null,
        newNum: null,
        before: 'that tests need texts;',
        after: null,
        by: { proposals: [{ number: numberOf(brazilSup!), source: 'BRA' }], chair: false },
      },
      {
        kind: 'renumbered',
        provision: 'considering.b',
        heading: 'considering',
        num: 'b)',
        newId: 'considering.a',
        newNum: 'a)',
        before: 'that texts need tests,',
        after: 'that texts need tests,',
        by: { proposals: [], chair: false },
      },
      {
        kind: 'added',
        provision: 'considering.c',
        heading: 'considering',
        num: 'c)',
        newId: 'considering.b',
        newNum: 'b)',
        before: null,
        after: 'that drafts need chairs,',
        by: { proposals: [{ number: numberOf(fixture.egypt.considering), source: 'EGY' }], chair: false },
      },
      {
        kind: 'modified',
        provision: 'resolves.2',
        heading: 'resolves',
        num: '2',
        newId: 'resolves.2',
        newNum: '2',
        before: 'to read it back.',
        after: 'to read it back twice, slowly.',
        by: { proposals: [{ number: numberOf(fixture.egypt.resolves2), source: 'EGY' }], chair: true },
      },
    ]);

    // Adoption stores exactly that.
    const adopted = draftOf(await api().adopt(draft.id, current.revision));
    expect(adopted.adoption?.version?.label).toBe(seen.label);
    const version = await getData<InstrumentVersion>(t, `/api/v1/instrument-versions/${adopted.adoption!.version!.id}`);
    const stored = version.provisions.map((provision) => [
      provision.id,
      provision.texts.en!.num,
      provision.texts.en!.text,
    ]);
    expect(stored).toEqual([
      ['considering.a', 'a)', 'that texts need tests,'],
      ['considering.b', 'b)', 'that drafts need chairs,'],
      ['resolves.1', '1', 'to import this text;'],
      ['resolves.2', '2', 'to read it back twice, slowly.'],
    ]);
    for (const change of seen.changes.filter((entry) => entry.kind !== 'suppressed')) {
      expect(stored).toContainEqual([change.newId, change.newNum, change.after]);
    }
    // Once adopted there is nothing left to preview.
    expectApiError(await preview(draft.id), 409, 'already_adopted', { path: ['params', 'id'] });
  });

  it('is refused like adoption while brackets are left, each listed', async () => {
    const { fixture, draft } = await freshDraft('Lusaka');
    const picked = draftOf(
      await api().pick(draft.id, 'resolves.1', [fixture.egypt.resolves1, fixture.tunisia.resolves1], draft.revision),
    );
    expect(picked.openBrackets).toBe(1);
    const before = await everything();
    expectApiError(await preview(draft.id), 409, 'brackets_left', {
      path: ['provisions', 'resolves.1', 'brackets', 0],
      issue: 'brackets_left',
    });
    expect(await everything()).toEqual(before);
  });

  it('says an abrogation by a whole-text SUP* abrogates, with the proposal and the text it merges into', async () => {
    const { fixture, draft } = await freshDraft('Dakar');
    const target = (
      await getData<{ instrument: { id: string } }>(t, `/api/v1/instrument-versions/${fixture.otherVersionId}`)
    ).instrument.id;
    const picked = draftOf(await api().wholeText(draft.id, fixture.wholeTextSup, target, draft.revision));
    const seen = previewOf(await preview(draft.id));
    expect(seen).toMatchObject({
      revision: picked.revision,
      outcome: 'abrogated',
      label: null,
      wholeText: { id: fixture.wholeTextSup, mark: 'SUP*', source: 'FRA' },
      mergedInto: { id: target },
      unchanged: false,
      changes: [],
    });
  });

  it('is read by anyone signed in, not by an anonymous caller; an unknown or malformed id is refused', async () => {
    const { draft } = await freshDraft('Tunis');
    const delegate = await tokenCaller(t, 'delegate');
    expect(previewOf(await preview(draft.id, delegate)).unchanged).toBe(true);
    expectApiError(await preview(draft.id, null), 401, 'unauthenticated');
    expectApiError(await preview(UNKNOWN_ID), 404, 'not_found', { path: ['params', 'id'] });
    expectApiError(await preview('not-a-draft'), 400, 'validation_failed', { path: ['params', 'id'] });
  });
});

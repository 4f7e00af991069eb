import type { ConsolidationDraft, Instrument } from '@tansiq/api';
import { schema } from '@tansiq/db';
import { eq } from 'drizzle-orm';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withdrawDocument } from '../src/modules/contributions/document.service.ts';
import { importInstrumentText } from '../src/modules/library/library.service.ts';
import { makeUser } from './account-helpers.ts';
import { consolidationApi, draftOf, makeFixture, provisionOf, type Fixture } from './consolidation-helpers.ts';
import { storedRows, tokenCaller, type Caller } from './contribution-helpers.ts';
import { expectApiError, getData, openTestApp, operator, type TestApp } from './helpers.ts';

let t: TestApp;
let chair: Caller;
let fixture: Fixture;
let draft: ConsolidationDraft;

const UNKNOWN_ID = '00000000-0000-4000-8000-000000000000';

beforeAll(async () => {
  t = await openTestApp();
  chair = await tokenCaller(t, 'chair');
  fixture = await makeFixture(t);
  draft = draftOf(
    await consolidationApi(t, chair.headers).create({
      meeting: fixture.meeting.code,
      version: fixture.versionId,
      language: 'en',
    }),
    201,
  );
});

afterAll(async () => {
  await t?.close();
});

const api = (caller: Caller = chair) => consolidationApi(t, caller.headers);

/** Every row a refused write must leave as it was: the shared tables and the drafts'. */
async function everything() {
  return {
    ...(await storedRows(t)),
    drafts: await t.db.select().from(schema.consolidationDrafts),
    draftProvisions: await t.db.select().from(schema.consolidationDraftProvisions),
  };
}

/** Asserts a refusal (status, code, the issue at `path`) that wrote nothing. */
async function refused(
  write: () => Promise<LightMyRequestResponse>,
  status: number,
  code: string,
  expected?: { path: (string | number)[]; issue?: string },
) {
  const before = await everything();
  const error = expectApiError(await write(), status, code, expected);
  expect(await everything()).toEqual(before);
  return error;
}

describe('opening a draft', () => {
  it('is for a chair (who owns it) or the secretariat', async () => {
    const delegate = await tokenCaller(t, 'delegate');
    const body = { meeting: fixture.meeting.code, version: fixture.otherVersionId, language: 'en' };
    await refused(() => api(delegate).create(body), 403, 'forbidden');
    const other = await makeUser(t, 'chair');
    await refused(() => api().create({ ...body, owner: other.user.id }), 403, 'forbidden');
    expectApiError(await consolidationApi(t).create(body), 401, 'unauthenticated');
    const secretariat = await tokenCaller(t, 'secretariat');
    await refused(() => api(secretariat).create({ ...body, owner: delegate.user.id }), 400, 'validation_failed', {
      path: ['owner'],
      issue: 'not_a_chair',
    });
    const made = draftOf(await api(secretariat).create({ ...body, owner: other.user.id }), 201);
    expect(made.owner).toEqual({ id: other.user.id, name: other.user.name });
  });

  it('refuses an unknown meeting or version, a language not stored, a second open draft', async () => {
    const error = await refused(
      () => api().create({ meeting: 'no-such-meeting', version: UNKNOWN_ID, language: 'en' }),
      400,
      'validation_failed',
      { path: ['meeting'], issue: 'unknown_meeting' },
    );
    expect(error.issues).toContainEqual(expect.objectContaining({ path: ['version'], code: 'unknown_version' }));
    const body = { meeting: fixture.meeting.code, version: fixture.versionId };
    await refused(() => api().create({ ...body, language: 'fr' }), 400, 'validation_failed', {
      path: ['language'],
      issue: 'language_not_stored',
    });
    await refused(() => api().create({ ...body, language: 'en' }), 409, 'conflict', { path: ['version'] });
  });
});

describe('picking proposals', () => {
  it.each([
    ['a withdrawn contribution’s', 'withdrawn', 'withdrawn_proposal'],
    // The chair may not read another's unsubmitted contribution: it is not revealed (the secretariat's below).
    ['a contribution never submitted', 'unsubmitted', 'unknown_proposal'],
    ['another version’s', 'otherVersion', 'other_version'],
    ['one written in another language than the draft', 'french', 'other_language'],
    ['one on the whole text', 'wholeTextSup', 'whole_text_proposal'],
  ] as const)('refuses %s proposal with its field, writing nothing', async (_, key, issue) => {
    await refused(
      () => api().pick(draft.id, 'resolves.2', [fixture.egypt.resolves2, fixture[key]], draft.revision),
      400,
      'invalid_pick',
      { path: ['proposals', 1], issue },
    );
  });

  it('tells the secretariat, who may read it, that the proposal was never submitted', async () => {
    const secretariat = await tokenCaller(t, 'secretariat');
    const picks = [fixture.unsubmitted];
    await refused(() => api(secretariat).pick(draft.id, 'resolves.2', picks, draft.revision), 400, 'invalid_pick', {
      path: ['proposals', 0],
      issue: 'draft_proposal',
    });
  });

  it('refuses a proposal on another provision, an unknown one, and one named twice', async () => {
    await refused(() => api().pick(draft.id, 'resolves.1', [fixture.egypt.resolves2], 0), 400, 'invalid_pick', {
      path: ['proposals', 0],
      issue: 'other_provision',
    });
    await refused(() => api().pick(draft.id, 'resolves.1', [UNKNOWN_ID], 0), 400, 'invalid_pick', {
      path: ['proposals', 0],
      issue: 'unknown_proposal',
    });
    const twice = [fixture.egypt.resolves1, fixture.egypt.resolves1];
    await refused(() => api().pick(draft.id, 'resolves.1', twice, 0), 400, 'invalid_pick', {
      path: ['proposals', 1],
      issue: 'duplicate_proposal',
    });
  });

  it('answers 404 with the field for an unknown draft or provision', async () => {
    await refused(() => api().pick(UNKNOWN_ID, 'resolves.1', [], 0), 404, 'not_found', { path: ['params', 'id'] });
    await refused(() => api().pick(draft.id, 'resolves.9', [], 0), 404, 'not_found', {
      path: ['params', 'provisionId'],
    });
    expectApiError(await api().get(UNKNOWN_ID), 404, 'not_found', { path: ['params', 'id'] });
    expectApiError(await api().list('no-such-meeting'), 404, 'not_found', { path: ['params', 'meeting'] });
  });

  it('is refused to whoever does not own the draft, but the secretariat', async () => {
    const otherChair = await tokenCaller(t, 'chair');
    const delegate = await tokenCaller(t, 'delegate');
    for (const caller of [otherChair, delegate]) {
      await refused(() => api(caller).pick(draft.id, 'resolves.1', [], draft.revision), 403, 'forbidden');
    }
    // Both may read it.
    expect(draftOf(await api(otherChair).get(draft.id)).id).toBe(draft.id);
  });

  it('needs the revision it is based on, in the body or If-Match, and refuses a stale one', async () => {
    await refused(() => api().pick(draft.id, 'resolves.1', []), 400, 'validation_failed', {
      path: ['expectedRevision'],
      issue: 'required',
    });
    await refused(
      () => api().pick(draft.id, 'resolves.1', [], undefined, { 'if-match': 'yesterday' }),
      400,
      'validation_failed',
      { path: ['headers', 'if-match'] },
    );
    const picked = [fixture.egypt.resolves1, fixture.tunisia.resolves1];
    draft = draftOf(await api().pick(draft.id, 'resolves.1', picked, undefined, { 'if-match': `"${draft.revision}"` }));
    expect(draft.revision).toBe(1);
    let stale: LightMyRequestResponse | undefined;
    await refused(
      async () => (stale = await api().pick(draft.id, 'resolves.1', [], undefined, { 'if-match': '"0"' })),
      409,
      'stale_draft',
      { path: ['expectedRevision'] },
    );
    expect(stale!.headers.etag).toBe('"1"');
  });
});

describe('brackets and edits', () => {
  it('brackets the colliding MODs, refuses an unknown bracket or alternative, and an edit removing one', async () => {
    const resolves1 = provisionOf(draft, 'resolves.1');
    // Which side of a bracket a space goes to is the word diff's choice.
    expect(resolves1.text).toBe('to import this text[ with care] / [ at once];');
    await refused(() => api().choose(draft.id, 'resolves.1', 5, 0, draft.revision), 400, 'invalid_edit', {
      path: ['brackets'],
      issue: 'unknown_brackets',
    });
    await refused(() => api().choose(draft.id, 'resolves.1', 0, 7, draft.revision), 400, 'invalid_edit', {
      path: ['choice'],
      issue: 'unknown_alternative',
    });
    await refused(
      () => api().edit(draft.id, 'resolves.1', 'to import this text with care;', draft.revision),
      400,
      'invalid_edit',
      { path: ['text'], issue: 'brackets_edited' },
    );
  });

  it('refuses adoption with brackets left, listing each, and nothing is half-adopted', async () => {
    await refused(() => api().adopt(draft.id, draft.revision), 409, 'brackets_left', {
      path: ['provisions', 'resolves.1', 'brackets', 0],
    });
  });
});

describe('adoption', () => {
  it('refuses a label the instrument has already, leaving everything as it was', async () => {
    // A meeting in Buenos Aires in 2017 would adopt "Rev. Buenos Aires, 2017": the sample version's own label.
    const here = await makeFixture(t, 'Buenos Aires');
    const open = draftOf(
      await api().create({ meeting: here.meeting.code, version: here.versionId, language: 'en' }),
      201,
    );
    const ready = draftOf(await api().pick(open.id, 'resolves.2', [here.egypt.resolves2], 0));
    await refused(() => api().adopt(open.id, ready.revision), 409, 'conflict', { path: ['label'] });
    expect(draftOf(await api().get(open.id))).toMatchObject({
      status: 'open',
      revision: ready.revision,
      version: { status: 'in-force' },
    });
  });

  it('refuses a draft holding a proposal withdrawn after it was picked, and adopts once it is picked again', async () => {
    const here = await makeFixture(t, 'Nairobi');
    const open = draftOf(
      await api().create({ meeting: here.meeting.code, version: here.versionId, language: 'en' }),
      201,
    );
    const ready = draftOf(await api().pick(open.id, 'resolves.2', [here.egypt.resolves2], 0));
    const [egypt] = await t.db
      .select({ documentId: schema.proposals.documentId })
      .from(schema.proposals)
      .where(eq(schema.proposals.id, here.egypt.resolves2));
    await withdrawDocument(t.as(operator), egypt!.documentId);
    await refused(() => api().adopt(open.id, ready.revision), 400, 'invalid_pick', {
      path: ['provisions', 'resolves.2'],
      issue: 'withdrawn_proposal',
    });
    const again = draftOf(await api().pick(open.id, 'resolves.2', [], ready.revision));
    expect(draftOf(await api().adopt(open.id, again.revision))).toMatchObject({ status: 'adopted' });
  });

  it('abrogates the text for a whole-text SUP*, recording the merge into another instrument', async () => {
    const here = await makeFixture(t);
    const open = draftOf(
      await api().create({ meeting: here.meeting.code, version: here.versionId, language: 'en' }),
      201,
    );
    const target = (
      await getData<{ instrument: { id: string } }>(t, `/api/v1/instrument-versions/${here.otherVersionId}`)
    ).instrument.id;
    await refused(() => api().wholeText(open.id, here.egypt.resolves1, null, 0), 400, 'invalid_pick', {
      path: ['proposal'],
      issue: 'not_abrogation',
    });
    await refused(() => api().wholeText(open.id, here.wholeTextSup, open.instrument.id, 0), 400, 'invalid_pick', {
      path: ['mergedInto'],
      issue: 'self_link',
    });
    const picked = draftOf(await api().wholeText(open.id, here.wholeTextSup, target, 0));
    expect(picked.wholeText).toMatchObject({
      proposal: { id: here.wholeTextSup, mark: 'SUP*' },
      mergedInto: { id: target },
    });
    const adopted = draftOf(await api().adopt(open.id, picked.revision));
    expect(adopted).toMatchObject({
      status: 'adopted',
      version: { status: 'abrogated' },
      adoption: { outcome: 'abrogated', version: null, adoptedBy: 'consensus' },
    });
    const instrument = await getData<Instrument>(t, `/api/v1/instruments/${open.instrument.id}`);
    expect(instrument.versions.map((version) => version.status)).toEqual(['abrogated']);
    expect(instrument.lineage.map((link) => [link.relation, link.direction, link.instrument.id])).toEqual([
      ['merged-into', 'outgoing', target],
    ]);
  });

  it('makes an immutable version: the library refuses to store its language again or other provisions', async () => {
    const here = await makeFixture(t);
    const open = draftOf(
      await api().create({ meeting: here.meeting.code, version: here.versionId, language: 'en' }),
      201,
    );
    const adopted = draftOf(await api().adopt(open.id, 0));
    expect(adopted.adoption?.version?.label).toBe('Rev. Kigali, 2017');
    const number = adopted.instrument.number;
    const text = (language: 'en' | 'fr', revision: string, lines: string[]) =>
      importInstrumentText(t.as(operator), {
        text: [`${language === 'en' ? 'RESOLUTION' : 'RÉSOLUTION'} ${number} (${revision})`, ...lines].join('\n'),
        language,
        versionLabel: 'Rev. Kigali, 2017',
        status: 'in-force',
        adoptedAtMeeting: null,
        instrumentTitle: null,
      });
    const before = await everything();
    await expect(
      text('en', 'Rev. Kigali, 2017', ['Another text', 'The Conference,', 'resolves', '1\tto change it.']),
    ).rejects.toMatchObject({ code: 'conflict' });
    await expect(
      text('fr', 'Rév. Kigali, 2017', ['Un autre texte', 'La Conférence,', 'décide', '1\tde le changer.']),
    ).rejects.toMatchObject({ code: 'provisions_misaligned' });
    expect(await everything()).toEqual(before);
  });
});

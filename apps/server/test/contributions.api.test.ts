import type { Contribution, ContributionSummary } from '@tansiq/api';
import type { z } from 'zod';
import { WORD_DIFF_ALGORITHM } from '@tansiq/domain';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { loadDemo } from '../src/index.ts';
import {
  contributionBody,
  contributionOf,
  contributionsApi,
  demoAccount,
  tokenCaller,
  type Caller,
  makeVersion,
  storedRows,
  version901,
} from './contribution-helpers.ts';
import { TEST_NOW, expectApiError, makeMeeting, openTestApp, operator, type TestApp } from './helpers.ts';

let t: TestApp;
let egypt: Caller;
let secretariat: Caller;
let v901: string;

beforeAll(async () => {
  t = await openTestApp();
  await loadDemo(t.as(operator));
  egypt = await demoAccount(t, 'focal.egypt@example.org');
  expect(egypt.user).toMatchObject({ role: 'focal-point', memberStateIso3: 'EGY' });
  secretariat = await tokenCaller(t, 'secretariat');
  v901 = await version901(t);
});

afterEach(() => {
  t.clock.set(TEST_NOW);
});

afterAll(async () => {
  await t?.close();
});

/** A draft of Egypt with one MOD of 901, to `meeting` (WTDC-17 unless given). */
async function draftWithMod(meeting = 'wtdc-17', overrides: Parameters<typeof contributionBody>[1] = {}) {
  const api = contributionsApi(t, egypt);
  const draft = contributionOf(await api.create(contributionBody(meeting, overrides)), 201);
  contributionOf(
    await api.propose(draft.id, {
      mark: 'MOD',
      target: { kind: 'provision', versionId: v901, provisionId: 'resolves.3' },
      text: 'to share experience among the regions through the study groups and the regional initiatives,',
    }),
    201,
  );
  return draft;
}

describe("Egypt's contribution to WTDC-17", () => {
  it('is drafted, gets a MOD, an ADD, a SUP and a NOC, and is submitted on time with ITU numbers', async () => {
    const api = contributionsApi(t, egypt);
    const otherText = await makeVersion(t);
    const draft = contributionOf(await api.create(contributionBody('wtdc-17')), 201);
    expect(draft).toMatchObject({
      meetingCode: 'wtdc-17',
      series: 'Doc',
      status: 'draft',
      symbol: null,
      timing: null,
      submittedAt: null,
      originalLanguage: 'en',
      authorCode: 'EGY',
      source: { memberStateIso3: 'EGY', organizationCode: null },
      proposals: [],
      commonProposal: null,
    });

    const mod = contributionOf(
      await api.propose(draft.id, {
        mark: 'MOD',
        target: { kind: 'provision', versionId: v901, provisionId: 'resolves.2' },
        text: 'that the centres shall, in cooperation with local authorities:',
      }),
      201,
    );
    expect(mod.proposals).toHaveLength(1);
    expect(mod.proposals[0]).toMatchObject({
      position: 1,
      mark: 'MOD',
      number: null,
      baseText: 'that the centres should:',
      diff: {
        algorithm: WORD_DIFF_ALGORITHM,
        ops: [
          { op: 'equal', text: 'that the centres ' },
          { op: 'delete', text: 'should' },
          { op: 'insert', text: 'shall, in cooperation with local authorities' },
          { op: 'equal', text: ':' },
        ],
      },
    });

    const add = await api.propose(draft.id, {
      mark: 'ADD',
      target: { kind: 'provision', versionId: v901, provisionId: 'considering.d' },
      text: 'that community centres can also serve as points of access to public services,',
    });
    const sup = await api.propose(draft.id, {
      mark: 'SUP',
      target: { kind: 'text', versionId: otherText },
      reasons: 'Its purpose has been achieved.',
    });
    const noc = await api.propose(draft.id, {
      mark: 'NOC',
      target: { kind: 'provision', versionId: v901, provisionId: 'resolves.1' },
      reasons: 'This provision remains valid.',
    });
    const proposed = contributionOf(noc, 201);
    contributionOf(add, 201);
    contributionOf(sup, 201);
    expect(proposed.proposals.map((proposal) => [proposal.position, proposal.mark, proposal.target.kind])).toEqual([
      [1, 'MOD', 'provision'],
      [2, 'ADD', 'provision'],
      [3, 'SUP', 'text'],
      [4, 'NOC', 'provision'],
    ]);
    expect(proposed.proposals[1]).toMatchObject({ baseText: null, diff: null });
    expect(proposed.proposals[2]).toMatchObject({ text: null, reasons: 'Its purpose has been achieved.', diff: null });

    const submitted = contributionOf(await api.submit(draft.id));
    const number = Number(/^WTDC-17\/(\d+)-E$/.exec(submitted.symbol ?? '')?.[1]);
    expect(number).toBeGreaterThan(0);
    expect(submitted).toMatchObject({
      status: 'submitted',
      timing: 'on-time',
      submittedAt: TEST_NOW.toISOString(),
    });
    expect(submitted.proposals.map((proposal) => proposal.number)).toEqual(
      [1, 2, 3, 4].map((serial) => `EGY/${number}/${serial}`),
    );

    // Public once submitted: anyone reads it, and the meeting's list shows it.
    expect(contributionOf(await contributionsApi(t).get(draft.id)).symbol).toBe(submitted.symbol);
    const listed = await contributionsApi(t).list('wtdc-17');
    expect(listed.statusCode, listed.body).toBe(200);
    const summaries = listed.json<{ data: z.infer<typeof ContributionSummary>[] }>().data;
    expect(summaries).toContainEqual(
      expect.objectContaining({ id: draft.id, symbol: submitted.symbol, proposalCount: 4, timing: 'on-time' }),
    );
  });

  it('removes a proposal from a draft and closes the gap in positions', async () => {
    const api = contributionsApi(t, egypt);
    const draft = await draftWithMod();
    contributionOf(
      await api.propose(draft.id, {
        mark: 'NOC',
        target: { kind: 'provision', versionId: v901, provisionId: 'resolves.1' },
        reasons: 'Still valid.',
      }),
      201,
    );
    const first = contributionOf(await api.get(draft.id)).proposals[0]!;
    const after = contributionOf(await api.remove(draft.id, first.id));
    expect(after.proposals.map((proposal) => [proposal.position, proposal.mark])).toEqual([[1, 'NOC']]);
    expectApiError(await api.remove(draft.id, first.id), 404, 'not_found', { path: ['params', 'proposalId'] });
  });
});

describe('the title, required in the original language only', () => {
  const arabic = 'مقترحات مصر بشأن القرار 901';

  it('takes a title in the original language alone, and every reader and export shows it', async () => {
    const api = contributionsApi(t, egypt);
    const body = contributionBody('wtdc-17', { title: { ar: arabic }, originalLanguage: 'ar' });
    const draft = contributionOf(await api.create(body), 201);
    expect(draft.title).toEqual({ ar: arabic });
    expect(contributionOf(await api.get(draft.id)).title).toEqual({ ar: arabic });
    const listed = (await api.list('wtdc-17')).json<{ data: z.infer<typeof ContributionSummary>[] }>().data;
    expect(listed.find((summary) => summary.id === draft.id)?.title).toEqual({ ar: arabic });
    // Exported in English, the document prints the title its authors gave: in Arabic.
    const exported = await api.exported(draft.id, 'lang=en&format=json');
    expect(exported.statusCode, exported.body).toBe(200);
    expect(exported.json<{ title: string }>().title).toBe(arabic);
  });

  it('still takes an English title alone, whatever the original language: nothing accepted before is refused', async () => {
    const api = contributionsApi(t, egypt);
    for (const originalLanguage of ['ar', 'fr', 'en'] as const) {
      const body = contributionBody('wtdc-17', { title: { en: 'Proposals' }, originalLanguage });
      expect(contributionOf(await api.create(body), 201).title).toEqual({ en: 'Proposals' });
    }
  });

  it.each([
    ['another language only', { fr: 'Propositions' }, ['title', 'ar']],
    ['no title at all', {}, ['title', 'ar']],
    ['a blank title', { ar: '   ' }, ['title', 'ar']],
    ['an empty English title beside it', { ar: arabic, en: '' }, ['title', 'en']],
  ])('says "required" at the title in the original language for %s, writing nothing', async (_case, title, path) => {
    const before = await storedRows(t);
    const body = contributionBody('wtdc-17', { title, originalLanguage: 'ar' });
    expectApiError(await contributionsApi(t, egypt).create(body), 400, 'validation_failed', {
      path,
      issue: 'required',
    });
    expect(await storedRows(t)).toEqual(before);
  });

  it('keeps refusing a title too long or holding direction controls, in any language', async () => {
    for (const [title, path, issue] of [
      [{ ar: 'ع'.repeat(301) }, ['title', 'ar'], 'too_big'],
      [{ ar: '\u202eعنوان' }, ['title', 'ar'], 'bidi_control'],
      [{ ar: arabic, de: 'Vorschläge' }, ['title'], 'unrecognized_keys'],
    ] as const) {
      const body = contributionBody('wtdc-17', { title: title as never, originalLanguage: 'ar' });
      expectApiError(await contributionsApi(t, egypt).create(body), 400, 'validation_failed', {
        path: [...path],
        issue,
      });
    }
  });
});

describe('timing against the deadline', () => {
  it('is on time to the last second of 25 Sep 2017 at WTDC-17, then late and accepted (flagged)', async () => {
    const onTime = await draftWithMod();
    const late = await draftWithMod();
    const api = contributionsApi(t, egypt);
    t.clock.set(new Date('2017-09-25T23:59:59.999Z'));
    expect(contributionOf(await api.submit(onTime.id)).timing).toBe('on-time');

    t.clock.set(new Date('2017-09-26T00:00:00Z'));
    const submitted = contributionOf(await api.submit(late.id));
    expect(submitted).toMatchObject({ status: 'submitted', timing: 'late', submittedAt: '2017-09-26T00:00:00.000Z' });
    expect(submitted.symbol).toMatch(/^WTDC-17\/\d+-E$/);
  });

  it('is delayed after the contributions deadline of a study group, and refused (409) once late', async () => {
    // Opens 20 Nov 2017: contributions close on 6 Oct, delayed contributions on 8 Nov.
    const { meeting } = await makeMeeting(t, { type: 'study-group', startsOn: '2017-11-20', endsOn: '2017-11-24' });
    const delayed = await draftWithMod(meeting.code);
    const late = await draftWithMod(meeting.code);
    const api = contributionsApi(t, egypt);
    t.clock.set(new Date('2017-10-07T09:00:00Z'));
    expect(contributionOf(await api.submit(delayed.id))).toMatchObject({ status: 'submitted', timing: 'delayed' });

    t.clock.set(new Date('2017-11-09T00:00:00Z'));
    const before = await storedRows(t);
    expectApiError(await api.submit(late.id), 409, 'deadline_passed', { path: ['submittedAt'] });
    expect(await storedRows(t)).toEqual(before);
    expect(contributionOf(await api.get(late.id))).toMatchObject({ status: 'draft', symbol: null, timing: null });
  });
});

describe('addenda', () => {
  it("take their parent's number, addendum 1, 2 …, and number their proposals EGY/<n>A<k>/<serial>", async () => {
    const { meeting } = await makeMeeting(t);
    const tunisia = await tokenCaller(t, 'focal-point', { memberStateIso3: 'TUN' });
    const tunisian = contributionOf(
      await contributionsApi(t, tunisia).create(contributionBody(meeting.code, { memberState: 'TUN' })),
      201,
    );
    contributionOf(
      await contributionsApi(t, tunisia).propose(tunisian.id, {
        mark: 'NOC',
        target: { kind: 'provision', versionId: v901, provisionId: 'resolves.1' },
        reasons: 'Still valid.',
      }),
      201,
    );
    expect(contributionOf(await contributionsApi(t, tunisia).submit(tunisian.id)).symbol).toMatch(
      new RegExp(`^${meeting.code.toUpperCase()}/1-E$`),
    );

    const api = contributionsApi(t, egypt);
    const parent = contributionOf(await api.submit((await draftWithMod(meeting.code)).id));
    const code = meeting.code.toUpperCase();
    expect(parent.symbol).toBe(`${code}/2-E`);
    expect(parent.proposals.map((proposal) => proposal.number)).toEqual(['EGY/2/1']);

    const first = contributionOf(
      await api.submit((await draftWithMod(meeting.code, { parentDocument: parent.id })).id),
    );
    expect(first.symbol).toBe(`${code}/2(Add.1)-E`);
    expect(first.proposals.map((proposal) => proposal.number)).toEqual(['EGY/2A1/1']);

    const secondDraft = await draftWithMod(meeting.code, { parentDocument: parent.id });
    contributionOf(
      await api.propose(secondDraft.id, {
        mark: 'NOC',
        target: { kind: 'provision', versionId: v901, provisionId: 'resolves.1' },
        reasons: 'Still valid.',
      }),
      201,
    );
    const second = contributionOf(await api.submit(secondDraft.id));
    expect(second.symbol).toBe(`${code}/2(Add.2)-E`);
    expect(second.proposals.map((proposal) => proposal.number)).toEqual(['EGY/2A2/1', 'EGY/2A2/2']);

    // An addendum takes no number of its own: the next document is 3.
    const next = contributionOf(await api.submit((await draftWithMod(meeting.code)).id));
    expect(next.symbol).toBe(`${code}/3-E`);
  });
});

describe('who reads a contribution', () => {
  it('hides a draft from anonymous readers and other administrations, not from its side or the secretariat', async () => {
    const draft = await draftWithMod();
    const tunisia = await tokenCaller(t, 'focal-point', { memberStateIso3: 'TUN' });
    const egyptianDelegate = await tokenCaller(t, 'delegate', { memberStateIso3: 'EGY' });
    for (const reader of [undefined, tunisia, await tokenCaller(t, 'observer'), await tokenCaller(t, 'chair')]) {
      expectApiError(await contributionsApi(t, reader).get(draft.id), 404, 'not_found', { path: ['params', 'id'] });
      const listed = (await contributionsApi(t, reader).list('wtdc-17')).json<{ data: Contribution[] }>().data;
      expect(listed.map((document) => document.id)).not.toContain(draft.id);
    }
    for (const reader of [egypt, egyptianDelegate, secretariat]) {
      expect(contributionOf(await contributionsApi(t, reader).get(draft.id)).status).toBe('draft');
      const listed = (await contributionsApi(t, reader).list('wtdc-17')).json<{ data: Contribution[] }>().data;
      expect(listed.map((document) => document.id)).toContain(draft.id);
    }
  });

  it('shows a submitted one by its access level: members to signed-in readers, authors to its side', async () => {
    const api = contributionsApi(t, egypt);
    const members = contributionOf(await api.submit((await draftWithMod('wtdc-17', { access: 'members' })).id));
    const authors = contributionOf(await api.submit((await draftWithMod('wtdc-17', { access: 'authors' })).id));
    const observer = await tokenCaller(t, 'observer');
    expectApiError(await contributionsApi(t).get(members.id), 404, 'not_found');
    expect(contributionOf(await contributionsApi(t, observer).get(members.id)).access).toBe('members');
    expectApiError(await contributionsApi(t, observer).get(authors.id), 404, 'not_found');
    expect(contributionOf(await contributionsApi(t, secretariat).get(authors.id)).access).toBe('authors');
    expectApiError(await contributionsApi(t).list('no-such-meeting'), 404, 'not_found', { path: ['query', 'meeting'] });
  });
});

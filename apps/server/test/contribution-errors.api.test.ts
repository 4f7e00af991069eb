import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemo } from '../src/index.ts';
import {
  contributionBody,
  contributionOf,
  contributionsApi,
  demoAccount,
  storedRows,
  tokenCaller,
  version901,
  type Caller,
} from './contribution-helpers.ts';
import { auditRowsOf, expectApiError, makeMeeting, openTestApp, operator, type TestApp } from './helpers.ts';

let t: TestApp;
let egypt: Caller;
let tunisia: Caller;
let v901: string;

beforeAll(async () => {
  t = await openTestApp();
  await loadDemo(t.as(operator));
  egypt = await demoAccount(t, 'focal.egypt@example.org');
  tunisia = await tokenCaller(t, 'focal-point', { memberStateIso3: 'TUN' });
  v901 = await version901(t);
});

afterAll(async () => {
  await t?.close();
});

const UNKNOWN_ID = '00000000-0000-4000-8000-000000000000';
const provision = (provisionId: string, versionId = v901) => ({ kind: 'provision' as const, versionId, provisionId });

/** Asserts that `write` answers with `status` and `code` (and the issue at `path`), and stores nothing. */
async function refusedWithoutTrace(
  write: () => Promise<LightMyRequestResponse>,
  status: number,
  code: string,
  expected?: { path: (string | number)[]; issue?: string },
) {
  const before = await storedRows(t);
  expectApiError(await write(), status, code, expected);
  expect(await storedRows(t)).toEqual(before);
}

/** A draft of Egypt to WTDC-17, with one NOC unless `empty`. */
async function egyptianDraft(empty = false) {
  const api = contributionsApi(t, egypt);
  const draft = contributionOf(await api.create(contributionBody('wtdc-17')), 201);
  if (!empty) {
    contributionOf(
      await api.propose(draft.id, { mark: 'NOC', target: provision('resolves.1'), reasons: 'Still valid.' }),
      201,
    );
  }
  return draft;
}

describe('a proposal that breaks the rules', () => {
  // Bodies are made when the test runs: the version of 901 is known only after beforeAll.
  it.each<[string, () => Record<string, unknown>, string[], string]>([
    [
      'a MOD of a provision that does not exist',
      () => ({ mark: 'MOD', target: provision('resolves.9'), text: 'to do more.' }),
      ['target'],
      'unknown_provision',
    ],
    [
      'a NOC of a provision that does not exist',
      () => ({ mark: 'NOC', target: provision('considering.z'), reasons: 'Fine as it is.' }),
      ['target'],
      'unknown_provision',
    ],
    [
      'a MOD equal to its base',
      () => ({ mark: 'MOD', target: provision('resolves.2'), text: 'that the centres should:' }),
      ['text'],
      'no_change',
    ],
    [
      'a SUP without reasons',
      () => ({ mark: 'SUP', target: { kind: 'text', versionId: v901 } }),
      ['reasons'],
      'reasons_required',
    ],
    [
      'a NOC with text',
      () => ({ mark: 'NOC', target: provision('resolves.1'), text: 'to encourage centres;', reasons: 'Still valid.' }),
      ['text'],
      'text_not_allowed',
    ],
    [
      'an ADD of a provision that exists',
      () => ({ mark: 'ADD', target: provision('considering.a'), text: 'that a new item is needed;' }),
      ['target'],
      'provision_exists',
    ],
    [
      'a draft new text without a provisional tag',
      () => ({ mark: 'ADD', target: { kind: 'new-text', tag: 'ARB-1' }, text: 'A new resolution.' }),
      ['target'],
      'invalid_tag',
    ],
  ])('%s: 400 with the issue at its field, nothing stored', async (_, body, path, issue) => {
    const draft = await egyptianDraft(true);
    await refusedWithoutTrace(() => contributionsApi(t, egypt).propose(draft.id, body()), 400, 'validation_failed', {
      path,
      issue,
    });
  });

  it('a target in a version that does not exist: 400 unknown_version, nothing stored', async () => {
    const draft = await egyptianDraft(true);
    const api = contributionsApi(t, egypt);
    await refusedWithoutTrace(
      () => api.propose(draft.id, { mark: 'SUP', target: { kind: 'text', versionId: UNKNOWN_ID }, reasons: 'Done.' }),
      400,
      'validation_failed',
      { path: ['target', 'versionId'], issue: 'unknown_version' },
    );
    await refusedWithoutTrace(
      () => api.propose(draft.id, { mark: 'ADD', target: provision('considering.d', UNKNOWN_ID), text: 'that …;' }),
      400,
      'validation_failed',
      { path: ['target', 'versionId'], issue: 'unknown_version' },
    );
  });

  it('an unknown mark: 400 validation_failed, nothing stored', async () => {
    const draft = await egyptianDraft(true);
    await refusedWithoutTrace(
      () => contributionsApi(t, egypt).propose(draft.id, { mark: 'CHANGE' as 'MOD', target: provision('resolves.1') }),
      400,
      'validation_failed',
      { path: ['mark'] },
    );
  });
});

describe('a contribution that cannot be made', () => {
  it.each([
    ['both an administration and an organization', { organization: 'ARAB' as const }],
    ['neither an administration nor an organization', { memberState: null }],
  ])('names %s: 400 one_source, nothing stored', async (_, overrides) => {
    await refusedWithoutTrace(
      () => contributionsApi(t, egypt).create(contributionBody('wtdc-17', overrides)),
      400,
      'validation_failed',
      { path: ['memberState'], issue: 'one_source' },
    );
  });

  it('to an unknown meeting, or as an addendum to no submitted document: 400, nothing stored', async () => {
    const api = contributionsApi(t, egypt);
    await refusedWithoutTrace(() => api.create(contributionBody('wtdc-99')), 400, 'validation_failed', {
      path: ['meeting'],
      issue: 'unknown_meeting',
    });
    const draft = await egyptianDraft();
    for (const parentDocument of [UNKNOWN_ID, draft.id]) {
      await refusedWithoutTrace(
        () => api.create(contributionBody('wtdc-17', { parentDocument })),
        400,
        'validation_failed',
        { path: ['parentDocument'], issue: 'unknown_document' },
      );
    }
  });

  it("for another administration: 403; into another administration's draft: 404, the draft not revealed", async () => {
    const draft = await egyptianDraft();
    const api = contributionsApi(t, tunisia);
    await refusedWithoutTrace(() => api.create(contributionBody('wtdc-17')), 403, 'forbidden');
    await refusedWithoutTrace(
      () => api.propose(draft.id, { mark: 'NOC', target: provision('resolves.3'), reasons: 'Still valid.' }),
      404,
      'not_found',
      { path: ['params', 'id'] },
    );
    const proposalId = contributionOf(await contributionsApi(t, egypt).get(draft.id)).proposals[0]!.id;
    await refusedWithoutTrace(() => api.remove(draft.id, proposalId), 404, 'not_found');
    await refusedWithoutTrace(() => api.submit(draft.id), 404, 'not_found');
    await refusedWithoutTrace(() => api.exported(draft.id, 'format=json'), 404, 'not_found');
  });
});

describe('submission', () => {
  it('of a draft with no proposals: 400 no_proposals, nothing stored', async () => {
    const draft = await egyptianDraft(true);
    await refusedWithoutTrace(() => contributionsApi(t, egypt).submit(draft.id), 400, 'validation_failed', {
      path: ['proposals'],
      issue: 'no_proposals',
    });
  });

  it('a second time, or a change to a submitted contribution: 409 conflict, nothing stored', async () => {
    const api = contributionsApi(t, egypt);
    const draft = await egyptianDraft();
    const submitted = contributionOf(await api.submit(draft.id));
    await refusedWithoutTrace(() => api.submit(draft.id), 409, 'conflict', { path: ['status'] });
    await refusedWithoutTrace(
      () => api.propose(draft.id, { mark: 'NOC', target: provision('resolves.3'), reasons: 'Still valid.' }),
      409,
      'conflict',
      { path: ['status'] },
    );
    await refusedWithoutTrace(() => api.remove(draft.id, submitted.proposals[0]!.id), 409, 'conflict', {
      path: ['status'],
    });
    expect(contributionOf(await api.get(draft.id))).toMatchObject({
      symbol: submitted.symbol,
      proposals: [expect.objectContaining({ number: submitted.proposals[0]!.number })],
    });
  });

  it('at once (several drafts, one of them twice): distinct numbers, and one document submitted once', async () => {
    const { meeting } = await makeMeeting(t);
    const api = contributionsApi(t, egypt);
    const drafts: string[] = [];
    for (let index = 0; index < 4; index++) {
      const draft = contributionOf(await api.create(contributionBody(meeting.code)), 201);
      contributionOf(
        await api.propose(draft.id, { mark: 'NOC', target: provision('resolves.1'), reasons: 'Still valid.' }),
        201,
      );
      drafts.push(draft.id);
    }
    // On PostgreSQL these run in parallel transactions; PGlite has one connection and runs them in turn.
    const answers = await Promise.all([...drafts, drafts[0]!].map((id) => api.submit(id)));
    const accepted = answers.filter((answer) => answer.statusCode === 200);
    expect(accepted).toHaveLength(4);
    expectApiError(
      answers.find((answer) => answer.statusCode !== 200)!,
      409,
      'conflict',
      { path: ['status'] },
    );
    const symbols = accepted.map((answer) => contributionOf(answer).symbol).sort();
    const code = meeting.code.toUpperCase();
    expect(symbols).toEqual([1, 2, 3, 4].map((number) => `${code}/${number}-E`));
    expect(await auditRowsOf(t.db, drafts[0]!, 'contribution.submit')).toHaveLength(1);
  });

  it('while proposals are being added: each add comes before (numbered) or after (409) it, none lost', async () => {
    const api = contributionsApi(t, egypt);
    const draft = await egyptianDraft();
    const adds = [1, 2, 3].map((serial) =>
      api.propose(draft.id, { mark: 'MOD', target: provision('resolves.3'), text: `to share experience ${serial},` }),
    );
    const [submission, ...added] = await Promise.all([api.submit(draft.id), ...adds]);
    expect(submission.statusCode, submission.body).toBe(200);
    for (const answer of added) {
      expect([201, 409], answer.body).toContain(answer.statusCode);
    }
    const stored = contributionOf(await api.get(draft.id));
    const accepted = added.filter((answer) => answer.statusCode === 201).length;
    expect(stored.proposals).toHaveLength(1 + accepted);
    const number = stored.symbol!.replace(/^WTDC-17\/(\d+)-E$/, '$1');
    expect(stored.proposals.map((proposal) => [proposal.position, proposal.number])).toEqual(
      stored.proposals.map((_, index) => [index + 1, `EGY/${number}/${index + 1}`]),
    );
  });

  it('of an unknown contribution: 404', async () => {
    await refusedWithoutTrace(() => contributionsApi(t, egypt).submit(UNKNOWN_ID), 404, 'not_found', {
      path: ['params', 'id'],
    });
  });

  it('a national contribution is not signed on to: 409 not_a_common_proposal, nothing stored', async () => {
    const draft = await egyptianDraft();
    await refusedWithoutTrace(() => contributionsApi(t, egypt).sign(draft.id), 409, 'not_a_common_proposal');
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  addProposal,
  createContribution,
  submitContribution,
} from '../src/modules/contributions/contribution.service.ts';
import {
  contributionBody,
  makeVersion,
  sampleMod,
  storedRows,
  tokenCaller,
  type Caller,
} from './contribution-helpers.ts';
import { expectApiError, expectDomainError, makeMeeting, openTestApp, operator, type TestApp } from './helpers.ts';

let t: TestApp;
let secretariat: Caller;

beforeAll(async () => {
  t = await openTestApp();
  secretariat = await tokenCaller(t, 'secretariat');
});

afterAll(async () => {
  await t?.close();
});

const put = (url: string, payload: Record<string, unknown>) =>
  t.app.inject({ method: 'PUT', url, headers: secretariat.headers, payload });

describe('contribution settings', () => {
  it('reads the seeded defaults: CITEL needs six supporters, a study group refuses late contributions', async () => {
    const citel = await t.app.inject({ url: '/api/v1/support-rules/CITEL' });
    expect(citel.json()).toEqual({ data: { minSupporters: 6, maxObjectionShare: 0.5 } });
    const studyGroup = await t.app.inject({ url: '/api/v1/submission-policies/study-group' });
    expect(studyGroup.json()).toEqual({ data: { late: 'refuse' } });
    const conference = await t.app.inject({ url: '/api/v1/submission-policies/conference' });
    expect(conference.json()).toEqual({ data: { late: 'flag' } });
  });

  it('refuses a rule that makes no sense, writing nothing', async () => {
    const before = await storedRows(t);
    expectApiError(
      await put('/api/v1/support-rules/ARAB', { minSupporters: 0, maxObjectionShare: 2 }),
      400,
      'validation_failed',
      {
        path: ['minSupporters'],
      },
    );
    expectApiError(await put('/api/v1/submission-policies/tdag', { late: 'maybe' }), 400, 'validation_failed', {
      path: ['late'],
    });
    expectApiError(
      await put('/api/v1/support-rules/XYZ', { minSupporters: 2, maxObjectionShare: 0.5 }),
      400,
      'validation_failed',
      {
        path: ['params', 'organization'],
      },
    );
    expect(await storedRows(t)).toEqual(before);
  });

  it('applies a changed late policy to the next submission', async () => {
    const response = await put('/api/v1/submission-policies/tdag', { late: 'refuse' });
    expect(response.statusCode, response.body).toBe(200);
    const { meeting } = await makeMeeting(t, { type: 'tdag', startsOn: '2017-06-01', endsOn: '2017-06-02' });
    // TDAG has no deadline rule by default: give it one, so that the clock's 1 Sep 2017 is late.
    const rules = await t.app.inject({
      method: 'PUT',
      url: '/api/v1/deadline-rules/tdag',
      headers: secretariat.headers,
      payload: { rules: [{ kind: 'contributions', daysBefore: 14 }] },
    });
    expect(rules.statusCode, rules.body).toBe(200);
    const ctx = t.as(operator);
    const document = await createContribution(ctx, contributionBody(meeting.code));
    await addProposal(ctx, document.id, sampleMod(await makeVersion(t)));
    await expectDomainError(submitContribution(ctx, document.id), 'deadline_passed');
  });
});

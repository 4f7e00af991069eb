import type { Nomination, OfficerSettings, SlateCheck } from '@tansiq/api';
import { schema } from '@tansiq/db';
import { DEFAULT_OFFICER_RULES } from '@tansiq/domain';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { signedIn, type SignedIn } from './account-helpers.ts';
import {
  TEST_NOW,
  auditRowsOf,
  expectApiError,
  getData,
  makeMeeting,
  tableRows,
  type TestApp,
  openTestApp,
} from './helpers.ts';
import { nominationBody } from './officer-write-routes.ts';

let t: TestApp;
let secretariat: SignedIn;
let egyptFocalPoint: SignedIn;
let tunisiaFocalPoint: SignedIn;
let egyptDelegate: SignedIn;

beforeAll(async () => {
  t = await openTestApp();
  secretariat = await signedIn(t, 'secretariat');
  egyptFocalPoint = await signedIn(t, 'focal-point');
  tunisiaFocalPoint = await signedIn(t, 'focal-point', { memberStateIso3: 'TUN' });
  egyptDelegate = await signedIn(t, 'delegate');
});

afterAll(async () => {
  await t?.close();
});

afterEach(() => {
  t.clock.set(TEST_NOW);
});

async function newMeeting(): Promise<string> {
  return (await makeMeeting(t)).meeting.code;
}

function send(method: 'POST' | 'PUT', url: string, caller: SignedIn, payload?: unknown) {
  return t.app.inject({
    method,
    url,
    headers: caller.headers,
    ...(payload === undefined ? {} : { payload: payload as object }),
  });
}

function nominate(meeting: string, payload: unknown, caller: SignedIn = egyptFocalPoint) {
  return send('POST', `/api/v1/meetings/${meeting}/nominations`, caller, payload);
}

async function created(response: LightMyRequestResponse): Promise<Nomination> {
  expect(response.statusCode, response.body).toBe(201);
  return response.json<{ data: Nomination }>().data;
}

/** Every row a write may touch, the officer tables included. */
async function everything() {
  return {
    ...(await tableRows(t.db)),
    nominations: await t.db.select().from(schema.nominations),
    officerSettings: await t.db.select().from(schema.officerSettings),
  };
}

/** Asserts a refusal that wrote nothing, and answers the error. */
async function refusedWithNothingWritten(
  sending: () => Promise<LightMyRequestResponse>,
  status: number,
  code: string,
  expected?: { path: (string | number)[]; issue?: string },
) {
  const before = await everything();
  const error = expectApiError(await sending(), status, code, expected);
  expect(await everything()).toEqual(before);
  return error;
}

const slate = (meeting: string, group: string, kind: string) =>
  getData<SlateCheck>(t, `/api/v1/meetings/${meeting}/slate-check?group=${group}&kind=${kind}`);

describe('officer settings', () => {
  it('answers the defaults when none are stored: SG1, SG2 and TDAG, one chair and six vice-chairs each', async () => {
    const settings = await getData<OfficerSettings>(t, `/api/v1/meetings/${await newMeeting()}/officer-settings`);
    expect(settings.isDefault).toBe(true);
    expect(settings.updatedAt).toBeNull();
    expect(settings.groups.map((group) => [group.id, group.posts.map((post) => post.seats)])).toEqual([
      ['SG1', [1, 6]],
      ['SG2', [1, 6]],
      ['TDAG', [1, 6]],
    ]);
    expect(settings.rules).toEqual({
      ...DEFAULT_OFFICER_RULES,
      regionsExpected: [...DEFAULT_OFFICER_RULES.regionsExpected],
    });
  });

  it('lets the secretariat store groups and rules; missing rules take their defaults; one audit row', async () => {
    const meeting = await newMeeting();
    const response = await send('PUT', `/api/v1/meetings/${meeting}/officer-settings`, secretariat, {
      groups: [
        {
          id: 'SG1',
          posts: [
            { kind: 'chair', seats: 1 },
            { kind: 'vice-chair', seats: 3 },
          ],
        },
      ],
      rules: { maxTerms: 3, genderMinShare: 0.4 },
    });
    expect(response.statusCode, response.body).toBe(200);
    const settings = await getData<OfficerSettings>(t, `/api/v1/meetings/${meeting}/officer-settings`);
    expect(settings).toMatchObject({
      isDefault: false,
      groups: [
        {
          id: 'SG1',
          posts: [
            { kind: 'chair', seats: 1 },
            { kind: 'vice-chair', seats: 3 },
          ],
        },
      ],
      rules: { maxTerms: 3, genderMinShare: 0.4, viceChairsPerRegionCap: 1, capCountsChair: false },
    });
    expect((await auditRowsOf(t.db, settings.meetingId, 'officer-settings.update')).length).toBe(1);
  });

  it('refuses bad settings listing every bad field, and writes nothing', async () => {
    const meeting = await newMeeting();
    const error = await refusedWithNothingWritten(
      () =>
        send('PUT', `/api/v1/meetings/${meeting}/officer-settings`, secretariat, {
          groups: [
            { id: 'SG1', posts: [{ kind: 'chair', seats: 1 }] },
            {
              id: 'SG1',
              posts: [
                { kind: 'chair', seats: 1 },
                { kind: 'chair', seats: 2 },
              ],
            },
          ],
          rules: { maxTerms: 0, genderMinShare: 0.7, quota: 3 },
        }),
      400,
      'validation_failed',
    );
    expect(error.issues?.map((issue) => [issue.path, issue.code])).toEqual(
      expect.arrayContaining([
        [['groups', 1, 'id'], 'duplicate_group'],
        [['groups', 1, 'posts', 1, 'kind'], 'duplicate_post'],
        [['rules', 'maxTerms'], 'bad_value'],
        [['rules', 'genderMinShare'], 'bad_value'],
        [['rules', 'quota'], 'unknown_field'],
      ]),
    );
    await refusedWithNothingWritten(
      () =>
        send('PUT', `/api/v1/meetings/${meeting}/officer-settings`, egyptFocalPoint, {
          groups: [{ id: 'SG1', posts: [{ kind: 'chair', seats: 1 }] }],
        }),
      403,
      'forbidden',
    );
  });

  it('refuses to drop a post that has nominations', async () => {
    const meeting = await newMeeting();
    await created(await nominate(meeting, nominationBody()));
    await refusedWithNothingWritten(
      () =>
        send('PUT', `/api/v1/meetings/${meeting}/officer-settings`, secretariat, {
          groups: [{ id: 'SG1', posts: [{ kind: 'chair', seats: 1 }] }],
        }),
      400,
      'validation_failed',
      { path: ['groups'], issue: 'post_in_use' },
    );
  });
});

describe('nominating', () => {
  it('lets a focal point nominate for its own state, the region from the registry; lists, filters, shows it', async () => {
    const meeting = await newMeeting();
    const { nominatingState: _own, ...withoutState } = nominationBody();
    const nomination = await created(await nominate(meeting, withoutState));
    expect(nomination).toMatchObject({
      group: 'SG1',
      post: 'vice-chair',
      candidateName: 'Amira Mansour',
      gender: 'female',
      nominatingState: 'EGY',
      candidateState: 'EGY',
      regionId: 'arab-states',
      termsServed: 0,
      status: 'standing',
      appointedBy: null,
      voteId: null,
    });
    const audit = await auditRowsOf(t.db, nomination.id);
    expect(audit.map((row) => row.action)).toEqual(['nomination.create']);

    // A minute later: the list is oldest first, and the test clock stands still otherwise.
    t.clock.set(new Date(TEST_NOW.getTime() + 60_000));
    const other = await created(
      await nominate(
        meeting,
        nominationBody({ post: 'chair', candidateName: '  Jean   Dupont ', candidateState: 'FRA', gender: undefined }),
      ),
    );
    expect(other).toMatchObject({ candidateName: 'Jean Dupont', regionId: 'europe', gender: 'undisclosed' });

    const list = (query: string) => getData<Nomination[]>(t, `/api/v1/meetings/${meeting}/nominations${query}`);
    expect((await list('')).map((entry) => entry.id)).toEqual([nomination.id, other.id]);
    expect((await list('?post=chair')).map((entry) => entry.id)).toEqual([other.id]);
    expect(await list('?group=SG2')).toEqual([]);
    expect(await list('?status=withdrawn')).toEqual([]);
    expect(await getData<Nomination>(t, `/api/v1/nominations/${other.id}`)).toEqual(other);
  });

  it('lets the secretariat nominate for a state it names, and refuses when it names none', async () => {
    const meeting = await newMeeting();
    const { nominatingState: _state, ...withoutState } = nominationBody();
    await refusedWithNothingWritten(() => nominate(meeting, withoutState, secretariat), 400, 'validation_failed', {
      path: ['nominatingState'],
      issue: 'missing',
    });
    const nomination = await created(await nominate(meeting, nominationBody({ nominatingState: 'TUN' }), secretariat));
    expect(nomination.nominatingState).toBe('TUN');
  });

  it('refuses a nomination over the term limit with the domain code on termsServed, and writes nothing', async () => {
    const meeting = await newMeeting();
    const error = await refusedWithNothingWritten(
      () => nominate(meeting, nominationBody({ termsServed: 2 })),
      409,
      'terms_exhausted',
      { path: ['termsServed'], issue: 'terms_exhausted' },
    );
    expect(error.message).toContain('at most 2');
    // One term served: a last term is open.
    await created(await nominate(meeting, nominationBody({ termsServed: 1 })));
  });

  it('follows the maximum of terms the meeting sets', async () => {
    const meeting = await newMeeting();
    await send('PUT', `/api/v1/meetings/${meeting}/officer-settings`, secretariat, {
      groups: [
        {
          id: 'SG1',
          posts: [
            { kind: 'chair', seats: 1 },
            { kind: 'vice-chair', seats: 2 },
          ],
        },
      ],
      rules: { maxTerms: 3 },
    });
    await created(await nominate(meeting, nominationBody({ termsServed: 2 })));
    await refusedWithNothingWritten(
      () => nominate(meeting, nominationBody({ candidateName: 'B', termsServed: 3 })),
      409,
      'terms_exhausted',
    );
  });

  it('refuses the same person nominated twice for the same post while standing', async () => {
    const meeting = await newMeeting();
    await created(await nominate(meeting, nominationBody()));
    await refusedWithNothingWritten(
      () => nominate(meeting, nominationBody({ candidateName: 'amira  MANSOUR', nominatingState: 'TUN' }), secretariat),
      409,
      'nominated_twice',
      { path: ['candidateName'], issue: 'nominated_twice' },
    );
    // Another post of the group is not refused here: the slate check shows it.
    await created(await nominate(meeting, nominationBody({ post: 'chair' })));
  });

  it.each([
    ['an unknown group', { group: 'SG9' }, ['group'], 'unknown_group'],
    ['an empty name', { candidateName: '   ' }, ['candidateName'], 'empty_name'],
    ['negative terms', { termsServed: -1 }, ['termsServed'], 'negative_terms'],
    ['an unknown candidate state', { candidateState: 'XXX' }, ['candidateState'], 'unknown_state'],
  ])('refuses %s on its field, and writes nothing', async (_label, overrides, path, issue) => {
    const meeting = await newMeeting();
    await refusedWithNothingWritten(() => nominate(meeting, nominationBody(overrides)), 400, 'validation_failed', {
      path,
      issue,
    });
  });

  it("refuses a post the meeting's group does not have", async () => {
    const meeting = await newMeeting();
    await send('PUT', `/api/v1/meetings/${meeting}/officer-settings`, secretariat, {
      groups: [{ id: 'TDAG', posts: [{ kind: 'chair', seats: 1 }] }],
    });
    await refusedWithNothingWritten(
      () => nominate(meeting, nominationBody({ group: 'TDAG' })),
      400,
      'validation_failed',
      { path: ['post'], issue: 'unknown_post' },
    );
    await refusedWithNothingWritten(() => nominate(meeting, nominationBody()), 400, 'validation_failed', {
      path: ['group'],
      issue: 'unknown_group',
    });
  });

  it('refuses a focal point nominating for another state, and a delegate', async () => {
    const meeting = await newMeeting();
    await refusedWithNothingWritten(
      () => nominate(meeting, nominationBody({ nominatingState: 'TUN' })),
      403,
      'forbidden',
    );
    await refusedWithNothingWritten(() => nominate(meeting, nominationBody(), egyptDelegate), 403, 'forbidden');
    await refusedWithNothingWritten(() => nominate('NO-SUCH-MEETING', nominationBody()), 404, 'not_found');
  });
});

describe('withdrawing and appointing', () => {
  it("lets the nominating state's focal point withdraw, once; another state's cannot", async () => {
    const meeting = await newMeeting();
    const nomination = await created(await nominate(meeting, nominationBody()));
    const url = `/api/v1/nominations/${nomination.id}/withdraw`;
    await refusedWithNothingWritten(() => send('POST', url, tunisiaFocalPoint), 403, 'forbidden');
    const withdrawn = await send('POST', url, egyptFocalPoint);
    expect(withdrawn.statusCode, withdrawn.body).toBe(200);
    expect(withdrawn.json<{ data: Nomination }>().data.status).toBe('withdrawn');
    await refusedWithNothingWritten(() => send('POST', url, egyptFocalPoint), 409, 'not_standing', {
      path: ['status'],
      issue: 'not_standing',
    });
    expect((await auditRowsOf(t.db, nomination.id)).map((row) => row.action)).toEqual([
      'nomination.create',
      'nomination.withdraw',
    ]);
    // Withdrawn, the same candidate may be nominated again.
    await created(await nominate(meeting, nominationBody()));
  });

  it('lets the secretariat fill a post by consensus, and refuses once its seats are full', async () => {
    const meeting = await newMeeting();
    const first = await created(await nominate(meeting, nominationBody({ post: 'chair' })));
    const second = await created(await nominate(meeting, nominationBody({ post: 'chair', candidateName: 'Other' })));
    await refusedWithNothingWritten(
      () => send('POST', `/api/v1/nominations/${first.id}/appoint`, egyptFocalPoint),
      403,
      'forbidden',
    );
    const appointed = await send('POST', `/api/v1/nominations/${first.id}/appoint`, secretariat);
    expect(appointed.statusCode, appointed.body).toBe(200);
    expect(appointed.json<{ data: Nomination }>().data).toMatchObject({
      status: 'appointed',
      appointedBy: 'consensus',
      voteId: null,
    });
    await refusedWithNothingWritten(
      () => send('POST', `/api/v1/nominations/${second.id}/appoint`, secretariat),
      409,
      'seats_full',
      { path: ['post'], issue: 'seats_full' },
    );
    await refusedWithNothingWritten(
      () => send('POST', `/api/v1/nominations/${first.id}/appoint`, secretariat),
      409,
      'not_standing',
    );
    await refusedWithNothingWritten(
      () => send('POST', `/api/v1/nominations/${first.id}/withdraw`, secretariat),
      409,
      'not_standing',
    );
    expect((await auditRowsOf(t.db, first.id, 'nomination.appoint')).length).toBe(1);
  });

  it('answers 404 for an unknown nomination', async () => {
    await refusedWithNothingWritten(
      () => send('POST', '/api/v1/nominations/00000000-0000-4000-8000-000000000000/appoint', secretariat),
      404,
      'not_found',
    );
  });
});

describe('the slate check', () => {
  it('says all seats are vacant while nothing is nominated, and no longer once a candidate stands', async () => {
    const meeting = await newMeeting();
    for (const kind of ['nominations', 'appointment']) {
      const empty = await slate(meeting, 'TDAG', kind);
      expect(empty).toMatchObject({ group: 'TDAG', kind, allSeatsVacant: true });
      expect(empty.gender.group.total).toBe(0);
    }
    // The rules alone warn of vacancies on nominations: without the flag the empty slate would read "ok".
    expect((await slate(meeting, 'TDAG', 'nominations')).ok).toBe(true);

    const standing = await created(await nominate(meeting, nominationBody({ group: 'TDAG', post: 'chair' })));
    expect(await slate(meeting, 'TDAG', 'nominations')).toMatchObject({ allSeatsVacant: false });
    expect(await slate(meeting, 'TDAG', 'appointment')).toMatchObject({ allSeatsVacant: true });
    expect((await send('POST', `/api/v1/nominations/${standing.id}/appoint`, secretariat)).statusCode).toBe(200);
    expect(await slate(meeting, 'TDAG', 'appointment')).toMatchObject({ allSeatsVacant: false });
    expect(await slate(meeting, 'TDAG', 'nominations')).toMatchObject({ allSeatsVacant: true });
  });

  it('warns of a region over the cap on nominations, and finds it a breach once both are appointed', async () => {
    const meeting = await newMeeting();
    const france = await created(
      await nominate(
        meeting,
        nominationBody({ candidateName: 'Jeanne Martin', candidateState: 'FRA', nominatingState: 'FRA' }),
        secretariat,
      ),
    );
    const cyprus = await created(
      await nominate(
        meeting,
        nominationBody({
          candidateName: 'Andreas Georgiou',
          gender: 'male',
          candidateState: 'CYP',
          nominatingState: 'CYP',
        }),
        secretariat,
      ),
    );
    const egypt = await created(await nominate(meeting, nominationBody({ post: 'chair', gender: 'undisclosed' })));

    const nominations = await slate(meeting, 'SG1', 'nominations');
    expect(nominations).toMatchObject({ group: 'SG1', kind: 'nominations', ok: true });
    const overCap = nominations.breaches.find((breach) => breach.code === 'region_over_cap');
    expect(overCap?.message).toContain('europe');
    expect(overCap).toMatchObject({
      rule: 'regional-spread',
      code: 'region_over_cap',
      severity: 'warning',
      path: ['posts', 'vice-chair', 'regions', 'europe'],
      nominations: [france.id, cyprus.id].sort(),
      params: { region: 'europe', count: 2, cap: 1 },
    });
    const missing = nominations.breaches.filter((breach) => breach.code === 'region_without_vice_chair');
    expect(missing.map((breach) => [breach.params.region, breach.severity, breach.nominations])).toEqual([
      ['africa', 'warning', []],
      ['americas', 'warning', []],
      ['arab-states', 'warning', []],
      ['asia-pacific', 'warning', []],
      ['cis', 'warning', []],
    ]);
    expect(nominations.gender.group).toEqual({
      total: 3,
      counts: { female: 1, male: 1, other: 0, undisclosed: 1 },
      shares: { female: 1 / 3, male: 1 / 3, other: 0, undisclosed: 1 / 3 },
    });
    expect(nominations.gender.posts.chair.counts.undisclosed).toBe(1);

    for (const id of [france.id, cyprus.id, egypt.id]) {
      expect((await send('POST', `/api/v1/nominations/${id}/appoint`, secretariat)).statusCode).toBe(200);
    }
    const appointment = await slate(meeting, 'SG1', 'appointment');
    expect(appointment.ok).toBe(false);
    expect(appointment.breaches.find((breach) => breach.code === 'region_over_cap')).toMatchObject({
      severity: 'breach',
      nominations: [france.id, cyprus.id].sort(),
    });
    expect(appointment.breaches.find((breach) => breach.code === 'vacant_seats')).toMatchObject({
      rule: 'seats',
      severity: 'breach',
      params: { post: 'vice-chair', vacant: 4 },
    });
    // Appointed, they are no longer standing nominations.
    expect((await slate(meeting, 'SG1', 'nominations')).gender.group.total).toBe(0);
  });

  it('checks the gender target and the nominating state as the meeting sets them', async () => {
    const meeting = await newMeeting();
    await send('PUT', `/api/v1/meetings/${meeting}/officer-settings`, secretariat, {
      groups: [
        {
          id: 'SG2',
          posts: [
            { kind: 'chair', seats: 1 },
            { kind: 'vice-chair', seats: 1 },
          ],
        },
      ],
      rules: { genderMinShare: 0.5, candidateOfOtherState: 'breach', regionWithoutViceChair: 'off' },
    });
    const nomination = await created(await nominate(meeting, nominationBody({ group: 'SG2', candidateState: 'TUN' })));
    const check = await slate(meeting, 'SG2', 'nominations');
    expect(check.ok).toBe(false);
    expect(check.breaches.map((breach) => [breach.rule, breach.code, breach.severity, breach.nominations])).toEqual([
      ['seats', 'vacant_seats', 'warning', []],
      ['nominating-state', 'candidate_of_other_state', 'breach', [nomination.id]],
      ['gender-balance', 'gender_below_target', 'warning', []],
    ]);
  });

  it('refuses a group the meeting does not have', async () => {
    const response = await t.app.inject({
      method: 'GET',
      url: `/api/v1/meetings/${await newMeeting()}/slate-check?group=SG9`,
    });
    expectApiError(response, 400, 'validation_failed', { path: ['query', 'group'], issue: 'unknown_group' });
  });
});

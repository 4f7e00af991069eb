import { UpdateMeetingBody, type Meeting } from '@tansiq/api';
import { findMeeting } from '@tansiq/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMeeting, updateMeeting } from '../src/modules/meetings/meeting.service.ts';
import {
  MANAGERS,
  REFUSED,
  auditActor,
  auditRowsOf,
  countRows,
  expectDomainError,
  getData,
  makeCycle,
  makeMeeting,
  meetingBody,
  openTestApp,
  operator,
  type TestApp,
} from './helpers.ts';

let t: TestApp;

beforeAll(async () => {
  t = await openTestApp();
});

afterAll(async () => {
  await t?.close();
});

describe('createMeeting', () => {
  it.each(MANAGERS)('creates a meeting for %s, with one audit row of the new fields', async (_label, actor) => {
    const cycle = await makeCycle(t);
    const ctx = t.as(actor);
    const body = meetingBody(cycle.code);
    const before = await countRows(t.db);

    const { meeting, rules } = await createMeeting(ctx, body);

    expect(meeting).toMatchObject({
      code: body.code,
      cycleId: cycle.id,
      cycleCode: cycle.code,
      startsOn: '2017-10-09',
    });
    expect(rules.length).toBeGreaterThan(0);
    expect(await countRows(t.db)).toEqual({
      ...before,
      meetings: before.meetings + 1,
      auditEvents: before.auditEvents + 1,
    });
    const audit = await auditRowsOf(t.db, meeting.id);
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      ...auditActor(actor),
      action: 'meeting.create',
      entityType: 'meeting',
      entityId: meeting.id,
      requestId: ctx.requestId,
      occurredAt: t.clock.now(),
    });
    const changes = audit[0]!.changes;
    // Null fields did not change from nothing; the timestamps are not audited as changes.
    expect(Object.keys(changes).sort()).toEqual(
      [
        'city',
        'code',
        'countryIso3',
        'cycleId',
        'endsOn',
        'id',
        'languages',
        // The meeting's proxy limit (docs/delegations.md), stored with its default.
        'maxProxies',
        'startsOn',
        'timeZone',
        'title',
        'type',
      ].sort(),
    );
    expect(Object.values(changes).every((change) => change.before === null)).toBe(true);
    expect(changes.startsOn).toEqual({ before: null, after: '2017-10-09' });
    expect(changes.title).toEqual({ before: null, after: body.title });
    expect(
      (await getData<Meeting>(t, `/api/v1/meetings/${body.code}`)).deadlines.map((deadline) => deadline.date),
    ).toEqual(['2017-09-25', '2017-10-02']);
  });

  it.each(REFUSED)('refuses %s with %s and writes nothing', async (_label, code, actor) => {
    const cycle = await makeCycle(t);
    const before = await countRows(t.db);
    const body = meetingBody(cycle.code);
    await expectDomainError(createMeeting(t.as(actor), body), code);
    expect(await countRows(t.db)).toEqual(before);
    expect(await findMeeting(t.db, body.code)).toBeUndefined();
  });

  it.each([
    ['an end date before the start date', { endsOn: '2017-10-08' }, ['endsOn'], 'ends_before_start'],
    ['a day that does not exist', { startsOn: '2017-02-29', endsOn: '2017-03-01' }, ['startsOn'], 'invalid_date'],
    ['an RPM without a region', { type: 'rpm' as const }, ['regionId'], 'required'],
    ['a conference with a region', { regionId: 'africa' as const }, ['regionId'], 'not_allowed'],
    [
      'a regional group without its organization',
      { type: 'regional-group' as const },
      ['organizationCode'],
      'required',
    ],
    ['an unknown time zone', { timeZone: 'Mars/Olympus_Mons' }, ['timeZone'], 'unknown_time_zone'],
    ['a language twice', { languages: ['en' as const, 'en' as const] }, ['languages'], 'duplicate'],
    ['an unknown cycle', { cycle: 'wtdc-1865' }, ['cycle'], 'unknown_cycle'],
    ['an unknown country', { countryIso3: 'XYZ' }, ['countryIso3'], 'unknown_member_state'],
  ])('refuses %s with validation_failed and the path, writing nothing', async (_label, overrides, path, issue) => {
    const cycle = await makeCycle(t);
    const before = await countRows(t.db);
    await expectDomainError(createMeeting(t.as(operator), meetingBody(cycle.code, overrides)), 'validation_failed', {
      path,
      issue,
    });
    expect(await countRows(t.db)).toEqual(before);
  });

  it('lists every problem at once', async () => {
    const error = await expectDomainError(
      createMeeting(t.as(operator), meetingBody('wtdc-1865', { type: 'rpm', endsOn: '2017-01-01' })),
      'validation_failed',
    );
    // The rules of the meeting itself are checked before the database is asked about its cycle.
    expect(error.issues.map((issue) => [issue.path, issue.code])).toEqual([
      [['endsOn'], 'ends_before_start'],
      [['regionId'], 'required'],
    ]);
  });

  it('refuses a code already taken with conflict at [code], writing nothing', async () => {
    const { meeting } = await makeMeeting(t);
    const before = await countRows(t.db);
    await expectDomainError(
      createMeeting(t.as(operator), meetingBody(meeting.cycleCode, { code: meeting.code, city: { en: 'Elsewhere' } })),
      'conflict',
      { path: ['code'], issue: 'conflict' },
    );
    expect(await countRows(t.db)).toEqual(before);
    expect((await findMeeting(t.db, meeting.code))?.city.en).toBe('Buenos Aires');
  });
});

describe('updateMeeting', () => {
  it.each(MANAGERS)('changes a meeting for %s, auditing only the changed fields', async (_label, actor) => {
    const { meeting } = await makeMeeting(t);
    const ctx = t.as(actor);
    const before = await countRows(t.db);

    const result = await updateMeeting(ctx, meeting.code, {
      city: { en: 'Geneva', fr: 'Genève' },
      countryIso3: 'CHE',
      timeZone: meeting.timeZone, // unchanged: not audited
    });

    expect(result.meeting).toMatchObject({
      id: meeting.id,
      city: { en: 'Geneva', fr: 'Genève' },
      countryIso3: 'CHE',
      cycleCode: meeting.cycleCode,
    });
    expect(await countRows(t.db)).toEqual({ ...before, auditEvents: before.auditEvents + 1 });
    expect((await auditRowsOf(t.db, meeting.id)).map((row) => row.action).sort()).toEqual([
      'meeting.create',
      'meeting.update',
    ]);
    const [update] = await auditRowsOf(t.db, meeting.id, 'meeting.update');
    expect(update).toMatchObject({ ...auditActor(actor), entityType: 'meeting', requestId: ctx.requestId });
    expect(update!.changes).toEqual({
      city: { before: meeting.city, after: { en: 'Geneva', fr: 'Genève' } },
      countryIso3: { before: 'ARG', after: 'CHE' },
    });
  });

  it('accepts the meeting by uuid as well as by code', async () => {
    const { meeting } = await makeMeeting(t);
    const result = await updateMeeting(t.as(operator), meeting.id, { city: { en: 'Montevideo' }, countryIso3: 'URY' });
    expect(result.meeting).toMatchObject({ code: meeting.code, city: { en: 'Montevideo' } });
  });

  it('changes only the fields a request names (as parsed by the route), leaving the others as they were', async () => {
    const { meeting } = await makeMeeting(t, { type: 'rpm', regionId: 'africa', timeZone: 'Africa/Kigali' });
    const body = UpdateMeetingBody.parse({ title: { en: 'Renamed' } });
    expect(body).toEqual({ title: { en: 'Renamed' } });

    const { meeting: updated } = await updateMeeting(t.as(operator), meeting.code, body);

    expect(updated).toMatchObject({
      title: { en: 'Renamed' },
      timeZone: 'Africa/Kigali',
      countryIso3: 'ARG',
      regionId: 'africa',
      organizationCode: null,
    });
    const updates = await auditRowsOf(t.db, meeting.id, 'meeting.update');
    expect(updates.map((row) => Object.keys(row.changes))).toEqual([['title']]);
  });

  it('recomputes the deadlines when the start date changes', async () => {
    const { meeting } = await makeMeeting(t);
    expect(
      (await getData<Meeting>(t, `/api/v1/meetings/${meeting.code}`)).deadlines.map((deadline) => deadline.closesAt),
    ).toEqual(['2017-09-25T23:59:59.000Z', '2017-10-02T23:59:59.000Z']);

    await updateMeeting(t.as(operator), meeting.code, { startsOn: '2017-11-06', endsOn: '2017-11-17' });

    const moved = await getData<Meeting>(t, `/api/v1/meetings/${meeting.code}`);
    expect(moved).toMatchObject({ startsOn: '2017-11-06', endsOn: '2017-11-17' });
    expect(moved.deadlines).toMatchObject([
      { kind: 'contributions', daysBefore: 14, date: '2017-10-23', closesAt: '2017-10-23T23:59:59.000Z' },
      { kind: 'translations', daysBefore: 7, date: '2017-10-30', closesAt: '2017-10-30T23:59:59.000Z' },
    ]);
    expect((await auditRowsOf(t.db, meeting.id, 'meeting.update')).map((row) => row.changes)).toEqual([
      {
        startsOn: { before: '2017-10-09', after: '2017-11-06' },
        endsOn: { before: '2017-10-20', after: '2017-11-17' },
      },
    ]);
  });

  it.each([
    ['a start after the stored end', { startsOn: '2017-10-21' }],
    ['an end before the stored start', { endsOn: '2017-10-08' }],
    ['both dates, reversed', { startsOn: '2017-10-20', endsOn: '2017-10-09' }],
  ])('refuses %s (ends_before_start at [endsOn]) and changes nothing', async (_label, body) => {
    const { meeting } = await makeMeeting(t);
    const before = await countRows(t.db);
    await expectDomainError(updateMeeting(t.as(operator), meeting.code, body), 'validation_failed', {
      path: ['endsOn'],
      issue: 'ends_before_start',
    });
    expect(await countRows(t.db)).toEqual(before);
    expect(await findMeeting(t.db, meeting.code)).toEqual(meeting);
  });

  it('refuses a change that breaks a rule of the meeting type, or names an unknown country', async () => {
    const { meeting } = await makeMeeting(t);
    await expectDomainError(updateMeeting(t.as(operator), meeting.code, { type: 'rpm' }), 'validation_failed', {
      path: ['regionId'],
      issue: 'required',
    });
    await expectDomainError(updateMeeting(t.as(operator), meeting.code, { countryIso3: 'XYZ' }), 'validation_failed', {
      path: ['countryIso3'],
      issue: 'unknown_member_state',
    });
    expect(await findMeeting(t.db, meeting.code)).toEqual(meeting);
  });

  it("refuses another meeting's code with conflict at [code], and an unknown meeting with not_found", async () => {
    const { meeting } = await makeMeeting(t);
    const { meeting: other } = await makeMeeting(t, { cycle: meeting.cycleCode });
    const before = await countRows(t.db);
    await expectDomainError(updateMeeting(t.as(operator), other.code, { code: meeting.code }), 'conflict', {
      path: ['code'],
    });
    await expectDomainError(updateMeeting(t.as(operator), 'no-such-meeting', { city: { en: 'Geneva' } }), 'not_found', {
      path: ['params', 'id'],
    });
    expect(await countRows(t.db)).toEqual(before);
    expect(await findMeeting(t.db, other.code)).toEqual(other);
  });

  it.each(REFUSED)('refuses %s with %s and changes nothing', async (_label, code, actor) => {
    const { meeting } = await makeMeeting(t);
    const before = await countRows(t.db);
    await expectDomainError(updateMeeting(t.as(actor), meeting.code, { city: { en: 'Geneva' } }), code);
    expect(await countRows(t.db)).toEqual(before);
    expect(await findMeeting(t.db, meeting.code)).toEqual(meeting);
  });
});

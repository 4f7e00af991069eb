import type { MemberStateDetail } from '@tansiq/api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemo, type DemoLoadResult } from '../src/index.ts';
import { recordParticipation } from '../src/modules/registry/participation.service.ts';
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
  openTestApp,
  operator,
  type RowCounts,
  type TestApp,
} from './helpers.ts';

let t: TestApp;
let firstDemoLoad: DemoLoadResult;
let afterFirstDemoLoad: RowCounts;

beforeAll(async () => {
  t = await openTestApp();
  firstDemoLoad = await loadDemo(t.as(operator));
  afterFirstDemoLoad = await countRows(t.db);
});

afterAll(async () => {
  await t?.close();
});

describe('recordParticipation', () => {
  it.each([
    ['the system operator', operator, 'KEN'],
    ['a secretariat user', MANAGERS[1]![1], 'BRA'],
  ])('records a participation for %s, once, with one audit row', async (_label, actor, iso3) => {
    const { meeting } = await makeMeeting(t);
    const ctx = t.as(actor);
    const before = await countRows(t.db);

    expect(await recordParticipation(ctx, { memberState: iso3, cycle: meeting.cycleCode, meeting: meeting.code })).toBe(
      true,
    );
    // A repeat is no new fact: nothing written, nothing audited.
    expect(await recordParticipation(ctx, { memberState: iso3, cycle: meeting.cycleCode, meeting: meeting.id })).toBe(
      false,
    );

    expect(await countRows(t.db)).toEqual({
      ...before,
      participations: before.participations + 1,
      auditEvents: before.auditEvents + 1,
    });
    const audit = await auditRowsOf(t.db, iso3);
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      ...auditActor(actor),
      action: 'participation.record',
      entityType: 'member-state',
      requestId: ctx.requestId,
      changes: {
        memberStateIso3: { before: null, after: iso3 },
        cycleId: { before: null, after: meeting.cycleId },
        meetingId: { before: null, after: meeting.id },
      },
    });
    const state = await getData<MemberStateDetail>(t, `/api/v1/member-states/${iso3}`);
    expect(state.participation.map((entry) => [entry.cycle.code, entry.meeting?.code])).toEqual([
      [meeting.cycleCode, meeting.code],
    ]);
  });

  it('records a cycle-only participation with meeting null', async () => {
    const cycle = await makeCycle(t);
    expect(await recordParticipation(t.as(operator), { memberState: 'CHL', cycle: cycle.code, meeting: null })).toBe(
      true,
    );
    const state = await getData<MemberStateDetail>(t, '/api/v1/member-states/CHL');
    expect(state.participation).toEqual([
      {
        cycle: { id: cycle.id, code: cycle.code, name: cycle.name, year: cycle.year, city: cycle.city },
        meeting: null,
      },
    ]);
  });

  it.each([
    ['an unknown Member State', { memberState: 'XYZ' }, ['memberState'], 'unknown_member_state'],
    ['an unknown cycle', { cycle: 'wtdc-1865' }, ['cycle'], 'unknown_cycle'],
    ['an unknown meeting', { meeting: 'no-such-meeting' }, ['meeting'], 'unknown_meeting'],
    ['a meeting of another cycle', { meeting: 'wtdc-17' }, ['meeting'], 'meeting_not_in_cycle'],
  ])('refuses %s with validation_failed and the path, writing nothing', async (_label, overrides, path, issue) => {
    const { meeting } = await makeMeeting(t);
    const before = await countRows(t.db);
    const input = { memberState: 'PER', cycle: meeting.cycleCode, meeting: meeting.code, ...overrides };
    await expectDomainError(recordParticipation(t.as(operator), input), 'validation_failed', { path, issue });
    expect(await countRows(t.db)).toEqual(before);
  });

  it.each(REFUSED)('refuses %s with %s and writes nothing', async (_label, code, actor) => {
    const { meeting } = await makeMeeting(t);
    const before = await countRows(t.db);
    const input = { memberState: 'PER', cycle: meeting.cycleCode, meeting: meeting.code };
    await expectDomainError(recordParticipation(t.as(actor), input), code);
    expect(await countRows(t.db)).toEqual(before);
  });
});

describe('loadDemo', () => {
  it('creates the WTDC cycles, the WTDC-17 meetings and Egypt’s participation, auditing each', () => {
    // 9 cycles, 16 meetings of WTDC-17, 8 participations of Egypt.
    expect(firstDemoLoad).toEqual({ created: 52, existing: 0 });
    expect(afterFirstDemoLoad).toMatchObject({ cycles: 9, meetings: 16, participations: 8, auditEvents: 73 });
  });

  it('is idempotent: a second load creates nothing and writes nothing', async () => {
    const before = await countRows(t.db);
    expect(await loadDemo(t.as(operator))).toEqual({ created: 0, existing: 52 });
    expect(await countRows(t.db)).toEqual(before);
  });
});

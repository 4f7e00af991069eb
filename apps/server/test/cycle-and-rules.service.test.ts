import type { Meeting } from '@tansiq/api';
import {
  findCycle,
  listDeadlineRuleRows as listDeadlineRules,
  replaceDeadlineRules,
  schema,
  syncReferenceData,
} from '@tansiq/db';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemo } from '../src/index.ts';
import { createCycle } from '../src/modules/cycles/cycle.service.ts';
import { setDeadlineRules } from '../src/modules/deadline-rules/deadline-rule.service.ts';
import {
  MANAGERS,
  REFUSED,
  auditActor,
  auditRowsOf,
  countRows,
  cycleBody,
  expectDomainError,
  getData,
  openTestApp,
  operator,
  type TestApp,
} from './helpers.ts';

let t: TestApp;

beforeAll(async () => {
  t = await openTestApp();
  await loadDemo(t.as(operator));
});

afterAll(async () => {
  await t?.close();
});

describe('createCycle', () => {
  it.each(MANAGERS)('creates a cycle for %s, with one audit row', async (_label, actor) => {
    const ctx = t.as(actor);
    const body = cycleBody({ theme: null });
    const before = await countRows(t.db);

    const cycle = await createCycle(ctx, body);

    expect(await countRows(t.db)).toEqual({
      ...before,
      cycles: before.cycles + 1,
      auditEvents: before.auditEvents + 1,
    });
    expect(await getData(t, `/api/v1/cycles/${body.code}`)).toMatchObject({
      id: cycle.id,
      code: body.code,
      year: 2029,
    });
    const audit = await auditRowsOf(t.db, cycle.id);
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      ...auditActor(actor),
      action: 'cycle.create',
      entityType: 'cycle',
      requestId: ctx.requestId,
    });
    // theme stayed null: not a change.
    expect(audit[0]!.changes).toEqual({
      id: { before: null, after: cycle.id },
      code: { before: null, after: body.code },
      name: { before: null, after: body.name },
      series: { before: null, after: 'wtdc' },
      year: { before: null, after: 2029 },
      city: { before: null, after: { en: 'Geneva', fr: 'Genève' } },
      countryIso3: { before: null, after: 'CHE' },
    });
  });

  it.each(REFUSED)('refuses %s with %s and writes nothing', async (_label, code, actor) => {
    const before = await countRows(t.db);
    const body = cycleBody();
    await expectDomainError(createCycle(t.as(actor), body), code);
    expect(await countRows(t.db)).toEqual(before);
    expect(await findCycle(t.db, body.code)).toBeUndefined();
  });

  it('refuses an unknown host country at [countryIso3] and a code taken at [code], writing nothing', async () => {
    const before = await countRows(t.db);
    await expectDomainError(createCycle(t.as(operator), cycleBody({ countryIso3: 'XYZ' })), 'validation_failed', {
      path: ['countryIso3'],
      issue: 'unknown_member_state',
    });
    await expectDomainError(createCycle(t.as(operator), cycleBody({ code: 'wtdc-17' })), 'conflict', {
      path: ['code'],
      issue: 'conflict',
    });
    expect(await countRows(t.db)).toEqual(before);
  });
});

describe('setDeadlineRules', () => {
  it.each([
    ['the system operator', operator, 'tdag' as const],
    ['a secretariat user', MANAGERS[1]![1], 'inter-regional' as const],
  ])('replaces one meeting type’s rules for %s, with one audit row', async (_label, actor, meetingType) => {
    const ctx = t.as(actor);
    const before = await countRows(t.db);
    const rules = [
      { kind: 'contributions' as const, daysBefore: 30, timeOfDay: '12:00:00', timeZone: 'Europe/Zurich' },
      { kind: 'delayed-contributions' as const, daysBefore: 7, timeOfDay: '23:59:59', timeZone: 'Europe/Zurich' },
    ];

    const all = await setDeadlineRules(ctx, meetingType, { rules });

    expect(all.filter((rule) => rule.meetingType === meetingType)).toEqual([
      { meetingType, ...rules[1] },
      { meetingType, ...rules[0] },
    ]);
    expect(await countRows(t.db)).toEqual({
      ...before,
      deadlineRules: before.deadlineRules + 2,
      auditEvents: before.auditEvents + 1,
    });
    const audit = await auditRowsOf(t.db, meetingType);
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      ...auditActor(actor),
      action: 'deadline-rules.replace',
      entityType: 'deadline-rules',
      requestId: ctx.requestId,
      changes: { rules: { before: [], after: rules.map((rule) => ({ ...rule, meetingType })) } },
    });
  });

  it.each([
    [
      'a delayed deadline no later than the on-time one',
      [
        { kind: 'contributions' as const, daysBefore: 12 },
        { kind: 'delayed-contributions' as const, daysBefore: 12 },
      ],
      ['rules', 1, 'daysBefore'],
      'not_after_contributions_deadline',
    ],
    [
      'a delayed deadline before the on-time one',
      [
        { kind: 'delayed-contributions' as const, daysBefore: 45 },
        { kind: 'contributions' as const, daysBefore: 12 },
      ],
      ['rules', 0, 'daysBefore'],
      'not_after_contributions_deadline',
    ],
    [
      'a translations deadline before the contributions one',
      [
        { kind: 'contributions' as const, daysBefore: 45 },
        { kind: 'translations' as const, daysBefore: 50 },
      ],
      ['rules', 1, 'daysBefore'],
      'not_after_contributions_deadline',
    ],
    [
      'a translations deadline alone',
      [{ kind: 'translations' as const, daysBefore: 7 }],
      ['rules', 0, 'kind'],
      'requires_contributions_deadline',
    ],
    [
      'a delayed deadline alone',
      [{ kind: 'delayed-contributions' as const, daysBefore: 3 }],
      ['rules', 0, 'kind'],
      'requires_contributions_deadline',
    ],
    [
      'a negative lead time',
      [{ kind: 'contributions' as const, daysBefore: -1 }],
      ['rules', 0, 'daysBefore'],
      'out_of_range',
    ],
    [
      'the same kind twice',
      [
        { kind: 'contributions' as const, daysBefore: 20 },
        { kind: 'contributions' as const, daysBefore: 10 },
      ],
      ['rules', 1, 'kind'],
      'duplicate',
    ],
    [
      'a time of day that is not one',
      [{ kind: 'contributions' as const, daysBefore: 14, timeOfDay: '24:00:00' }],
      ['rules', 0, 'timeOfDay'],
      'invalid_time',
    ],
  ])('refuses %s with validation_failed and the path, changing nothing', async (_label, given, path, issue) => {
    const rules = given.map((rule) => ({ timeOfDay: '23:59:59', timeZone: 'UTC', ...rule }));
    const before = await countRows(t.db);
    const rulesBefore = await listDeadlineRules(t.db);
    await expectDomainError(setDeadlineRules(t.as(operator), 'study-group', { rules }), 'validation_failed', {
      path,
      issue,
    });
    expect(await countRows(t.db)).toEqual(before);
    expect(await listDeadlineRules(t.db)).toEqual(rulesBefore);
  });

  it.each(REFUSED)('refuses %s with %s and changes nothing', async (_label, code, actor) => {
    const rulesBefore = await listDeadlineRules(t.db);
    const before = await countRows(t.db);
    const rules = [{ kind: 'contributions' as const, daysBefore: 30, timeOfDay: '23:59:59', timeZone: 'UTC' }];
    await expectDomainError(setDeadlineRules(t.as(actor), 'rapporteur-group', { rules }), code);
    expect(await countRows(t.db)).toEqual(before);
    expect(await listDeadlineRules(t.db)).toEqual(rulesBefore);
  });

  it("moves WTDC-17's contributions deadline to 18 Sep 2017 when conferences take contributions 21 days before", async () => {
    const [before] = (await getData<Meeting>(t, '/api/v1/meetings/wtdc-17')).deadlines;
    expect(before?.date).toBe('2017-09-25');

    await setDeadlineRules(t.as(operator), 'conference', {
      rules: [{ kind: 'contributions', daysBefore: 21, timeOfDay: '23:59:59', timeZone: 'UTC' }],
    });

    const { deadlines } = await getData<Meeting>(t, '/api/v1/meetings/wtdc-17');
    expect(deadlines).toEqual([
      {
        kind: 'contributions',
        daysBefore: 21,
        date: '2017-09-18',
        closesAt: '2017-09-18T23:59:59.000Z',
        timeZone: 'UTC',
        closed: false,
        // From 1 Sep 2017 00:00 UTC: 17 days and 86 399 seconds.
        secondsRemaining: 17 * 86_400 + 86_399,
      },
    ]);
  });
});

describe('the translations deadline', () => {
  it('is given once to an installation seeded before it, where the rules left by the secretariat accept it', async () => {
    const utc = { timeOfDay: '23:59:59', timeZone: 'UTC' };
    // An installation as it stood before: no translations rules, and the study groups' contributions moved to
    // 5 days before the opening, which a 7-day translations deadline would contradict.
    await t.db
      .delete(schema.installationFacts)
      .where(eq(schema.installationFacts.key, 'translation-deadline-rules-seeded'));
    await t.db.delete(schema.deadlineRules).where(eq(schema.deadlineRules.kind, 'translations'));
    await replaceDeadlineRules(t.db, 'study-group', [
      { meetingType: 'study-group', kind: 'contributions', daysBefore: 5, ...utc },
    ]);

    await syncReferenceData(t.db);

    const translations = (await listDeadlineRules(t.db)).filter((rule) => rule.kind === 'translations');
    expect(translations.map((rule) => rule.meetingType).sort()).toEqual(['conference', 'rapporteur-group']);
    expect(translations.every((rule) => rule.daysBefore === 7)).toBe(true);

    // Once only: a rule the secretariat removes afterwards stays removed.
    await setDeadlineRules(t.as(operator), 'rapporteur-group', {
      rules: [{ kind: 'contributions', daysBefore: 45, ...utc }],
    });
    await syncReferenceData(t.db);
    expect(
      (await listDeadlineRules(t.db)).filter((rule) => rule.kind === 'translations').map((rule) => rule.meetingType),
    ).toEqual(['conference']);
  });
});

import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { calendarDateOf, daysBetween } from './calendar.ts';
import {
  DEFAULT_DEADLINE_RULES,
  END_OF_DAY,
  MAX_DAYS_BEFORE,
  computeDeadlines,
  deadlineRuleIssues,
  lastSubmissionDeadline,
  secondsRemaining,
  submissionTiming,
  type Deadline,
  type DeadlineRule,
} from './deadlines.ts';

const WTDC_17 = { type: 'conference', startsOn: '2017-10-09' } as const;
const SG_2018 = { type: 'study-group', startsOn: '2018-05-07' } as const;

function rule(overrides: Partial<DeadlineRule> = {}): DeadlineRule {
  return {
    meetingType: 'study-group',
    kind: 'contributions',
    daysBefore: 45,
    timeOfDay: END_OF_DAY,
    timeZone: 'UTC',
    ...overrides,
  };
}

/** The deadlines as plain values (closing instants as ISO strings) for table comparisons. */
function plain(deadlines: Deadline[]) {
  return deadlines.map((deadline) => ({ ...deadline, closesAt: deadline.closesAt.toISOString() }));
}

describe('computeDeadlines', () => {
  it('gives WTDC-17 (opening 9 Oct 2017) its contributions deadline on 25 Sep 2017 and its translations one on 2 Oct', () => {
    expect(plain(computeDeadlines(WTDC_17, DEFAULT_DEADLINE_RULES))).toEqual([
      {
        kind: 'contributions',
        daysBefore: 14,
        date: '2017-09-25',
        closesAt: '2017-09-25T23:59:59.000Z',
        timeZone: 'UTC',
      },
      {
        kind: 'translations',
        daysBefore: 7,
        date: '2017-10-02',
        closesAt: '2017-10-02T23:59:59.000Z',
        timeZone: 'UTC',
      },
    ]);
  });

  it('gives a study group opening 7 May 2018 the 45-day, 12-day and 7-day deadlines', () => {
    expect(plain(computeDeadlines(SG_2018, DEFAULT_DEADLINE_RULES))).toEqual([
      {
        kind: 'contributions',
        daysBefore: 45,
        date: '2018-03-23',
        closesAt: '2018-03-23T23:59:59.000Z',
        timeZone: 'UTC',
      },
      {
        kind: 'delayed-contributions',
        daysBefore: 12,
        date: '2018-04-25',
        closesAt: '2018-04-25T23:59:59.000Z',
        timeZone: 'UTC',
      },
      {
        kind: 'translations',
        daysBefore: 7,
        date: '2018-04-30',
        closesAt: '2018-04-30T23:59:59.000Z',
        timeZone: 'UTC',
      },
    ]);
  });

  it('gives a translations deadline by default to every meeting type with a contributions deadline, and no other', () => {
    const withContributions = new Set(
      DEFAULT_DEADLINE_RULES.filter((rule) => rule.kind === 'contributions').map((rule) => rule.meetingType),
    );
    const withTranslations = DEFAULT_DEADLINE_RULES.filter((rule) => rule.kind === 'translations');
    expect(new Set(withTranslations.map((rule) => rule.meetingType))).toEqual(withContributions);
    expect(withTranslations.every((rule) => rule.daysBefore === 7)).toBe(true);
  });

  it.each([
    // Buenos Aires: UTC-3 all year.
    ['America/Argentina/Buenos_Aires', END_OF_DAY, '2017-09-26T02:59:59.000Z'],
    // Geneva keeps Zurich time: UTC+2 in September.
    ['Europe/Zurich', END_OF_DAY, '2017-09-25T21:59:59.000Z'],
    ['Europe/Zurich', '12:00:00', '2017-09-25T10:00:00.000Z'],
    ['Asia/Tokyo', END_OF_DAY, '2017-09-25T14:59:59.000Z'],
  ])('closes the day of the deadline in the rule’s zone (%s, %s)', (timeZone, timeOfDay, closesAt) => {
    const [deadline] = computeDeadlines(WTDC_17, [
      rule({ meetingType: 'conference', daysBefore: 14, timeZone, timeOfDay }),
    ]);
    expect(deadline?.date).toBe('2017-09-25');
    expect(deadline?.timeZone).toBe(timeZone);
    expect(deadline?.closesAt.toISOString()).toBe(closesAt);
  });

  it('follows summer and winter time of the rule’s zone', () => {
    const rules = [rule({ meetingType: 'conference', daysBefore: 14, timeZone: 'Europe/Vilnius' })];
    expect(computeDeadlines(WTDC_17, rules)[0]?.closesAt.toISOString()).toBe('2017-09-25T20:59:59.000Z');
    expect(computeDeadlines({ type: 'conference', startsOn: '2018-01-20' }, rules)[0]?.closesAt.toISOString()).toBe(
      '2018-01-06T21:59:59.000Z',
    );
  });

  it('ignores the rules of other meeting types', () => {
    const rules = [
      rule({ meetingType: 'conference', daysBefore: 14 }),
      rule({ meetingType: 'rapporteur-group', daysBefore: 30 }),
      rule({ meetingType: 'study-group', daysBefore: 20 }),
    ];
    expect(computeDeadlines(SG_2018, rules).map((deadline) => deadline.daysBefore)).toEqual([20]);
    expect(computeDeadlines({ type: 'tdag', startsOn: '2017-05-09' }, rules)).toEqual([]);
  });

  it('sorts the deadlines by closing instant, earliest first, whatever the order of the rules', () => {
    const rules = [
      rule({ kind: 'delayed-contributions', daysBefore: 12 }),
      rule({ kind: 'contributions', daysBefore: 45 }),
    ];
    expect(computeDeadlines(SG_2018, rules).map((deadline) => deadline.kind)).toEqual([
      'contributions',
      'delayed-contributions',
    ]);
  });

  it('sorts by instant, not by date, when the zones differ', () => {
    // 24 Apr 23:59:59 in Pago Pago (UTC-11) is 25 Apr 10:59:59 UTC; 25 Apr 23:59:59 on Kiritimati (UTC+14) is
    // 25 Apr 09:59:59 UTC: the later date closes first.
    const rules = [
      rule({ kind: 'contributions', daysBefore: 13, timeZone: 'Pacific/Pago_Pago' }),
      rule({ kind: 'delayed-contributions', daysBefore: 12, timeZone: 'Pacific/Kiritimati' }),
    ];
    expect(plain(computeDeadlines(SG_2018, rules)).map(({ kind, date, closesAt }) => [kind, date, closesAt])).toEqual([
      ['delayed-contributions', '2018-04-25', '2018-04-25T09:59:59.000Z'],
      ['contributions', '2018-04-24', '2018-04-25T10:59:59.000Z'],
    ]);
  });

  it('puts the deadline daysBefore days before the opening, closing on that day in its zone', () => {
    fc.assert(
      fc.property(
        fc
          .date({ min: new Date('1970-01-01T00:00:00Z'), max: new Date('2150-12-31T00:00:00Z'), noInvalidDate: true })
          .map((date) => date.toISOString().slice(0, 10)),
        fc.integer({ min: 0, max: MAX_DAYS_BEFORE }),
        fc.constantFrom('UTC', 'Europe/Vilnius', 'America/Asuncion', 'Asia/Tokyo'),
        (startsOn, daysBefore, timeZone) => {
          const deadlines = computeDeadlines({ type: 'conference', startsOn }, [
            rule({ meetingType: 'conference', daysBefore, timeZone }),
          ]);
          expect(deadlines).toHaveLength(1);
          const [deadline] = deadlines as [Deadline];
          expect(daysBetween(deadline.date, startsOn)).toBe(daysBefore);
          expect(calendarDateOf(deadline.closesAt, timeZone)).toBe(deadline.date);
        },
      ),
    );
  });
});

describe('submissionTiming', () => {
  const sg = computeDeadlines(SG_2018, DEFAULT_DEADLINE_RULES);
  const wtdc = computeDeadlines(WTDC_17, DEFAULT_DEADLINE_RULES);

  it.each([
    ['2018-01-01T00:00:00.000Z', 'on-time'],
    ['2018-03-23T23:59:59.000Z', 'on-time'],
    ['2018-03-23T23:59:59.999Z', 'on-time'],
    ['2018-03-24T00:00:00.000Z', 'delayed'],
    ['2018-04-25T23:59:59.000Z', 'delayed'],
    ['2018-04-26T00:00:00.000Z', 'late'],
    ['2018-05-08T00:00:00.000Z', 'late'],
  ])('takes a study group submission at %s as %s', (at, expected) => {
    expect(submissionTiming(new Date(at), sg)).toBe(expected);
  });

  it('is on time at exactly the closing instant and delayed one second after', () => {
    const closesAt = sg[0]!.closesAt;
    expect(submissionTiming(closesAt, sg)).toBe('on-time');
    expect(submissionTiming(new Date(closesAt.getTime() + 1000), sg)).toBe('delayed');
  });

  it('is late one second after the delayed-contributions deadline', () => {
    const closesAt = sg[1]!.closesAt;
    expect(submissionTiming(closesAt, sg)).toBe('delayed');
    expect(submissionTiming(new Date(closesAt.getTime() + 1000), sg)).toBe('late');
  });

  it('goes straight from on time to late without a delayed-contributions deadline', () => {
    expect(submissionTiming(new Date('2017-09-25T23:59:59.000Z'), wtdc)).toBe('on-time');
    expect(submissionTiming(new Date('2017-09-26T00:00:00.000Z'), wtdc)).toBe('late');
  });

  it('ignores the translations deadline: after it, as before it, the timing is the same', () => {
    const withoutTranslations = (deadlines: Deadline[]) =>
      deadlines.filter((deadline) => deadline.kind !== 'translations');
    expect(wtdc.map((deadline) => deadline.kind)).toContain('translations');
    expect(submissionTiming(new Date('2017-10-03T00:00:00.000Z'), wtdc)).toBe('late');
    fc.assert(
      fc.property(
        fc.date({ min: new Date('2017-01-01T00:00:00Z'), max: new Date('2018-12-31T00:00:00Z'), noInvalidDate: true }),
        fc.integer({ min: 0, max: 60 }),
        (at, translationDays) => {
          for (const [meeting, deadlines] of [
            [WTDC_17, wtdc],
            [SG_2018, sg],
          ] as const) {
            const moved = computeDeadlines(meeting, [
              ...DEFAULT_DEADLINE_RULES.filter((r) => r.kind !== 'translations'),
              rule({ meetingType: meeting.type, kind: 'translations', daysBefore: translationDays }),
            ]);
            expect(submissionTiming(at, moved)).toBe(submissionTiming(at, withoutTranslations(deadlines)));
          }
        },
      ),
    );
  });

  it('takes everything on time for a meeting without deadlines', () => {
    expect(submissionTiming(new Date('2017-10-20T00:00:00.000Z'), [])).toBe('on-time');
    expect(submissionTiming(new Date('2099-01-01T00:00:00.000Z'), computeDeadlines(WTDC_17, []))).toBe('on-time');
  });
});

describe('lastSubmissionDeadline', () => {
  it('is the delayed-contributions deadline, else the contributions one, never the translations one', () => {
    const sg = computeDeadlines(SG_2018, DEFAULT_DEADLINE_RULES);
    const wtdc = computeDeadlines(WTDC_17, DEFAULT_DEADLINE_RULES);
    expect(sg.at(-1)?.kind).toBe('translations');
    expect(lastSubmissionDeadline(sg)?.kind).toBe('delayed-contributions');
    expect(wtdc.at(-1)?.kind).toBe('translations');
    expect(lastSubmissionDeadline(wtdc)?.kind).toBe('contributions');
    expect(
      lastSubmissionDeadline(computeDeadlines(WTDC_17, [rule({ meetingType: 'conference', kind: 'translations' })])),
    ).toBeNull();
    expect(lastSubmissionDeadline([])).toBeNull();
  });
});

describe('secondsRemaining', () => {
  const [deadline] = computeDeadlines(WTDC_17, DEFAULT_DEADLINE_RULES) as [Deadline];

  it.each([
    ['2017-09-24T23:59:59.000Z', 86_400],
    ['2017-09-25T23:00:00.000Z', 3_599],
    ['2017-09-25T23:59:58.500Z', 0],
    ['2017-09-25T23:59:57.999Z', 1],
    ['2017-09-25T23:59:59.000Z', 0],
    ['2017-09-26T00:00:00.000Z', 0],
    ['2017-10-20T00:00:00.000Z', 0],
  ])('at %s is %d', (now, expected) => {
    expect(secondsRemaining(deadline, new Date(now))).toBe(expected);
  });
});

describe('deadlineRuleIssues', () => {
  it('finds no issue in the default rules', () => {
    expect(deadlineRuleIssues(DEFAULT_DEADLINE_RULES)).toEqual([]);
  });

  it('accepts 0 and MAX_DAYS_BEFORE days, any real time and zone', () => {
    expect(
      deadlineRuleIssues([
        rule({ daysBefore: MAX_DAYS_BEFORE, timeOfDay: '00:00:00', timeZone: 'Europe/Vilnius' }),
        rule({ kind: 'delayed-contributions', daysBefore: 0, timeOfDay: '17:30:00', timeZone: 'Europe/Vilnius' }),
      ]),
    ).toEqual([]);
  });

  it('refuses a delayed-contributions deadline on another wall clock than the contributions deadline', () => {
    expect(
      deadlineRuleIssues([
        rule({ daysBefore: 45, timeZone: 'Europe/Vilnius' }),
        rule({ kind: 'delayed-contributions', daysBefore: 12, timeZone: 'America/Asuncion' }),
      ]),
    ).toEqual([expect.objectContaining({ path: ['rules', 1, 'timeZone'], code: 'time_zone_mismatch' })]);
  });

  it('refuses an unknown kind', () => {
    const bad = { ...rule({}), kind: 'late-contributions' } as unknown as DeadlineRule;
    expect(deadlineRuleIssues([bad])).toEqual([
      expect.objectContaining({ path: ['rules', 0, 'kind'], code: 'unknown_kind' }),
    ]);
  });

  it.each([
    ['a negative number of days', rule({ daysBefore: -1 }), ['rules', 0, 'daysBefore'], 'out_of_range'],
    ['a fractional number of days', rule({ daysBefore: 1.5 }), ['rules', 0, 'daysBefore'], 'out_of_range'],
    ['NaN days', rule({ daysBefore: Number.NaN }), ['rules', 0, 'daysBefore'], 'out_of_range'],
    [
      'more than MAX_DAYS_BEFORE days',
      rule({ daysBefore: MAX_DAYS_BEFORE + 1 }),
      ['rules', 0, 'daysBefore'],
      'out_of_range',
    ],
    ['a time that is not a time of day', rule({ timeOfDay: '24:00:00' }), ['rules', 0, 'timeOfDay'], 'invalid_time'],
    ['a time without seconds', rule({ timeOfDay: '23:59' }), ['rules', 0, 'timeOfDay'], 'invalid_time'],
    ['an unknown time zone', rule({ timeZone: 'Europe/Geneva' }), ['rules', 0, 'timeZone'], 'unknown_time_zone'],
    ['an empty time zone', rule({ timeZone: '' }), ['rules', 0, 'timeZone'], 'unknown_time_zone'],
    [
      'an unknown meeting type',
      rule({ meetingType: 'summit' as DeadlineRule['meetingType'] }),
      ['rules', 0, 'meetingType'],
      'unknown_meeting_type',
    ],
  ])('reports %s', (_case, bad, path, code) => {
    expect(deadlineRuleIssues([bad]).map(({ path, code }) => ({ path, code }))).toEqual([{ path, code }]);
  });

  it('reports a kind given twice for the same meeting type, at the second rule', () => {
    const issues = deadlineRuleIssues([rule({ daysBefore: 45 }), rule({ daysBefore: 40 })]);
    expect(issues.map(({ path, code }) => ({ path, code }))).toEqual([
      { path: ['rules', 1, 'kind'], code: 'duplicate' },
    ]);
  });

  it('allows the same kind for different meeting types', () => {
    expect(deadlineRuleIssues([rule(), rule({ meetingType: 'rapporteur-group' })])).toEqual([]);
  });

  it('reports a delayed-contributions deadline without a contributions deadline', () => {
    const issues = deadlineRuleIssues([
      rule({ meetingType: 'conference', kind: 'contributions', daysBefore: 14 }),
      rule({ kind: 'delayed-contributions', daysBefore: 12 }),
    ]);
    expect(issues.map(({ path, code }) => ({ path, code }))).toEqual([
      { path: ['rules', 1, 'kind'], code: 'requires_contributions_deadline' },
    ]);
  });

  it.each([
    ['before', 50],
    ['on the same day as', 45],
  ])('reports a delayed-contributions deadline %s the contributions deadline', (_case, daysBefore) => {
    const issues = deadlineRuleIssues([
      rule({ kind: 'delayed-contributions', daysBefore }),
      rule({ kind: 'contributions', daysBefore: 45 }),
    ]);
    expect(issues.map(({ path, code }) => ({ path, code }))).toEqual([
      { path: ['rules', 0, 'daysBefore'], code: 'not_after_contributions_deadline' },
    ]);
  });

  it('accepts a translations deadline after the contributions deadline, before or after the delayed one', () => {
    expect(
      deadlineRuleIssues([
        rule({ daysBefore: 45 }),
        rule({ kind: 'delayed-contributions', daysBefore: 12 }),
        rule({ kind: 'translations', daysBefore: 20 }),
      ]),
    ).toEqual([]);
    expect(deadlineRuleIssues([rule({ daysBefore: 45 }), rule({ kind: 'translations', daysBefore: 0 })])).toEqual([]);
  });

  it.each([
    ['before', 50],
    ['on the same day as', 45],
  ])('reports a translations deadline %s the contributions deadline', (_case, daysBefore) => {
    const issues = deadlineRuleIssues([rule({ daysBefore: 45 }), rule({ kind: 'translations', daysBefore })]);
    expect(issues.map(({ path, code }) => ({ path, code }))).toEqual([
      { path: ['rules', 1, 'daysBefore'], code: 'not_after_contributions_deadline' },
    ]);
    expect(issues[0]!.message).toContain('translations');
  });

  it('reports a translations deadline without a contributions deadline, on another clock, or given twice', () => {
    const alone = deadlineRuleIssues([rule({ kind: 'translations', daysBefore: 7 })]);
    expect(alone.map(({ path, code }) => ({ path, code }))).toEqual([
      { path: ['rules', 0, 'kind'], code: 'requires_contributions_deadline' },
    ]);
    const elsewhere = deadlineRuleIssues([
      rule({ daysBefore: 45 }),
      rule({ kind: 'translations', daysBefore: 7, timeZone: 'Europe/Zurich' }),
    ]);
    expect(elsewhere.map(({ path, code }) => ({ path, code }))).toEqual([
      { path: ['rules', 1, 'timeZone'], code: 'time_zone_mismatch' },
    ]);
    const twice = deadlineRuleIssues([
      rule({ daysBefore: 45 }),
      rule({ kind: 'translations', daysBefore: 7 }),
      rule({ kind: 'translations', daysBefore: 5 }),
    ]);
    expect(twice.map(({ path, code }) => ({ path, code }))).toEqual([
      { path: ['rules', 2, 'kind'], code: 'duplicate' },
    ]);
  });

  it('lists every breach of every rule, each with a message', () => {
    const issues = deadlineRuleIssues([
      rule({ daysBefore: -3, timeOfDay: 'noon', timeZone: 'Nowhere/Land' }),
      rule({ meetingType: 'rapporteur-group', kind: 'delayed-contributions', daysBefore: 12 }),
    ]);
    expect(issues.map(({ path, code }) => ({ path, code }))).toEqual([
      { path: ['rules', 0, 'daysBefore'], code: 'out_of_range' },
      { path: ['rules', 0, 'timeOfDay'], code: 'invalid_time' },
      { path: ['rules', 0, 'timeZone'], code: 'unknown_time_zone' },
      { path: ['rules', 1, 'kind'], code: 'requires_contributions_deadline' },
    ]);
    for (const issue of issues) {
      expect(issue.message).not.toBe('');
    }
  });
});

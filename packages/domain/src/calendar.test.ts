import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import {
  addDays,
  calendarDateOf,
  daysBetween,
  instantAt,
  isCalendarDate,
  isTimeOfDay,
  isTimeZone,
} from './calendar.ts';

/** Any calendar date from 1900 to 2199, as `YYYY-MM-DD`. */
const calendarDate = fc
  .date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2199-12-31T00:00:00Z'), noInvalidDate: true })
  .map((date) => date.toISOString().slice(0, 10));

describe('isCalendarDate', () => {
  it.each([
    ['2017-10-09', true],
    ['2016-02-29', true],
    ['2000-02-29', true],
    ['2017-12-31', true],
    ['2017-02-29', false],
    ['1900-02-29', false],
    ['2017-02-30', false],
    ['2017-04-31', false],
    ['2017-13-01', false],
    ['2017-00-10', false],
    ['2017-01-00', false],
    ['2017-01-32', false],
  ])('%s is %s', (value, expected) => {
    expect(isCalendarDate(value)).toBe(expected);
  });

  it.each([
    '',
    '2017-1-09',
    '2017-10-9',
    '17-10-09',
    '20171009',
    '2017/10/09',
    ' 2017-10-09',
    '2017-10-09 ',
    '2017-10-09T00:00:00Z',
    'yyyy-mm-dd',
    '+2017-10-09',
  ])('rejects the shape %j', (value) => {
    expect(isCalendarDate(value)).toBe(false);
  });
});

describe('addDays', () => {
  it.each([
    ['2017-10-09', -14, '2017-09-25'],
    ['2017-10-09', 0, '2017-10-09'],
    ['2017-01-31', 1, '2017-02-01'],
    ['2017-03-01', -1, '2017-02-28'],
    ['2016-03-01', -1, '2016-02-29'],
    ['2016-02-28', 1, '2016-02-29'],
    ['2016-02-29', 365, '2017-02-28'],
    ['2016-02-29', 366, '2017-03-01'],
    ['2017-12-31', 1, '2018-01-01'],
    ['2018-01-01', -1, '2017-12-31'],
    ['2018-05-07', -45, '2018-03-23'],
    ['2017-10-09', -730, '2015-10-10'],
  ])('%s %d days is %s', (date, days, expected) => {
    expect(addDays(date, days)).toBe(expected);
  });

  it('throws a RangeError on a date that is not a calendar date', () => {
    expect(() => addDays('2017-02-29', 1)).toThrow(RangeError);
  });
});

describe('daysBetween', () => {
  it.each([
    ['2017-09-25', '2017-10-09', 14],
    ['2017-10-09', '2017-09-25', -14],
    ['2017-10-09', '2017-10-09', 0],
    ['2016-02-28', '2016-03-01', 2],
    ['2017-02-28', '2017-03-01', 1],
    ['2016-01-01', '2017-01-01', 366],
    ['2017-01-01', '2018-01-01', 365],
    // Days across a daylight saving change are still whole days.
    ['2017-03-25', '2017-03-27', 2],
  ])('from %s to %s is %d', (from, to, expected) => {
    expect(daysBetween(from, to)).toBe(expected);
  });

  it('throws a RangeError on a bad date', () => {
    expect(() => daysBetween('2017-10-09', '2017-13-01')).toThrow(RangeError);
  });

  it('undoes addDays for any date and shift', () => {
    fc.assert(
      fc.property(calendarDate, fc.integer({ min: -2000, max: 2000 }), (date, days) => {
        const moved = addDays(date, days);
        expect(isCalendarDate(moved)).toBe(true);
        expect(daysBetween(date, moved)).toBe(days);
      }),
    );
  });
});

describe('isTimeZone', () => {
  it.each(['UTC', 'Europe/Vilnius', 'America/Asuncion', 'Africa/Khartoum', 'Asia/Makassar', 'Etc/GMT-3'])(
    'knows %s',
    (zone) => {
      expect(isTimeZone(zone)).toBe(true);
    },
  );

  it.each(['', 'Mars/Olympus_Mons', 'Europe/Geneva', 'GMT+25', 'not a zone'])('rejects %j', (zone) => {
    expect(isTimeZone(zone)).toBe(false);
  });
});

describe('isTimeOfDay', () => {
  it.each([
    ['00:00:00', true],
    ['23:59:59', true],
    ['12:30:05', true],
    ['24:00:00', false],
    ['23:60:00', false],
    ['23:59:60', false],
    ['9:00:00', false],
    ['09:00', false],
    ['', false],
  ])('%j is %s', (value, expected) => {
    expect(isTimeOfDay(value)).toBe(expected);
  });
});

describe('instantAt', () => {
  it('reads the wall clock as UTC in UTC', () => {
    expect(instantAt('2017-09-25', '23:59:59', 'UTC').toISOString()).toBe('2017-09-25T23:59:59.000Z');
    expect(instantAt('2016-02-29', '00:00:00', 'UTC').toISOString()).toBe('2016-02-29T00:00:00.000Z');
  });

  it('follows summer and winter time in Vilnius (UTC+3 in summer, UTC+2 in winter)', () => {
    expect(instantAt('2017-04-27', '09:00:00', 'Europe/Vilnius').toISOString()).toBe('2017-04-27T06:00:00.000Z');
    expect(instantAt('2017-01-15', '09:00:00', 'Europe/Vilnius').toISOString()).toBe('2017-01-15T07:00:00.000Z');
    // The last day of summer time and the first of winter time (the change is at 04:00 local on 29 Oct 2017).
    expect(instantAt('2017-10-28', '23:59:59', 'Europe/Vilnius').toISOString()).toBe('2017-10-28T20:59:59.000Z');
    expect(instantAt('2017-10-30', '23:59:59', 'Europe/Vilnius').toISOString()).toBe('2017-10-30T21:59:59.000Z');
  });

  it('follows the southern-hemisphere summer time of Asunción (UTC-3 in February, UTC-4 in July 2017)', () => {
    expect(instantAt('2017-02-22', '09:00:00', 'America/Asuncion').toISOString()).toBe('2017-02-22T12:00:00.000Z');
    expect(instantAt('2017-07-22', '09:00:00', 'America/Asuncion').toISOString()).toBe('2017-07-22T13:00:00.000Z');
  });

  it('moves to the next UTC day for zones west of Greenwich', () => {
    expect(instantAt('2017-09-25', '23:59:59', 'America/Argentina/Buenos_Aires').toISOString()).toBe(
      '2017-09-26T02:59:59.000Z',
    );
  });

  it('throws a RangeError on a bad date or time', () => {
    expect(() => instantAt('2017-02-29', '00:00:00', 'UTC')).toThrow(RangeError);
    expect(() => instantAt('2017-02-28', '24:00:00', 'UTC')).toThrow(RangeError);
  });
});

describe('calendarDateOf', () => {
  const instant = new Date('2017-09-25T23:30:00Z');

  it('defaults to UTC', () => {
    expect(calendarDateOf(instant)).toBe('2017-09-25');
  });

  it('gives the date the wall clock shows in the zone', () => {
    expect(calendarDateOf(instant, 'Asia/Tokyo')).toBe('2017-09-26');
    expect(calendarDateOf(new Date('2017-09-25T02:00:00Z'), 'America/Argentina/Buenos_Aires')).toBe('2017-09-24');
    expect(calendarDateOf(new Date('2017-12-31T22:30:00Z'), 'Europe/Vilnius')).toBe('2018-01-01');
  });

  it('gives back the date instantAt started from, in any zone', () => {
    // From 2000 on: Kiritimati skipped 31 Dec 1994 when it moved across the date line.
    const recentDate = fc
      .date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2199-12-31T00:00:00Z'), noInvalidDate: true })
      .map((date) => date.toISOString().slice(0, 10));
    const zones = ['UTC', 'Europe/Vilnius', 'America/Asuncion', 'Pacific/Kiritimati', 'Pacific/Pago_Pago'];
    fc.assert(
      fc.property(
        recentDate,
        fc.constantFrom(...zones),
        fc.constantFrom('00:00:00', '12:00:00', '23:59:59'),
        (date, zone, time) => {
          expect(calendarDateOf(instantAt(date, time, zone), zone)).toBe(date);
        },
      ),
    );
  });
});

import { TZDate } from '@date-fns/tz';

/** A calendar date, `YYYY-MM-DD`, with no time and no time zone (meeting dates, admission dates). */
export type CalendarDate = string;

const CALENDAR_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True when `value` is a real calendar date in `YYYY-MM-DD` form (2017-02-30 is not). */
export function isCalendarDate(value: string): boolean {
  const match = CALENDAR_DATE.exec(value);
  if (!match) {
    return false;
  }
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

function parts(date: CalendarDate): [number, number, number] {
  if (!isCalendarDate(date)) {
    throw new RangeError(`Not a calendar date: ${date}`);
  }
  return date.split('-').map(Number) as [number, number, number];
}

/** `date` moved by `days` calendar days (negative to go back). */
export function addDays(date: CalendarDate, days: number): CalendarDate {
  const [y, m, d] = parts(date);
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: CalendarDate, to: CalendarDate): number {
  const [y1, m1, d1] = parts(from);
  const [y2, m2, d2] = parts(to);
  return Math.round((Date.UTC(y2, m2 - 1, d2) - Date.UTC(y1, m1 - 1, d1)) / 86_400_000);
}

/** True when `zone` is an IANA time zone name this runtime knows (`UTC` included). */
export function isTimeZone(zone: string): boolean {
  if (zone.length === 0) {
    return false;
  }
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

const TIME_OF_DAY = /^([01]\d|2[0-3]):([0-5]\d):([0-5]\d)$/;

/** True when `value` is a wall-clock time `HH:MM:SS`. */
export function isTimeOfDay(value: string): boolean {
  return TIME_OF_DAY.test(value);
}

/** The instant at which the wall clock in `timeZone` shows `time` on `date`. */
export function instantAt(date: CalendarDate, time: string, timeZone: string): Date {
  const [y, m, d] = parts(date);
  const match = TIME_OF_DAY.exec(time);
  if (!match) {
    throw new RangeError(`Not a time of day: ${time}`);
  }
  const [, hh, mm, ss] = match.map(Number) as [number, number, number, number];
  return new Date(new TZDate(y, m - 1, d, hh, mm, ss, timeZone).getTime());
}

/** The calendar date that `instant` falls on in `timeZone`. */
export function calendarDateOf(instant: Date, timeZone = 'UTC'): CalendarDate {
  const tz = new TZDate(instant.getTime(), timeZone);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${tz.getFullYear()}-${pad(tz.getMonth() + 1)}-${pad(tz.getDate())}`;
}

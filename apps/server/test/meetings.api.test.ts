import type { Cycle, Meeting } from '@tansiq/api';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { loadDemo } from '../src/index.ts';
import { TEST_NOW, getData, operator, openTestApp, type TestApp } from './helpers.ts';

let t: TestApp;

beforeAll(async () => {
  t = await openTestApp();
  await loadDemo(t.as(operator));
});

afterAll(async () => {
  await t?.close();
});

afterEach(() => {
  t.clock.set(TEST_NOW);
});

const summary = (meeting: Meeting) => [meeting.code, meeting.city.en, meeting.startsOn, meeting.endsOn];

/** Seconds from the test clock's start to the end of 25 Sep 2017 (UTC): 24 days and 86 399 seconds. */
const SECONDS_TO_WTDC17_DEADLINE = 24 * 86_400 + 86_399;

describe('GET /api/v1/meetings', () => {
  it("lists the WTDC-17 cycle's six RPMs and the conference, in date order", async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/v1/meetings?cycle=wtdc-17' });
    expect(response.statusCode).toBe(200);
    const { data, page } = response.json<{ data: Meeting[]; page: { total: number; limit: number; offset: number } }>();
    expect(page).toEqual({ total: data.length, limit: 100, offset: 0 });
    expect(data.every((meeting) => meeting.cycleCode === 'wtdc-17')).toBe(true);
    const starts = data.map((meeting) => meeting.startsOn);
    expect(starts).toEqual([...starts].sort());
    expect(data.filter((meeting) => meeting.type === 'rpm' || meeting.type === 'conference').map(summary)).toEqual([
      ['rpm-cis-2016', 'Bishkek', '2016-11-09', '2016-11-11'],
      ['rpm-afr-2016', 'Kigali', '2016-12-06', '2016-12-08'],
      ['rpm-arb-2017', 'Khartoum', '2017-01-30', '2017-02-01'],
      ['rpm-ams-2017', 'Asunción', '2017-02-22', '2017-02-24'],
      ['rpm-asp-2017', 'Bali', '2017-03-21', '2017-03-23'],
      ['rpm-eur-2017', 'Vilnius', '2017-04-27', '2017-04-28'],
      ['wtdc-17', 'Buenos Aires', '2017-10-09', '2017-10-20'],
    ]);
  });

  it('filters by type and region, and accepts the cycle by id', async () => {
    const cycle = await getData<Cycle>(t, '/api/v1/cycles/wtdc-17');
    const rpms = await getData<Meeting[]>(t, `/api/v1/meetings?cycle=${cycle.id}&type=rpm`);
    expect(rpms.map((meeting) => meeting.regionId)).toEqual([
      'cis',
      'africa',
      'arab-states',
      'americas',
      'asia-pacific',
      'europe',
    ]);
    const arab = await getData<Meeting[]>(t, '/api/v1/meetings?cycle=wtdc-17&region=arab-states');
    expect(arab.map((meeting) => meeting.code)).toEqual(['rdf-arb-2017', 'rpm-arb-2017', 'arb-prep-2017']);
  });

  it('pages with limit and offset', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/v1/meetings?cycle=wtdc-17&limit=2&offset=1' });
    expect(response.statusCode).toBe(200);
    const { data, page } = response.json<{ data: Meeting[]; page: { total: number } }>();
    expect(data.map((meeting) => meeting.code)).toEqual(['rpm-cis-2016', 'rdf-afr-2016']);
    expect(page).toEqual({ total: 16, limit: 2, offset: 1 });
  });
});

describe('GET /api/v1/meetings/{id}', () => {
  it("computes the conference's deadlines: contributions 14 days before, translations 7 days before", async () => {
    const wtdc = await getData<Meeting>(t, '/api/v1/meetings/wtdc-17');
    expect(wtdc).toMatchObject({
      type: 'conference',
      city: { en: 'Buenos Aires' },
      countryIso3: 'ARG',
      cycleCode: 'wtdc-17',
    });
    expect(wtdc.deadlines).toEqual([
      {
        kind: 'contributions',
        daysBefore: 14,
        date: '2017-09-25',
        closesAt: '2017-09-25T23:59:59.000Z',
        timeZone: 'UTC',
        closed: false,
        secondsRemaining: SECONDS_TO_WTDC17_DEADLINE,
      },
      {
        kind: 'translations',
        daysBefore: 7,
        date: '2017-10-02',
        closesAt: '2017-10-02T23:59:59.000Z',
        timeZone: 'UTC',
        closed: false,
        secondsRemaining: SECONDS_TO_WTDC17_DEADLINE + 7 * 86_400,
      },
    ]);
  });

  it('finds the same meeting by uuid and by code', async () => {
    const byCode = await getData<Meeting>(t, '/api/v1/meetings/rpm-arb-2017');
    const byId = await getData<Meeting>(t, `/api/v1/meetings/${byCode.id}`);
    expect(byId).toEqual(byCode);
    expect(byCode).toMatchObject({ code: 'rpm-arb-2017', type: 'rpm', regionId: 'arab-states', deadlines: [] });
  });

  it('counts the seconds remaining down from the clock, and closes the deadline when it passes', async () => {
    t.clock.set(new Date(TEST_NOW.getTime() + 90_000));
    const [later] = (await getData<Meeting>(t, '/api/v1/meetings/wtdc-17')).deadlines;
    expect(later).toMatchObject({ closed: false, secondsRemaining: SECONDS_TO_WTDC17_DEADLINE - 90 });

    // Open up to its closing instant inclusive (as a submission's timing counts it), even with 0 s to show.
    for (const instant of ['2017-09-25T23:59:58.500Z', '2017-09-25T23:59:59.000Z']) {
      t.clock.set(new Date(instant));
      const [lastSecond] = (await getData<Meeting>(t, '/api/v1/meetings/wtdc-17')).deadlines;
      expect(lastSecond, instant).toMatchObject({ closed: false, secondsRemaining: 0 });
    }

    t.clock.set(new Date('2017-09-25T23:59:59.001Z'));
    const [after, translations] = (await getData<Meeting>(t, '/api/v1/meetings/wtdc-17')).deadlines;
    expect(after).toMatchObject({ closed: true, secondsRemaining: 0 });
    expect(translations).toMatchObject({ kind: 'translations', closed: false, secondsRemaining: 7 * 86_400 - 1 });
  });
});

describe('cycles', () => {
  it('lists the WTDC cycles, newest first', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/v1/cycles' });
    expect(response.statusCode).toBe(200);
    const { data, page } = response.json<{ data: Cycle[]; page: { total: number } }>();
    expect(data.map((cycle) => cycle.code)).toEqual([
      'wtdc-25',
      'wtdc-21',
      'wtdc-17',
      'wtdc-14',
      'wtdc-10',
      'wtdc-06',
      'wtdc-02',
      'wtdc-98',
      'wtdc-94',
    ]);
    expect(page.total).toBe(9);
  });

  it('gives one cycle by code and by uuid', async () => {
    const byCode = await getData<Cycle>(t, '/api/v1/cycles/wtdc-17');
    expect(byCode).toMatchObject({
      code: 'wtdc-17',
      name: 'WTDC-17',
      series: 'wtdc',
      year: 2017,
      city: { en: 'Buenos Aires' },
      countryIso3: 'ARG',
      theme: 'ICT for Sustainable Development Goals (ICT4SDGs)',
    });
    expect(await getData<Cycle>(t, `/api/v1/cycles/${byCode.id}`)).toEqual(byCode);
    // WTDC-21 is labelled 2021 but was held in 2022.
    expect(await getData<Cycle>(t, '/api/v1/cycles/wtdc-21')).toMatchObject({ year: 2022, city: { en: 'Kigali' } });
  });
});

describe('system', () => {
  it('answers GET /api/health with {"status":"ok"}', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/health' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ status: 'ok' });
    expect(response.headers['x-request-id']).toEqual(expect.any(String));
  });

  it('shows the fixed test clock, and its moves, at /api/v1/clock', async () => {
    expect(await getData(t, '/api/v1/clock')).toEqual({ now: '2017-09-01T00:00:00.000Z', shifted: true });
    t.clock.set(new Date('2017-09-02T12:00:00Z'));
    expect(await getData(t, '/api/v1/clock')).toEqual({ now: '2017-09-02T12:00:00.000Z', shifted: true });
  });

  it('publishes an OpenAPI 3.1 document listing the /api/v1 paths', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/openapi.json' });
    expect(response.statusCode).toBe(200);
    const document = response.json<{ openapi: string; info: { title: string }; paths: Record<string, object> }>();
    expect(document.openapi).toBe('3.1.0');
    expect(document.info.title).toBe('Tansiq API');
    expect(Object.keys(document.paths)).toEqual(
      expect.arrayContaining([
        '/api/health',
        '/api/v1/clock',
        '/api/v1/regions',
        '/api/v1/organizations',
        '/api/v1/member-states',
        '/api/v1/member-states/{iso3}',
        '/api/v1/cycles',
        '/api/v1/cycles/{id}',
        '/api/v1/meetings',
        '/api/v1/meetings/{id}',
        '/api/v1/deadline-rules',
        '/api/v1/deadline-rules/{meetingType}',
      ]),
    );
    expect(Object.keys(document.paths['/api/v1/meetings/{id}'] ?? {}).sort()).toEqual(['get', 'patch']);
    expect(Object.keys(document.paths['/api/v1/cycles'] ?? {}).sort()).toEqual(['get', 'post']);
    expect(document.paths).not.toHaveProperty('/api/openapi.json');
  });

  it('serves the API reference page at /api/docs', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/docs' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/^text\/html/);
    expect(response.body).toMatch(/<html/i);
  });
});

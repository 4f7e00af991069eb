import { it } from 'vitest';
import { buildApp, fixedClock } from '../src/index.ts';
import { openTestDatabase } from '../../../packages/db/src/testing/test-database.ts';

it('probe', async () => {
  const t0 = Date.now();
  const handle = await openTestDatabase();
  console.log('open', Date.now() - t0);
  const app = await buildApp({ db: handle.db, clock: fixedClock(new Date('2017-09-01T00:00:00Z')), bodyLimit: 1024 });
  app.post('/api/test/echo', async (request) => ({ body: request.body }));
  await app.ready();
  let r = await app.inject({
    method: 'POST',
    url: '/api/test/echo',
    headers: { 'content-type': 'application/json' },
    payload: '{bad',
  });
  console.log(r.statusCode, r.body, r.headers['x-request-id']);
  r = await app.inject({ method: 'POST', url: '/api/test/echo', payload: { x: 'a'.repeat(2000) } });
  console.log(r.statusCode, r.body);
  r = await app.inject({ method: 'GET', url: '/api/docs' });
  console.log(r.statusCode, r.headers['content-type'], r.headers.location);
  r = await app.inject({ method: 'GET', url: '/api/openapi.json' });
  console.log(r.statusCode, Object.keys(r.json().paths), r.json().openapi);
  r = await app.inject({
    method: 'POST',
    url: '/api/v1/meetings',
    headers: { 'content-type': 'application/json' },
    payload: '{bad',
  });
  console.log(r.statusCode, r.body, r.headers['x-request-id']);
  r = await app.inject({ method: 'GET', url: '/api/v1/member-states?asOf=yesterday' });
  console.log(r.statusCode, r.body);
  r = await app.inject({ method: 'GET', url: '/api/v1/member-states?asOf=2017-02-30' });
  console.log(r.statusCode, r.body);
  r = await app.inject({ method: 'GET', url: '/api/v1/meetings?type=plenary&region=mars' });
  console.log(r.statusCode, r.body);
  r = await app.inject({ method: 'GET', url: '/api/v1/member-states/EGY' });
  console.log(r.statusCode, r.body);
  await app.close();
  await handle.close();
});

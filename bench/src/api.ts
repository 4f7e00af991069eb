/**
 * API read benchmarks on the embedded database (in memory), as ratios against named baselines measured in the
 * same run: `health` (the framework's floor: routing, serialization, no database) and `regions` (one small
 * query). Absolute times on these machines mean little; the ratios say where the time goes.
 */
import { PGlite } from '@electric-sql/pglite';
import { syncReferenceData, wrapPglite } from '@tansiq/db';
import { buildApp, fixedClock, loadDemo, systemActor } from '@tansiq/server';

const ITERATIONS = Number(process.env.BENCH_ITERATIONS ?? 300);

async function main(): Promise<void> {
  const handle = wrapPglite(await PGlite.create());
  await handle.migrate();
  await syncReferenceData(handle.db);
  const clock = fixedClock(new Date('2017-09-01T00:00:00Z'));
  await loadDemo({ db: handle.db, clock, actor: systemActor('bench'), requestId: null });
  const app = await buildApp({ db: handle.db, clock });

  async function measure(url: string): Promise<number> {
    for (let i = 0; i < 20; i++) {
      await app.inject({ url }); // warm-up
    }
    const started = process.hrtime.bigint();
    for (let i = 0; i < ITERATIONS; i++) {
      const response = await app.inject({ url });
      if (response.statusCode !== 200) {
        throw new Error(`${url} answered ${response.statusCode}`);
      }
    }
    return Number(process.hrtime.bigint() - started) / 1e6 / ITERATIONS;
  }

  const cases: [string, string][] = [
    ['health (baseline: framework floor)', '/api/health'],
    ['regions (baseline: one small query)', '/api/v1/regions'],
    ['member-states, 194 with six names', '/api/v1/member-states'],
    ['member-states, French roll-call order', '/api/v1/member-states?order=french'],
    ['member-states, search q=egypte', '/api/v1/member-states?q=egypte'],
    ['member-states/EGY with participation', '/api/v1/member-states/EGY'],
    ['meetings of wtdc-17 with deadlines', '/api/v1/meetings?cycle=wtdc-17'],
  ];
  const results: { name: string; ms: number }[] = [];
  for (const [name, url] of cases) {
    results.push({ name, ms: await measure(url) });
  }
  const floor = results[0]!.ms;
  const query = results[1]!.ms;
  console.log(`API reads through app.inject on in-memory PGlite, ${ITERATIONS} requests each`);
  console.log(`${'case'.padEnd(42)} ${'ms/req'.padStart(8)} ${'x health'.padStart(9)} ${'x regions'.padStart(10)}`);
  for (const { name, ms } of results) {
    console.log(
      `${name.padEnd(42)} ${ms.toFixed(3).padStart(8)} ${(ms / floor).toFixed(1).padStart(9)} ${(ms / query).toFixed(1).padStart(10)}`,
    );
  }
  await app.close();
  await handle.close();
}

await main();

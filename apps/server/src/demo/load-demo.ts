import { findCycle, findMeeting, findUserByEmail, recordInstallationFact, readInstallationFact } from '@tansiq/db';
import type { ServiceContext } from '../context.ts';
import { createUser } from '../modules/accounts/user.service.ts';
import { createCycle } from '../modules/cycles/cycle.service.ts';
import { createMeeting } from '../modules/meetings/meeting.service.ts';
import { recordParticipation } from '../modules/registry/participation.service.ts';
import { DEMO_PASSWORD, DEMO_USERS, EGYPT_PARTICIPATION, WTDC17_MEETINGS, WTDC_CYCLES } from './wtdc-17.ts';

export { DEMO_PASSWORD, DEMO_USERS };

/** What a demo load did. */
export interface DemoLoadResult {
  created: number;
  existing: number;
}

const DEMO_FACT = 'demo-loaded';

/**
 * Loads the WTDC-17 demo through the services (so every record is checked and audited), with one account per
 * role sharing DEMO_PASSWORD. Idempotent: records that exist (by code or e-mail) are left as they are.
 */
export async function loadDemo(ctx: ServiceContext): Promise<DemoLoadResult> {
  const result: DemoLoadResult = { created: 0, existing: 0 };
  const count = (created: boolean) => (created ? result.created++ : result.existing++);
  for (const cycle of WTDC_CYCLES) {
    const exists = (await findCycle(ctx.db, cycle.code)) !== undefined;
    if (!exists) {
      await createCycle(ctx, cycle);
    }
    count(!exists);
  }
  for (const meeting of WTDC17_MEETINGS) {
    const exists = (await findMeeting(ctx.db, meeting.code)) !== undefined;
    if (!exists) {
      await createMeeting(ctx, meeting);
    }
    count(!exists);
  }
  for (const participation of EGYPT_PARTICIPATION) {
    count(await recordParticipation(ctx, { memberState: 'EGY', ...participation }));
  }
  for (const user of DEMO_USERS) {
    const exists = (await findUserByEmail(ctx.db, user.email)) !== undefined;
    if (!exists) {
      await createUser(ctx, { ...user, password: DEMO_PASSWORD });
    }
    count(!exists);
  }
  await recordInstallationFact(ctx.db, DEMO_FACT, { at: ctx.clock.now().toISOString() });
  return result;
}

/** True once the demo was loaded into this installation (or declined on its first start). */
export async function demoDecided(ctx: ServiceContext): Promise<boolean> {
  return (await readInstallationFact(ctx.db, DEMO_FACT)) !== undefined;
}

/** True when the demo (and so its accounts) was loaded into this installation. */
export async function demoLoaded(ctx: ServiceContext): Promise<boolean> {
  const fact = await readInstallationFact(ctx.db, DEMO_FACT);
  return fact !== undefined && fact !== false;
}

/** Records that this installation's first start declined the demo, so later starts do not offer it again. */
export async function declineDemo(ctx: ServiceContext): Promise<void> {
  await recordInstallationFact(ctx.db, DEMO_FACT, false);
}

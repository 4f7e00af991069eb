import type { CreateCycleBody } from '@tansiq/api';
import { findCycle, findMemberState, insertCycle, listCycleRows, type CycleRow } from '@tansiq/db';
import { assertNoIssues, requireSecretariat } from '@tansiq/domain';
import { recordAudit } from '../../audit.ts';
import { personOf } from '../../policy.ts';
import type { ServiceContext } from '../../context.ts';
import { conflict } from '../../errors.ts';
import { requireCycle } from '../../lookups.ts';

export function listCycles(ctx: ServiceContext, page: { limit: number; offset: number }) {
  return listCycleRows(ctx.db, page);
}

/** One cycle by id or code. */
export async function getCycle(ctx: ServiceContext, idOrCode: string): Promise<CycleRow> {
  const cycle = await requireCycle(ctx.db, idOrCode);
  return cycle;
}

/** Creates a conference cycle (secretariat). */
export async function createCycle(ctx: ServiceContext, body: CreateCycleBody): Promise<CycleRow> {
  requireSecretariat(personOf(ctx.actor), 'create cycles');
  return ctx.db.transaction(async (tx) => {
    if (body.countryIso3 !== null && (await findMemberState(tx, body.countryIso3)) === undefined) {
      assertNoIssues([
        { path: ['countryIso3'], code: 'unknown_member_state', message: `No Member State ${body.countryIso3}.` },
      ]);
    }
    if ((await findCycle(tx, body.code)) !== undefined) {
      throw conflict(`A cycle with code "${body.code}" exists already.`, ['code']);
    }
    const now = ctx.clock.now();
    const row = await insertCycle(tx, { ...body, series: 'wtdc', createdAt: now, updatedAt: now });
    await recordAudit(tx, ctx, {
      action: 'cycle.create',
      entityType: 'cycle',
      entityId: row.id,
      before: null,
      after: row,
    });
    return row;
  });
}

import type { CreateEntityBody, EntitiesQuery } from '@tansiq/api';
import { findMemberState, insertEntity, listEntityRows, type EntityRow } from '@tansiq/db';
import { assertNoIssues, requireSecretariat } from '@tansiq/domain';
import { recordAudit } from '../../audit.ts';
import { personOf } from '../../policy.ts';
import type { ServiceContext } from '../../context.ts';

/** Sector Members, Associates and Academia, filtered by country and category. */
export function listEntities(ctx: ServiceContext, query: EntitiesQuery): Promise<EntityRow[]> {
  return listEntityRows(ctx.db, { countryIso3: query.country, category: query.category });
}

/** Registers a Sector Member, Associate or Academia entity (secretariat). */
export async function createEntity(ctx: ServiceContext, body: CreateEntityBody): Promise<EntityRow> {
  requireSecretariat(personOf(ctx.actor), 'register member entities');
  return ctx.db.transaction(async (tx) => {
    if ((await findMemberState(tx, body.countryIso3)) === undefined) {
      assertNoIssues([
        { path: ['countryIso3'], code: 'unknown_member_state', message: `No Member State ${body.countryIso3}.` },
      ]);
    }
    const now = ctx.clock.now();
    const row = await insertEntity(tx, { ...body, createdAt: now, updatedAt: now });
    await recordAudit(tx, ctx, {
      action: 'entity.create',
      entityType: 'entity',
      entityId: row.id,
      before: null,
      after: row,
    });
    return row;
  });
}

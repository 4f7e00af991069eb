import { notifyCacheTag, type Database, type Executor } from '@tansiq/db';
import type { ServiceContext } from '../context.ts';
import { tagOfEntity, type CacheTag, type ReadCache } from './read-cache.ts';

/*
 * How a write reaches the read caches. Every write records an audit row (`recordAudit`), which calls `noteWrite`
 * with the write's transaction and the entity type:
 * 1. at once, the caches of this process reading that database drop what depends on its tag: an answer read before
 *    is not served again;
 * 2. the tag goes into the request's `written` set; the app bumps it once more when the response leaves, after the
 *    commit, so that an answer read during the write (before the commit, stamped after step 1) is not kept either;
 * 3. `pg_notify` in the transaction: at the commit, every process listening on the database (PostgreSQL) drops its
 *    answers too, and nothing is sent for a write that rolls back.
 */

const cachesByDatabase = new WeakMap<Database, Set<ReadCache>>();
/** Tags already notified in a transaction: once per transaction and tag is enough. */
const notifiedInTransaction = new WeakMap<Executor, Set<CacheTag>>();

/** Registers `cache` as reading `db` (the app does, for its lifetime); returns the unregistration. */
export function attachReadCache(db: Database, cache: ReadCache): () => void {
  let caches = cachesByDatabase.get(db);
  if (caches === undefined) {
    caches = new Set();
    cachesByDatabase.set(db, caches);
  }
  caches.add(cache);
  return () => caches.delete(cache);
}

/** A write of `entityType` in `tx`: see the module's comment. */
export async function noteWrite(tx: Executor, ctx: ServiceContext, entityType: string): Promise<void> {
  const tag = tagOfEntity(entityType);
  for (const cache of cachesByDatabase.get(ctx.db) ?? []) {
    cache.invalidate([tag]);
  }
  ctx.written?.add(tag);
  let notified = notifiedInTransaction.get(tx);
  if (notified === undefined) {
    notified = new Set();
    notifiedInTransaction.set(tx, notified);
  }
  if (!notified.has(tag)) {
    notified.add(tag);
    await notifyCacheTag(tx, tag);
  }
}

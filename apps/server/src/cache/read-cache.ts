import { LRUCache } from 'lru-cache';

/**
 * What a cached answer depends on. Every audited write bumps the tag of its entity type (`tagOfEntity`); an answer
 * is served from the cache only while the tags it depends on are where they were when it was read.
 * - `registry`: regions, organizations, Member States, member entities (they change a few times a year);
 * - `accounts`: users, sessions and API tokens (a sign-in writes one; only answers naming a user depend on it);
 * - `data`: everything else (cycles, meetings, documents, proposals, texts, translations, votes, decisions...).
 */
export type CacheTag = 'registry' | 'accounts' | 'data';

const REGISTRY_ENTITIES = new Set(['member-state', 'organization', 'entity']);
const ACCOUNT_ENTITIES = new Set(['user', 'api-token']);

/** The tag an audited write of `entityType` bumps; an entity type not named here counts as `data`. */
export function tagOfEntity(entityType: string): CacheTag {
  if (REGISTRY_ENTITIES.has(entityType)) {
    return 'registry';
  }
  return ACCOUNT_ENTITIES.has(entityType) ? 'accounts' : 'data';
}

export const CACHE_TAGS: readonly CacheTag[] = ['registry', 'accounts', 'data'];

/** Whether a notification payload names a tag. */
export function isCacheTag(value: string): value is CacheTag {
  return (CACHE_TAGS as readonly string[]).includes(value);
}

/** One answer as it was sent: the bytes, their entity tag and the headers that describe them. */
export interface CachedAnswer {
  payload: Buffer;
  etag: string;
  headers: Record<string, string>;
  /** The tags' versions when the answer was read (`ReadCache.stamp`). */
  stamp: string;
}

/** What the cache holds and how it has served, for health and tests. */
export interface ReadCacheStats {
  entries: number;
  bytes: number;
  hits: number;
  misses: number;
  /** False while answers are neither served from nor stored in the cache (`coherent`). */
  enabled: boolean;
}

/** The default bound of the cached answers' bytes: 64 MiB. */
export const DEFAULT_CACHE_BYTES = 64 * 1024 * 1024;

/**
 * Answers of read routes kept in memory, keyed by route, query and audience, each valid while the tags it depends
 * on have not moved. A write bumps its tags: in this process at once, and in the others through the database's
 * notification (`CACHE_CHANNEL`), so no entry is ever updated, only left behind and evicted (least recently used,
 * within `maxBytes`).
 *
 * An answer is stored with the stamp read before its reads began: a write committed while it was being read
 * bumps the stamp, so that answer is not kept (`store` refuses it) and nobody reads it after the write's response.
 *
 * `coherent` is false while invalidations from other processes may be missed (a PostgreSQL listener that has not
 * yet listened, or lost its connection): the cache then neither serves nor stores, and empties itself, so that it
 * starts clean once it hears again.
 */
export class ReadCache {
  private readonly versions = new Map<CacheTag, number>();
  private readonly entries: LRUCache<string, CachedAnswer> | null;
  private epoch = 0;
  private hits = 0;
  private misses = 0;
  private coherentNow: boolean;

  constructor(options: { maxBytes?: number; coherent?: boolean } = {}) {
    const maxBytes = options.maxBytes ?? DEFAULT_CACHE_BYTES;
    this.entries =
      maxBytes > 0
        ? new LRUCache<string, CachedAnswer>({
            maxSize: maxBytes,
            // The payload dominates; the key, the tag and the headers are counted at a flat 512 bytes.
            sizeCalculation: (answer) => answer.payload.length + 512,
          })
        : null;
    this.coherentNow = options.coherent ?? true;
  }

  /** True when answers may be served from and stored in the cache. */
  get enabled(): boolean {
    return this.entries !== null && this.coherentNow;
  }

  /** The versions of `tags` now: an answer read from here on is current as long as the stamp stays the same. */
  stamp(tags: readonly CacheTag[]): string {
    let stamp = String(this.epoch);
    for (const tag of tags) {
      stamp += `.${this.versions.get(tag) ?? 0}`;
    }
    return stamp;
  }

  /** The answer stored under `key` if it is still current for `tags`. */
  lookup(key: string, tags: readonly CacheTag[]): CachedAnswer | undefined {
    if (!this.enabled) {
      return undefined;
    }
    const answer = this.entries!.get(key);
    if (answer !== undefined && answer.stamp === this.stamp(tags)) {
      this.hits += 1;
      return answer;
    }
    this.misses += 1;
    return undefined;
  }

  /** Stores an answer read under `answer.stamp`, unless a write has moved the tags since (then it is dropped). */
  store(key: string, tags: readonly CacheTag[], answer: CachedAnswer): boolean {
    if (!this.enabled || answer.stamp !== this.stamp(tags)) {
      return false;
    }
    this.entries!.set(key, answer);
    return true;
  }

  /** A write touched `tags`: every answer depending on one of them is stale from now on. */
  invalidate(tags: Iterable<CacheTag>): void {
    for (const tag of tags) {
      this.versions.set(tag, (this.versions.get(tag) ?? 0) + 1);
    }
  }

  /** Everything is stale (the listener reconnected: what was notified meanwhile is unknown). */
  flush(): void {
    this.epoch += 1;
    this.entries?.clear();
  }

  /**
   * Whether this process hears every write (see the class). Turning either way empties the cache: going off,
   * its entries may already be stale; coming back, nothing stored while deaf may be trusted.
   */
  set coherent(value: boolean) {
    if (value !== this.coherentNow) {
      this.coherentNow = value;
      this.flush();
    }
  }

  get coherent(): boolean {
    return this.coherentNow;
  }

  stats(): ReadCacheStats {
    return {
      entries: this.entries?.size ?? 0,
      bytes: this.entries?.calculatedSize ?? 0,
      hits: this.hits,
      misses: this.misses,
      enabled: this.enabled,
    };
  }
}

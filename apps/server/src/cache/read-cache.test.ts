import { describe, expect, it } from 'vitest';
import { ReadCache, isCacheTag, tagOfEntity, type CachedAnswer } from './read-cache.ts';

const answer = (stamp: string, bytes = 10): CachedAnswer => ({
  payload: Buffer.alloc(bytes, 'x'),
  etag: '"e"',
  headers: {},
  stamp,
});

describe('ReadCache', () => {
  it('serves an answer while its tags stay where they were, and not after a write of one of them', () => {
    const cache = new ReadCache();
    cache.store('k', ['registry', 'data'], answer(cache.stamp(['registry', 'data'])));
    expect(cache.lookup('k', ['registry', 'data'])).toBeDefined();
    cache.invalidate(['accounts']);
    expect(cache.lookup('k', ['registry', 'data'])).toBeDefined();
    cache.invalidate(['data']);
    expect(cache.lookup('k', ['registry', 'data'])).toBeUndefined();
  });

  it('refuses an answer read before a write that moved its tags', () => {
    const cache = new ReadCache();
    const stamp = cache.stamp(['registry']);
    cache.invalidate(['registry']);
    expect(cache.store('k', ['registry'], answer(stamp))).toBe(false);
    expect(cache.lookup('k', ['registry'])).toBeUndefined();
  });

  it('forgets everything at a flush, and while it is not coherent serves and keeps nothing', () => {
    const cache = new ReadCache();
    cache.store('k', ['data'], answer(cache.stamp(['data'])));
    cache.flush();
    expect(cache.lookup('k', ['data'])).toBeUndefined();
    cache.coherent = false;
    expect(cache.store('k', ['data'], answer(cache.stamp(['data'])))).toBe(false);
    expect(cache.stats()).toMatchObject({ entries: 0, enabled: false });
    cache.coherent = true;
    expect(cache.store('k', ['data'], answer(cache.stamp(['data'])))).toBe(true);
  });

  it('holds no more than its bound, evicting the least recently used', () => {
    const cache = new ReadCache({ maxBytes: 3 * (1000 + 512) });
    for (const key of ['a', 'b', 'c']) {
      cache.store(key, ['data'], answer(cache.stamp(['data']), 1000));
    }
    cache.lookup('a', ['data']);
    cache.store('d', ['data'], answer(cache.stamp(['data']), 1000));
    expect(cache.lookup('b', ['data'])).toBeUndefined();
    expect(cache.lookup('a', ['data'])).toBeDefined();
    expect(cache.stats().bytes).toBeLessThanOrEqual(3 * 1512);
  });

  it('is off with a bound of 0', () => {
    const cache = new ReadCache({ maxBytes: 0 });
    expect(cache.store('k', ['data'], answer(cache.stamp(['data'])))).toBe(false);
    expect(cache.stats().enabled).toBe(false);
  });

  it('tags the registry, the accounts, and everything else as data', () => {
    expect(tagOfEntity('member-state')).toBe('registry');
    expect(tagOfEntity('entity')).toBe('registry');
    expect(tagOfEntity('user')).toBe('accounts');
    expect(tagOfEntity('document')).toBe('data');
    expect(tagOfEntity('some-future-entity')).toBe('data');
    expect(isCacheTag('data')).toBe(true);
    expect(isCacheTag('nonsense')).toBe(false);
  });
});

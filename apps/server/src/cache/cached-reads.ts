import { createHash } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fresh from 'fresh';
import type { Actor } from '../actor.ts';
import type { CachedAnswer, CacheTag, ReadCache } from './read-cache.ts';

/** How a read route's answers are cached: what they depend on, and whether they are the same for everybody. */
export interface CachePolicy {
  tags: readonly CacheTag[];
  /**
   * True when the answer is the same whoever asks (the registry): one entry for all. Otherwise each audience
   * (`audienceOf`) has its own, since what a reader may see depends on who they are.
   */
  shared?: boolean;
}

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Set on a read route whose answers are served from the read cache with an entity tag (`cachedReads`). */
    cache?: CachePolicy;
  }
  interface FastifyRequest {
    /** A cached route's answer being read: where it goes in the cache and the tags' stamp before its reads. */
    cacheFill: { key: string; stamp: string; policy: CachePolicy; done: () => void } | null;
  }
}

/** The longest a reader waits for another's read of the same answer before reading it itself. */
const FILL_WAIT_MS = 10_000;

/** The headers that describe an answer's bytes, kept with them. */
const DESCRIBING_HEADERS = ['content-type', 'content-disposition', 'content-security-policy'] as const;

/**
 * Who sees the same answers: everything the document policies (`canReadDocument`) and the other read policies
 * look at (the role, the Member State, the organization, the entity), never the person, so that the delegates of
 * one administration share their entries.
 */
export function audienceOf(actor: Actor): string {
  switch (actor.kind) {
    case 'anonymous':
      return 'anonymous';
    case 'system':
      return 'operator';
    case 'user':
      return `user:${actor.role}:${actor.memberStateIso3 ?? ''}:${actor.organizationCode ?? ''}:${actor.entityId ?? ''}`;
  }
}

/** A strong entity tag of the bytes: the same in every process, so a proxy may send a client to any of them. */
function entityTag(payload: Buffer): string {
  return `"${createHash('sha1').update(payload).digest('base64url')}"`;
}

function describe(reply: FastifyReply, answer: Pick<CachedAnswer, 'etag'>, policy: CachePolicy): void {
  reply.header('etag', answer.etag);
  // Stored by browsers, asked again each time with If-None-Match; an answer for one audience is never kept by a
  // shared proxy, and varies with the credentials.
  if (policy.shared === true) {
    reply.header('cache-control', 'no-cache');
  } else {
    reply.header('cache-control', 'private, no-cache');
    reply.header('vary', 'cookie, authorization');
  }
}

/** Not modified: the client's copy (If-None-Match) is the current one. */
function notModified(request: FastifyRequest, etag: string): boolean {
  return fresh(request.headers, { etag });
}

/**
 * Serves the read routes that have a `cache` policy from `cache`, and answers their conditional requests:
 * - on request (after the actor is known): a current entry is sent as it is, or `304` when the client holds it,
 *   without reading the database, validating or serialising;
 * - on send: a `200` answer read for a miss gets its entity tag and is stored, unless a write moved its tags while
 *   it was read; and the cache tags the request's writes touched are bumped again, after their commit.
 * GET only (a HEAD is answered by the route as before).
 */
export function cachedReads(app: FastifyInstance, cache: ReadCache): void {
  /** The answers being read now, by key, with the stamp they are read under. */
  const fills = new Map<string, { stamp: string; promise: Promise<void> }>();
  app.decorateRequest('cacheFill', null);
  // A read that ends without a reply (the client went away) lets its waiters read for themselves.
  const release = async (request: FastifyRequest) => {
    request.cacheFill?.done();
    request.cacheFill = null;
  };
  app.addHook('onResponse', release);
  app.addHook('onRequestAbort', release);
  app.addHook('onRequest', async (request, reply) => {
    const policy = request.routeOptions.config.cache;
    if (policy === undefined || request.method !== 'GET') {
      return;
    }
    const key = `${policy.shared === true ? 'shared' : audienceOf(request.ctx.actor)} ${request.url}`;
    let answer = cache.lookup(key, policy.tags);
    if (answer === undefined) {
      const stamp = cache.stamp(policy.tags);
      // Readers who ask while the same answer is being read wait for it rather than read it too: after a write, a
      // crowd opening one page costs one read, not one per reader.
      const pending = fills.get(key);
      if (pending !== undefined && pending.stamp === stamp) {
        await Promise.race([pending.promise, new Promise((resolve) => setTimeout(resolve, FILL_WAIT_MS).unref())]);
        answer = cache.lookup(key, policy.tags);
      }
    }
    if (answer === undefined) {
      const stamp = cache.stamp(policy.tags);
      let done!: () => void;
      const promise = new Promise<void>((resolve) => (done = resolve));
      const fill = { stamp, promise };
      fills.set(key, fill);
      request.cacheFill = {
        key,
        stamp,
        policy,
        done: () => {
          if (fills.get(key) === fill) {
            fills.delete(key);
          }
          done();
        },
      };
      return;
    }
    describe(reply, answer, policy);
    if (notModified(request, answer.etag)) {
      return reply.code(304).send();
    }
    reply.headers(answer.headers);
    return reply.send(answer.payload);
  });
  app.addHook('onSend', async (request, reply, payload) => {
    const written = request.ctx.written;
    if (written !== undefined && written.size > 0) {
      cache.invalidate(written);
    }
    const fill = request.cacheFill;
    if (fill === null) {
      return payload;
    }
    request.cacheFill = null;
    if (reply.statusCode !== 200 || !(typeof payload === 'string' || Buffer.isBuffer(payload))) {
      fill.done();
      return payload;
    }
    const headers: Record<string, string> = {};
    for (const name of DESCRIBING_HEADERS) {
      const value = reply.getHeader(name);
      if (typeof value === 'string') {
        headers[name] = value;
      }
    }
    // Kept as bytes: a hit then sends them as they are, with no encoding of a string at each answer.
    const bytes = typeof payload === 'string' ? Buffer.from(payload) : payload;
    const answer: CachedAnswer = { payload: bytes, etag: entityTag(bytes), headers, stamp: fill.stamp };
    cache.store(fill.key, fill.policy.tags, answer);
    fill.done();
    describe(reply, answer, fill.policy);
    if (notModified(request, answer.etag)) {
      reply.code(304);
      reply.removeHeader('content-type');
      reply.removeHeader('content-disposition');
      return null;
    }
    return bytes;
  });
}

/** The registry's lists: the same for everybody, stale only when the registry changes. */
export const REGISTRY_READ: CachePolicy = { tags: ['registry'], shared: true };

/**
 * A meeting's or the library's records as one audience may read them (documents, proposals, texts, compilations):
 * stale at any write but of accounts.
 */
export const RECORDS_READ: CachePolicy = { tags: ['registry', 'data'] };

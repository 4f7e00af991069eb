import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import { Clock as ClockSchema, Health, one } from '@tansiq/api';
import type { Database } from '@tansiq/db';
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import { jsonSchemaTransform, serializerCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import type { z } from 'zod';
import { anonymous } from './actor.ts';
import { cachedReads } from './cache/cached-reads.ts';
import { ReadCache } from './cache/read-cache.ts';
import { attachReadCache } from './cache/writes.ts';
import type { Clock } from './clock.ts';
import { DEFAULT_FILE_LIMIT } from './config.ts';
import type { ServiceContext } from './context.ts';
import { cycleRoutes } from './modules/cycles/cycle.routes.ts';
import { deadlineRuleRoutes } from './modules/deadline-rules/deadline-rule.routes.ts';
import { meetingRoutes } from './modules/meetings/meeting.routes.ts';
import { registryRoutes } from './modules/registry/registry.routes.ts';
import { RequestValidationError, registerErrorHandling, requestIssues } from './plugins/errors.plugin.ts';
import { refuseNulCharacters, refuseUndecodedBodies } from './plugins/request-guards.ts';
import { NO_AUTH, resolveActor, type RequestAuth } from './plugins/authenticate.ts';
import { contentSecurityPolicy } from './plugins/security.ts';
import { openApiTransformObject } from './openapi.ts';
import { accountRoutes, type AccountRouteOptions } from './modules/accounts/account.routes.ts';
import { userRoutes } from './modules/accounts/user.routes.ts';
import { auditRoutes } from './modules/audit/audit.routes.ts';
import { corrigendumRoutes } from './modules/library/corrigendum.routes.ts';
import { libraryRoutes } from './modules/library/library.routes.ts';
import { libraryFileRoutes } from './modules/library/library-file.routes.ts';
import { contributionRoutes } from './modules/contributions/contribution.routes.ts';
import { documentRoutes } from './modules/contributions/document.routes.ts';
import { translationRoutes } from './modules/translations/translation.routes.ts';
import { documentFileRoutes } from './modules/contributions/document-file.routes.ts';
import { contributionSettingsRoutes } from './modules/contributions/contribution-settings.routes.ts';
import { synopticRoutes } from './modules/synoptic/synoptic.routes.ts';
import { consolidationRoutes } from './modules/consolidation/consolidation.routes.ts';
import { compilationRoutes } from './modules/compilation/compilation.routes.ts';
import { delegationRoutes } from './modules/delegations/delegation.routes.ts';
import { agendaRoutes } from './modules/agenda/agenda.routes.ts';
import { officerRoutes } from './modules/officers/officer.routes.ts';
import { LiveHub, type LiveHubOptions } from './live/live-hub.ts';
import { liveRoutes } from './live/live.routes.ts';
import { decisionRoutes } from './modules/decisions/decision.routes.ts';
import { voteRoutes } from './modules/votes/vote.routes.ts';
import fastifyCookie from '@fastify/cookie';
import helmet from 'helmet';
import fastifyRateLimit from '@fastify/rate-limit';
import { DomainError } from '@tansiq/domain';

declare module 'fastify' {
  interface FastifyRequest {
    /** The service context of this request: database, clock, actor, request id. */
    ctx: ServiceContext;
  }
  interface FastifyInstance {
    /** The live streams of meetings (apps/server/src/live/). */
    live: LiveHub;
    /** The answers of read routes kept until a write makes them stale (apps/server/src/cache/). */
    readCache: ReadCache;
    /** Every route as registered, with its schemas: what the tests sweep (every route, every field). */
    routeTable: readonly RouteEntry[];
  }
}

export interface AppOptions {
  db: Database;
  clock: Clock;
  /** Sessions, sign-in rate limit and cookies; defaults suit production. */
  accounts?: Partial<AccountRouteOptions>;
  /** Directory of the built web app to serve at `/`; none in API-only tests. */
  webDist?: string | null;
  bodyLimit?: number;
  /** The largest file taken as a raw body (language versions, texts to import); default 10 MiB. */
  fileLimit?: number;
  logger?: FastifyServerOptions['logger'];
  /** Poll, heartbeat and backpressure of the live streams; defaults suit production. */
  live?: Partial<LiveHubOptions>;
  /** The read cache's bound in bytes (default 64 MiB; 0 turns it off: every read goes to the database). */
  cacheBytes?: number;
}

/** One route of the app: its method(s), its URL pattern and the zod schemas of its parts. */
export interface RouteEntry {
  method: string | string[];
  url: string;
  schema: { body?: unknown; querystring?: unknown; params?: unknown; hide?: boolean } | undefined;
}

/** Production defaults of the account settings (the server's configuration overrides them). */
export const DEFAULT_ACCOUNT_OPTIONS: AccountRouteOptions = {
  sessionHours: 12,
  signInMax: 10,
  signInWindowSeconds: 60,
  secureCookies: true,
};

const PART_PREFIX: Record<string, string | undefined> = { querystring: 'query', params: 'params', headers: 'headers' };

/** Builds the HTTP application (not listening): the API under /api, the web app at /. */
export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: options.logger ?? false,
    bodyLimit: options.bodyLimit ?? 1_048_576,
    genReqId: () => randomUUID(),
  }).withTypeProvider<ZodTypeProvider>();
  const routeTable: RouteEntry[] = [];
  app.decorate('routeTable', routeTable);
  app.addHook('onRoute', (route) => {
    routeTable.push({ method: route.method, url: route.url, schema: route.schema });
  });

  // Our own validator keeps zod's issue paths as arrays (body paths as zod gives them; query and params
  // prefixed with where they came from), so the error lists every issue with its path.
  app.setValidatorCompiler(({ schema, httpPart }) => (data) => {
    // The input goes with each issue so that an empty value can be told apart (`requestIssues`); never answered.
    const result = (schema as z.ZodType).safeParse(data, { reportInput: true });
    if (result.success) {
      return { value: result.data };
    }
    const prefix = httpPart === undefined ? undefined : PART_PREFIX[httpPart];
    return { error: new RequestValidationError(requestIssues(result.error.issues, prefix)) };
  });
  app.setSerializerCompiler(serializerCompiler);
  const webDist = options.webDist && existsSync(path.join(options.webDist, 'index.html')) ? options.webDist : null;
  registerErrorHandling(app, { spaFallback: webDist !== null });

  await app.register(fastifyCookie);
  // Helmet's headers, its middleware built once (the Fastify plugin builds it anew for every request).
  const secureHeaders = helmet({
    contentSecurityPolicy: { directives: contentSecurityPolicy(webDist) },
    // Pages and API answers are for this origin only.
    crossOriginResourcePolicy: { policy: 'same-origin' },
  });
  app.addHook('onRequest', (request, reply, done) => {
    secureHeaders(request.raw, reply.raw, (error?: unknown) => done(error instanceof Error ? error : undefined));
  });
  await app.register(fastifyRateLimit, {
    global: false,
    errorResponseBuilder: (request, context) =>
      new DomainError('rate_limited', `Too many attempts: try again in ${Math.ceil(context.ttl / 1000)} s.`),
  });

  // Answers of read routes kept until a write (of any process) makes them stale (apps/server/src/cache/). With a
  // PostgreSQL listener, other processes' writes are heard through it: the cache waits until it listens.
  const cache = new ReadCache({ maxBytes: options.cacheBytes, coherent: options.live?.listen === undefined });
  const detachCache = attachReadCache(options.db, cache);
  app.addHook('onClose', async () => detachCache());
  app.decorate('readCache', cache);
  const live = new LiveHub(options.db, { log: app.log, cache, ...options.live });
  app.decorate('live', live);
  // Before the server stops accepting: an open stream would otherwise hold its close forever.
  app.addHook('preClose', async () => live.close());
  app.decorateRequest('ctx', null as unknown as ServiceContext);
  app.decorateRequest('auth', null as unknown as RequestAuth);
  app.addHook('onRequest', async (request) => {
    request.ctx = {
      db: options.db,
      clock: options.clock,
      actor: anonymous,
      requestId: request.id,
      live,
      written: new Set(),
    };
    request.auth = NO_AUTH;
    if (request.url.startsWith('/api/')) {
      const { actor, auth } = await resolveActor(options.db, options.clock, request);
      request.ctx.actor = actor;
      request.auth = auth;
    }
  });
  cachedReads(app, cache);
  app.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });
  refuseUndecodedBodies(app);
  refuseNulCharacters(app);

  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Tansiq API',
        version: '1',
        description:
          'Prepare and run ITU-style conferences. Errors answer `{ "error": { "code", "message", "issues"?, "requestId" } }`; ' +
          'issue paths are arrays: body fields as given, query and path parameters prefixed with `query` or `params`.',
      },
      tags: [
        { name: 'system', description: 'Health and clock' },
        { name: 'registry', description: 'Regions, organizations, Member States' },
        { name: 'cycles', description: 'Conference cycles' },
        { name: 'meetings', description: 'Meetings and their deadlines' },
        { name: 'accounts', description: 'Sign-in, users, API tokens' },
        { name: 'audit', description: 'The audit trail' },
        { name: 'contributions', description: 'Contributions, proposals and regional common proposals' },
        { name: 'translations', description: "Documents' language versions: the queue, proposals translated, status" },
        { name: 'texts', description: 'Resolutions and other instruments, their versions and provisions' },
        {
          name: 'synoptic',
          description: 'Synoptic compilation of proposals and divergence between sources and regions',
        },
        { name: 'consolidation', description: 'Consolidation drafts of a drafting group and their adoption' },
        { name: 'delegations', description: 'Delegations to a meeting, their presence and proxies' },
        { name: 'agenda', description: 'Agenda items of a meeting and their documents' },
        { name: 'officers', description: 'Officer posts of a meeting, nominations and the slate check' },
        { name: 'live', description: "A meeting's live stream of votes and decisions (Server-Sent Events)" },
        { name: 'votes', description: 'Votes of a meeting: secret ballots, roll-calls, shows of hands, results' },
        {
          name: 'decisions',
          description: "Agenda items' decisions log: by consensus or by vote, reservations and declarations",
        },
      ],
    },
    transform: jsonSchemaTransform,
    // The schemas named with `.meta({ id })` as components, so that every `$ref` resolves.
    transformObject: openApiTransformObject,
  });
  await app.register(fastifySwaggerUi, {
    routePrefix: '/api/docs',
    staticCSP: true,
    // The page is served over plain http on a developer's machine: no forced upgrade to https.
    transformStaticCSP: (header) => header.replace(/\s*upgrade-insecure-requests;?/, ''),
  });

  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());

  app.get('/api/health', { schema: { tags: ['system'], summary: 'Liveness', response: { 200: Health } } }, async () => {
    const { listening } = live.listenerState();
    return { status: 'ok' as const, ...(listening === null ? {} : { live: { listening } }) };
  });
  app.get(
    '/api/v1/clock',
    {
      schema: {
        tags: ['system'],
        summary: "The server's clock (shifted in the demo)",
        response: { 200: one(ClockSchema) },
      },
    },
    async (request) => ({ data: { now: request.ctx.clock.now().toISOString(), shifted: request.ctx.clock.shifted } }),
  );

  await app.register(
    async (api) => {
      await api.register(registryRoutes);
      await api.register(cycleRoutes);
      await api.register(meetingRoutes);
      await api.register(deadlineRuleRoutes);
      await api.register(accountRoutes, { ...DEFAULT_ACCOUNT_OPTIONS, ...options.accounts });
      await api.register(userRoutes);
      await api.register(auditRoutes);
      await api.register(libraryRoutes);
      await api.register(corrigendumRoutes);
      await api.register(libraryFileRoutes, { fileLimit: options.fileLimit ?? DEFAULT_FILE_LIMIT });
      await api.register(contributionRoutes);
      await api.register(documentRoutes);
      await api.register(documentFileRoutes, { fileLimit: options.fileLimit ?? DEFAULT_FILE_LIMIT });
      await api.register(contributionSettingsRoutes);
      await api.register(translationRoutes);
      await api.register(synopticRoutes);
      await api.register(consolidationRoutes);
      await api.register(compilationRoutes);
      await api.register(delegationRoutes);
      await api.register(agendaRoutes);
      await api.register(officerRoutes);
      await api.register(liveRoutes, { hub: live });
      await api.register(decisionRoutes);
      await api.register(voteRoutes);
    },
    { prefix: '/api/v1' },
  );

  if (webDist !== null) {
    await app.register(fastifyStatic, { root: webDist, wildcard: false, index: ['index.html'] });
  }
  return app;
}

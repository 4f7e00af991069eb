import type { FastifyInstance } from 'fastify';
import { systemActor } from './actor.ts';
import { buildApp } from './app.ts';
import type { Config } from './config.ts';
import type { ServiceContext } from './context.ts';
import { declineDemo, demoDecided, demoLoaded, loadDemo } from './demo/load-demo.ts';
import { openRuntime, type Runtime } from './runtime.ts';
import { ensureWebBuilt } from './web-build.ts';

/** A running server and how to stop it. */
export interface RunningServer {
  app: FastifyInstance;
  runtime: Runtime;
  url: string;
  /** True when this installation holds the demo and its accounts (start-up shows their password). */
  demoAccounts: boolean;
  stop(): Promise<void>;
}

/** The operator's context: the product acting at the console (start-up, CLI data commands). */
export function operatorContext(runtime: Runtime, name: string): ServiceContext {
  return { db: runtime.handle.db, clock: runtime.clock, actor: systemActor(name), requestId: null };
}

/** How to start beyond the configuration. */
export interface StartOptions {
  /** False serves the API only: no web build, no static files (tests). Default true. */
  webApp?: boolean;
  /**
   * The one-time work is done already (`prepareInstallation`, by the cluster's primary before it forks): this
   * process only opens its pool, reads the clock and listens, serving the web app built at `webDist`.
   */
  prepared?: PreparedInstallation;
}

/** What the one-time work of a start leaves for the processes that serve. */
export interface PreparedInstallation {
  /** The built web app, or null when serving the API only. */
  webDist: string | null;
  /** True when the installation holds the demo and its accounts. */
  demoAccounts: boolean;
}

/**
 * The one-time work of a start, after `openRuntime` migrated and synced the reference data: builds the web app if
 * stale (`ensureWebBuilt`: one build at a time, never half read) and loads the demo into a new installation when
 * the configuration says so, under the start-up lock, so that of several processes starting together on one
 * new PostgreSQL database one loads it and the others find it decided.
 */
export async function prepareInstallation(
  runtime: Runtime,
  config: Config,
  log: (message: string) => void,
  options: { webApp?: boolean } = {},
): Promise<PreparedInstallation> {
  const webDist = options.webApp === false ? null : await ensureWebBuilt(log);
  const ctx = operatorContext(runtime, 'tansiq serve');
  const demoAccounts = await runtime.exclusive(async () => {
    const decided = await demoDecided(ctx);
    if (config.demo === 'always' || (config.demo === 'auto' && !config.production && !decided)) {
      const result = await loadDemo(ctx);
      log(`WTDC-17 demo loaded (${result.created} records created, ${result.existing} already there).`);
    } else if (!decided) {
      await declineDemo(ctx);
    }
    return demoLoaded(ctx);
  });
  return { webDist, demoAccounts };
}

/**
 * Starts the product: opens the installation (lock, migrations, reference data), builds the web app if
 * missing, loads the demo into a new installation when the configuration says so, then listens. With
 * `options.prepared` (a cluster's worker) only the last: open, read the clock, listen.
 */
export async function startServer(
  config: Config,
  log: (message: string) => void,
  options: StartOptions = {},
): Promise<RunningServer> {
  const runtime = await openRuntime(config, 'tansiq serve', { setup: options.prepared === undefined });
  try {
    const { webDist, demoAccounts } =
      options.prepared ?? (await prepareInstallation(runtime, config, log, { webApp: options.webApp }));
    const app = await buildApp({
      db: runtime.handle.db,
      clock: runtime.clock,
      webDist,
      bodyLimit: config.bodyLimit,
      fileLimit: config.fileLimit,
      logger: { level: config.logLevel },
      live: { listen: runtime.handle.listenLive },
      accounts: {
        sessionHours: config.sessionHours,
        signInMax: config.signInMax,
        signInWindowSeconds: config.signInWindowSeconds,
        secureCookies: config.secureCookies,
      },
    });
    await app.listen({ port: config.port, host: config.host });
    const address = app.server.address();
    const port = typeof address === 'object' && address !== null ? address.port : config.port;
    const url = `http://${config.host.includes(':') ? `[${config.host}]` : config.host}:${port}`;
    return {
      app,
      runtime,
      url,
      demoAccounts,
      stop: async () => {
        await app.close();
        await runtime.close();
      },
    };
  } catch (error) {
    await runtime.close();
    throw error;
  }
}

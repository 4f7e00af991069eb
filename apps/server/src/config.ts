import path from 'node:path';
import { DomainError } from '@tansiq/domain';

/** Whether to load the WTDC-17 demo: `auto` loads it into a new installation outside production. */
export type DemoMode = 'auto' | 'always' | 'never';

/** Everything the server and the CLI read from the environment, checked once. */
export interface Config {
  port: number;
  /** Server processes sharing the port (`tansiq serve --workers N`, env TANSIQ_WORKERS); more than 1 needs PostgreSQL. */
  workers: number;
  host: string;
  /** PostgreSQL when set; otherwise the embedded database under `dataDir`. */
  databaseUrl: string | null;
  dataDir: string;
  production: boolean;
  demo: DemoMode;
  /** A new installation's clock: where the shifted demo clock starts, or null for the real clock (`installationClock`). */
  clockStart: Date | null;
  bodyLimit: number;
  /** The largest file taken as a raw body (a document's language version, a text to import), in bytes. */
  fileLimit: number;
  logLevel: string;
  /** How long a sign-in lasts. */
  sessionHours: number;
  /** Sign-in attempts allowed per client address in each window. */
  signInMax: number;
  signInWindowSeconds: number;
  /** Mark the session cookie Secure (browsers keep Secure cookies over http only on loopback). */
  secureCookies: boolean;
}

/** The default of `TANSIQ_FILE_LIMIT`: 10 MiB, the guarded .docx reader's own limit. */
export const DEFAULT_FILE_LIMIT = 10 * 1024 * 1024;

/** The instant the demo clock starts: 1 Sep 2017, so that WTDC-17's deadlines lie ahead. */
export const DEMO_CLOCK_START = '2017-09-01T00:00:00Z';

function problem(name: string, message: string): DomainError {
  return new DomainError('invalid_configuration', `${name}: ${message}`, [
    { path: [name], code: 'invalid_configuration', message },
  ]);
}

function positiveInteger(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') {
    return fallback;
  }
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1) {
    throw problem(name, `a whole number of at least 1, not "${raw}"`);
  }
  return value;
}

/** Reads and checks the configuration; throws `invalid_configuration` naming the variable. */
export function readConfig(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): Config {
  const production = env.NODE_ENV === 'production';
  const port = Number(env.PORT ?? 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw problem('PORT', `not a port number: "${env.PORT}"`);
  }
  const demoValue = env.TANSIQ_DEMO ?? 'auto';
  const demo: DemoMode | undefined = (
    { auto: 'auto', '1': 'always', true: 'always', '0': 'never', false: 'never' } as Record<string, DemoMode>
  )[demoValue];
  if (demo === undefined) {
    throw problem('TANSIQ_DEMO', `expected auto, 1 or 0, not "${demoValue}"`);
  }
  const demoActive = demo === 'always' || (demo === 'auto' && !production);
  const clockValue = env.TANSIQ_CLOCK_START ?? (demoActive ? DEMO_CLOCK_START : '');
  let clockStart: Date | null = null;
  if (clockValue !== '' && clockValue !== 'real') {
    clockStart = new Date(clockValue);
    if (Number.isNaN(clockStart.getTime())) {
      throw problem('TANSIQ_CLOCK_START', `not an instant (e.g. 2017-09-01T00:00:00Z): "${clockValue}"`);
    }
  }
  const bodyLimit = Number(env.TANSIQ_BODY_LIMIT ?? 1_048_576);
  if (!Number.isInteger(bodyLimit) || bodyLimit < 1024) {
    throw problem('TANSIQ_BODY_LIMIT', 'a whole number of bytes, at least 1024');
  }
  const fileLimit = positiveInteger(env, 'TANSIQ_FILE_LIMIT', DEFAULT_FILE_LIMIT);
  const sessionHours = positiveInteger(env, 'TANSIQ_SESSION_HOURS', 12);
  const signInMax = positiveInteger(env, 'TANSIQ_SIGNIN_MAX', 10);
  const signInWindowSeconds = positiveInteger(env, 'TANSIQ_SIGNIN_WINDOW_SECONDS', 60);
  return {
    port,
    workers: positiveInteger(env, 'TANSIQ_WORKERS', 1),
    host: env.HOST ?? '127.0.0.1',
    databaseUrl: env.DATABASE_URL && env.DATABASE_URL !== '' ? env.DATABASE_URL : null,
    dataDir: path.resolve(cwd, env.TANSIQ_DATA_DIR ?? 'data'),
    production,
    demo,
    clockStart,
    bodyLimit,
    fileLimit,
    logLevel: env.LOG_LEVEL ?? 'info',
    sessionHours,
    signInMax,
    signInWindowSeconds,
    secureCookies: env.TANSIQ_INSECURE_COOKIES !== '1',
  };
}

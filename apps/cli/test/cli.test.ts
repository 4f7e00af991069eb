import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Session } from '@tansiq/api';
import { buildApp, openRuntime, readConfig, startServer } from '@tansiq/server';
import type { FastifyInstance } from 'fastify';
import { afterEach, describe, expect, it } from 'vitest';
import { run, type Io } from '../src/program.ts';

// Each test opens a real embedded database on disk: seconds, not milliseconds.
const SLOW = 60_000;
// The WTDC-size meeting is some 1,300 writes through the services: 45 to 50 s on the shared machine under load.
const SCALE = 120_000;

const directories: string[] = [];

afterEach(() => {
  for (const dir of directories.splice(0)) {
    rmSync(dir, { recursive: true, force: true });
  }
});

function freshDataDir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'tansiq-cli-'));
  directories.push(dir);
  return dir;
}

/** What a person at the console would see, with an environment of the test's own (NODE_ENV unset). */
function capture(env: NodeJS.ProcessEnv = {}, stdin = '') {
  const out: string[] = [];
  const err: string[] = [];
  const io: Io = { out: (text) => out.push(text), err: (text) => err.push(text), env, readStdin: async () => stdin };
  return { io, stdout: () => out.join(''), stderr: () => err.join('') };
}

async function tansiq(argv: string[], env?: NodeJS.ProcessEnv, stdin?: string) {
  const c = capture(env, stdin);
  const code = await run(argv, c.io);
  return { code, stdout: c.stdout(), stderr: c.stderr() };
}

/** Opens the installation in `dataDir` as the server does (after the CLI released it) and runs `use` on its API. */
async function withApp<T>(dataDir: string, use: (app: FastifyInstance) => Promise<T>): Promise<T> {
  const runtime = await openRuntime(readConfig({ TANSIQ_DATA_DIR: dataDir }), 'cli test');
  try {
    const app = await buildApp({ db: runtime.handle.db, clock: runtime.clock, webDist: null });
    try {
      return await use(app);
    } finally {
      await app.close();
    }
  } finally {
    await runtime.close();
  }
}

/** Signs in on `app`: the answer's status, and the session with the headers of a write when it succeeded. */
async function signIn(app: FastifyInstance, email: string, password: string) {
  const response = await app.inject({ method: 'POST', url: '/api/v1/session', payload: { email, password } });
  if (response.statusCode !== 200) {
    return { status: response.statusCode, session: null, headers: {} };
  }
  const session = response.json<{ data: Session }>().data;
  const cookie = response.cookies.find((candidate) => candidate.name === 'tansiq_session')!.value;
  return {
    status: 200,
    session,
    headers: { cookie: `tansiq_session=${cookie}`, 'x-csrf-token': session.csrfToken },
  };
}

describe('tansiq', () => {
  it('prints its usage, and refuses an unknown command or a bad port with exit code 2', async () => {
    const help = await tansiq(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/Usage: tansiq/);
    for (const command of ['serve', 'db', 'demo', 'user']) {
      expect(help.stdout).toMatch(new RegExp(`^\\s+${command}\\b`, 'm'));
    }
    expect(help.stderr).toBe('');

    const unknown = await tansiq(['frobnicate']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/unknown command 'frobnicate'/);
    expect(unknown.stdout).toBe('');

    for (const value of ['http', '70000', '-1', '80.5']) {
      const badPort = await tansiq(['serve', '--port', value]);
      expect(badPort.code, value).toBe(2);
      expect(badPort.stderr, value).toMatch(/port/);
      expect(badPort.stderr, value).toMatch(/a port number from 0 to 65535/);
    }
  });

  it(
    'migrates a new data directory, and loads the demo once: the second load creates nothing',
    async () => {
      const dataDir = freshDataDir();
      const env = { TANSIQ_DATA_DIR: dataDir };

      const migrate = await tansiq(['db', 'migrate'], env);
      expect(migrate.stderr).toBe('');
      expect(migrate.code).toBe(0);
      expect(migrate.stdout).toContain(`Database is up to date (embedded database in ${dataDir})`);

      const first = await tansiq(['demo', 'load'], env);
      expect(first.stderr).toBe('');
      expect(first.code).toBe(0);
      expect(first.stdout).toMatch(/WTDC-17 demo: 95 records created, 0 already there/);

      const second = await tansiq(['demo', 'load'], env);
      expect(second.code).toBe(0);
      expect(second.stdout).toMatch(/WTDC-17 demo: 0 records created, 95 already there/);
    },
    SLOW,
  );

  it(
    'demo load --scale wtdc loads a WTDC-size meeting beside the demo once, and refuses a size it does not know',
    async () => {
      const dataDir = freshDataDir();
      const env = { TANSIQ_DATA_DIR: dataDir };

      const huge = await tansiq(['demo', 'load', '--scale', 'huge'], env);
      expect(huge.code).toBe(2);
      expect(huge.stdout).toBe('');
      expect(huge.stderr).toMatch(/option '--scale <size>' argument 'huge' is invalid\. Allowed choices are wtdc\./);

      const first = await tansiq(['demo', 'load', '--scale', 'wtdc'], env);
      expect(first.stderr).toBe('');
      expect(first.code).toBe(0);
      expect(first.stdout).toMatch(/WTDC-17 demo: 95 records created, 0 already there/);
      expect(first.stdout).toContain(
        'WTDC-size meeting wtdc-scale: 532 records created (1 cycle, 1 meeting, 80 instruments, 450 documents: 274 ' +
          'contributions with 300 proposals, 30 of them published, and 176 secretariat documents), 0 already there.',
      );

      const second = await tansiq(['demo', 'load', '--scale', 'wtdc'], env);
      expect(second.code).toBe(0);
      expect(second.stdout).toMatch(/WTDC-17 demo: 0 records created, 95 already there/);
      expect(second.stdout).toMatch(/WTDC-size meeting wtdc-scale: 0 records created \(.*\), 532 already there\./);

      await withApp(dataDir, async (app) => {
        const documents = await app.inject({ method: 'GET', url: '/api/v1/contributions?meeting=wtdc-scale' });
        expect(documents.statusCode, documents.body).toBe(200);
        const list = documents.json<{ data: { series: string; status: string; proposalCount: number }[] }>().data;
        expect(list).toHaveLength(450);
        expect(list.filter((document) => document.series === 'Doc')).toHaveLength(274);
        expect(list.reduce((sum, document) => sum + document.proposalCount, 0)).toBe(300);
        const instruments = await app.inject({ method: 'GET', url: '/api/v1/instruments?q=Generated' });
        expect(instruments.json<{ data: unknown[] }>().data).toHaveLength(80);
        // The WTDC-17 demo is untouched beside it: its five submitted documents (the Arab draft is not shown).
        const demo = await app.inject({ method: 'GET', url: '/api/v1/contributions?meeting=wtdc-17' });
        expect(demo.json<{ data: unknown[] }>().data).toHaveLength(5);
      });
    },
    SCALE,
  );

  it(
    'refuses to open a data directory that a running server holds, naming it and the holder, and leaves the server be',
    async () => {
      const dataDir = freshDataDir();
      const env = { TANSIQ_DATA_DIR: dataDir, PORT: '0', HOST: '127.0.0.1', TANSIQ_DEMO: '0', LOG_LEVEL: 'silent' };
      const log: string[] = [];
      const server = await startServer(readConfig(env), (message) => log.push(message), { webApp: false });
      try {
        expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);

        const refused = await tansiq(['demo', 'load'], env);
        expect(refused.code).toBe(2);
        expect(refused.stdout).toBe('');
        expect(refused.stderr).toContain(`The data directory ${dataDir} is in use by process ${process.pid}`);
        expect(refused.stderr).toContain('tansiq serve');

        const health = await fetch(`${server.url}/api/health`);
        expect(health.status).toBe(200);
        expect(await health.json()).toEqual({ status: 'ok' });
        const meetings = await server.app.inject({ method: 'GET', url: '/api/v1/meetings' });
        expect(meetings.json<{ page: { total: number } }>().page.total).toBe(0);
      } finally {
        await server.stop();
      }

      // Once the server has stopped, the directory is free again.
      const afterStop = await tansiq(['demo', 'load'], env);
      expect(afterStop.stderr).toBe('');
      expect(afterStop.code).toBe(0);
    },
    SLOW,
  );

  it(
    'user create makes a working secretariat account on a fresh data directory, printing its password once',
    async () => {
      const dataDir = freshDataDir();
      const created = await tansiq(
        ['user', 'create', '--email', 'First.Admin@Example.org', '--name', 'First Admin', '--role', 'secretariat'],
        { TANSIQ_DATA_DIR: dataDir },
      );
      expect(created.stderr).toBe('');
      expect(created.code).toBe(0);
      expect(created.stdout).toMatch(/^Created secretariat first\.admin@example\.org \([0-9a-f-]{36}\)\.$/m);
      const password = /^Password \(shown once\): (\S+)$/m.exec(created.stdout)?.[1];
      expect(password).toMatch(/^[a-zA-Z2-9]{5}(-[a-zA-Z2-9]{5}){3}$/);
      expect(created.stdout.split(password!)).toHaveLength(2);

      await withApp(dataDir, async (app) => {
        expect((await signIn(app, 'first.admin@example.org', `${password}x`)).status).toBe(401);
        const { status, session, headers } = await signIn(app, 'first.admin@example.org', password!);
        expect(status).toBe(200);
        expect(session!.user).toMatchObject({ name: 'First Admin', role: 'secretariat', memberStateIso3: null });
        // A secretariat indeed: it reads the trail, where the console's act is recorded.
        const trail = await app.inject({ method: 'GET', url: '/api/v1/audit?action=user.create', headers });
        expect(trail.statusCode, trail.body).toBe(200);
        expect(trail.json<{ data: unknown[] }>().data).toEqual([
          expect.objectContaining({ actorKind: 'system', actorName: 'tansiq user create', entityId: session!.user.id }),
        ]);
        expect(trail.body).not.toContain(password);
      });
    },
    SLOW,
  );

  it(
    'user create reads --password-stdin, scopes with --entity, and refuses bad input with exit code 2',
    async () => {
      const dataDir = freshDataDir();
      const env = { TANSIQ_DATA_DIR: dataDir };
      const email = 'focal.egypt@example.org';
      const base = ['user', 'create', '--email', email, '--name', 'Egypt focal point'];
      const stdinPassword = 'a pass phrase from stdin';

      const created = await tansiq(
        [...base, '--role', 'focal-point', '--entity', 'EGY', '--password-stdin'],
        env,
        `${stdinPassword}\n`,
      );
      expect(created.stderr).toBe('');
      expect(created.code).toBe(0);
      expect(created.stdout).toMatch(/^Created focal-point focal\.egypt@example\.org/);
      expect(created.stdout).not.toMatch(/Password/);

      const unknownRole = await tansiq([...base, '--role', 'king'], env);
      expect(unknownRole.code).toBe(2);
      expect(unknownRole.stderr).toMatch(/'king' is invalid/);
      expect(unknownRole.stderr).toMatch(
        /secretariat, focal-point, regional-coordinator, chair, delegate, observer, translator/,
      );

      const translator = await tansiq(
        [
          'user',
          'create',
          '--email',
          'Translator.AR@example.org',
          '--name',
          'Arabic translator',
          '--role',
          'translator',
        ],
        env,
      );
      expect(translator.stderr).toBe('');
      expect(translator.code).toBe(0);
      expect(translator.stdout).toMatch(/^Created translator translator\.ar@example\.org \([0-9a-f-]{36}\)\.$/m);

      const duplicate = await tansiq(
        ['user', 'create', '--email', email.toUpperCase(), '--name', 'Twin', '--role', 'observer'],
        env,
      );
      expect(duplicate.code).toBe(2);
      expect(duplicate.stderr).toContain(`An account with the address ${email} exists already.`);
      expect(duplicate.stdout).toBe('');

      const unknownEntity = await tansiq(
        ['user', 'create', '--email', 'x@example.org', '--name', 'X', '--role', 'delegate', '--entity', 'NOPE'],
        env,
      );
      expect(unknownEntity.code).toBe(2);
      expect(unknownEntity.stderr).toContain('Unknown entity "NOPE"');
      expect(unknownEntity.stdout).toBe('');

      const shortPassword = await tansiq(
        ['user', 'create', '--email', 'y@example.org', '--name', 'Y', '--role', 'chair', '--password-stdin'],
        env,
        'short\n',
      );
      expect(shortPassword.code).toBe(2);
      expect(shortPassword.stderr).toMatch(/password: At least 12 characters/);

      await withApp(dataDir, async (app) => {
        expect((await signIn(app, 'x@example.org', 'anything at all')).status).toBe(401);
        expect((await signIn(app, 'y@example.org', 'short')).status).toBe(401);
        const generated = /^Password \(shown once\): (\S+)$/m.exec(translator.stdout)?.[1];
        const asTranslator = await signIn(app, 'translator.ar@example.org', generated!);
        expect(asTranslator.status).toBe(200);
        expect(asTranslator.session!.user).toMatchObject({ role: 'translator', memberStateIso3: null });
        const { status, session, headers } = await signIn(app, email, stdinPassword);
        expect(status).toBe(200);
        expect(session!.user).toMatchObject({ role: 'focal-point', memberStateIso3: 'EGY' });
        // Acting for Egypt: it may add Egypt's delegates, not Tunisia's.
        const delegate = (iso3: string) => ({
          email: `delegate.${iso3.toLowerCase()}@example.org`,
          name: `Delegate of ${iso3}`,
          role: 'delegate',
          memberStateIso3: iso3,
        });
        const egypt = await app.inject({ method: 'POST', url: '/api/v1/users', headers, payload: delegate('EGY') });
        expect(egypt.statusCode, egypt.body).toBe(201);
        const tunisia = await app.inject({ method: 'POST', url: '/api/v1/users', headers, payload: delegate('TUN') });
        expect(tunisia.statusCode, tunisia.body).toBe(403);
      });
    },
    SLOW,
  );

  it(
    "acts as an API token's owner with --token: a focal point adds its own delegates, not another state's",
    async () => {
      const dataDir = freshDataDir();
      const env = { TANSIQ_DATA_DIR: dataDir };
      const created = await tansiq(
        ['user', 'create', '--email', 'fp@example.org', '--name', 'FP', '--role', 'focal-point', '--entity', 'EGY'],
        env,
      );
      expect(created.code).toBe(0);
      const password = /^Password \(shown once\): (\S+)$/m.exec(created.stdout)![1]!;
      const token = await withApp(dataDir, async (app) => {
        const { headers } = await signIn(app, 'fp@example.org', password);
        const response = await app.inject({
          method: 'POST',
          url: '/api/v1/me/tokens',
          headers,
          payload: { name: 'cli' },
        });
        expect(response.statusCode, response.body).toBe(201);
        return response.json<{ data: { token: string } }>().data.token;
      });
      const delegate = (iso3: string) => [
        'user',
        'create',
        '--email',
        `d.${iso3.toLowerCase()}@example.org`,
        '--name',
        'D',
        '--role',
        'delegate',
        '--entity',
        iso3,
        '--token',
        token,
      ];

      const own = await tansiq(delegate('EGY'), env);
      expect(own.stderr).toBe('');
      expect(own.code).toBe(0);
      const other = await tansiq(delegate('TUN'), env);
      expect(other.code).toBe(2);
      expect(other.stderr).toMatch(/own administration/);
      const forged = await tansiq([...delegate('EGY').slice(0, -1), 'tsq_not-a-token'], env);
      expect(forged.code).toBe(2);
      expect(forged.stderr).toMatch(/API token is not valid/);

      await withApp(dataDir, async (app) => {
        const { headers } = await signIn(app, 'fp@example.org', password);
        const trail = await app.inject({ method: 'GET', url: '/api/v1/users?limit=10', headers });
        expect(
          trail
            .json<{ data: { email: string }[] }>()
            .data.map((user) => user.email)
            .sort(),
        ).toEqual(['d.egy@example.org', 'fp@example.org']);
      });
    },
    SLOW,
  );

  it(
    'text import stores aligned language versions from plain text and refuses a repeat, with exit code 2',
    async () => {
      const dataDir = freshDataDir();
      const env = { TANSIQ_DATA_DIR: dataDir };
      const golden = (language: string) =>
        path.join(
          import.meta.dirname,
          '../../../packages/domain/src/texts/golden',
          `sample-resolution-901-${language}.txt`,
        );
      const label = ['--version-label', 'Rev. Buenos Aires, 2017'];
      const english = await tansiq(['text', 'import', golden('en'), ...label], env);
      expect(english.stderr).toBe('');
      expect(english.stdout).toMatch(
        /^Stored the en text of Rev\. Buenos Aires, 2017 \(a new version; version [0-9a-f-]{36}\)\.$/m,
      );
      const arabic = await tansiq(['text', 'import', golden('ar'), ...label], env);
      expect(arabic.stdout).toMatch(/Stored the ar text .*\(a further language;/);
      const again = await tansiq(['text', 'import', golden('ar'), ...label], env);
      expect(again.code).toBe(2);
      expect(again.stderr).toMatch(/stored already/);
      await withApp(dataDir, async (app) => {
        const list = await app.inject({ url: '/api/v1/instruments?kind=resolution' });
        const versions = list.json<{ data: { number: string; versions: { languages: string[] }[] }[] }>().data;
        expect(versions.map((instrument) => [instrument.number, instrument.versions[0]!.languages])).toEqual([
          ['901', ['ar', 'en']],
        ]);
      });
    },
    SLOW,
  );
});

import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { CreateUserBody } from '@tansiq/api';
import { DataDirectoryLockedError, findEntity, findMemberState, isUuid } from '@tansiq/db';
import {
  DomainError,
  ROLES,
  TEXT_LANGUAGES,
  VERSION_STATUSES,
  isOrganizationCode,
  type TextLanguage,
  type VersionStatus,
} from '@tansiq/domain';
import {
  actorForToken,
  checkWorkers,
  DEMO_SCALES,
  WTDC_SCALE_MEETING,
  createUser,
  importInstrumentText,
  loadDemo,
  loadWtdcScale,
  openRuntime,
  operatorContext,
  readConfig,
  serve,
  type Config,
  type DemoScale,
  type Runtime,
  type ServiceContext,
} from '@tansiq/server';
import { addCompareCommand } from './compare-command.ts';
import { addCompileCommand } from './compile-command.ts';
import { addTallyCommand } from './tally-command.ts';
import { addTextCommand, readInstrumentFile } from './text-command.ts';

/** Where a command writes: injectable so tests read what a person would see. */
export interface Io {
  out: (text: string) => void;
  err: (text: string) => void;
  env: NodeJS.ProcessEnv;
  /** All of standard input (for `--password-stdin`). */
  readStdin: () => Promise<string>;
  /** True when stderr is a terminal: progress bars are drawn only there. */
  errIsTty?: boolean;
}

/** A failure the person at the console can fix: printed without a stack, exit code 2. */
export class UsageError extends Error {}

function workerCount(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 64) {
    throw new InvalidArgumentError('a whole number of processes from 1 to 64');
  }
  return n;
}

function port(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 65535) {
    throw new InvalidArgumentError('a port number from 0 to 65535');
  }
  return n;
}

interface GlobalOptions {
  dataDir?: string;
  databaseUrl?: string;
  token?: string;
}

/**
 * Whom a data command acts as: the person of an API token (`--token` or TANSIQ_TOKEN), with that person's
 * rights; without one, the installation's operator at the console.
 */
async function actingContext(runtime: Runtime, command: Command, io: Io, name: string): Promise<ServiceContext> {
  const token = command.optsWithGlobals<GlobalOptions>().token ?? io.env.TANSIQ_TOKEN;
  const ctx = operatorContext(runtime, name);
  if (token === undefined || token === '') {
    return ctx;
  }
  return { ...ctx, actor: await actorForToken(runtime.handle.db, runtime.clock, token) };
}

/** Runs `use` with the acting context on the installation, closed after. */
async function withContext<T>(
  io: Io,
  command: Command,
  name: string,
  use: (ctx: ServiceContext) => Promise<T>,
): Promise<T> {
  const runtime = await openRuntime(configOf(command, io), name);
  try {
    return await use(await actingContext(runtime, command, io, name));
  } finally {
    await runtime.close();
  }
}

/** The configuration from the environment, overridden by global options. */
function configOf(command: Command, io: Io): Config {
  const options = command.optsWithGlobals<GlobalOptions>();
  return readConfig({
    ...io.env,
    ...(options.dataDir !== undefined ? { TANSIQ_DATA_DIR: options.dataDir } : {}),
    ...(options.databaseUrl !== undefined ? { DATABASE_URL: options.databaseUrl } : {}),
  });
}

/** Builds the `tansiq` command tree. Actions resolve when done; `serve` resolves once listening. */
export function buildProgram(io: Io): Command {
  const program = new Command('tansiq')
    .description('Tansiq: prepare and run ITU-style intergovernmental conferences.')
    .version('0.1.0')
    .addOption(new Option('--data-dir <dir>', 'embedded database directory (env TANSIQ_DATA_DIR, default ./data)'))
    .addOption(new Option('--database-url <url>', 'PostgreSQL instead of the embedded database (env DATABASE_URL)'))
    .addOption(
      new Option(
        '--token <token>',
        "act as the API token's owner, with their rights (env TANSIQ_TOKEN; default: the operator)",
      ),
    )
    .showHelpAfterError('(add --help for usage)')
    .configureOutput({ writeOut: io.out, writeErr: io.err })
    .exitOverride();

  program
    .command('serve')
    .description('serve the web app and the API (as `npm start`); SIGTERM or SIGINT stops it gracefully')
    .option('-p, --port <port>', 'port to listen on (env PORT, default 3000)', port)
    .option('--host <host>', 'address to listen on (env HOST, default 127.0.0.1)')
    .option(
      '-w, --workers <n>',
      'server processes sharing the port (env TANSIQ_WORKERS, default 1); more than 1 needs PostgreSQL',
      workerCount,
    )
    .action(async (options: { port?: number; host?: string; workers?: number }, command: Command) => {
      const config = configOf(command, io);
      const serving = {
        ...config,
        port: options.port ?? config.port,
        host: options.host ?? config.host,
        workers: options.workers ?? config.workers,
      };
      checkWorkers(serving, serving.workers);
      await serve(serving, (message) => io.out(`${message}\n`));
    });

  const db = program.command('db').description('database administration');
  db.command('migrate')
    .description('apply pending migrations and bring the reference data up to date')
    .action(async (_options: unknown, command: Command) => {
      const runtime = await openRuntime(configOf(command, io), 'tansiq db migrate');
      await runtime.close();
      io.out(`Database is up to date (${runtime.location}).\n`);
    });

  const demo = program.command('demo').description('the WTDC-17 demonstration data');
  demo
    .command('load')
    .description('load the WTDC-17 cycle and its demo records (idempotent)')
    .addOption(
      new Option(
        '--scale <size>',
        'also load a generated meeting of that size beside it (wtdc: wtdc-scale, 80 resolutions, 300 proposals, ' +
          'about 450 documents)',
      ).choices(DEMO_SCALES),
    )
    .action(async (options: { scale?: DemoScale }, command: Command) => {
      const runtime = await openRuntime(configOf(command, io), 'tansiq demo load');
      try {
        const ctx = await actingContext(runtime, command, io, 'tansiq demo load');
        // Under the start-up lock: a server starting on the same new database may be loading it too.
        const result = await runtime.exclusive(() => loadDemo(ctx));
        io.out(
          `WTDC-17 demo: ${result.created} records created, ${result.existing} already there (${runtime.location}).\n`,
        );
        if (options.scale === 'wtdc') {
          const scale = await runtime.exclusive(() => loadWtdcScale(ctx));
          const documents = scale.contributions + scale.secretariatDocuments;
          const created = scale.cycles + scale.meetings + scale.instruments + documents;
          io.out(
            `WTDC-size meeting ${WTDC_SCALE_MEETING}: ${created} records created (${scale.cycles} cycle, ` +
              `${scale.meetings} meeting, ${scale.instruments} instruments, ${documents} documents: ` +
              `${scale.contributions} contributions with ${scale.proposals} proposals, ${scale.published} of them ` +
              `published, and ${scale.secretariatDocuments} secretariat documents), ${scale.existing} already there.\n`,
          );
        }
      } finally {
        await runtime.close();
      }
    });

  addTextCommand(program, io);
  const text = program.commands.find((command) => command.name() === 'text')!;
  text
    .command('import')
    .description('store a text (.txt or .docx, ITU layout) as a language version of an instrument version')
    .argument('<file>', 'the text')
    .requiredOption('--version-label <label>', 'the version in English form, e.g. "Rev. Buenos Aires, 2017"')
    .addOption(new Option('--lang <language>', 'its language (default: detected)').choices(TEXT_LANGUAGES))
    .addOption(new Option('--status <status>', 'the version status').choices(VERSION_STATUSES).default('in-force'))
    .option('--meeting <code>', 'the meeting that adopted the version')
    .action(async (file: string, options: TextImportOptions, command: Command) => {
      const source = await readInstrumentFile(file);
      const runtime = await openRuntime(configOf(command, io), 'tansiq text import');
      try {
        const ctx = await actingContext(runtime, command, io, 'tansiq text import');
        const result = await importInstrumentText(ctx, {
          text: source,
          ...(options.lang === undefined ? {} : { language: options.lang }),
          versionLabel: options.versionLabel,
          status: options.status,
          adoptedAtMeeting: options.meeting ?? null,
          instrumentTitle: null,
        });
        io.out(
          `Stored the ${result.language} text of ${options.versionLabel} (${result.created ? 'a new version' : 'a further language'}; version ${result.versionId}).\n`,
        );
      } finally {
        await runtime.close();
      }
    });

  addCompareCommand(program, io);
  addCompileCommand(program, io, (command, name, use) => withContext(io, command, name, use));
  addTallyCommand(program, io);

  const user = program.command('user').description('accounts');
  user
    .command('create')
    .description('create an account (the first secretariat account of a real deployment)')
    .requiredOption('--email <email>', 'e-mail address (the sign-in name)')
    .requiredOption('--name <name>', "the person's name")
    .addOption(new Option('--role <role>', 'role').choices(ROLES).makeOptionMandatory())
    .option('--entity <code>', 'whom the person acts for: a Member State (EGY), an organization (ARAB) or an entity id')
    .option(
      '--password-stdin',
      'read the password from standard input (else a strong one is generated and printed once)',
    )
    .action(async (options: UserCreateOptions, command: Command) => {
      const password = options.passwordStdin ? await io.readStdin() : null;
      const runtime = await openRuntime(configOf(command, io), 'tansiq user create');
      try {
        const ctx = await actingContext(runtime, command, io, 'tansiq user create');
        const body = CreateUserBody.safeParse({
          email: options.email,
          name: options.name,
          role: options.role,
          ...(await scopeOf(ctx, options.entity)),
          password: password === null ? null : password.replace(/\r?\n$/, ''),
        });
        if (!body.success) {
          throw new DomainError(
            'validation_failed',
            'The account is not valid.',
            body.error.issues.map((issue) => ({
              path: issue.path.map(String),
              code: issue.code,
              message: issue.message,
            })),
          );
        }
        const { user: created, generatedPassword } = await createUser(ctx, body.data);
        io.out(`Created ${created.role} ${created.email} (${created.id}).\n`);
        if (generatedPassword !== null) {
          io.out(`Password (shown once): ${generatedPassword}\n`);
        }
      } finally {
        await runtime.close();
      }
    });

  return program;
}

interface TextImportOptions {
  versionLabel: string;
  lang?: TextLanguage;
  status: VersionStatus;
  meeting?: string;
}

interface UserCreateOptions {
  email: string;
  name: string;
  role: string;
  entity?: string;
  passwordStdin?: boolean;
}

/** Reads `--entity`: a Member State's alpha-3 code, an organization's code, or a member entity's id. */
async function scopeOf(ctx: ServiceContext, code: string | undefined) {
  const none = { memberStateIso3: null, entityId: null, organizationCode: null };
  if (code === undefined) {
    return none;
  }
  if (isOrganizationCode(code)) {
    return { ...none, organizationCode: code };
  }
  if (isUuid(code) && (await findEntity(ctx.db, code)) !== undefined) {
    return { ...none, entityId: code };
  }
  if ((await findMemberState(ctx.db, code.toUpperCase())) !== undefined) {
    return { ...none, memberStateIso3: code.toUpperCase() };
  }
  throw new DomainError('validation_failed', `Unknown entity "${code}".`, [
    {
      path: ['entity'],
      code: 'unknown_entity',
      message: 'Give a Member State (EGY), an organization (ARAB) or a member entity id.',
    },
  ]);
}

/** Runs the command line and returns the exit code: 0 done, 2 a problem the person can fix, 1 a fault. */
export async function run(argv: string[], io: Io): Promise<number> {
  const program = buildProgram(io);
  try {
    await program.parseAsync(argv, { from: 'user' });
    return 0;
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.exitCode === 0 ? 0 : 2;
    }
    if (error instanceof DataDirectoryLockedError || error instanceof DomainError || error instanceof UsageError) {
      io.err(`tansiq: ${error.message}\n`);
      for (const issue of error instanceof DomainError ? error.issues : []) {
        io.err(`  ${issue.path.join('.')}: ${issue.message}\n`);
      }
      return 2;
    }
    io.err(`tansiq: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    return 1;
  }
}

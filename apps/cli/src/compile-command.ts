import { writeFile } from 'node:fs/promises';
import { Option, type Command } from 'commander';
import { DomainError, TEXT_LANGUAGES, type Issue, type TextLanguage } from '@tansiq/domain';
import { compileMeetingFile, type CompilationFormat, type ServiceContext } from '@tansiq/server';
import type { Io } from './program.ts';
import { progressBar } from './progress.ts';

/** Runs `use` with a service context on the installation (as the operator, or the token's owner), then closes it. */
export type WithContext = <T>(command: Command, name: string, use: (ctx: ServiceContext) => Promise<T>) => Promise<T>;

interface CompileOptions {
  instrument?: string;
  lang?: TextLanguage;
  format: CompilationFormat;
  out: string;
}

// The service names the HTTP fields; at the console the same problems name the argument and options.
const FIELDS: Record<string, string> = {
  'params.meeting': 'MEETING',
  'query.instrument': '--instrument',
  'query.lang': '--lang',
};

function forTheConsole(error: DomainError): DomainError {
  const issues = error.issues.map((issue): Issue => {
    const field = FIELDS[issue.path.join('.')];
    return field === undefined ? issue : { ...issue, path: [field] };
  });
  return new DomainError(error.code, error.message, issues);
}

/**
 * Adds `tansiq compile MEETING [--instrument ID] [--lang L] --format docx|csv|html --out FILE`: the compilation of
 * a meeting (by id or code) or of one of its instruments, as the API gives it, written to FILE. For a whole
 * meeting in Word or HTML a progress bar goes to stderr when stderr is a terminal, and nothing otherwise (logs and
 * pipes stay clean); the last line on stdout says what was written. Problems exit 2 naming the argument or option.
 */
export function addCompileCommand(program: Command, io: Io, withContext: WithContext): void {
  program
    .command('compile')
    .description(
      'write the compilation of a meeting’s proposals: Word with tracked changes, the register as CSV, or HTML',
    )
    .argument('<meeting>', 'the meeting: its code (wtdc-17) or id')
    .option('--instrument <id>', 'one instrument only: a version id, or kind and number ("resolution 901")')
    .addOption(
      new Option(
        '--lang <language>',
        'the language of labels, base texts and proposals, translated where published (default: each text’s own)',
      ).choices(TEXT_LANGUAGES),
    )
    .addOption(new Option('--format <format>', 'what to write').choices(['docx', 'csv', 'html']).makeOptionMandatory())
    .requiredOption('--out <file>', 'the file to write')
    .action(async (meeting: string, options: CompileOptions, command: Command) => {
      const whole = options.instrument === undefined && options.format !== 'csv';
      const onProgress = whole && io.errIsTty === true ? progressBar(io.err, 'Compiling') : undefined;
      const file = await withContext(command, 'tansiq compile', (ctx) =>
        compileMeetingFile(ctx, meeting, {
          format: options.format,
          ...(options.instrument === undefined ? {} : { instrument: options.instrument }),
          ...(options.lang === undefined ? {} : { language: options.lang }),
          ...(onProgress === undefined ? {} : { onProgress }),
        }).catch((error: unknown) => {
          throw error instanceof DomainError ? forTheConsole(error) : error;
        }),
      );
      await writeFile(options.out, file.content).catch((error: NodeJS.ErrnoException) => {
        throw new DomainError(
          'cannot_write',
          `${options.out}: cannot write the file (${error.code ?? error.message}).`,
          [{ path: ['--out'], code: 'cannot_write', message: error.code ?? error.message }],
        );
      });
      const what =
        options.format === 'csv'
          ? `${file.count} proposal${file.count === 1 ? '' : 's'}`
          : `${file.count} instrument${file.count === 1 ? '' : 's'}`;
      io.out(`Wrote ${options.out} (${what}).\n`);
    });
}

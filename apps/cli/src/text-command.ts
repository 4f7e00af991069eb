import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { Option, type Command } from 'commander';
import {
  DomainError,
  TEXT_LANGUAGES,
  type ErrorCode,
  parseInstrumentText,
  type Issue,
  type TextLanguage,
} from '@tansiq/domain';
import { DOCX_LIMITS, readDocxText } from '@tansiq/server';
import type { Io } from './program.ts';

/** Reads a file into plain text in ITU layout, one paragraph a line (what `parseInstrumentText` reads). */
export type TextReader = (file: string) => Promise<string>;

/** A plain-text file larger than this is refused: resolutions are a few pages. */
export const MAX_TEXT_BYTES = 5 * 1024 * 1024;

function fileError(code: ErrorCode, message: string): DomainError {
  return new DomainError(code, message);
}

/** Refuses a missing file, a directory and a file over `maxBytes`. */
async function checkFile(file: string, maxBytes: number): Promise<void> {
  const info = await stat(file).catch((error: NodeJS.ErrnoException) => {
    throw error.code === 'ENOENT' ? fileError('file_not_found', `${file}: no such file.`) : error;
  });
  if (!info.isFile()) {
    throw fileError('not_a_file', `${file}: not a file.`);
  }
  if (info.size > maxBytes) {
    throw fileError('file_too_large', `${file}: larger than ${maxBytes / 1024 / 1024} MB.`);
  }
}

/** Reads a UTF-8 plain-text file, refusing a missing, oversized or non-UTF-8 one. */
export async function readPlainText(file: string): Promise<string> {
  await checkFile(file, MAX_TEXT_BYTES);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(await readFile(file));
  } catch (error) {
    if (error instanceof TypeError) {
      throw fileError('not_utf8', `${file}: not UTF-8 text.`);
    }
    throw error;
  }
}

/** Reads a Word document's paragraphs, refusing corrupt, encrypted, oversized files and zip bombs. */
export async function readWordText(file: string): Promise<string> {
  await checkFile(file, DOCX_LIMITS.maxBytes);
  try {
    return await readDocxText(await readFile(file), { maxBytes: DOCX_LIMITS.maxBytes });
  } catch (error) {
    if (error instanceof DomainError) {
      throw fileError(error.code, `${file}: ${error.message}`);
    }
    throw error;
  }
}

/** Readers by lower-case file extension (`''` for none). */
export const TEXT_READERS: Record<string, TextReader> = {
  '.txt': readPlainText,
  '': readPlainText,
  '.docx': readWordText,
};

/** Reads `file` with the reader of its extension; an extension without one is refused with the list. */
export async function readInstrumentFile(file: string, readers: Record<string, TextReader> = TEXT_READERS) {
  const extension = path.extname(file).toLowerCase();
  const reader = readers[extension];
  if (reader === undefined) {
    const known = Object.keys(readers)
      .map((ext) => (ext === '' ? 'no extension' : ext))
      .join(', ');
    throw fileError('unsupported_file_type', `${file}: ${extension} files are not supported yet (${known}).`);
  }
  return reader(file);
}

function lineOf(issue: Issue): string {
  return issue.path[0] === 'line' ? `line ${issue.path[1]}` : issue.path.join('.');
}

interface TextParseOptions {
  lang?: TextLanguage;
  json?: boolean;
}

/** Adds `tansiq text parse FILE [--lang ar|zh|en|fr|ru|es] [--json]`: reads a text, touches no database. */
export function addTextCommand(program: Command, io: Io): void {
  const text = program.command('text').description('instrument texts: resolutions, recommendations, Questions');
  text
    .command('parse')
    .description('read a text in ITU layout and print its provisions (exit 2 with "line N: reason" when unreadable)')
    .argument('<file>', 'the text: .txt or no extension (UTF-8)')
    .addOption(new Option('--lang <language>', 'its language (default: detected)').choices(TEXT_LANGUAGES))
    .option('--json', 'print the structure as JSON')
    .action(async (file: string, options: TextParseOptions) => {
      const source = await readInstrumentFile(file);
      let parsed;
      try {
        parsed = parseInstrumentText(source, options.lang === undefined ? {} : { language: options.lang });
      } catch (error) {
        if (!(error instanceof DomainError) || error.code !== 'unparsable_text') {
          throw error;
        }
        for (const issue of error.issues) {
          io.err(`${lineOf(issue)}: ${issue.code}: ${issue.message}\n`);
        }
        throw new DomainError('unparsable_text', `${file}: ${error.message}`);
      }
      for (const warning of parsed.warnings) {
        io.err(`${lineOf(warning)}: warning ${warning.code}: ${warning.message}\n`);
      }
      const { text: structured } = parsed;
      if (options.json) {
        io.out(`${JSON.stringify(structured, null, 2)}\n`);
        return;
      }
      const revision = structured.revision === null ? '' : ` (${structured.revision})`;
      io.out(`${structured.kind} ${structured.number}${revision} [${structured.language}]: ${structured.title}\n`);
      for (const provision of structured.provisions) {
        const first = provision.text.split('\n')[0] ?? '';
        io.out(`${provision.id}\t${provision.num}\t${first}\n`);
      }
    });
}

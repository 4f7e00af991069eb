import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Option, type Command } from 'commander';
import {
  DomainError,
  TEXT_LANGUAGES,
  alignProvisions,
  compileSynoptic,
  parseInstrumentText,
  type Issue,
  type StructuredText,
  type Synoptic,
  type TextLanguage,
} from '@tansiq/domain';
import { renderSynopticHtml } from '@tansiq/server';
import type { Io } from './program.ts';
import { readInstrumentFile } from './text-command.ts';

interface CompareOptions {
  lang?: TextLanguage;
  json?: boolean;
  html?: string;
  ignoreCase?: boolean;
  ignoreDiacritics?: boolean;
  ignoreSpacing?: boolean;
}

const lineOf = (issue: Issue) => (issue.path[0] === 'line' ? `line ${issue.path[1]}` : issue.path.join('.'));

/** The source name of a compared file: its name without its extension. */
export function sourceName(file: string): string {
  return path.basename(file, path.extname(file));
}

/** Refuses two files of one source name before reading any. */
function checkNames(files: readonly string[]): void {
  const seen = new Map<string, string>();
  for (const file of files) {
    const name = sourceName(file);
    const first = seen.get(name);
    if (first !== undefined) {
      throw new DomainError('duplicate_source', `${first} and ${file} give one source name "${name}": rename one.`);
    }
    seen.set(name, file);
  }
}

/** Reads and parses one file as `tansiq text parse` does; problems go to stderr as "FILE: line N: …". */
async function readText(file: string, language: TextLanguage | undefined, io: Io): Promise<StructuredText> {
  const source = await readInstrumentFile(file);
  try {
    const parsed = parseInstrumentText(source, language === undefined ? {} : { language });
    for (const warning of parsed.warnings) {
      io.err(`${file}: ${lineOf(warning)}: warning ${warning.code}: ${warning.message}\n`);
    }
    return parsed.text;
  } catch (error) {
    if (!(error instanceof DomainError) || error.code !== 'unparsable_text') {
      throw error;
    }
    for (const issue of error.issues) {
      io.err(`${file}: ${lineOf(issue)}: ${issue.code}: ${issue.message}\n`);
    }
    throw new DomainError('unparsable_text', `${file}: ${error.message}`);
  }
}

/** The compilation in the shape of `tansiq compare --json`. */
export function compareJson(synoptic: Synoptic) {
  return {
    provisions: synoptic.rows.map((row) => ({
      id: row.id,
      heading: row.heading,
      num: row.num,
      base: row.base,
      proposals: row.entries.map((entry) => ({
        source: entry.source,
        mark: entry.mark,
        // A source that keeps a base provision has the base's text; SUP and a source not adding an ADD: null.
        text: entry.mark === 'NOC' && row.base !== null ? row.base : entry.text,
        coarse: entry.coarse,
        ops: entry.ops.map(({ op, text }) => ({ op, text })),
      })),
      class: row.class,
      divergence: row.divergence,
    })),
    divergence: synoptic.divergence,
    pairs: synoptic.pairs.map(({ a, b, divergence }) => ({ a, b, divergence })),
  };
}

function printSummary(synoptic: Synoptic, io: Io): void {
  io.out(`provision\tnum\tclass\tdivergence\t${synoptic.sources.join('\t')}\n`);
  for (const row of synoptic.rows) {
    const marks = row.entries.map((entry) => entry.mark).join('\t');
    io.out(`${row.id}\t${row.num}\t${row.class}\t${row.divergence.toFixed(2)}\t${marks}\n`);
  }
  io.out(`divergence\t${synoptic.divergence.toFixed(2)}\n`);
  for (const pair of synoptic.pairs) {
    io.out(`${pair.a}/${pair.b}\t${pair.divergence.toFixed(2)}\n`);
  }
}

/**
 * Adds `tansiq compare BASE PROPOSED... [--lang L] [--json] [--html FILE]`: reads each text, aligns each proposed
 * text with the base, compiles them in the order given and prints the synoptic. Touches no database.
 */
export function addCompareCommand(program: Command, io: Io): void {
  program
    .command('compare')
    .description(
      'compare proposed texts with a base, provision by provision (exit 2 with "FILE: line N: reason" when unreadable)',
    )
    .argument('<base>', 'the base text: .txt, .docx or no extension')
    .argument('<proposed...>', 'the proposed texts; each is a source named after its file, without the extension')
    .addOption(new Option('--lang <language>', 'their language (default: detected)').choices(TEXT_LANGUAGES))
    .option('--json', 'print the compilation as JSON')
    .option('--html <file>', 'write the synoptic page to this file')
    .option('--ignore-case', 'ignore differences of case in the word diff')
    .option('--ignore-diacritics', 'ignore differences of diacritics in the word diff')
    .option('--ignore-spacing', 'ignore differences of spacing and invisible marks (RLM, LRM, BOM) in the word diff')
    .action(async (baseFile: string, proposedFiles: string[], options: CompareOptions) => {
      checkNames(proposedFiles);
      const base = await readText(baseFile, options.lang, io);
      const sources = [];
      for (const file of proposedFiles) {
        const proposed = await readText(file, options.lang, io);
        if (proposed.language !== base.language) {
          throw new DomainError(
            'mixed_language',
            `${file}: its language (${proposed.language}) is not the base's (${base.language}); compare texts of one language.`,
          );
        }
        sources.push({
          source: sourceName(file),
          wholeText: null,
          changes: alignProvisions(base.provisions, proposed.provisions),
        });
      }
      const diff: Record<string, boolean> = {};
      for (const flag of ['ignoreCase', 'ignoreDiacritics', 'ignoreSpacing'] as const) {
        if (options[flag] === true) {
          diff[flag] = true;
        }
      }
      const synoptic = compileSynoptic(base.provisions, sources, { diff });
      if (options.html !== undefined) {
        const revision = base.revision === null ? '' : ` (${base.revision})`;
        const page = renderSynopticHtml(synoptic, {
          title: `${base.kind} ${base.number}${revision}: ${base.title}`,
          language: base.language,
        });
        await writeFile(options.html, page).catch((error: NodeJS.ErrnoException) => {
          throw new DomainError(
            'cannot_write',
            `${options.html}: cannot write the page (${error.code ?? error.message}).`,
          );
        });
      }
      if (options.json) {
        io.out(`${JSON.stringify(compareJson(synoptic), null, 2)}\n`);
      } else {
        printSummary(synoptic, io);
        if (options.html !== undefined) {
          io.out(`Wrote ${options.html}.\n`);
        }
      }
    });
}

import { DomainError, type Issue } from '../errors.ts';
import { classifyLine, type LineKind } from './classify-line.ts';
import { detectTextLanguage } from './language.ts';
import { hasMoreWordsThan, keyFromWords } from './normalize.ts';
import { follows, readMarker, type Marker, type Place } from './numbering.ts';
import { createProvisionBuilder, type ProvisionBuilder } from './provision-builder.ts';
import { isInOtherScript, SCRIPT_OF } from './script.ts';
import { TEXT_LANGUAGES, type ParsedText, type TextLanguage } from './structured-text.ts';
import { readTitleLine, type TitleLine } from './title-line.ts';

/** Options of `parseInstrumentText`. */
export interface ParseTextOptions {
  /** The text's language; detected from the script and the heading words when not given. */
  language?: TextLanguage;
}

interface Line {
  n: number;
  text: string;
}

/** Headings and section titles end without punctuation; items and the opening formula end with some. */
const ENDS_SENTENCE = /[.,;:!?،؛。，；：！？]$/;
/** An unknown heading is a short line; longer ones are paragraphs. */
const HEADING_MAX_WORDS = 10;

function isFirstItem(marker: Marker | null): boolean {
  return marker?.readings.some((r) => r.ordinal === 1 && r.suffix === '' && r.scheme !== 'roman') ?? false;
}

/** A short line without final punctuation followed by the first item of a list: a heading the data lacks. */
function looksLikeHeading(lines: Line[], i: number): boolean {
  const text = lines[i]!.text;
  const next = lines[i + 1];
  return (
    !ENDS_SENTENCE.test(text) &&
    !hasMoreWordsThan(text, HEADING_MAX_WORDS) &&
    next !== undefined &&
    isFirstItem(readMarker(next.text))
  );
}

/** Finds the title in the text's language, or in another one (reported as mixed languages). */
function readTitle(text: string, language: TextLanguage): { title: TitleLine; language: TextLanguage } | null {
  for (const candidate of [language, ...TEXT_LANGUAGES.filter((other) => other !== language)]) {
    const title = readTitleLine(text, candidate);
    if (title) {
      return { title, language: candidate };
    }
  }
  return null;
}

/**
 * Parses an instrument in ITU layout from plain text: front matter (ignored), the title line, the subject line,
 * the opening formula, then headings governing their items, and annexes. Every problem is reported with its
 * line in one `DomainError('unparsable_text')` whose issues have paths `['line', n]`; unknown headings and
 * repeated ones are accepted with a warning.
 */
export function parseInstrumentText(source: string, options: ParseTextOptions = {}): ParsedText {
  const lines: Line[] = source
    .replace(/^\uFEFF/, '')
    .split(/\r\n|\r|\n/)
    .map((text, i) => ({ n: i + 1, text: text.trim() }))
    .filter((line) => line.text !== '');
  if (lines.length === 0) {
    throw new DomainError('unparsable_text', 'The text is empty.', [
      { path: ['line', 1], code: 'empty_text', message: 'There is no text to read.' },
    ]);
  }
  const language = options.language ?? detectTextLanguage(source);
  const issues: Issue[] = [];
  const warnings: Issue[] = [];
  const report = (n: number, code: string, message: string) => issues.push({ path: ['line', n], code, message });
  const warn = (n: number, code: string, message: string) => warnings.push({ path: ['line', n], code, message });
  const builder = createProvisionBuilder(report, warn);

  let phase: 'front' | 'subject' | 'body' | 'content' = 'front';
  let title: TitleLine | null = null;
  let titleLine = lines[0]!.n;
  let subject = '';
  const body: string[] = [];
  let section: Place | null = null;

  lines.forEach(({ n, text }, i) => {
    if (phase === 'front') {
      const found = readTitle(text, language);
      if (found) {
        if (found.language !== language) {
          report(n, 'mixed_language', `The title is in ${found.language}, the text in ${language}.`);
        }
        ({ title } = found);
        titleLine = n;
        phase = 'subject';
        return;
      }
    }
    const kind = classifyLine(text, language);
    if (phase === 'front' && kind.type === 'text') {
      return;
    }
    if (phase === 'subject') {
      // An edition line under the title: "(Istanbul, 2002; Hyderabad, 2010)".
      if (/^[(（].*[)）]$/.test(text)) {
        return;
      }
      phase = 'body';
      if (kind.type === 'text') {
        subject = text;
        return;
      }
      report(n, 'missing_subject', 'The subject line should follow the title.');
    }
    if (phase === 'body' && kind.type === 'text' && !looksLikeHeading(lines, i)) {
      body.push(text);
      return;
    }
    phase = 'content';
    if (kind.type === 'item' && title?.kind === 'question' && isSectionTitle(kind.marker, section)) {
      section = kind.marker.readings[0]!;
      builder.openHeading(`section-${kind.marker.readings[0]!.key}`, 'operative', squeeze(text), n);
      return;
    }
    addContent(builder, kind, { n, text }, looksLikeHeading(lines, i) && builder.expectsHeading(), {
      report,
      warn,
      language,
      next: lines[i + 1],
    });
  });

  const provisions = builder.finish();
  if (title === null) {
    report(lines[0]!.n, 'missing_title', 'No title line such as "RESOLUTION 1 (Rev. Buenos Aires, 2017)".');
  }
  if (builder.headingCount() === 0) {
    report(titleLine, 'no_headings', 'The text has no heading such as "considering" or "resolves".');
  }
  if (issues.length > 0 || title === null) {
    const sorted = issues.sort((a, b) => Number(a.path[1]) - Number(b.path[1]));
    throw new DomainError('unparsable_text', `The text could not be read: ${sorted.length} problem(s).`, sorted);
  }
  const { kind, number, revision } = title;
  return {
    text: { language, kind, number, revision, title: subject, body: body.join(' '), provisions },
    warnings: warnings.sort((a, b) => Number(a.path[1]) - Number(b.path[1])),
  };
}

/** In a Question, `1 Statement of the situation or problem`: the next section number and a title, no sentence. */
function isSectionTitle(marker: Marker, last: Place | null): boolean {
  const reading = marker.readings[0]!;
  return (
    reading.scheme === 'number' && follows(reading, last) && marker.text !== '' && !ENDS_SENTENCE.test(marker.text)
  );
}

function squeeze(text: string): string {
  return text.replace(/\s+/g, ' ');
}

interface ContentContext {
  report: (n: number, code: string, message: string) => void;
  warn: (n: number, code: string, message: string) => void;
  language: TextLanguage;
  next: Line | undefined;
}

/** Hands one line after the opening formula to the builder. */
function addContent(
  builder: ProvisionBuilder,
  kind: LineKind,
  { n, text }: Line,
  unknownHeading: boolean,
  { report, warn, language, next }: ContentContext,
): void {
  if (kind.type === 'annex') {
    if (kind.foreign !== null) {
      report(n, 'mixed_language', `"${text}" is in ${kind.foreign}, the text in ${language}.`);
    }
    builder.openAnnex(kind.annex.num, kind.annex.heading, n);
  } else if (kind.type === 'heading') {
    const { match } = kind;
    if (kind.foreign !== null) {
      report(n, 'mixed_language', `The heading "${match.heading}" is in ${kind.foreign}, the text in ${language}.`);
    }
    builder.openHeading(match.key, match.section, squeeze(match.heading), n);
    if (match.form === 'with-item') {
      const marker = readMarker(match.rest);
      if (marker) {
        builder.addItem(marker, n);
      } else {
        builder.addText(match.rest, n);
      }
    }
  } else if (kind.type === 'item') {
    warnOfScript(kind.marker.text, { n, warn, language });
    builder.addItem(kind.marker, n);
  } else if (unknownHeading) {
    const key = keyFromWords(text);
    const numbered = readMarker(next?.text ?? '')?.readings[0]?.scheme === 'number';
    warn(n, 'unknown_heading', `"${text}" is not a known heading: its items get ids ${key}.*.`);
    builder.openHeading(key, numbered ? 'operative' : 'preamble', squeeze(text), n);
  } else {
    warnOfScript(text, { n, warn, language });
    builder.addText(text, n);
  }
}

/**
 * Warns of an item or paragraph with no letter in the script of the text's language (a Russian text whose
 * items are in English): it is kept as printed, and the warning names its line. Headings and annex lines in
 * another language are errors (`mixed_language`); an item's language is only told by its script, so a French
 * item in an English text passes.
 */
function warnOfScript(
  text: string,
  { n, warn, language }: { n: number; warn: ContentContext['warn']; language: TextLanguage },
): void {
  if (isInOtherScript(text, language)) {
    warn(
      n,
      'foreign_script',
      `Line ${n} has no ${SCRIPT_OF[language]} letters: is it in the text's language (${language})?`,
    );
  }
}

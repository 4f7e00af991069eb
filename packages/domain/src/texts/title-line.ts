import { hasMoreWordsThan, wordsOf, type LineWord } from './normalize.ts';
import { INSTRUMENT_KINDS, type InstrumentKind, type TextLanguage } from './structured-text.ts';
import { TITLE_WORDS } from './title-words.ts';

/** What a title line says: `RESOLUTION 1 (Rev. Buenos Aires, 2017)`, `DRAFT NEW RESOLUTION [ARB-1]`. */
export interface TitleLine {
  kind: InstrumentKind;
  number: string;
  /** The version label in brackets at the end of the line, as printed; null when there is none. */
  revision: string | null;
  draft: boolean;
}

/** An annex line: `ANNEX 1 TO RESOLUTION 1 (…)`, `ANNEXE`, `الملحق 1 بالقرار 1`. */
export interface AnnexLine {
  /** The annex number as printed; empty for a lone annex. */
  num: string;
  heading: string;
}

function phrase(text: string): string {
  return wordsOf(text)
    .map((word) => word.folded)
    .join(' ');
}

/** The most words before the number in any title line of any language (`PROJET DE NOUVELLE INITIATIVE …`). */
const TITLE_MAX_WORDS = Math.max(
  ...Object.values(TITLE_WORDS).flatMap(({ kinds, draftKinds }) =>
    [...Object.values(kinds), ...Object.values(draftKinds)].flat().map((form) => wordsOf(form).length),
  ),
);

const BRACKETS = '()（）';
const WHITE_SPACE = /\s/;

/** Whether the character at `i` of `text` is white space (what `\s` matches); ASCII is answered without a test. */
function isSpaceAt(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  if (code < 0xa0) {
    return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  }
  return WHITE_SPACE.test(text.charAt(i));
}

/** The characters `.` of a regular expression does not match. */
const LINE_BREAK = /[\n\r\u2028\u2029]/;

/**
 * `(Rev. Buenos Aires, 2017)` at the end of a line: what comes before it (without the spaces before the
 * bracket) and what is inside, or null. What `/^(.*?)\s*[(（]([^()（）]+)[)）]$/` matches, in one pass from the
 * end: that regular expression went back over every run of spaces from each of its spaces (a line holding a run
 * of 20,000 spaces took seconds, and a run twice as long four times as many).
 */
export function splitTrailingBrackets(line: string): [head: string, inside: string] | null {
  const close = line.length - 1;
  if (close < 2 || !')）'.includes(line[close]!)) {
    return null;
  }
  const open = Math.max(...[...BRACKETS].map((bracket) => line.lastIndexOf(bracket, close - 1)));
  if (open < 0 || open === close - 1 || !'(（'.includes(line[open]!)) {
    return null;
  }
  let end = open;
  while (end > 0 && isSpaceAt(line, end - 1)) {
    end -= 1;
  }
  const head = line.slice(0, end);
  return LINE_BREAK.test(head) ? null : [head, line.slice(open + 1, close)];
}

/**
 * `RESOLUTION 12` or `QUESTION [ARB-1]`: the words before the last word and that last word, when it holds a
 * digit or is one bracketed label; else null. What `/^(.*\S)\s+(\[[^\]\s]+\]|\S*\d\S*)$/` matches, in one
 * pass from the end: that regular expression tried every digit of a long last word against the rest of it.
 */
export function splitNumberAtEnd(head: string): [words: string, number: string] | null {
  let start = head.length;
  while (start > 0 && !isSpaceAt(head, start - 1)) {
    start -= 1;
  }
  let end = start;
  while (end > 0 && isSpaceAt(head, end - 1)) {
    end -= 1;
  }
  const number = head.slice(start);
  const words = head.slice(0, end);
  if (end === start || words === '' || LINE_BREAK.test(words)) {
    return null;
  }
  const label = number.length > 2 && number.startsWith('[') && number.indexOf(']') === number.length - 1;
  return label || /\d/.test(number) ? [words, number] : null;
}

/** A title form with the number inside (`第{n}号决议`) as an expression: the number, a digit in it or a label. */
function placedNumber(form: string): RegExp {
  const escape = (part: string) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s*');
  const [before = '', after = ''] = form.split('{n}');
  return new RegExp(
    `^${escape(before)}\\s*(\\[[^\\]\\s]+\\]|[^\\s\\[\\]]*\\d[^\\s\\[\\]]*?)\\s*${escape(after)}$`,
    'iu',
  );
}

const PLACED = new Map<string, RegExp>();

/** A title is short: a longer head (a Chinese paragraph is one "word") is not tried against a form. */
const TITLE_MAX_LENGTH = 200;

/** The number of `head` when it is `form` with its number in place (`第901号决议`), else null. */
function readPlacedNumber(head: string, form: string): string | null {
  if (head.length > TITLE_MAX_LENGTH) {
    return null;
  }
  let expression = PLACED.get(form);
  if (expression === undefined) {
    expression = placedNumber(form);
    PLACED.set(form, expression);
  }
  return expression.exec(head.normalize('NFC'))?.[1] ?? null;
}

/**
 * The revision as the text's language prints it. Chinese texts mix the ASCII comma with the full-width one
 * (`2014年,迪拜，修订版`): it is kept with full-width commas, so every Chinese version of a title says it alike.
 */
function revisionIn(inside: string, language: TextLanguage): string {
  const trimmed = inside.trim();
  return language === 'zh' ? trimmed.replace(/\s*[,，]\s*/g, '，') : trimmed;
}

/** Reads a title line in `language`, or null when the line is not one. */
export function readTitleLine(line: string, language: TextLanguage): TitleLine | null {
  let head = line.trim();
  let revision: string | null = null;
  const brackets = splitTrailingBrackets(head);
  if (brackets) {
    head = brackets[0];
    revision = revisionIn(brackets[1], language);
  }
  // Words, then the number: a head of more words is no title (and a paragraph's head is not scanned whole).
  if (hasMoreWordsThan(head, TITLE_MAX_WORDS + 1)) {
    return null;
  }
  const { kinds, draftKinds } = TITLE_WORDS[language];
  const numbered = splitNumberAtEnd(head);
  const words = numbered ? phrase(numbered[0]) : null;
  for (const kind of INSTRUMENT_KINDS) {
    for (const [forms, draft] of [
      [kinds[kind], false],
      [draftKinds[kind], true],
    ] as const) {
      for (const form of forms) {
        const number = form.includes('{n}')
          ? readPlacedNumber(head, form)
          : numbered && phrase(form) === words
            ? numbered[1]
            : null;
        if (number !== null) {
          return { kind, number, revision, draft };
        }
      }
    }
  }
  return null;
}

/** Prints a title line as `language` does: `RESOLUTION 901 (Rev. …)`, `第901号决议（2017年，…，修订版）`. */
export function printTitleLine(language: TextLanguage, title: Omit<TitleLine, 'draft'>): string {
  const words = TITLE_WORDS[language];
  const form = (title.number.startsWith('[') ? words.draftKinds : words.kinds)[title.kind][0]!;
  const head = form.includes('{n}') ? form.replace('{n}', title.number) : `${form} ${title.number}`;
  if (title.revision === null) {
    return head;
  }
  return language === 'zh' ? `${head}（${title.revision}）` : `${head} (${title.revision})`;
}

/** How many words of a line `readAnnexLine` reads: the annex word, a number, and the word that links it. */
export const ANNEX_LINE_WORDS = 3;

/**
 * Reads an annex line in `language`, or null. The words after `ANNEX n` must name what it annexes. `words` are
 * the line's first words, at least `ANNEX_LINE_WORDS` of them, when the caller has read them already.
 */
export function readAnnexLine(
  line: string,
  language: TextLanguage,
  words: readonly LineWord[] = wordsOf(line, ANNEX_LINE_WORDS),
): AnnexLine | null {
  // A sentence that starts with "Annex 1 to …" is text: annex lines end without punctuation.
  if (/[.,;:،؛。，；：]$/.test(line.trim())) {
    return null;
  }
  if (language === 'zh') {
    return readChineseAnnexLine(line);
  }
  const { annex, annexLinks, annexLinkPrefixes } = TITLE_WORDS[language];
  if (words[0] === undefined || !annex.some((word) => phrase(word) === words[0]!.folded)) {
    return null;
  }
  let next = 1;
  let num = '';
  if (words[1] !== undefined && /^(\d+|[a-z])$/i.test(words[1].folded)) {
    num = words[1].printed.replace(/[.:,]$/, '');
    next = 2;
  }
  const link = words[next];
  const linked =
    link === undefined ||
    link.printed.startsWith('(') ||
    annexLinks.some((word) => phrase(word) === link.folded) ||
    annexLinkPrefixes.some((prefix) => link.folded.startsWith(prefix) && link.folded.length > prefix.length + 1);
  return linked ? { num, heading: line.trim().replace(/\s+/g, ' ') } : null;
}

const CHINESE_ANNEX = /^(.*?)附件\s*(\d+|[A-Za-z])?$/u;

/**
 * A Chinese annex line: `附件`, `附件1`, or the title it annexes then the annex (`第901号决议（…）附件1`, with or
 * without `的` before 附件); anything else before 附件 makes the line text.
 */
function readChineseAnnexLine(line: string): AnnexLine | null {
  const trimmed = line.trim();
  if (trimmed.length > TITLE_MAX_LENGTH || !trimmed.includes('附件')) {
    return null;
  }
  const match = CHINESE_ANNEX.exec(trimmed);
  if (match === null) {
    return null;
  }
  const annexed = match[1]!.trim().replace(/的$/, '');
  if (annexed !== '' && readTitleLine(annexed, 'zh') === null) {
    return null;
  }
  return { num: match[2] ?? '', heading: trimmed.replace(/\s+/g, ' ') };
}

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

const TRAILING_BRACKETS = /^(.*?)\s*[(（]([^()（）]+)[)）]$/;
const NUMBER_AT_END = /^(.*\S)\s+(\[[^\]\s]+\]|\S*\d\S*)$/;

/** Reads a title line in `language`, or null when the line is not one. */
export function readTitleLine(line: string, language: TextLanguage): TitleLine | null {
  let head = line.trim();
  let revision: string | null = null;
  const brackets = TRAILING_BRACKETS.exec(head);
  if (brackets) {
    head = brackets[1]!;
    revision = brackets[2]!.trim();
  }
  // Words, then the number: a head of more words is no title (and a paragraph's head is not scanned whole).
  if (hasMoreWordsThan(head, TITLE_MAX_WORDS + 1)) {
    return null;
  }
  const numbered = NUMBER_AT_END.exec(head);
  if (!numbered) {
    return null;
  }
  const words = phrase(numbered[1]!);
  const { kinds, draftKinds } = TITLE_WORDS[language];
  for (const kind of INSTRUMENT_KINDS) {
    for (const [forms, draft] of [
      [kinds[kind], false],
      [draftKinds[kind], true],
    ] as const) {
      if (forms.some((form) => phrase(form) === words)) {
        return { kind, number: numbered[2]!, revision, draft };
      }
    }
  }
  return null;
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
  if (/[.,;:،؛]$/.test(line.trim())) {
    return null;
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

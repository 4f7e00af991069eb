import { LONGEST_HEADING_WORDS, matchHeading, opensWith, type HeadingMatch } from './heading-match.ts';
import { HEADING_LANGUAGES, type HeadingLanguage } from './headings.ts';
import { wordsOf } from './normalize.ts';
import { readMarker, type Marker } from './numbering.ts';
import { dominantScript, SCRIPT_OF } from './script.ts';
import { TEXT_LANGUAGES, isTextLanguage, type TextLanguage } from './structured-text.ts';
import { ANNEX_LINE_WORDS, readAnnexLine, type AnnexLine } from './title-line.ts';
import { TITLE_WORDS } from './title-words.ts';

/** What one line of a text is. `foreign` names the language of words that are not the text's own. */
export type LineKind =
  | { type: 'annex'; annex: AnnexLine; foreign: TextLanguage | null }
  | { type: 'heading'; match: HeadingMatch; foreign: HeadingLanguage | null }
  | { type: 'item'; marker: Marker }
  | { type: 'text' };

/** Whether the rest of a heading line opens an item: a number, or a word such as `that` in `language`. */
export function startsItemIn(language: HeadingLanguage): (rest: string) => boolean {
  const openers = isTextLanguage(language) ? TITLE_WORDS[language].itemOpeners : [];
  return (rest) => readMarker(rest) !== null || opensWith(rest, openers);
}

/**
 * Classifies a non-blank line of a text in `language`: an annex line, a heading (possibly with its first
 * item), a numbered item, or text. A line that is a heading or annex only in another language is returned as
 * such with `foreign` set; words of another script count even when followed by more words.
 */
export function classifyLine(line: string, language: TextLanguage): LineKind {
  // The first words, read once for every language tried.
  const words = wordsOf(line, Math.max(LONGEST_HEADING_WORDS, ANNEX_LINE_WORDS));
  const annex = readAnnexLine(line, language, words);
  if (annex) {
    return { type: 'annex', annex, foreign: null };
  }
  const match = matchHeading(line, language, startsItemIn(language), words);
  if (match) {
    return { type: 'heading', match, foreign: null };
  }
  const marker = readMarker(line);
  if (marker) {
    return { type: 'item', marker };
  }
  const script = dominantScript(line);
  const otherScript = script !== null && script !== SCRIPT_OF[language];
  for (const other of HEADING_LANGUAGES) {
    const foreign = other === language ? null : matchHeading(line, other, startsItemIn(other), words);
    if (foreign && (foreign.form !== 'extended' || otherScript)) {
      return { type: 'heading', match: foreign, foreign: other };
    }
  }
  for (const other of TEXT_LANGUAGES) {
    const foreign = other === language ? null : readAnnexLine(line, other, words);
    if (foreign) {
      return { type: 'annex', annex: foreign, foreign: other };
    }
  }
  return { type: 'text' };
}

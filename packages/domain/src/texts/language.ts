import { matchHeading } from './heading-match.ts';
import type { TextLanguage } from './structured-text.ts';
import { readTitleLine } from './title-line.ts';

const ARABIC_LETTERS = /[\u0621-\u064A]/g;
const LATIN_LETTERS = /[A-Za-z\u00C0-\u024F]/g;

/**
 * The language of a text, when the caller does not say: Arabic when Arabic letters outnumber Latin ones, else
 * French when more lines read as French headings or titles than as English ones, else English.
 */
export function detectTextLanguage(source: string): TextLanguage {
  const arabic = source.match(ARABIC_LETTERS)?.length ?? 0;
  const latin = source.match(LATIN_LETTERS)?.length ?? 0;
  if (arabic > latin) {
    return 'ar';
  }
  const score = { en: 0, fr: 0 };
  for (const line of source.split(/\r\n|\r|\n/)) {
    for (const language of ['en', 'fr'] as const) {
      const heading = matchHeading(line, language, () => true);
      if ((heading !== null && heading.form !== 'extended') || readTitleLine(line, language) !== null) {
        score[language] += 1;
      }
    }
  }
  return score.fr > score.en ? 'fr' : 'en';
}

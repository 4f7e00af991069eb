import { TOKEN_KIND, scanTokens } from '../diff/word-diff.ts';
import type { Language } from '../languages.ts';

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** What a translation's volume is counted in: words, or characters for Chinese. */
export type VolumeUnit = 'words' | 'characters';

/** How much there is to translate in a text. */
export interface TranslationVolume {
  count: number;
  unit: VolumeUnit;
}

/**
 * How much a translator has to translate in `text`, written in `language` (docs/translations.md): its words, by
 * the diff's tokenizer (a word, a number, each a unit; punctuation, spaces and invisible marks none). Chinese does not space its
 * words, so a Chinese text is counted in characters: the tokenizer makes each Han character a token of its own,
 * and a Latin word or a number inside it counts as one.
 */
export function translationVolume(text: string, language: Language): TranslationVolume {
  const scan = scanTokens(text);
  let count = 0;
  let start = 0;
  for (let t = 0; t < scan.count; t++) {
    const end = scan.ends[t]!;
    // A directional mark standing alone between punctuation and a space is a token of the word kind, not a word.
    if (scan.kinds[t] === TOKEN_KIND.word && LETTER_OR_DIGIT.test(text.slice(start, end))) {
      count++;
    }
    start = end;
  }
  return { count, unit: language === 'zh' ? 'characters' : 'words' };
}

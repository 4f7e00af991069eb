import type { Issue } from '../errors.ts';

/** The languages the text parser reads: the six of the ITU, in the order of LANGUAGES (docs/texts.md). */
export const TEXT_LANGUAGES = ['ar', 'zh', 'en', 'fr', 'ru', 'es'] as const;
export type TextLanguage = (typeof TEXT_LANGUAGES)[number];

/** True when the parser reads `value` (ar, zh, en, fr, ru, es). */
export function isTextLanguage(value: string): value is TextLanguage {
  return (TEXT_LANGUAGES as readonly string[]).includes(value);
}

/** The kinds of instrument a conference adopts. */
export const INSTRUMENT_KINDS = [
  'resolution',
  'recommendation',
  'question',
  'declaration',
  'action-plan',
  'regional-initiative',
] as const;
export type InstrumentKind = (typeof INSTRUMENT_KINDS)[number];

/** Where a provision sits: under a preamble heading, under an operative heading, or in an annex. */
export const PROVISION_SECTIONS = ['preamble', 'operative', 'annex'] as const;
export type ProvisionSection = (typeof PROVISION_SECTIONS)[number];

/**
 * One citable piece of an instrument: an item under a heading, a sub-item, an annex or a paragraph of an annex.
 * `id` is language-neutral (`considering.a`, `resolves.2.i`, `annex-1.3`), so language versions align by id.
 */
export interface Provision {
  id: string;
  section: ProvisionSection;
  /** The heading that governs it, as printed (`considering`, `وإذ يدرك`, `ANNEX 1 TO RESOLUTION 1 (…)`). */
  heading: string;
  /** The canonical key of that heading (`considering`, `instructs-director`, `annex-1`). */
  headingKey: string;
  /** The number as printed (`b)`, `ب)`, `2`, `(أ)`); empty for an unnumbered item and for a lone `ANNEX`. */
  num: string;
  /** The item's key in Latin letters and Western digits, whatever the language prints (`b`, `2`, `i`, `abis`). */
  key: string;
  /** The id of the provision it belongs to (a sub-item's item, an annex paragraph's annex), else null. */
  parent: string | null;
  /** The text without its number; paragraphs that continue the provision are joined with a line feed. */
  text: string;
}

/**
 * A parsed instrument text in one language. `revision` is the version label of the title, kept as printed in
 * the text's language ("Rev. Buenos Aires, 2017", "Rév. Buenos Aires, 2017", "المراجَع في بوينس آيرس، 2017",
 * "Пересм. Буэнос-Айрес, 2017 г.", "2017年，布宜诺斯艾利斯，修订版", or "Dubai, 2014" for a text never revised);
 * null when the title has none (a draft new text).
 */
export interface StructuredText {
  language: TextLanguage;
  kind: InstrumentKind;
  /** "1", "5/1", "[ARB-1]". */
  number: string;
  revision: string | null;
  /** The subject line. */
  title: string;
  /** The opening formula ("The World Telecommunication Development Conference (Buenos Aires, 2017),"). */
  body: string;
  /** In document order. */
  provisions: Provision[];
}

/** What the parser returns: the text, and the things it accepted but a person should check (unknown headings). */
export interface ParsedText {
  text: StructuredText;
  /** Located like errors: path `['line', n]`, a code and a message. */
  warnings: Issue[];
}

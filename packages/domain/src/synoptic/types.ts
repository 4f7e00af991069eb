/**
 * The shapes of the synoptic compilation: every proposal on every provision of one instrument version, side by
 * side against the base, with a divergence class and score per provision. The compiler (compile.ts), the
 * alignment of a whole proposed text (align.ts) and the divergence measures (divergence.ts) share them; the
 * server and the `tansiq compare` command build their answers from them.
 */
import type { DiffOp } from '../diff/word-diff.ts';
import type { Provision } from '../texts/structured-text.ts';

/** The marks a compilation shows for a source on a provision (OTHER proposals are not tied to provisions). */
export const SYNOPTIC_MARKS = ['ADD', 'ADD*', 'MOD', '(MOD)', 'SUP', 'SUP*', 'NOC'] as const;
export type SynopticMark = (typeof SYNOPTIC_MARKS)[number];

/** The base provisions of a version in document order (the texts library stores them in this shape). */
export type BaseProvision = Pick<
  Provision,
  'id' | 'section' | 'heading' | 'headingKey' | 'num' | 'key' | 'parent' | 'text'
>;

/**
 * One source's proposal on one provision, as stored in a contribution or as found by aligning a whole proposed
 * text with the base.
 */
export interface ProvisionChange {
  mark: SynopticMark;
  /**
   * The base provision aimed at; for an ADD, the new provision's id when the source gives one (a contribution's
   * `considering.d`), or null when the compiler is to make one (alignment of a whole text).
   */
  provisionId: string | null;
  /** For an ADD: the base provision it follows in document order; null when it goes first. */
  after?: string | null;
  /** For an ADD: its section, heading and number as printed in the source (the compiler guesses when absent). */
  section?: Provision['section'];
  heading?: string;
  headingKey?: string;
  num?: string;
  /** The proposed text; null for SUP and NOC. An empty text is a text: a MOD to '' deletes every word, not a SUP. */
  text: string | null;
  /** The proposal number when it comes from a contribution (`EGY/12/1`), else null. */
  number: string | null;
}

/** One source of proposals on the version: a contribution's author (EGY, ARB) or a compared file. */
export interface SynopticSource {
  source: string;
  /** A proposal on the whole text (SUP abrogates it, NOC keeps it), with its number; null when there is none. */
  wholeText: { mark: 'SUP' | 'SUP*' | 'NOC'; number: string | null } | null;
  changes: ProvisionChange[];
}

/** What one source does to one row of the compilation. */
export interface SynopticEntry {
  source: string;
  mark: SynopticMark;
  number: string | null;
  /** The source's text of the provision; null for SUP and for a source that keeps it or does not add it. */
  text: string | null;
  /** True when the word diff fell back to a coarser unit (the texts were too far apart). */
  coarse: boolean;
  /** The word diff against the base after clean-up: `equal` runs carry the base's text; [] for NOC. */
  ops: DiffOp[];
}

/** How the sources stand on one provision (docs/divergence.md defines each class and the score). */
export const DIVERGENCE_CLASSES = ['unchanged', 'single', 'same', 'compatible', 'conflict', 'sup-mod'] as const;
export type DivergenceClass = (typeof DIVERGENCE_CLASSES)[number];

/** One provision of the compilation: a base provision, or a provision some source adds. */
export interface SynopticRow {
  id: string;
  section: Provision['section'];
  heading: string;
  num: string;
  /** The base text; null for an added provision. */
  base: string | null;
  /** Every source once, in the compilation's source order. */
  entries: SynopticEntry[];
  class: DivergenceClass;
  /** In [0, 1]: 0 when no source changes the provision, higher when changes collide. */
  divergence: number;
}

/** The divergence of two sources over the rows of a compilation, in [0, 1]. */
export interface SourcePair {
  a: string;
  b: string;
  divergence: number;
}

/** The compilation of one version: rows in document order, with ADD rows where they would go. */
export interface Synoptic {
  /** The sources in the order given (the caller documents its order). */
  sources: string[];
  rows: SynopticRow[];
  /** The version's divergence in [0, 1]. */
  divergence: number;
  /** Every unordered pair of sources once, `a` before `b` in source order. */
  pairs: SourcePair[];
}

/**
 * Options forwarded as they are to the word diff (`ignoreCase`, `ignoreDiacritics`, `ignoreSpacing` where the
 * diff offers them); clean-up is always on. Off unless the caller asks.
 */
export type SynopticDiffOptions = Readonly<Record<string, unknown>>;

/** Options of the compiler and of the measures built on its rows. */
export interface SynopticOptions {
  diff?: SynopticDiffOptions;
}

/**
 * The word diff of two texts (issue 5): what a contribution's MOD changes in the text in force, what the editor
 * previews as the delegate types, and what the synoptic compilation shows per source.
 *
 * - Tokens (`tokenize.ts`): words (an Arabic word with its diacritics, hamza forms and tatweel), numbers, single
 *   Chinese characters, whitespace runs and single punctuation marks; joined, they give the text back exactly.
 * - Core (`onp.ts`, `myers.ts`): each token gets an integer id (its FNV-1a hash, from the scan; `token-ids.ts`),
 *   the common prefix and suffix are trimmed, then Wu-Manber-Myers' O(NP) diff runs on the ids while its path
 *   fits in MAX_PATH_RECORDS ints, else Myers' linear-space O(ND). Both are minimal: before clean-up the changed
 *   tokens are exactly those outside a longest common subsequence. Should two different tokens share a hash and
 *   be kept as equal, building the ops sees it and the diff is made again with exact ids. Chosen by
 *   `npm run bench:diff`: about 6 times faster than diff-match-patch on 20,000 words with 2% changed (4.7 to 7.5
 *   times over runs on a shared 2-core machine), with the same, minimal, count of changed tokens; the
 *   linear-space Myers alone on interned ids measured 2 to 4 times.
 * - Bound and fallback (`coarse.ts`): past MAX_EDIT_DISTANCE tokens of edit distance (4,000), or MAX_DIFF_WORK
 *   steps, the word diff gives up and the texts are diffed by sentence, then by paragraph, each changed block of
 *   units then being diffed again by word within the same bounds; when every level fails the whole text is
 *   replaced. The result says so: `coarse: true` and `granularity` the unit used. Time and memory stay bounded
 *   whatever the texts (two unrelated 100,000-word texts: well under a second).
 * - Clean-up (`cleanup.ts`), a separate step: `cleanupSpaces` by default, `cleanupSemantic` on request.
 * - Ignore options (diacritics, case, spacing): tokens are compared under a normalisation, see WordDiffOptions.
 * - Every op carries where it starts in both texts, in tokens and in UTF-16 code units, and its token count.
 * - Whatever keeps a diff keeps `algorithm` with it; ops are self-contained (they carry their text), so diffs
 *   stored by an earlier algorithm (`lcs-words/1`) still render as they were made.
 */
import { cleanupSpaces } from './cleanup.ts';
import { budget, coarseMarks, forEachBlock } from './coarse.ts';
import { markChanges } from './myers.ts';
import { exactTokenIds, normalisedTokenIds } from './token-ids.ts';
import { scanTokens, tokenize, type DiffUnit, type TokenScan } from './tokenize.ts';

export { cleanupSemantic, cleanupSpaces } from './cleanup.ts';
export { MAX_DIFF_WORK, MAX_EDIT_DISTANCE } from './coarse.ts';
export { TOKEN_KIND, groupTokens, scanTokens, tokenize, type DiffUnit, type TokenScan } from './tokenize.ts';

export const DIFF_OPS = ['equal', 'insert', 'delete'] as const;
/** What a run of a diff does: keeps the text, inserts it or deletes it. */
export type DiffOpKind = (typeof DIFF_OPS)[number];

/**
 * One run of a diff: text kept, inserted or deleted. `text` is the base's for `equal` and `delete` runs and the
 * changed text's for `insert` runs. The offsets are present on ops made by `wordDiff` (not on diffs stored by
 * `lcs-words/1`); for an insertion the base offsets give the point where it goes, for a deletion the changed ones.
 */
export interface DiffOp {
  op: DiffOpKind;
  text: string;
  /** Only on an `equal` run kept under an ignore option whose changed text differs from the base's `text`. */
  changedText?: string;
  /** Where the run starts in the base: token index and UTF-16 offset. */
  baseToken?: number;
  baseChar?: number;
  /** Where the run starts in the changed text: token index and UTF-16 offset. */
  changedToken?: number;
  changedChar?: number;
  /** How many tokens the run holds (on each side for an `equal` run). */
  tokens?: number;
}

/** An op made by `wordDiff`, with its offsets. */
export interface LocatedDiffOp extends DiffOp {
  baseToken: number;
  baseChar: number;
  changedToken: number;
  changedChar: number;
  tokens: number;
}

/** The unit a diff was computed on: words, or a coarser one when the texts were too far apart. */
export type DiffGranularity = 'word' | DiffUnit | 'text';

/** A word diff of two texts with the algorithm that made it. */
export interface WordDiff {
  algorithm: string;
  /** True when the texts were too far apart for a word diff and a coarser unit was used (see `granularity`). */
  coarse: boolean;
  /** The unit diffed: 'word', or when coarse 'sentence', 'paragraph' or 'text' (absent on `lcs-words/1` diffs). */
  granularity?: DiffGranularity;
  ops: DiffOp[];
}

/** A word diff as `wordDiff` makes it: ops with offsets, and the granularity. */
export interface LocatedWordDiff extends WordDiff {
  granularity: DiffGranularity;
  ops: LocatedDiffOp[];
}

/**
 * How `wordDiff` compares. With an ignore option, tokens equal under the normalisation are kept: the `equal` run
 * carries the base's text in `text` and, when the changed text differs there, the changed text's in
 * `changedText`, so `diffBase` and `diffResult` still give both texts exactly while a renderer that shows `text`
 * shows the base's spelling. `isUnchanged` is then true for texts that differ only in what is ignored.
 */
export interface WordDiffOptions {
  /** Apply `cleanupSpaces` (default true); false gives the core's minimal diff. */
  cleanup?: boolean;
  /**
   * Ignore combining marks and the tatweel: Arabic harakat, shadda, sukun, dagger alif and Quranic marks, Latin
   * accents (é = e). Hamza and madda are letters here and still count (أ ≠ ا).
   */
  ignoreDiacritics?: boolean;
  /** Ignore letter case (locale-independent lower case). */
  ignoreCase?: boolean;
  /**
   * Any run of whitespace equals any other (one space, several, a tab, a line break, a no-break space), and the
   * invisible directional marks, word joiner and byte order mark are dropped from words and numbers (`tokenize.ts`);
   * a missing space still counts, and so does a mark standing alone between a punctuation mark and a space.
   */
  ignoreSpacing?: boolean;
}

/** The algorithm's name and version, stored beside any diff kept. */
export const WORD_DIFF_ALGORITHM = 'myers-words/1';

/**
 * The word diff of `base` against `changed`: applying the ops to `base` gives `changed` (`diffResult`), and
 * keeping only the base's side gives `base` (`diffBase`). By default (`cleanup` true) the ops are cleaned by
 * `cleanupSpaces`; `cleanupSemantic` can be applied on top by the caller.
 */
export function wordDiff(base: string, changed: string, options: WordDiffOptions = {}): LocatedWordDiff {
  const scanA = scanTokens(base);
  const scanB = scanTokens(changed);
  const ignoring = options.ignoreCase === true || options.ignoreDiacritics === true || options.ignoreSpacing === true;
  // Without ignore options the tokens' hashes serve as ids; should two different tokens share a hash and be
  // kept as equal, building the ops finds out and the diff is made again with exact ids.
  const diff = ignoring
    ? diffIds(base, scanA, changed, scanB, normalisedTokenIds(base, scanA, changed, scanB, options), 'ignoring')
    : (diffIds(
        base,
        scanA,
        changed,
        scanB,
        [scanA.hashes.subarray(0, scanA.count), scanB.hashes.subarray(0, scanB.count)],
        'hashed',
      ) ?? diffIds(base, scanA, changed, scanB, exactTokenIds(base, scanA, changed, scanB), 'exact'));
  const { ops, granularity } = diff!;
  return {
    algorithm: WORD_DIFF_ALGORITHM,
    coarse: granularity !== 'word',
    granularity,
    ops: options.cleanup === false ? ops : cleanupSpaces(ops),
  };
}

/** The core and its fallback on token ids, written as ops; null when hashed ids turn out to collide. */
function diffIds(
  base: string,
  scanA: TokenScan,
  changed: string,
  scanB: TokenScan,
  [a, b]: [Int32Array, Int32Array],
  ids: IdKind,
): { ops: LocatedDiffOp[]; granularity: DiffGranularity } | null {
  const removed = new Uint8Array(a.length);
  const added = new Uint8Array(b.length);
  let granularity: DiffGranularity = 'word';
  const whole = { aLo: 0, aHi: a.length, bLo: 0, bHi: b.length };
  if (!markChanges(a, b, whole, removed, added, budget())) {
    granularity = coarseMarks(
      { text: base, scan: scanA, ids: a, marks: removed },
      { text: changed, scan: scanB, ids: b, marks: added },
    );
  }
  const ops = buildOps(base, scanA, removed, changed, scanB, added, ids);
  return ops === null ? null : { ops, granularity };
}

/** What token ids stand for: exact tokens, tokens' hashes (to be checked), or tokens under a normalisation. */
type IdKind = 'exact' | 'hashed' | 'ignoring';

/**
 * Writes the marks as ops: kept runs, then each change block as its deletion followed by its insertion. With
 * hashed ids, returns null when a kept run's two sides differ (two tokens shared a hash).
 */
function buildOps(
  base: string,
  scanA: TokenScan,
  removed: Uint8Array,
  changed: string,
  scanB: TokenScan,
  added: Uint8Array,
  ids: IdKind,
): LocatedDiffOp[] | null {
  const ops: LocatedDiffOp[] = [];
  const charA = (t: number) => (t === 0 ? 0 : scanA.ends[t - 1]!);
  const charB = (t: number) => (t === 0 ? 0 : scanB.ends[t - 1]!);
  const op = (kind: DiffOp['op'], text: string, aLo: number, bLo: number, tokens: number): LocatedDiffOp => ({
    op: kind,
    text,
    baseToken: aLo,
    baseChar: charA(aLo),
    changedToken: bLo,
    changedChar: charB(bLo),
    tokens,
  });
  let i = 0;
  let j = 0;
  let collided = false;
  const keep = (aHi: number, bHi: number) => {
    if (aHi > i) {
      const kept = op('equal', base.slice(charA(i), charA(aHi)), i, j, aHi - i);
      if (ids !== 'exact') {
        const changedText = changed.slice(charB(j), charB(bHi));
        if (changedText !== kept.text) {
          kept.changedText = changedText;
          collided ||= ids === 'hashed';
        }
      }
      ops.push(kept);
    }
  };
  forEachBlock(removed, added, (aLo, aHi, bLo, bHi) => {
    keep(aLo, bLo);
    if (aHi > aLo) {
      ops.push(op('delete', base.slice(charA(aLo), charA(aHi)), aLo, bLo, aHi - aLo));
    }
    if (bHi > bLo) {
      ops.push(op('insert', changed.slice(charB(bLo), charB(bHi)), aHi, bLo, bHi - bLo));
    }
    i = aHi;
    j = bHi;
  });
  keep(removed.length, added.length);
  return collided ? null : ops;
}

/** The base text a diff was made from (equal and deleted runs). */
export function diffBase(diff: WordDiff): string {
  return diff.ops
    .filter((op) => op.op !== 'insert')
    .map((op) => op.text)
    .join('');
}

/** The changed text a diff leads to (equal runs, in the changed text's spelling when it differs, and insertions). */
export function diffResult(diff: WordDiff): string {
  return diff.ops
    .filter((op) => op.op !== 'delete')
    .map((op) => (op.op === 'equal' ? (op.changedText ?? op.text) : op.text))
    .join('');
}

/** True when the diff changes nothing (under its ignore options, if any). */
export function isUnchanged(diff: WordDiff): boolean {
  return diff.ops.every((op) => op.op === 'equal');
}

/** The tokens a diff deletes plus those it inserts (from `tokens` when present, else by tokenizing). */
export function countChangedTokens(ops: readonly DiffOp[]): number {
  let count = 0;
  for (const op of ops) {
    if (op.op !== 'equal') {
      count += op.tokens ?? tokenize(op.text).length;
    }
  }
  return count;
}

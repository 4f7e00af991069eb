/**
 * The word diff of two texts (issue 5): what a contribution's MOD changes in the text in force, what the editor
 * previews as the delegate types, and what the synoptic compilation shows per source.
 *
 * - Tokens (`tokenize.ts`): words (an Arabic word with its diacritics, hamza forms and tatweel), numbers, single
 *   Chinese characters, whitespace runs and single punctuation marks; joined, they give the text back exactly.
 * - Core (`myers.ts`): each distinct token gets a small integer id and Myers' linear-space O(ND) diff runs on the
 *   ids after trimming the common prefix and suffix. It is minimal: before clean-up the changed tokens are
 *   exactly those outside a longest common subsequence. Chosen by `npm run bench:diff` (at least 5 times faster
 *   than diff-match-patch on 20,000 words with 2% changed, with no more changed tokens).
 * - Bound and fallback: past MAX_EDIT_DISTANCE tokens of edit distance, or MAX_DIFF_WORK steps, the word diff
 *   gives up and the texts are diffed by sentence, then by paragraph, each changed block of units then being
 *   diffed again by word within the same bounds; when every level fails the whole text is replaced. The result
 *   says so: `coarse: true` and `granularity` the unit used. Time and memory stay bounded whatever the texts.
 * - Clean-up (`cleanup.ts`), a separate step: `cleanupSpaces` by default, `cleanupSemantic` on request.
 * - Ignore options (diacritics, case, spacing): tokens are compared under a normalisation, see WordDiffOptions.
 * - Every op carries where it starts in both texts, in tokens and in UTF-16 code units, and its token count.
 * - Whatever keeps a diff keeps `algorithm` with it; ops are self-contained (they carry their text), so diffs
 *   stored by an earlier algorithm (`lcs-words/1`) still render as they were made.
 */
import { cleanupSpaces } from './cleanup.ts';
import { markChanges, type DiffBudget } from './myers.ts';
import { TOKEN_KIND, groupTokens, scanTokens, tokenize, type DiffUnit, type TokenScan } from './tokenize.ts';

export { cleanupSemantic, cleanupSpaces } from './cleanup.ts';
export { TOKEN_KIND, groupTokens, scanTokens, tokenize, type DiffUnit, type TokenScan } from './tokenize.ts';

/**
 * One run of a diff: text kept, inserted or deleted. `text` is the base's for `equal` and `delete` runs and the
 * changed text's for `insert` runs. The offsets are present on ops made by `wordDiff` (not on diffs stored by
 * `lcs-words/1`); for an insertion the base offsets give the point where it goes, for a deletion the changed ones.
 */
export interface DiffOp {
  op: 'equal' | 'insert' | 'delete';
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
  /** Any run of whitespace equals any other (one space, several, a tab, a line break); a missing space still counts. */
  ignoreSpacing?: boolean;
}

/** The algorithm's name and version, stored beside any diff kept. */
export const WORD_DIFF_ALGORITHM = 'myers-words/1';

/**
 * The largest edit distance (tokens deleted plus inserted) diffed by word; past it the diff goes coarse. A word
 * changed costs 2 (its deletion and insertion), a word inserted or deleted with its space 2, so 2% of a
 * 20,000-word text is about 800-1,200 and 10,000 leaves room for about 12% of it; two unrelated texts pass it
 * after about (10,000 / 2)² × 2 = 50 million steps, a fraction of a second.
 */
export const MAX_EDIT_DISTANCE = 4_000;

/** The steps (diagonals visited and tokens compared) one level of the diff may take before it goes coarser. */
export const MAX_DIFF_WORK = 100_000_000;

const COARSE_UNITS: readonly DiffUnit[] = ['sentence', 'paragraph'];

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
    ? diffIds(base, scanA, changed, scanB, tokenIds(base, scanA, changed, scanB, options), 'ignoring')
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

function budget(): DiffBudget {
  return { maxEditDistance: MAX_EDIT_DISTANCE, work: MAX_DIFF_WORK };
}

// Combining marks other than madda and hamza (U+0653-U+0655), and the tatweel.
const DIACRITICS = /\u0640|(?![\u0653-\u0655])\p{Mn}/gu;

/** Gives each distinct token (under the options' normalisation) a small integer id. */
function tokenIds(
  base: string,
  scanA: TokenScan,
  changed: string,
  scanB: TokenScan,
  options: WordDiffOptions,
): [Int32Array, Int32Array] {
  const ids = new Map<string, number>();
  const normalised = new Map<string, string>();
  const normalise = (token: string, kind: number): string => {
    if (kind === TOKEN_KIND.space) {
      return options.ignoreSpacing === true ? ' ' : token;
    }
    let key = normalised.get(token);
    if (key === undefined) {
      key = token;
      if (options.ignoreDiacritics === true) {
        key = key.normalize('NFD').replace(DIACRITICS, '').normalize('NFC');
      }
      if (options.ignoreCase === true) {
        key = key.toLowerCase();
      }
      normalised.set(token, key);
    }
    return key;
  };
  const idsOf = (text: string, scan: TokenScan): Int32Array => {
    const result = new Int32Array(scan.count);
    let start = 0;
    for (let t = 0; t < scan.count; t++) {
      const end = scan.ends[t]!;
      const key = normalise(text.slice(start, end), scan.kinds[t]!);
      let id = ids.get(key);
      if (id === undefined) {
        id = ids.size;
        ids.set(key, id);
      }
      result[t] = id;
      start = end;
    }
    return result;
  };
  return [idsOf(base, scanA), idsOf(changed, scanB)];
}

/**
 * Token ids without normalisation, by an open-addressing hash table over the texts' characters: no substring is
 * made, which is most of the cost on long texts.
 */
function exactTokenIds(base: string, scanA: TokenScan, changed: string, scanB: TokenScan): [Int32Array, Int32Array] {
  let size = 1024;
  while (size < 2 * (scanA.count + scanB.count)) {
    size *= 2;
  }
  const mask = size - 1;
  const slots = new Int32Array(size);
  const texts = [base, changed];
  // For each id: its hash, and where its first occurrence lies (which text, start, length).
  const idHash: number[] = [];
  const idText: number[] = [];
  const idStart: number[] = [];
  const idLength: number[] = [];
  // Single characters (spaces, punctuation: half the tokens) go by their code unit, without hashing.
  const single = new Int32Array(0x10000);
  const idsOf = (side: number, scan: TokenScan): Int32Array => {
    const text = texts[side]!;
    const result = new Int32Array(scan.count);
    let start = 0;
    for (let t = 0; t < scan.count; t++) {
      const end = scan.ends[t]!;
      const length = end - start;
      if (length === 1) {
        const code = text.charCodeAt(start);
        let held = single[code]!;
        if (held === 0) {
          held = idHash.length + 1;
          idHash.push(0);
          idText.push(side);
          idStart.push(start);
          idLength.push(0);
          single[code] = held;
        }
        result[t] = held - 1;
        start = end;
        continue;
      }
      const hash = scan.hashes[t]!;
      let slot = hash & mask;
      let id = -1;
      for (;;) {
        const held = slots[slot]!;
        if (held === 0) {
          id = idHash.length;
          idHash.push(hash);
          idText.push(side);
          idStart.push(start);
          idLength.push(length);
          slots[slot] = id + 1;
          break;
        }
        const candidate = held - 1;
        if (idHash[candidate] === hash && idLength[candidate] === length) {
          const other = texts[idText[candidate]!]!;
          const from = idStart[candidate]!;
          let c = 0;
          while (c < length && other.charCodeAt(from + c) === text.charCodeAt(start + c)) {
            c++;
          }
          if (c === length) {
            id = candidate;
            break;
          }
        }
        slot = (slot + 1) & mask;
      }
      result[t] = id;
      start = end;
    }
    return result;
  };
  return [idsOf(0, scanA), idsOf(1, scanB)];
}

interface Side {
  text: string;
  scan: TokenScan;
  ids: Int32Array;
  marks: Uint8Array;
}

/**
 * The coarse fallback: diffs sentences (then paragraphs) as tokens, marks the tokens of changed units, then
 * diffs each changed block again by word while the bounds allow. Returns the unit used.
 */
function coarseMarks(a: Side, b: Side): DiffGranularity {
  for (const unit of COARSE_UNITS) {
    a.marks.fill(0);
    b.marks.fill(0);
    const unitsA = groupTokens(a.text, a.scan, unit);
    const unitsB = groupTokens(b.text, b.scan, unit);
    const keys = new Map<string, number>();
    const unitIds = (side: Side, ends: Int32Array) =>
      Int32Array.from(ends, (end, u) => {
        const key = side.ids.subarray(u === 0 ? 0 : ends[u - 1]!, end).join(',');
        let id = keys.get(key);
        if (id === undefined) {
          id = keys.size;
          keys.set(key, id);
        }
        return id;
      });
    const idsA = unitIds(a, unitsA);
    const idsB = unitIds(b, unitsB);
    const removedUnits = new Uint8Array(idsA.length);
    const addedUnits = new Uint8Array(idsB.length);
    const whole = { aLo: 0, aHi: idsA.length, bLo: 0, bHi: idsB.length };
    if (markChanges(idsA, idsB, whole, removedUnits, addedUnits, budget())) {
      expandMarks(unitsA, removedUnits, a.marks);
      expandMarks(unitsB, addedUnits, b.marks);
      refine(a, b);
      return unit;
    }
  }
  a.marks.fill(1);
  b.marks.fill(1);
  return 'text';
}

function expandMarks(ends: Int32Array, unitMarks: Uint8Array, tokenMarks: Uint8Array): void {
  for (let u = 0; u < ends.length; u++) {
    if (unitMarks[u] === 1) {
      tokenMarks.fill(1, u === 0 ? 0 : ends[u - 1]!, ends[u]);
    }
  }
}

/** Diffs by word each block of changed units that has both a deleted and an inserted side, within one budget. */
function refine(a: Side, b: Side): void {
  const shared = budget();
  forEachBlock(a.marks, b.marks, (aLo, aHi, bLo, bHi) => {
    if (aLo === aHi || bLo === bHi || shared.work <= 0) {
      return;
    }
    a.marks.fill(0, aLo, aHi);
    b.marks.fill(0, bLo, bHi);
    if (!markChanges(a.ids, b.ids, { aLo, aHi, bLo, bHi }, a.marks, b.marks, shared)) {
      a.marks.fill(1, aLo, aHi);
      b.marks.fill(1, bLo, bHi);
    }
  });
}

/**
 * Calls `visit` for each change block (maximal run of deleted tokens and of inserted tokens between two kept
 * ones). Kept tokens pair up in order, which is what makes the walk valid; the blocks are listed before `visit`
 * runs, so it may rewrite the marks inside them.
 */
function forEachBlock(
  removed: Uint8Array,
  added: Uint8Array,
  visit: (aLo: number, aHi: number, bLo: number, bHi: number) => void,
): void {
  const blocks: number[] = [];
  let i = 0;
  let j = 0;
  while (i < removed.length || j < added.length) {
    while (i < removed.length && j < added.length && removed[i] === 0 && added[j] === 0) {
      i++;
      j++;
    }
    const aLo = i;
    const bLo = j;
    while (i < removed.length && removed[i] === 1) {
      i++;
    }
    while (j < added.length && added[j] === 1) {
      j++;
    }
    if (aLo === i && bLo === j) {
      break;
    }
    blocks.push(aLo, i, bLo, j);
  }
  for (let k = 0; k < blocks.length; k += 4) {
    visit(blocks[k]!, blocks[k + 1]!, blocks[k + 2]!, blocks[k + 3]!);
  }
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

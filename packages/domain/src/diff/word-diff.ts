/**
 * The word diff behind which the synoptic engine will put its fast core (issue 5). This first core is a plain
 * longest-common-subsequence on word tokens: exact and minimal, quadratic, and so bounded (see MAX_CELLS).
 * Whatever keeps a diff keeps `algorithm` with it, so a stored diff renders as it did when it was made.
 */

/** One run of a diff: text kept, inserted or deleted. */
export interface DiffOp {
  op: 'equal' | 'insert' | 'delete';
  text: string;
}

/** A word diff of two texts with the algorithm that made it. */
export interface WordDiff {
  algorithm: string;
  /** True when the texts were too far apart for a word diff and the whole text was replaced. */
  coarse: boolean;
  ops: DiffOp[];
}

/** The algorithm's name and version, stored beside any diff kept. */
export const WORD_DIFF_ALGORITHM = 'lcs-words/1';

/** The largest token grid (base tokens × changed tokens) the quadratic core takes before it goes coarse. */
export const MAX_CELLS = 4_000_000;

// A word keeps its letters, combining marks (Arabic diacritics) and digits together, and the Arabic tatweel;
// runs of spaces are one token, every other character (punctuation) is a token of its own.
const TOKEN = /[\p{L}\p{M}\p{N}\u0640]+|\s+|[^\s\p{L}\p{M}\p{N}\u0640]/gu;

/** Splits a text into word, space and punctuation tokens; joining them gives the text back exactly. */
export function tokenize(text: string): string[] {
  return text.match(TOKEN) ?? [];
}

function push(ops: DiffOp[], op: DiffOp['op'], text: string): void {
  if (text === '') {
    return;
  }
  const last = ops[ops.length - 1];
  if (last !== undefined && last.op === op) {
    last.text += text;
  } else {
    ops.push({ op, text });
  }
}

/**
 * The word diff of `base` against `changed`: applying the ops to `base` gives `changed`. With `cleanup` (the
 * default) a run of spaces between two changes joins them, so a reader sees "Member States" replaced by
 * "developing countries" rather than two one-word swaps around a kept space.
 */
export function wordDiff(base: string, changed: string, options: { cleanup?: boolean } = {}): WordDiff {
  const raw = rawWordDiff(base, changed);
  return options.cleanup === false ? raw : { ...raw, ops: cleanupSpaces(raw.ops) };
}

/**
 * The clean-up step, apart from the core: a whitespace-only run kept between two changes becomes part of both
 * sides, then each change block is written as its deletions followed by its insertions.
 */
export function cleanupSpaces(ops: readonly DiffOp[]): DiffOp[] {
  const absorbed = ops.flatMap((op, index): DiffOp[] => {
    const before = ops[index - 1];
    const after = ops[index + 1];
    const between = before !== undefined && after !== undefined && before.op !== 'equal' && after.op !== 'equal';
    return op.op === 'equal' && between && op.text.trim() === ''
      ? [
          { op: 'delete', text: op.text },
          { op: 'insert', text: op.text },
        ]
      : [op];
  });
  const result: DiffOp[] = [];
  let deleted = '';
  let inserted = '';
  const flush = () => {
    push(result, 'delete', deleted);
    push(result, 'insert', inserted);
    deleted = '';
    inserted = '';
  };
  for (const op of absorbed) {
    if (op.op === 'delete') {
      deleted += op.text;
    } else if (op.op === 'insert') {
      inserted += op.text;
    } else {
      flush();
      push(result, 'equal', op.text);
    }
  }
  flush();
  return result;
}

function rawWordDiff(base: string, changed: string): WordDiff {
  const a = tokenize(base);
  const b = tokenize(changed);
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) {
    start++;
  }
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  const ops: DiffOp[] = [];
  push(ops, 'equal', a.slice(0, start).join(''));
  const midA = a.slice(start, endA);
  const midB = b.slice(start, endB);
  const coarse = midA.length * midB.length > MAX_CELLS;
  if (coarse) {
    push(ops, 'delete', midA.join(''));
    push(ops, 'insert', midB.join(''));
  } else {
    for (const op of lcsOps(midA, midB)) {
      push(ops, op.op, op.text);
    }
  }
  push(ops, 'equal', a.slice(endA).join(''));
  return { algorithm: WORD_DIFF_ALGORITHM, coarse, ops };
}

/** Minimal edit script by dynamic programming over the suffix LCS lengths; deletions before insertions. */
function lcsOps(a: string[], b: string[]): DiffOp[] {
  const width = b.length + 1;
  const lengths = new Uint32Array((a.length + 1) * width);
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      lengths[i * width + j] =
        a[i] === b[j]
          ? lengths[(i + 1) * width + j + 1]! + 1
          : Math.max(lengths[(i + 1) * width + j]!, lengths[i * width + j + 1]!);
    }
  }
  const ops: DiffOp[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      ops.push({ op: 'equal', text: a[i]! });
      i++;
      j++;
    } else if (lengths[(i + 1) * width + j]! >= lengths[i * width + j + 1]!) {
      ops.push({ op: 'delete', text: a[i]! });
      i++;
    } else {
      ops.push({ op: 'insert', text: b[j]! });
      j++;
    }
  }
  for (; i < a.length; i++) ops.push({ op: 'delete', text: a[i]! });
  for (; j < b.length; j++) ops.push({ op: 'insert', text: b[j]! });
  return ops;
}

/** The base text a diff was made from (equal and deleted runs). */
export function diffBase(diff: WordDiff): string {
  return diff.ops
    .filter((op) => op.op !== 'insert')
    .map((op) => op.text)
    .join('');
}

/** The changed text a diff leads to (equal and inserted runs). */
export function diffResult(diff: WordDiff): string {
  return diff.ops
    .filter((op) => op.op !== 'delete')
    .map((op) => op.text)
    .join('');
}

/** True when the diff changes nothing. */
export function isUnchanged(diff: WordDiff): boolean {
  return diff.ops.every((op) => op.op === 'equal');
}

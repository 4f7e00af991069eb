/**
 * Alignment of a whole proposed text with its base: which proposed provision is which base provision, by
 * content and position rather than by number (an inserted item renumbers the ones after it).
 */
import { tokenize } from '../diff/word-diff.ts';
import type { BaseProvision, ProvisionChange } from './types.ts';

/** Two provisions of one heading match by content when their word similarity reaches this. */
export const MATCH_THRESHOLD = 0.5;
/** Added to a pair's similarity when both carry the same id: position breaks ties and keeps rewrites as MODs. */
export const SAME_ID_BONUS = 0.1;

const WORD = /[\p{L}\p{N}]/u;

type Bag = Map<string, number>;

function wordBag(text: string): { bag: Bag; size: number } {
  const bag: Bag = new Map();
  let size = 0;
  for (const token of tokenize(text)) {
    if (WORD.test(token)) {
      const word = token.toLowerCase();
      bag.set(word, (bag.get(word) ?? 0) + 1);
      size++;
    }
  }
  return { bag, size };
}

function dice(x: { bag: Bag; size: number }, y: { bag: Bag; size: number }): number {
  if (x.size + y.size === 0) {
    return 1;
  }
  const [small, large] = x.bag.size <= y.bag.size ? [x.bag, y.bag] : [y.bag, x.bag];
  let shared = 0;
  for (const [word, count] of small) {
    shared += Math.min(count, large.get(word) ?? 0);
  }
  return (2 * shared) / (x.size + y.size);
}

/**
 * The word similarity of two texts in [0, 1]: the Dice coefficient of their words (letters and digits, case
 * folded, counted with repetition), 1 for two texts without words.
 */
export function textSimilarity(a: string, b: string): number {
  return dice(wordBag(a), wordBag(b));
}

type Step =
  { kind: 'match'; base: number; proposed: number } | { kind: 'sup'; base: number } | { kind: 'add'; proposed: number };

/**
 * The best monotone matching of the two provision lists: an LCS where matching base provision i with proposed
 * provision j is allowed when both are under one heading and either their similarity reaches MATCH_THRESHOLD
 * or they carry the same id, and weighs their similarity (plus SAME_ID_BONUS for the same id).
 */
function matchSteps(base: readonly BaseProvision[], proposed: readonly BaseProvision[]): Step[] {
  const n = base.length;
  const m = proposed.length;
  const baseBags = base.map((p) => wordBag(p.text));
  const proposedBags = proposed.map((p) => wordBag(p.text));
  const weight = new Float64Array(n * m).fill(-1);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < m; j++) {
      const b = base[i]!;
      const p = proposed[j]!;
      if (b.headingKey !== p.headingKey) {
        continue;
      }
      const similarity = b.text === p.text ? 1 : dice(baseBags[i]!, proposedBags[j]!);
      if (b.id === p.id) {
        weight[i * m + j] = similarity + SAME_ID_BONUS;
      } else if (similarity >= MATCH_THRESHOLD) {
        weight[i * m + j] = similarity;
      }
    }
  }
  const width = m + 1;
  const best = new Float64Array((n + 1) * width);
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      const w = weight[i * m + j]!;
      const skip = Math.max(best[(i + 1) * width + j]!, best[i * width + j + 1]!);
      best[i * width + j] = w < 0 ? skip : Math.max(skip, w + best[(i + 1) * width + j + 1]!);
    }
  }
  const steps: Step[] = [];
  const EPSILON = 1e-9;
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    const w = weight[i * m + j]!;
    if (w >= 0 && w + best[(i + 1) * width + j + 1]! >= best[i * width + j]! - EPSILON) {
      steps.push({ kind: 'match', base: i++, proposed: j++ });
    } else if (best[(i + 1) * width + j]! >= best[i * width + j + 1]!) {
      steps.push({ kind: 'sup', base: i++ });
    } else {
      steps.push({ kind: 'add', proposed: j++ });
    }
  }
  for (; i < n; i++) {
    steps.push({ kind: 'sup', base: i });
  }
  for (; j < m; j++) {
    steps.push({ kind: 'add', proposed: j });
  }
  return steps;
}

/**
 * Aligns a whole proposed text with its base and says what it does to each provision: every base provision
 * once (NOC when its text is kept exactly, MOD with the proposed text, SUP when nothing matches it), and an
 * ADD for each proposed provision that matches none, in document order. An ADD has no id (the compiler makes
 * one) and `after` is the last base provision before the place it takes: among the suppressed base provisions
 * between the matches around it (up to the first under a heading the proposed text has after the ADD), the
 * last one under its heading, else the last one, else the match before it (null at the very start).
 */
export function alignProvisions(base: readonly BaseProvision[], proposed: readonly BaseProvision[]): ProvisionChange[] {
  const steps = matchSteps(base, proposed);
  // For each step, the base index of the next match at or after it (n when none): the end of an ADD's gap.
  const nextMatch = new Array<number>(steps.length);
  let next = base.length;
  for (let k = steps.length - 1; k >= 0; k--) {
    const step = steps[k]!;
    if (step.kind === 'match') {
      next = step.base;
    }
    nextMatch[k] = next;
  }
  const lastInProposed = new Map(proposed.map((p, j) => [p.headingKey, j]));
  const changes: ProvisionChange[] = [];
  let previousMatch = -1;
  steps.forEach((step, k) => {
    if (step.kind === 'match') {
      previousMatch = step.base;
      const b = base[step.base]!;
      const p = proposed[step.proposed]!;
      changes.push(
        b.text === p.text
          ? { mark: 'NOC', provisionId: b.id, text: null, number: null }
          : { mark: 'MOD', provisionId: b.id, text: p.text, number: null },
      );
    } else if (step.kind === 'sup') {
      changes.push({ mark: 'SUP', provisionId: base[step.base]!.id, text: null, number: null });
    } else {
      const p = proposed[step.proposed]!;
      // Scan the suppressed provisions of the gap up to the first one whose heading the proposed text still
      // has further on (it comes after the ADD); the ADD follows the last scanned one of its heading, else the
      // last scanned one, else the match before the gap.
      let after = previousMatch;
      let sameHeading = -1;
      for (let g = previousMatch + 1; g < nextMatch[k]!; g++) {
        const heading = base[g]!.headingKey;
        if (heading !== p.headingKey && (lastInProposed.get(heading) ?? -1) > step.proposed) {
          break;
        }
        after = g;
        if (heading === p.headingKey) {
          sameHeading = g;
        }
      }
      after = sameHeading === -1 ? after : sameHeading;
      changes.push({
        mark: 'ADD',
        provisionId: null,
        after: after === -1 ? null : base[after]!.id,
        section: p.section,
        heading: p.heading,
        headingKey: p.headingKey,
        num: p.num,
        text: p.text,
        number: null,
      });
    }
  });
  return changes;
}

import { describe, expect, it } from 'vitest';
import { MAX_EDIT_DISTANCE, countChangedTokens, diffBase, diffResult, tokenize, wordDiff } from './word-diff.ts';

/** A deterministic generator (an LCG), so the texts are the same in every run. */
function generator(seed: number): () => number {
  let state = seed;
  return () => {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    return state / 2 ** 32;
  };
}

const VOCABULARY = [
  'يقرر',
  'الدول',
  'الأعضاء',
  'الاتصالاتِ',
  'تنمية',
  'مكتب',
  'جـمـيـع',
  'إنشاء',
  'مسؤولية',
  'resolves',
  'Member',
  'States',
  'developing',
  'countries',
  'the',
  'of',
  'ICT',
  'Bureau',
  'study',
  'groups',
  'report',
  '2017',
];

/** `words` words drawn from the vocabulary (with a per-text suffix so that two seeds share no word). */
function words(count: number, seed: number, suffix = ''): string[] {
  const random = generator(seed);
  return Array.from({ length: count }, () => VOCABULARY[Math.floor(random() * VOCABULARY.length)]! + suffix);
}

/** Words with what follows each: sentences of 12 words, paragraphs of 5 sentences. */
function punctuate(list: readonly string[]): string[] {
  return list.map(
    (word, i) => word + (i === list.length - 1 ? '.' : i % 60 === 59 ? '.\n' : i % 12 === 11 ? '. ' : ' '),
  );
}

const write = (list: readonly string[]) => punctuate(list).join('');

describe('wordDiff on long texts', () => {
  it('diffs two 20,000-word texts with 2% of the words changed by word', () => {
    const base = punctuate(words(20_000, 1));
    const random = generator(2);
    // A third deleted, a third with a word inserted before, a third replaced (each word keeps its punctuation).
    const changed = base.flatMap((word) => {
      const roll = random();
      return roll < 0.0067
        ? []
        : roll < 0.0133
          ? ['new ', word]
          : roll < 0.02
            ? [word.replace(/^[^\s.]+/u, 'other')]
            : [word];
    });
    const [a, b] = [base.join(''), changed.join('')];
    const diff = wordDiff(a, b, { cleanup: false });
    expect(diff.coarse).toBe(false);
    expect(diff.granularity).toBe('word');
    expect(diffResult(diff)).toBe(b);
    expect(countChangedTokens(diff.ops)).toBeLessThan(MAX_EDIT_DISTANCE / 2);
  });

  it('goes coarse fast on two unrelated 100,000-word texts, says so, and still rebuilds both', () => {
    const a = write(words(100_000, 3, 'a'));
    const b = write(words(100_000, 4, 'b'));
    const started = performance.now();
    const diff = wordDiff(a, b);
    // Generous, for a busy machine: it takes well under a second alone.
    expect(performance.now() - started).toBeLessThan(15_000);
    expect(diff.coarse).toBe(true);
    expect(diff.granularity).toBe('paragraph');
    expect(diffBase(diff)).toBe(a);
    expect(diffResult(diff)).toBe(b);
  });

  it('replaces the whole text when even paragraphs are too far apart', () => {
    const lines = (seed: number, suffix: string) =>
      Array.from({ length: 3_000 }, (_, i) => `${words(3, seed + i, suffix).join(' ')}\n`).join('');
    const [a, b] = [lines(10, 'a'), lines(20_000, 'b')];
    const diff = wordDiff(a, b);
    expect(diff.granularity).toBe('text');
    expect(diff.ops.map((op) => op.op)).toEqual(['delete', 'insert']);
    expect(diffResult(diff)).toBe(b);
  });

  it('when the word diff is over its bound, diffs by sentence, then again by word inside changed sentences', () => {
    // Every second sentence rewritten: too far apart for the word diff, close by sentence.
    const sentences = Array.from({ length: 800 }, (_, s) => `${words(12, 100 + s).join(' ')}. `);
    const changed = sentences.map((sentence, s) =>
      s % 2 === 0 ? sentence : `${words(12, 5_000 + s, 'x').join(' ')}. `,
    );
    const [a, b] = [sentences.join(''), changed.join('')];
    const diff = wordDiff(a, b, { cleanup: false });
    expect(diff.coarse).toBe(true);
    expect(diff.granularity).toBe('sentence');
    expect(diffResult(diff)).toBe(b);
    // The kept sentences stay kept; inside the rewritten ones their spaces and full stops are kept too.
    const rewritten = sentences.filter((_, s) => s % 2 === 1).join('');
    expect(countChangedTokens(diff.ops)).toBeLessThan(2 * tokenize(rewritten).length);
    expect(diff.ops.some((op) => op.op === 'equal' && op.text === ' ')).toBe(true);
  });
});

/**
 * The clean-up steps, apart from the core, so that the core stays minimal and testable on its own. Both keep the
 * laws (the ops still rebuild both texts) and, when every op they get carries its `tokens` count (ops made by
 * `wordDiff`), give back ops with their offsets recomputed.
 *
 * - `cleanupSpaces` (the default of `wordDiff`): a whitespace-only run kept between two changes becomes part of
 *   both sides, so a reader sees "Member States" replaced by "developing countries" in one deletion and one
 *   insertion rather than two one-word swaps around a kept space.
 * - `cleanupSemantic` (opt-in): the above, and also a short kept run between two changes is absorbed when it is
 *   no longer (in characters) than the larger side of the change on each side of it and holds no line break
 *   (diff-match-patch's semantic rule, on words): "the Member States of the Union" against "the developing
 *   countries in the region" reads as one change after "the " instead of three around a kept " the ".
 *
 * Each change block is written as its deletion followed by its insertion.
 */
import type { DiffOp, LocatedDiffOp } from './word-diff.ts';

interface Kept {
  kind: 'equal';
  text: string;
  changedText: string;
  tokens: number;
}

interface Change {
  kind: 'change';
  deleted: string;
  inserted: string;
  deletedTokens: number;
  insertedTokens: number;
}

type Segment = Kept | Change;

function segments(ops: readonly DiffOp[]): Segment[] {
  const result: Segment[] = [];
  for (const op of ops) {
    const last = result[result.length - 1];
    const tokens = op.tokens ?? 0;
    if (op.op === 'equal') {
      if (last?.kind === 'equal') {
        last.text += op.text;
        last.changedText += op.changedText ?? op.text;
        last.tokens += tokens;
      } else {
        result.push({ kind: 'equal', text: op.text, changedText: op.changedText ?? op.text, tokens });
      }
    } else {
      const change =
        last?.kind === 'change'
          ? last
          : (result[
              result.push({ kind: 'change', deleted: '', inserted: '', deletedTokens: 0, insertedTokens: 0 }) - 1
            ] as Change);
      if (op.op === 'delete') {
        change.deleted += op.text;
        change.deletedTokens += tokens;
      } else {
        change.inserted += op.text;
        change.insertedTokens += tokens;
      }
    }
  }
  return result;
}

function absorb(before: Change, kept: Kept, after: Change): Change {
  return {
    kind: 'change',
    deleted: before.deleted + kept.text + after.deleted,
    inserted: before.inserted + kept.changedText + after.inserted,
    deletedTokens: before.deletedTokens + kept.tokens + after.deletedTokens,
    insertedTokens: before.insertedTokens + kept.tokens + after.insertedTokens,
  };
}

/** Writes segments back as ops, with offsets when `located`. */
function toOps(list: readonly Segment[], located: boolean): DiffOp[] {
  const ops: DiffOp[] = [];
  const at = { baseToken: 0, baseChar: 0, changedToken: 0, changedChar: 0 };
  const emit = (op: DiffOp['op'], text: string, tokens: number, changedText?: string) => {
    if (text === '') {
      return;
    }
    const diffOp: DiffOp = { op, text };
    if (changedText !== undefined && changedText !== text) {
      diffOp.changedText = changedText;
    }
    if (located) {
      Object.assign(diffOp, at, { tokens });
    }
    ops.push(diffOp);
    if (op !== 'insert') {
      at.baseToken += tokens;
      at.baseChar += text.length;
    }
    if (op !== 'delete') {
      at.changedToken += tokens;
      at.changedChar += (changedText ?? text).length;
    }
  };
  for (const segment of list) {
    if (segment.kind === 'equal') {
      emit('equal', segment.text, segment.tokens, segment.changedText);
    } else {
      emit('delete', segment.deleted, segment.deletedTokens);
      emit('insert', segment.inserted, segment.insertedTokens);
    }
  }
  return ops;
}

function clean(ops: readonly DiffOp[], absorbs: (kept: Kept, before: Change, after: Change) => boolean): DiffOp[] {
  const located = ops.every((op) => op.tokens !== undefined);
  const result: Segment[] = [];
  for (const segment of segments(ops)) {
    let current = segment;
    if (current.kind === 'change') {
      // A merged change is larger, so the kept run before it may now qualify too.
      for (;;) {
        const kept = result[result.length - 1];
        const before = result[result.length - 2];
        if (kept?.kind !== 'equal' || before?.kind !== 'change' || !absorbs(kept, before, current)) {
          break;
        }
        result.length -= 2;
        current = absorb(before, kept, current);
      }
    }
    result.push(current);
  }
  return toOps(result, located);
}

const blank = (kept: Kept) => kept.text.trim() === '' && kept.changedText.trim() === '';

/**
 * The default clean-up: a whitespace-only run kept between two changes joins them, and each change block is
 * written as deletions then insertions. Ops made by `wordDiff` come back with their offsets recomputed.
 */
export function cleanupSpaces(ops: readonly LocatedDiffOp[]): LocatedDiffOp[];
export function cleanupSpaces(ops: readonly DiffOp[]): DiffOp[];
export function cleanupSpaces(ops: readonly DiffOp[]): DiffOp[] {
  return clean(ops, blank);
}

/**
 * The semantic clean-up, a separate step on top of `cleanupSpaces`: a kept run between two changes that is no
 * longer than the larger side of each neighbouring change, with no line break, is absorbed into one change.
 */
export function cleanupSemantic(ops: readonly LocatedDiffOp[]): LocatedDiffOp[];
export function cleanupSemantic(ops: readonly DiffOp[]): DiffOp[];
export function cleanupSemantic(ops: readonly DiffOp[]): DiffOp[] {
  return clean(ops, (kept, before, after) => {
    if (blank(kept)) {
      return true;
    }
    const length = Math.max(kept.text.length, kept.changedText.length);
    return (
      !kept.text.includes('\n') &&
      !kept.changedText.includes('\n') &&
      length <= Math.max(before.deleted.length, before.inserted.length) &&
      length <= Math.max(after.deleted.length, after.inserted.length)
    );
  });
}

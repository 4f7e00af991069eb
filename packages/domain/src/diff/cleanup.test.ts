import { describe, expect, it } from 'vitest';
import {
  cleanupSemantic,
  cleanupSpaces,
  countChangedTokens,
  diffBase,
  diffResult,
  isUnchanged,
  wordDiff,
  type DiffOp,
  type WordDiff,
} from './word-diff.ts';

const plain = (ops: DiffOp[]) => ops.map(({ op, text }) => ({ op, text }));

describe('cleanupSpaces', () => {
  it('joins two changes around a kept space, deletion first, and recomputes the offsets', () => {
    const raw = wordDiff('to assist Member States in', 'to assist developing countries in', { cleanup: false });
    expect(plain(raw.ops)).toEqual([
      { op: 'equal', text: 'to assist ' },
      { op: 'delete', text: 'Member' },
      { op: 'insert', text: 'developing' },
      { op: 'equal', text: ' ' },
      { op: 'delete', text: 'States' },
      { op: 'insert', text: 'countries' },
      { op: 'equal', text: ' in' },
    ]);
    expect(cleanupSpaces(raw.ops)).toEqual([
      { op: 'equal', text: 'to assist ', baseToken: 0, baseChar: 0, changedToken: 0, changedChar: 0, tokens: 4 },
      { op: 'delete', text: 'Member States', baseToken: 4, baseChar: 10, changedToken: 4, changedChar: 10, tokens: 3 },
      {
        op: 'insert',
        text: 'developing countries',
        baseToken: 7,
        baseChar: 23,
        changedToken: 4,
        changedChar: 10,
        tokens: 3,
      },
      { op: 'equal', text: ' in', baseToken: 7, baseChar: 23, changedToken: 7, changedChar: 30, tokens: 2 },
    ]);
  });

  it('works on ops without offsets (diffs stored by lcs-words/1) and gives none back', () => {
    const ops: DiffOp[] = [
      { op: 'delete', text: 'a' },
      { op: 'equal', text: ' ' },
      { op: 'insert', text: 'b' },
    ];
    expect(cleanupSpaces(ops)).toEqual([
      { op: 'delete', text: 'a ' },
      { op: 'insert', text: ' b' },
    ]);
  });
});

describe('cleanupSemantic', () => {
  it('absorbs a short kept word between two changes, but not a long kept stretch', () => {
    const diff = wordDiff('the Member States of the Union agree', 'the developing countries in the region agree');
    expect(plain(diff.ops)).toEqual([
      { op: 'equal', text: 'the ' },
      { op: 'delete', text: 'Member States of' },
      { op: 'insert', text: 'developing countries in' },
      { op: 'equal', text: ' the ' },
      { op: 'delete', text: 'Union' },
      { op: 'insert', text: 'region' },
      { op: 'equal', text: ' agree' },
    ]);
    const semantic = cleanupSemantic(diff.ops);
    expect(plain(semantic)).toEqual([
      { op: 'equal', text: 'the ' },
      { op: 'delete', text: 'Member States of the Union' },
      { op: 'insert', text: 'developing countries in the region' },
      { op: 'equal', text: ' agree' },
    ]);
    expect(semantic[1]).toMatchObject({ baseToken: 2, tokens: 9 });
    const kept = wordDiff(
      'a b of the Union and its many Member States c',
      'x b of the Union and its many Member States y',
    );
    expect(plain(cleanupSemantic(kept.ops))).toEqual(plain(kept.ops));
  });
});

describe('diffs stored by an earlier algorithm', () => {
  it('still render: their ops carry their text', () => {
    const stored: WordDiff = {
      algorithm: 'lcs-words/1',
      coarse: false,
      ops: [
        { op: 'equal', text: 'to assist ' },
        { op: 'delete', text: 'Member States' },
        { op: 'insert', text: 'developing countries' },
      ],
    };
    expect(diffBase(stored)).toBe('to assist Member States');
    expect(diffResult(stored)).toBe('to assist developing countries');
    expect(isUnchanged(stored)).toBe(false);
    expect(countChangedTokens(stored.ops)).toBe(6);
  });
});

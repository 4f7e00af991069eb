/**
 * Bad input for the word diff (issue 5): empty texts, a 10 MB line, invisible characters, two languages in one
 * text. Each gives a diff that rebuilds both texts, in bounded time, or a documented behaviour; none hangs or
 * throws. (Two unrelated 100,000-word texts: word-diff-coarse.test.ts.)
 */
import { describe, expect, it } from 'vitest';
import {
  cleanupSemantic,
  diffBase,
  diffResult,
  isUnchanged,
  tokenize,
  wordDiff,
  type DiffOp,
  type WordDiffOptions,
} from './word-diff.ts';

const plain = (ops: readonly DiffOp[]) => ops.map(({ op, text }) => [op, text]);

/** Diffs both ways, with and without clean-up and ignore options, and checks that every diff rebuilds both texts. */
function expectRebuilds(a: string, b: string): void {
  const variants: WordDiffOptions[] = [
    {},
    { cleanup: false },
    { ignoreSpacing: true },
    { ignoreCase: true, ignoreDiacritics: true, ignoreSpacing: true },
  ];
  for (const [x, y] of [
    [a, b],
    [b, a],
  ] as const) {
    for (const options of variants) {
      const diff = wordDiff(x, y, options);
      expect(diffBase(diff)).toBe(x);
      expect(diffResult(diff)).toBe(y);
      const semantic = { ...diff, ops: cleanupSemantic(diff.ops) };
      expect(diffBase(semantic)).toBe(x);
      expect(diffResult(semantic)).toBe(y);
    }
  }
}

describe('wordDiff on empty texts', () => {
  it('gives no ops for two empty texts, one insertion or one deletion against an empty one', () => {
    expect(wordDiff('', '')).toMatchObject({ coarse: false, granularity: 'word', ops: [] });
    expect(isUnchanged(wordDiff('', ''))).toBe(true);
    expect(plain(wordDiff('', 'يقرر المؤتمر').ops)).toEqual([['insert', 'يقرر المؤتمر']]);
    expect(plain(wordDiff('resolves 1;', '').ops)).toEqual([['delete', 'resolves 1;']]);
    expect(wordDiff('', ' \n\t').ops).toMatchObject([{ op: 'insert', text: ' \n\t', tokens: 1 }]);
    // Only spaces against nothing: still a change, even ignoring spacing (a missing space counts).
    expect(isUnchanged(wordDiff('', ' ', { ignoreSpacing: true }))).toBe(false);
    expectRebuilds('', 'resolves 1;');
    expectRebuilds('', '');
  });
});

describe('wordDiff on a 10 MB line', () => {
  // About 1.4 million words on one line, no line break and no sentence end: one sentence, one paragraph.
  const VOCABULARY = ['telecommunication', 'development', 'الاتصالات', 'تنمية', 'Member', 'States', 'ICT', '2017'];
  const words: string[] = [];
  let length = 0;
  let state = 7;
  while (length < 10_000_000) {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    const word = VOCABULARY[state % VOCABULARY.length]!;
    words.push(word);
    length += word.length + 1;
  }
  const line = words.join(' ');

  it('diffs it against a copy with 70 words changed, by word, in seconds', { timeout: 120_000 }, () => {
    const changed = [...words];
    for (let w = 10_000; w < changed.length; w += 20_000) {
      changed[w] = `changed${w}`;
    }
    const copy = changed.join(' ');
    expect(line.length).toBeGreaterThanOrEqual(10_000_000);
    expect(line.includes('\n')).toBe(false);
    const started = performance.now();
    const diff = wordDiff(line, copy);
    const elapsed = performance.now() - started;
    expect(diff).toMatchObject({ coarse: false, granularity: 'word' });
    const changes = diff.ops.filter((op) => op.op !== 'equal');
    expect(changes).toHaveLength(2 * Math.floor((words.length - 10_000 + 19_999) / 20_000));
    expect(changes.filter((op) => op.op === 'insert').every((op) => /^changed\d+$/.test(op.text))).toBe(true);
    expect(diffBase(diff)).toBe(line);
    expect(diffResult(diff)).toBe(copy);
    // Seconds at most, on a busy machine: the core sees a few hundred edits among 2.8 million tokens.
    expect(elapsed).toBeLessThan(30_000);
  });

  it('replaces it whole against an unrelated 10 MB line, quickly, and says so', { timeout: 120_000 }, () => {
    const other = line.replace(/[a-z]+/g, (word) => word.toUpperCase()).replace(/[\u0600-\u06ff]+/g, 'x');
    const started = performance.now();
    const diff = wordDiff(line, other);
    const elapsed = performance.now() - started;
    // The word diff gives up at its bound; the line is one sentence, changed whole, whose word diff gives up too:
    // the whole text is replaced, at the granularity of sentences.
    expect(diff).toMatchObject({ coarse: true, granularity: 'sentence' });
    expect(plain(diff.ops.filter((op) => op.op !== 'equal')).map(([op]) => op)).toEqual(['delete', 'insert']);
    expect(diffBase(diff)).toBe(line);
    expect(diffResult(diff)).toBe(other);
    expect(elapsed).toBeLessThan(30_000);
  });
});

describe('wordDiff on invisible characters', () => {
  const RLM = '\u200f';
  const LRM = '\u200e';
  const ALM = '\u061c';
  const ZWJ = '\u200d';
  const ZWNJ = '\u200c';
  const BOM = '\ufeff';
  const NBSP = '\u00a0';

  it('keeps directional marks, the word joiner and the BOM with the word or number they touch', () => {
    expect(tokenize(`القرار 901${RLM}، ${RLM}يقرر`)).toEqual(['القرار', ' ', `901${RLM}`, '،', ' ', `${RLM}يقرر`]);
    expect(tokenize(`ICT${LRM} ${ALM}٣٫٥`)).toEqual([`ICT${LRM}`, ' ', `${ALM}٣٫٥`]);
    expect(tokenize(`${BOM}resolves`)).toEqual([`${BOM}resolves`]);
    expect(tokenize(`Member\u2060States`)).toEqual([`Member\u2060States`]);
    // Between two words a mark joins them; alone between punctuation and a space it is a token of its own.
    expect(tokenize(`قرر${RLM}المؤتمر`)).toEqual([`قرر${RLM}المؤتمر`]);
    expect(tokenize(`،${RLM} يقرر`)).toEqual(['،', RLM, ' ', 'يقرر']);
    expect(tokenize(`(\u202bنص\u202c)`)).toEqual(['(', '\u202bنص\u202c', ')']);
  });

  it('keeps the joiners inside the word they shape, and cuts at a no-break space as at a space', () => {
    expect(tokenize(`می${ZWNJ}خواهم ال${ZWJ}دول`)).toEqual([`می${ZWNJ}خواهم`, ' ', `ال${ZWJ}دول`]);
    expect(tokenize(`Member${NBSP}States الدول${NBSP}الأعضاء`)).toEqual([
      'Member',
      NBSP,
      'States',
      ' ',
      'الدول',
      NBSP,
      'الأعضاء',
    ]);
    // A soft hyphen and a zero-width space are punctuation: a token each.
    expect(tokenize('tele\u00adcommunication a\u200bb')).toEqual([
      'tele',
      '\u00ad',
      'communication',
      ' ',
      'a',
      '\u200b',
      'b',
    ]);
  });

  it('shows an inserted mark as a change of the word it joins, and ignores it when spacing is ignored', () => {
    const base = 'يقرر المؤتمر تشجيع إنشاء مراكز مجتمعية';
    const marked = `يقرر ${RLM}المؤتمر تشجيع إنشاء${LRM} مراكز مجتمعية`;
    expect(plain(wordDiff(base, marked).ops)).toEqual([
      ['equal', 'يقرر '],
      ['delete', 'المؤتمر'],
      ['insert', `${RLM}المؤتمر`],
      ['equal', ' تشجيع '],
      ['delete', 'إنشاء'],
      ['insert', `إنشاء${LRM}`],
      ['equal', ' مراكز مجتمعية'],
    ]);
    const ignoring = wordDiff(base, marked, { ignoreSpacing: true });
    expect(isUnchanged(ignoring)).toBe(true);
    expect(diffResult(ignoring)).toBe(marked);
    expect(isUnchanged(wordDiff(`${BOM}resolves 1;`, 'resolves 1;', { ignoreSpacing: true }))).toBe(true);
    expect(isUnchanged(wordDiff(`${BOM}resolves 1;`, 'resolves 1;'))).toBe(false);
    // A real change next to a mark still shows.
    const edited = wordDiff(base, `يقرر ${RLM}المؤتمر دعم إنشاء مراكز مجتمعية`, { ignoreSpacing: true });
    expect(plain(edited.ops.filter((op) => op.op !== 'equal'))).toEqual([
      ['delete', 'تشجيع'],
      ['insert', 'دعم'],
    ]);
    expectRebuilds(base, marked);
  });

  it('counts a joiner as a change of its word whatever the options, since it changes how the word is shaped', () => {
    for (const options of [{}, { ignoreSpacing: true, ignoreDiacritics: true }]) {
      expect(plain(wordDiff('ال دول', `ال${ZWJ} دول`, options).ops)).toEqual([
        ['delete', 'ال'],
        ['insert', `ال${ZWJ}`],
        ['equal', ' دول'],
      ]);
    }
  });

  it('treats a no-break space as a space: a change of spacing, ignored when spacing is', () => {
    expect(plain(wordDiff('Member States', `Member${NBSP}States`).ops)).toEqual([
      ['equal', 'Member'],
      ['delete', ' '],
      ['insert', NBSP],
      ['equal', 'States'],
    ]);
    expect(isUnchanged(wordDiff('الدول الأعضاء', `الدول${NBSP}الأعضاء`, { ignoreSpacing: true }))).toBe(true);
    // Inside a word it cuts the word in two, which is a change even when spacing is ignored.
    expect(isUnchanged(wordDiff('Telecommunication', `Tele${NBSP}communication`, { ignoreSpacing: true }))).toBe(false);
  });

  it('rebuilds texts strewn with invisible and control characters and lone surrogates', () => {
    const strewn = `\u0000${BOM}يُقرِّر${RLM} ${ALM}الدول${NBSP}${ZWNJ}Member\u2066States\u2069 \ud800 ${ZWJ}\u200b\u00ad.`;
    expect(tokenize(strewn).join('')).toBe(strewn);
    expectRebuilds(strewn, strewn.replace('الدول', 'البلدان'));
    expectRebuilds(strewn, '');
    expectRebuilds(strewn, strewn.replaceAll(/[\u200e\u200f\u061c\u2066\u2069\ufeff]/g, ''));
    expect(
      isUnchanged(
        wordDiff(strewn, strewn.replaceAll(/[\u200f\u061c\u2066\u2069\ufeff]/g, ''), { ignoreSpacing: true }),
      ),
    ).toBe(true);
  });
});

describe('wordDiff on two languages in one text', () => {
  it('diffs an Arabic provision quoting English and numbers word by word, each script as it is', () => {
    const base = 'يكلف مدير مكتب تنمية الاتصالات (BDT) بتنفيذ القرار 131 (Rev. Dubai, 2014) وبرنامج ICT4D؛';
    const changed = 'يكلف مدير مكتب تنمية الاتصالات (BDT) بمواصلة تنفيذ القرار 131 (Rev. Kigali, 2022) وبرنامج ICT4D؛';
    expect(plain(wordDiff(base, changed).ops)).toEqual([
      ['equal', 'يكلف مدير مكتب تنمية الاتصالات (BDT) '],
      ['delete', 'بتنفيذ '],
      ['insert', 'بمواصلة تنفيذ '],
      ['equal', 'القرار 131 (Rev. '],
      ['delete', 'Dubai'],
      ['insert', 'Kigali'],
      ['equal', ', '],
      ['delete', '2014'],
      ['insert', '2022'],
      ['equal', ') وبرنامج ICT4D؛'],
    ]);
    expectRebuilds(base, changed);
  });

  it('diffs an English provision quoting Arabic the same way', () => {
    const base = 'to promote access to الاتصالات/تكنولوجيا المعلومات والاتصالات services in 2017';
    const changed = 'to promote access to الاتصالات/تكنولوجيا المعلومات services in 2018';
    expect(plain(wordDiff(base, changed).ops)).toEqual([
      ['equal', 'to promote access to الاتصالات/تكنولوجيا المعلومات '],
      ['delete', 'والاتصالات '],
      ['equal', 'services in '],
      ['delete', '2017'],
      ['insert', '2018'],
    ]);
    expectRebuilds(base, changed);
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TOKEN_KIND, groupTokens, hashRange, scanTokens, tokenize } from './tokenize.ts';
import { countChangedTokens, wordDiff } from './word-diff.ts';

describe('tokenize', () => {
  it('keeps an Arabic word whole: letters, diacritics, hamza forms, tatweel and joiners', () => {
    expect(tokenize('الأعضاءُ إنشاء مسؤولية شؤون ائتلاف آيرس سُؤال جـمـيـع مي\u200cخواهم')).toEqual([
      'الأعضاءُ',
      ' ',
      'إنشاء',
      ' ',
      'مسؤولية',
      ' ',
      'شؤون',
      ' ',
      'ائتلاف',
      ' ',
      'آيرس',
      ' ',
      'سُؤال',
      ' ',
      'جـمـيـع',
      ' ',
      'مي\u200cخواهم',
    ]);
    // A combining hamza above (U+0654) and a dagger alif (U+0670) stay in their word.
    expect(tokenize('اٴمن هٰذا')).toEqual(['اٴمن', ' ', 'هٰذا']);
  });

  it('splits Latin words from punctuation, keeps accents, and keeps runs of whitespace as they are', () => {
    expect(tokenize("Résolution 30 (Rév. Dubaï),\tl'UIT-D  \n")).toEqual([
      'Résolution',
      ' ',
      '30',
      ' ',
      '(',
      'Rév',
      '.',
      ' ',
      'Dubaï',
      ')',
      ',',
      '\t',
      'l',
      "'",
      'UIT',
      '-',
      'D',
      '  \n',
    ]);
  });

  it('keeps a Cyrillic word whole (ё included) and splits it at a hyphen and a full stop as Latin ones', () => {
    expect(tokenize('Пересм. Буэнос-Айрес, 2017 г.; всё ИКТ4D')).toEqual([
      'Пересм',
      '.',
      ' ',
      'Буэнос',
      '-',
      'Айрес',
      ',',
      ' ',
      '2017',
      ' ',
      'г',
      '.',
      ';',
      ' ',
      'всё',
      ' ',
      'ИКТ4D',
    ]);
  });

  it('diffs Russian by words and Chinese by character', () => {
    const ru = wordDiff('поощрять создание центров;', 'поддерживать создание центров;');
    expect(ru.ops.filter((op) => op.op !== 'equal').map((op) => [op.op, op.text])).toEqual([
      ['delete', 'поощрять'],
      ['insert', 'поддерживать'],
    ]);
    const zh = wordDiff('鼓励建立中心；', '支持建立中心；');
    expect(zh.ops.map((op) => [op.op, op.text])).toEqual([
      ['delete', '鼓励'],
      ['insert', '支持'],
      ['equal', '建立中心；'],
    ]);
    // Two characters changed, not one word: Chinese is cut per character.
    expect(countChangedTokens(zh.ops)).toBe(4);
  });

  it('cuts Chinese and Japanese per character, a character outside the BMP staying whole', () => {
    expect(tokenize('国际电信联盟 ITU 𠀀字。かな')).toEqual([
      '国',
      '际',
      '电',
      '信',
      '联',
      '盟',
      ' ',
      'ITU',
      ' ',
      '𠀀',
      '字',
      '。',
      'か',
      'な',
    ]);
  });

  it('keeps numbers with their decimal and thousands separators, Latin or Arabic', () => {
    expect(tokenize('1.5 3,000 ٣٫٥ ١٬٠٠٠ 2017. 4,')).toEqual([
      '1.5',
      ' ',
      '3,000',
      ' ',
      '٣٫٥',
      ' ',
      '١٬٠٠٠',
      ' ',
      '2017',
      '.',
      ' ',
      '4',
      ',',
    ]);
    expect(tokenize('ICT4D a.b')).toEqual(['ICT4D', ' ', 'a', '.', 'b']);
  });

  it('rebuilds any text exactly, lone surrogates and emoji included', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'grapheme' }), fc.string({ unit: 'binary' })), (text) => {
        expect(tokenize(text).join('')).toBe(text);
        const scan = scanTokens(text);
        let start = 0;
        for (let t = 0; t < scan.count; t++) {
          expect(scan.hashes[t]).toBe(hashRange(text, start, scan.ends[t]!));
          start = scan.ends[t]!;
        }
      }),
    );
    expect(tokenize('\ud800a\udc00😀')).toEqual(['\ud800', 'a', '\udc00', '😀']);
  });

  it('runs in linear time on a long text', () => {
    const paragraph = 'يُقرِّر المؤتمر العالمي لتنمية الاتصالات، resolves 3,000 国际. ';
    const long = paragraph.repeat(40_000); // 2.6 million characters
    const started = performance.now();
    const scan = scanTokens(long);
    // Generous for a busy machine: a quadratic tokenizer would take hours.
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(scan.count).toBe(tokenize(paragraph).length * 40_000);
  });
});

describe('groupTokens', () => {
  const text = 'Resolves 1. that the Bureau; and 2. more? yes\n\nنعم؛ لا. end';
  const units = (unit: 'sentence' | 'paragraph') => {
    const scan = scanTokens(text);
    const tokens = tokenize(text);
    let start = 0;
    return Array.from(groupTokens(text, scan, unit), (end) => {
      const unitText = tokens.slice(start, end).join('');
      start = end;
      return unitText;
    });
  };

  it('cuts sentences after . ! ? ; and their Arabic forms, with the space that follows, and at line breaks', () => {
    expect(units('sentence')).toEqual([
      'Resolves 1. ',
      'that the Bureau; ',
      'and 2. ',
      'more? ',
      'yes\n\n',
      'نعم؛ ',
      'لا. ',
      'end',
    ]);
  });

  it('cuts paragraphs at line breaks', () => {
    expect(units('paragraph')).toEqual(['Resolves 1. that the Bureau; and 2. more? yes\n\n', 'نعم؛ لا. end']);
    expect(scanTokens('a\n').kinds[1]).toBe(TOKEN_KIND.space);
  });
});

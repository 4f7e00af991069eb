import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors.ts';
import { DOCUMENT_SERIES, formatSymbol, formatSymbolTitle, parseSymbol, type DocumentSymbol } from './symbols.ts';
import { formatProposalNumber, numberProposals, parseProposalNumber } from './proposal-numbers.ts';

const doc = (overrides: Partial<DocumentSymbol> = {}): DocumentSymbol => ({
  meeting: 'WTDC-17',
  series: 'Doc',
  number: 23,
  addendum: null,
  revision: null,
  corrigendum: null,
  language: 'en',
  ...overrides,
});

describe('document symbols', () => {
  it.each([
    ['WTDC-17/23-E', doc()],
    ['Document WTDC-17/23-E', doc()],
    ['WTDC-17/23(Add.4)-E', doc({ addendum: 4 })],
    ['WTDC-17/23(Add.4)-A', doc({ addendum: 4, language: 'ar' })],
    ['Revision 1 to Document WTDC-17/23-F', doc({ revision: 1, language: 'fr' })],
    ['WTDC-17/23(Rev.2)-S', doc({ revision: 2, language: 'es' })],
    ['Corrigendum 1 to Document WTDC-17/79(Add.1)-E', doc({ number: 79, addendum: 1, corrigendum: 1 })],
    ['WTDC-17/INF/5-R', doc({ series: 'INF', number: 5, language: 'ru' })],
    ['WTDC-17/DT/12-C', doc({ series: 'DT', number: 12, language: 'zh' })],
    ['RPM-ARB17/DL/3-A', doc({ meeting: 'RPM-ARB17', series: 'DL', number: 3, language: 'ar' })],
  ])('parses %s', (text, expected) => {
    expect(parseSymbol(text)).toEqual(expected);
  });

  it('prints the compact symbol and the heading form', () => {
    expect(formatSymbol(doc({ addendum: 4 }))).toBe('WTDC-17/23(Add.4)-E');
    expect(formatSymbol(doc({ series: 'DT', number: 12, language: 'ar' }))).toBe('WTDC-17/DT/12-A');
    expect(formatSymbolTitle(doc({ revision: 1 }))).toBe('Revision 1 to Document WTDC-17/23-E');
    expect(formatSymbolTitle(doc({ number: 79, addendum: 1, corrigendum: 1 }))).toBe(
      'Corrigendum 1 to Document WTDC-17/79(Add.1)-E',
    );
  });

  it.each(['', 'WTDC-17/23', 'WTDC-17/23-X', 'wtdc-17/23-E', 'WTDC-17/XX/3-E', 'WTDC-17/0-E', 'WTDC-17/23(Add.0)-E'])(
    'refuses %j with invalid_symbol',
    (text) => {
      expect(() => parseSymbol(text)).toThrow(DomainError);
      expect(() => parseSymbol(text)).toThrow(expect.objectContaining({ code: 'invalid_symbol' }) as Error);
    },
  );

  it('reads back every symbol it prints', () => {
    const symbol = fc.record({
      meeting: fc.constantFrom('WTDC-17', 'RPM-AFR16', 'TDAG-22'),
      series: fc.constantFrom(...DOCUMENT_SERIES),
      number: fc.integer({ min: 1, max: 999 }),
      addendum: fc.option(fc.integer({ min: 1, max: 40 })),
      revision: fc.option(fc.integer({ min: 1, max: 5 })),
      corrigendum: fc.constant(null),
      language: fc.constantFrom('ar', 'zh', 'en', 'fr', 'ru', 'es' as const),
    });
    fc.assert(
      fc.property(symbol, (s) => {
        expect(parseSymbol(formatSymbol(s))).toEqual(s);
      }),
    );
  });
});

describe('proposal numbers', () => {
  it('prints and reads ITU proposal numbers', () => {
    expect(formatProposalNumber({ author: 'ARB', document: 79, addendum: 1, serial: 9 })).toBe('ARB/79A1/9');
    expect(parseProposalNumber('AFCP/42A16/1')).toEqual({ author: 'AFCP', document: 42, addendum: 16, serial: 1 });
    expect(parseProposalNumber('USA/16/47')).toEqual({ author: 'USA', document: 16, addendum: null, serial: 47 });
  });

  it.each(['ARB/79A1', 'arb/79/1', 'ARB/0/1', 'ARB/79/0', 'ARBITRARY/1/1', 'ARB/79A0/1'])('refuses %j', (text) => {
    expect(() => parseProposalNumber(text)).toThrow(
      expect.objectContaining({ code: 'invalid_proposal_number' }) as Error,
    );
  });

  it('numbers a contribution’s proposals in order on submission', () => {
    expect(numberProposals({ author: 'EGY', document: 23, addendum: 4, serial: 0 } as never, 3)).toEqual([
      'EGY/23A4/1',
      'EGY/23A4/2',
      'EGY/23A4/3',
    ]);
    expect(numberProposals({ author: 'ARB', document: 79, addendum: null }, 0)).toEqual([]);
    expect(() => numberProposals({ author: 'egypt', document: 1, addendum: null }, 1)).toThrow(
      expect.objectContaining({ code: 'validation_failed' }) as Error,
    );
  });
});

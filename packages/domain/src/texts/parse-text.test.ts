import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors.ts';
import { parseInstrumentText, type ParseTextOptions } from './parse-text.ts';
import type { StructuredText } from './structured-text.ts';

const GOLDEN = path.join(import.meta.dirname, 'golden');
const goldenNames = readdirSync(GOLDEN)
  .filter((name) => name.endsWith('.txt'))
  .map((name) => name.slice(0, -'.txt'.length));

function golden(name: string): { source: string; expected: StructuredText } {
  return {
    source: readFileSync(path.join(GOLDEN, `${name}.txt`), 'utf8'),
    expected: JSON.parse(readFileSync(path.join(GOLDEN, `${name}.json`), 'utf8')) as StructuredText,
  };
}

function parse(source: string, options?: ParseTextOptions): StructuredText {
  return parseInstrumentText(source, options).text;
}

/** The issues of the error `source` throws, without messages. */
function problems(source: string, options?: ParseTextOptions) {
  try {
    parseInstrumentText(source, options);
  } catch (error) {
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).code).toBe('unparsable_text');
    return (error as DomainError).issues.map(({ path: where, code }) => [where[1], code]);
  }
  throw new Error('The text parsed.');
}

const ids = (text: StructuredText) => text.provisions.map((provision) => provision.id);

describe('parseInstrumentText on the golden texts', () => {
  it('has golden texts to read', () => {
    expect(goldenNames.length).toBeGreaterThanOrEqual(6);
  });

  it.each(goldenNames)('reads %s.txt as %s.json', (name) => {
    const { source, expected } = golden(name);
    expect(parse(source)).toEqual(expected);
  });

  it.each(goldenNames)('reads %s.txt the same when told its language', (name) => {
    const { source, expected } = golden(name);
    expect(parse(source, { language: expected.language })).toEqual(expected);
  });

  it('gives the English, French and Arabic versions of one resolution the same ids in the same order', () => {
    const [en, fr, ar] = ['en', 'fr', 'ar'].map((language) =>
      parse(golden(`sample-resolution-901-${language}`).source),
    );
    expect(ids(en!)).toEqual([
      'considering.a',
      'considering.b',
      'considering.c',
      'recognizing.a',
      'recognizing.abis',
      'recognizing.b',
      'noting.1',
      'resolves.1',
      'resolves.2',
      'resolves.2.i',
      'resolves.2.ii',
      'resolves.3',
      'instructs-director.1',
      'instructs-director.2',
      'invites-member-states.1',
      'annex-1',
      'annex-1.1',
      'annex-1.2',
      'annex-1.2.a',
      'annex-1.2.b',
      'annex-1.3',
    ]);
    expect(ids(fr!)).toEqual(ids(en!));
    expect(ids(ar!)).toEqual(ids(en!));
    const shape = (text: StructuredText) => text.provisions.map((p) => [p.section, p.headingKey, p.key, p.parent]);
    expect(shape(fr!)).toEqual(shape(en!));
    expect(shape(ar!)).toEqual(shape(en!));
  });

  it('keeps what each language prints: the revision, the headings and the numbers', () => {
    const ar = parse(golden('sample-resolution-901-ar').source);
    expect(ar).toMatchObject({ language: 'ar', number: '901', revision: 'المراجَع في بوينس آيرس، 2017' });
    expect(ar.provisions.find((p) => p.id === 'recognizing.abis')).toMatchObject({
      heading: 'وإذ يدرك',
      num: 'أ مكرراً)',
      key: 'abis',
    });
    const fr = parse(golden('sample-resolution-901-fr').source);
    expect(fr.revision).toBe('Rév. Buenos Aires, 2017');
    expect(fr.provisions.find((p) => p.id === 'noting.1')).toMatchObject({ heading: 'notant', num: '' });
    expect(fr.provisions.find((p) => p.id === 'noting.1')!.text).toMatch(/^que le Bureau/);
  });

  it('reads the draft new resolution [ARB-1]: no revision, abjad letters, a lone annex', () => {
    const text = parse(golden('sample-draft-arb-1-ar').source);
    expect(text).toMatchObject({ kind: 'resolution', number: '[ARB-1]', revision: null });
    expect(text.provisions.filter((p) => p.headingKey === 'considering').map((p) => [p.num, p.key])).toEqual([
      ['(أ)', 'a'],
      ['(ب)', 'b'],
      ['(ج)', 'c'],
      ['(د)', 'd'],
      ['(هـ)', 'e'],
      ['(و)', 'f'],
    ]);
    expect(ids(text)).toContain('resolves-further.1');
    expect(ids(text).filter((id) => id.startsWith('annex'))).toEqual(['annex-1', 'annex-1.1', 'annex-1.2']);
  });

  it('warns of an unknown heading and a repeated one, and accepts both', () => {
    const { text, warnings } = parseInstrumentText(golden('sample-resolution-902-en').source);
    expect(warnings.map(({ path: where, code }) => [where[1], code])).toEqual([
      [13, 'unknown_heading'],
      [25, 'repeated_heading'],
    ]);
    expect(ids(text)).toEqual(expect.arrayContaining(['affirming.a', 'resolves.2', 'resolves-2.1', 'urges.1']));
    expect(text.provisions.find((p) => p.id === 'resolves-2.1')!.headingKey).toBe('resolves');
  });

  it('reports no warnings for the texts in known words', () => {
    for (const name of goldenNames.filter((n) => !n.includes('902'))) {
      expect(parseInstrumentText(golden(name).source).warnings, name).toEqual([]);
    }
  });
});

const RESOLUTION_EN = 'RESOLUTION 1 (Rev. Buenos Aires, 2017)\nSubject\nThe Conference (Buenos Aires, 2017),';
const RESOLUTION_AR = 'القرار 1 (المراجَع في بوينس آيرس، 2017)\nالموضوع\nإن المؤتمر (بوينس آيرس، 2017)،';

describe('parseInstrumentText on bad input', () => {
  it.each([
    ['empty input', '', [[1, 'empty_text']]],
    ['blank lines only', '\n  \n\t\n', [[1, 'empty_text']]],
    ['no title', 'Subject\nconsidering\na)\tthat x,', [[1, 'missing_title']]],
    ['no headings at all', `${RESOLUTION_EN}\nThe text goes on.`, [[1, 'no_headings']]],
    ['no subject', 'RESOLUTION 1\nconsidering\na)\tthat x,', [[2, 'missing_subject']]],
    ['an item before any heading', `${RESOLUTION_EN}\n1\tto act,\nresolves\n1\tto act,`, [[4, 'item_before_heading']]],
    ['a duplicate letter', `${RESOLUTION_EN}\nconsidering\na)\tx;\nb)\ty;\nb)\tz,`, [[7, 'duplicate_number']]],
    ['a skipped letter', `${RESOLUTION_EN}\nconsidering\na)\tx;\nc)\ty,`, [[6, 'skipped_number']]],
    ['a first item that is not a', `${RESOLUTION_EN}\nconsidering\nb)\tx,`, [[5, 'skipped_number']]],
    ['a skipped number', `${RESOLUTION_EN}\nresolves\n1\tx;\n2\ty;\n4\tz,`, [[7, 'skipped_number']]],
    [
      'numbers out of order',
      `${RESOLUTION_EN}\nresolves\n1\tx;\n3\ty;\n2\tz,`,
      [
        [6, 'skipped_number'],
        [7, 'out_of_order'],
      ],
    ],
    ['a skipped sub-item', `${RESOLUTION_EN}\nresolves\n1\tx:\ni)\ty;\niii)\tz,`, [[7, 'skipped_number']]],
    ['a duplicate abjad letter', `${RESOLUTION_AR}\nإذ يضع في اعتباره\nأ)\tس؛\nا)\tص،`, [[6, 'duplicate_number']]],
    ['a skipped abjad letter', `${RESOLUTION_AR}\nإذ يضع في اعتباره\nأ)\tس؛\nج)\tص،`, [[6, 'skipped_number']]],
    ['an English heading in an Arabic text', `${RESOLUTION_AR}\nresolves\n1\tس،`, [[4, 'mixed_language']]],
    ['an Arabic heading in an English text', `${RESOLUTION_EN}\nيقرر\n1\tto act,`, [[4, 'mixed_language']]],
    ['a French heading in an English text', `${RESOLUTION_EN}\ndécide\n1\tto act,`, [[4, 'mixed_language']]],
    ['an English annex in an Arabic text', `${RESOLUTION_AR}\nيقرر\n1\tس،\nANNEX 1\nنص.`, [[6, 'mixed_language']]],
    ['a French title in an English text', 'RÉSOLUTION 1\nSubject\nconsidering\na)\tthat x,', [[1, 'mixed_language']]],
    ['a heading with no items', `${RESOLUTION_EN}\nconsidering\nresolves\n1\tx,`, [[4, 'empty_heading']]],
    ['an item without text', `${RESOLUTION_EN}\nresolves\n1\tx;\n2`, [[6, 'empty_item']]],
    [
      'a number after an unnumbered item',
      `${RESOLUTION_EN}\nresolves\nto act;\n2\tx,`,
      [[6, 'numbered_after_unnumbered']],
    ],
    ['two annexes 1', `${RESOLUTION_EN}\nresolves\n1\tx,\nANNEX 1\nText.\nANNEX 1\nText.`, [[8, 'duplicate_number']]],
  ])('reports %s', (_case, source, expected) => {
    expect(problems(source, { language: source.includes('القرار') ? 'ar' : 'en' })).toEqual(expected);
  });

  it('reports every problem, each with its line, in line order', () => {
    const source = [
      'Subject', // 1: no title
      'a)\tthat x;', // 2: an item before any heading
      'considering',
      'a)\tx;',
      'a)\ty;', // 5: duplicate
      'recognizing', // 6: no items
      'resolves',
      '1\tx;',
      '3\ty;', // 9: skipped
      'يقرر', // 10: Arabic in English
      '1\tz,',
    ].join('\n');
    expect(problems(source, { language: 'en' })).toEqual([
      [1, 'missing_title'],
      [2, 'item_before_heading'],
      [5, 'duplicate_number'],
      [6, 'empty_heading'],
      [9, 'skipped_number'],
      [10, 'mixed_language'],
    ]);
  });

  it('reads an Arabic text as English when told so, and says which lines are not English', () => {
    const issues = problems(golden('sample-resolution-901-ar').source, { language: 'en' });
    expect(issues.filter(([, code]) => code === 'mixed_language').length).toBeGreaterThanOrEqual(6);
  });
});

describe('parseInstrumentText layout rules', () => {
  it.each([
    ['en', `${RESOLUTION_EN}\nconsidering\na)\tx,`],
    ['fr', 'RÉSOLUTION 1 (Rév. Buenos Aires, 2017)\nObjet\nLa Conférence,\nconsidérant\na)\tx,\ndécide\n1\ty,'],
    ['ar', `${RESOLUTION_AR}\nإذ يضع في اعتباره\nأ)\tس،`],
  ])('detects %s from the script and the heading words', (language, source) => {
    expect(parse(source).language).toBe(language);
  });

  it.each([
    ['feminine verbs (a body such as الجمعية)', 'تقرر', 'resolves'],
    ['a feminine verb and pronoun', 'إذ تضع في اعتبارها', 'considering'],
    ['no hamza and no leading و', 'اذ يدرك', 'recognizing'],
    ['diacritics and tatweel', 'وإذ يُـذَكِّـر', 'recalling'],
    ['precedence: one phrase for considering and bearing in mind', 'وإذ يضع في اعتباره', 'considering'],
    ['the longer phrase first', 'وإذ يضع في اعتباره كذلك', 'considering-further'],
  ])('matches Arabic headings with %s', (_case, heading, key) => {
    const text = parse(`${RESOLUTION_AR}\n${heading}\nأ)\tس،`);
    expect(text.provisions[0]).toMatchObject({ id: `${key}.a`, headingKey: key, heading });
  });

  it.each([
    ['upper case', 'CONSIDERING', 'considering'],
    [
      'more words of the heading',
      'instructs the Director of the Telecommunication Development Bureau, in close collaboration with the Director of the Radiocommunication Bureau',
      'instructs-director',
    ],
    ['the longer key first', 'noting with satisfaction', 'noting-with-satisfaction'],
  ])('matches English headings in %s', (_case, heading, key) => {
    expect(parse(`${RESOLUTION_EN}\n${heading}\na)\tx,`).provisions[0]).toMatchObject({ headingKey: key, heading });
  });

  it('reads a heading sharing its line with its first item, numbered or not', () => {
    const text = parse(`${RESOLUTION_EN}\nconsidering a)\tthat x;\nb)\tthat y,\nnoting that z,\nresolves 1\tto act,`);
    expect(text.provisions.map((p) => [p.id, p.heading, p.num, p.text])).toEqual([
      ['considering.a', 'considering', 'a)', 'that x;'],
      ['considering.b', 'considering', 'b)', 'that y,'],
      ['noting.1', 'noting', '', 'that z,'],
      ['resolves.1', 'resolves', '1', 'to act,'],
    ]);
  });

  it('joins an unnumbered paragraph to the provision before it', () => {
    const text = parse(`${RESOLUTION_EN}\nresolves\n1\tto act as follows:\nfirst, this;\n2\tto report,`);
    expect(text.provisions.map((p) => [p.id, p.text])).toEqual([
      ['resolves.1', 'to act as follows:\nfirst, this;'],
      ['resolves.2', 'to report,'],
    ]);
  });

  it('reads lettered sub-items under a number, and a letter i after h as a letter', () => {
    const letters = 'abcdefghi'.split('').map((l) => `${l})\t${l};`);
    const text = parse(`${RESOLUTION_EN}\nconsidering\n${letters.join('\n')}\nresolves\n1\tx:\na)\ty;\nb)\tz,`);
    expect(ids(text).slice(7)).toEqual([
      'considering.h',
      'considering.i',
      'resolves.1',
      'resolves.1.a',
      'resolves.1.b',
    ]);
  });

  it('skips front matter before the title and an edition line after it', () => {
    const text = parse(
      `Document 42\nOriginal: English\n\n${RESOLUTION_EN.replace('\n', '\n(Istanbul, 2002)\n')}\nresolves\n1\tx,`,
    );
    expect(text).toMatchObject({ number: '1', title: 'Subject', body: 'The Conference (Buenos Aires, 2017),' });
  });

  it('reads Windows line ends and a byte order mark, and counts lines as an editor does', () => {
    const source = `\uFEFF${[...RESOLUTION_EN.split('\n'), '', 'considering', 'a)\tx;', 'a)\ty,'].join('\r\n')}`;
    expect(problems(source)).toEqual([[7, 'duplicate_number']]);
    expect(parse(source.replace('a)\ty,', 'b)\ty,')).provisions.map((p) => p.text)).toEqual(['x;', 'y,']);
  });

  it('numbers annexes: a lone one is annex-1, others by their number', () => {
    const annexes = (lines: string) => ids(parse(`${RESOLUTION_EN}\nresolves\n1\tx,\n${lines}`)).slice(1);
    expect(annexes('ANNEX\nTitle\n1\tOne.')).toEqual(['annex-1', 'annex-1.1']);
    expect(annexes('ANNEX 1 TO RESOLUTION 1\n1\tOne.\nANNEX 2\nText.')).toEqual(['annex-1', 'annex-1.1', 'annex-2']);
  });

  it('reads the title of each kind in each language', () => {
    const title = (line: string) => {
      const { kind, number, revision } = parse(`${line}\nSubject\nresolves\n1\tx,`, { language: 'en' });
      return { kind, number, revision };
    };
    expect(title('Recommendation 20 (Dubai, 2014)')).toEqual({
      kind: 'recommendation',
      number: '20',
      revision: 'Dubai, 2014',
    });
    expect(title('DRAFT NEW RESOLUTION [ARB-1]')).toEqual({ kind: 'resolution', number: '[ARB-1]', revision: null });
    expect(title('REGIONAL INITIATIVE ARB1')).toEqual({ kind: 'regional-initiative', number: 'ARB1', revision: null });
    expect(parse('PROJET DE NOUVELLE RÉSOLUTION [AFCP-2]\nObjet\ndécide\n1\tx,').number).toBe('[AFCP-2]');
    expect(parse('المسألة 7-3/1\nالموضوع\nيقرر\n1\tس،').kind).toBe('question');
  });
});

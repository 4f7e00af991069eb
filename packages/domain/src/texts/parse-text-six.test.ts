/**
 * The parser in the six languages (issue 15): Spanish, Russian and Chinese title lines, opening formulas,
 * headings and numbering, language detection, and what it does with texts that mix languages or widths.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors.ts';
import { detectTextLanguage } from './language.ts';
import { HEADING_VOCABULARY, OPERATIVE_HEADING_KEYS, PREAMBLE_HEADING_KEYS, type HeadingKey } from './headings.ts';
import { parseInstrumentText, type ParseTextOptions } from './parse-text.ts';
import { renderInstrumentText } from './render-text.ts';
import { INSTRUMENT_KINDS, TEXT_LANGUAGES, type StructuredText, type TextLanguage } from './structured-text.ts';
import { TITLE_WORDS } from './title-words.ts';

const GOLDEN = path.join(import.meta.dirname, 'golden');
const source901 = (language: TextLanguage) =>
  readFileSync(path.join(GOLDEN, `sample-resolution-901-${language}.txt`), 'utf8');

function parse(source: string, options?: ParseTextOptions): StructuredText {
  return parseInstrumentText(source, options).text;
}

function problems(source: string, options?: ParseTextOptions) {
  try {
    parseInstrumentText(source, options);
  } catch (error) {
    expect(error).toBeInstanceOf(DomainError);
    return (error as DomainError).issues.map(({ path: where, code }) => [where[1], code]);
  }
  throw new Error('The text parsed.');
}

const ids = (text: StructuredText) => text.provisions.map((p) => p.id);
const shape = (text: StructuredText) => text.provisions.map((p) => [p.id, p.section, p.headingKey, p.key, p.parent]);

const HEAD: Record<'es' | 'ru' | 'zh', string> = {
  es: 'RESOLUCIÓN 1 (Rev. Buenos Aires, 2017)\nAsunto\nLa Conferencia (Buenos Aires, 2017),',
  ru: 'РЕЗОЛЮЦИЯ 1 (Пересм. Буэнос-Айрес, 2017 г.)\nТема\nКонференция (Буэнос-Айрес, 2017 г.),',
  zh: '第1号决议（2017年，布宜诺斯艾利斯，修订版）\n主题\n大会（2017年，布宜诺斯艾利斯），',
};

describe('sample Resolution 901 in the six languages', () => {
  const english = parse(source901('en'));

  it.each(TEXT_LANGUAGES)('reads the %s text with the ids, keys and order of the English one', (language) => {
    const detected = parse(source901(language));
    const told = parse(source901(language), { language });
    expect(detected.language).toBe(language);
    expect(told).toEqual(detected);
    expect(shape(detected)).toEqual(shape(english));
    expect(detected).toMatchObject({ kind: 'resolution', number: '901' });
    expect(parseInstrumentText(source901(language)).warnings).toEqual([]);
  });

  it('keeps the revision, the formula and the headings as each language prints them', () => {
    const [es, ru, zh] = (['es', 'ru', 'zh'] as const).map((language) => parse(source901(language)));
    expect(es!.revision).toBe('Rev. Buenos Aires, 2017');
    expect(es!.body).toBe('La Conferencia Mundial de Desarrollo de las Telecomunicaciones (Buenos Aires, 2017),');
    expect(ru!.revision).toBe('Пересм. Буэнос-Айрес, 2017 г.');
    expect(ru!.body).toBe('Всемирная конференция по развитию электросвязи (Буэнос-Айрес, 2017 г.),');
    expect(zh!.revision).toBe('2017年，布宜诺斯艾利斯，修订版');
    expect(zh!.body).toBe('世界电信发展大会（2017年，布宜诺斯艾利斯），');
    // `отмечая,` is stored without its comma; `考虑到 a)` shares its line with its first item.
    expect(ru!.provisions.find((p) => p.id === 'noting.1')!.heading).toBe('отмечая');
    expect(zh!.provisions[0]).toMatchObject({ heading: '考虑到', num: 'a)' });
    expect(zh!.provisions[0]!.text).toMatch(/^数字技能/);
    expect(zh!.provisions.find((p) => p.id === 'annex-1')).toMatchObject({
      num: '1',
      heading: '第901号决议（2017年，布宜诺斯艾利斯，修订版）附件1',
      text: '社区中心导则大纲',
    });
  });
});

describe('title lines in Spanish, Russian and Chinese', () => {
  const title = (line: string, headingLanguage: 'es' | 'ru' | 'zh', language?: TextLanguage) => {
    const heading = { es: 'resuelve', ru: 'решает', zh: '做出决议' }[headingLanguage];
    const text = parse(`${line}\nT\n${heading}\n1\tx。`, language === undefined ? {} : { language });
    return { language: text.language, kind: text.kind, number: text.number, revision: text.revision };
  };

  it.each([
    ['RESOLUCIÓN 77 (REV. DUBÁI, 2014)', 'es', 'resolution', '77', 'REV. DUBÁI, 2014'],
    ['Resolución 31 (Estambul, 2002)', 'es', 'resolution', '31', 'Estambul, 2002'],
    ['PROYECTO DE NUEVA RESOLUCIÓN [ARB-1]', 'es', 'resolution', '[ARB-1]', null],
    ['CUESTIÓN 1/1', 'es', 'question', '1/1', null],
    ['РЕЗОЛЮЦИЯ 77 (Пересм. Дубай, 2014 г.)', 'ru', 'resolution', '77', 'Пересм. Дубай, 2014 г.'],
    ['РЕЗОЛЮЦИЯ 77 (Дубай, 2012 г.)', 'ru', 'resolution', '77', 'Дубай, 2012 г.'],
    ['ПРОЕКТ НОВОЙ РЕЗОЛЮЦИИ [RCC-1]', 'ru', 'resolution', '[RCC-1]', null],
    ['Вопрос 2/1', 'ru', 'question', '2/1', null],
    ['第77号决议（2014年，迪拜，修订版）', 'zh', 'resolution', '77', '2014年，迪拜，修订版'],
    ['第77号决议（2012年，迪拜）', 'zh', 'resolution', '77', '2012年，迪拜'],
    ['第77号决议(2014年,迪拜,修订版)', 'zh', 'resolution', '77', '2014年，迪拜，修订版'],
    ['第 77 号决议 (2014年, 迪拜, 修订版)', 'zh', 'resolution', '77', '2014年，迪拜，修订版'],
    ['新决议草案[ARB-1]', 'zh', 'resolution', '[ARB-1]', null],
    ['第1/1号课题', 'zh', 'question', '1/1', null],
  ] as const)('reads %s', (line, language, kind, number, revision) => {
    expect(title(line, language, language)).toEqual({ language, kind, number, revision });
    expect(title(line, language)).toEqual({ language, kind, number, revision });
  });

  it.each(TEXT_LANGUAGES)('reads every kind of title in %s, draft or not, and prints it back', (language) => {
    const heading = HEADING_VOCABULARY[language].resolves![0]!;
    for (const kind of INSTRUMENT_KINDS) {
      for (const [forms, number] of [
        [TITLE_WORDS[language].kinds[kind], '12'],
        [TITLE_WORDS[language].draftKinds[kind], '[XYZ-1]'],
      ] as const) {
        for (const form of forms) {
          const line = form.includes('{n}') ? form.replace('{n}', number) : `${form} ${number}`;
          const text = parse(`${line}\nT\n${heading}\n1\tx.`, { language });
          expect({ kind: text.kind, number: text.number }, line).toEqual({ kind, number });
          expect(parse(renderInstrumentText(text))).toEqual(text);
        }
      }
    }
  });
});

describe('headings in Spanish, Russian and Chinese', () => {
  const KEYS: readonly HeadingKey[] = [...PREAMBLE_HEADING_KEYS, ...OPERATIVE_HEADING_KEYS];

  it.each(['es', 'ru', 'zh'] as const)(
    'reads every heading of the %s vocabulary as its key or an earlier one',
    (language) => {
      for (const key of KEYS) {
        for (const printed of HEADING_VOCABULARY[language][key] ?? []) {
          const text = parse(`${HEAD[language]}\n${printed}\n1\tx。`, { language });
          const read = text.provisions[0]!.headingKey as HeadingKey;
          // Where one phrase fits two keys (учитывая / принимая во внимание, 考虑到), the earlier key wins.
          expect(KEYS.indexOf(read), `${printed} → ${read}`).toBeLessThanOrEqual(KEYS.indexOf(key));
          expect(text.provisions[0]!.heading).toBe(printed);
        }
      }
    },
  );

  it.each([
    ['es', 'considerando,', 'considering', 'considerando'],
    ['es', 'encarga al Director de la Oficina de Desarrollo de las Telecomunicaciones:', 'instructs-director', null],
    ['ru', 'учитывая:', 'considering', 'учитывая'],
    ['ru', 'признавая далее', 'recognizing-further', 'признавая далее'],
    ['ru', 'настоятельно призывает', 'urges', 'настоятельно призывает'],
    ['zh', '考虑到：', 'considering', '考虑到'],
    ['zh', '考虑到:', 'considering', '考虑到'],
    ['zh', '进一步考虑到', 'considering-further', '进一步考虑到'],
    ['zh', '请各成员国', 'invites-member-states', '请各成员国'],
    ['zh', '请', 'requests', '请'],
    ['zh', '责成电信发展局主任，与无线电通信局主任密切合作', 'instructs-director', null],
    [
      'zh',
      '责成电信发展局主任，与无线电通信局主任密切合作：',
      'instructs-director',
      '责成电信发展局主任，与无线电通信局主任密切合作',
    ],
  ] as const)('reads the %s heading "%s" as %s', (language, line, key, heading) => {
    const text = parse(`${HEAD[language]}\n${line}\na)\tx。`, { language });
    expect(text.provisions[0]).toMatchObject({ headingKey: key, heading: heading ?? line.replace(/:$/, '') });
  });

  it('reads a Chinese heading sharing its line with its first item, spaced or not, in either width', () => {
    const text = parse(`${HEAD.zh}\n考虑到 a)\t甲；\nb)\t乙，\n认识到a）丙，\n做出决议：1）丁。`);
    expect(text.provisions.map((p) => [p.id, p.heading, p.num, p.text])).toEqual([
      ['considering.a', '考虑到', 'a)', '甲；'],
      ['considering.b', '考虑到', 'b)', '乙，'],
      ['recognizing.a', '认识到', 'a）', '丙，'],
      ['resolves.1', '做出决议', '1）', '丁。'],
    ]);
  });

  it('reads a Spanish and a Russian heading sharing its line with an unnumbered item', () => {
    expect(parse(`${HEAD.es}\nobservando que x,\nresuelve\n1\ty`).provisions[0]).toMatchObject({
      id: 'noting.1',
      heading: 'observando',
      text: 'que x,',
    });
    expect(parse(`${HEAD.ru}\nотмечая, что x,\nрешает\n1\ty`).provisions[0]).toMatchObject({
      id: 'noting.1',
      heading: 'отмечая',
      text: 'что x,',
    });
  });
});

describe('numbering in Spanish, Russian and Chinese', () => {
  const items = (language: 'es' | 'ru' | 'zh', heading: string, lines: string[]) =>
    parse(`${HEAD[language]}\n${heading}\n${lines.join('\n')}`, { language }).provisions.map((p) => [p.id, p.num]);

  it('reads numbers written 1, 1), 1. and 1）, with sub-items i)', () => {
    expect(items('zh', '做出决议', ['1\t甲；', '2)\t乙：', 'i)\t丙；', 'ii）\t丁；', '3.\t戊；', '4）\t己。'])).toEqual(
      [
        ['resolves.1', '1'],
        ['resolves.2', '2)'],
        ['resolves.2.i', 'i)'],
        ['resolves.2.ii', 'ii）'],
        ['resolves.3', '3.'],
        ['resolves.4', '4）'],
      ],
    );
  });

  it('reads Cyrillic item letters by their place in the alphabet: а) б) в) are a, b, c', () => {
    expect(items('ru', 'учитывая', ['а)\tх;', 'б)\tу;', 'в)\tz;', 'г)\tw;', 'д)\tv;', 'е)\tu,'])).toEqual([
      ['considering.a', 'а)'],
      ['considering.b', 'б)'],
      ['considering.c', 'в)'],
      ['considering.d', 'г)'],
      ['considering.e', 'д)'],
      // е is the sixth Cyrillic letter here, not the look-alike of e.
      ['considering.f', 'е)'],
    ]);
  });

  it('reads a lone Cyrillic look-alike among Latin letters as its Latin twin: a) b) с) is a, b, c', () => {
    expect(items('ru', 'учитывая', ['a)\tх;', 'b)\tу;', 'с)\tz,'])).toEqual([
      ['considering.a', 'a)'],
      ['considering.b', 'b)'],
      ['considering.c', 'с)'],
    ]);
  });

  it('reports a Cyrillic letter that fits neither reading', () => {
    expect(problems(`${HEAD.ru}\nучитывая\na)\tх;\nб)\tу;\nж)\tz,`, { language: 'ru' })).toEqual([
      [7, 'skipped_number'],
    ]);
  });
});

describe('language detection among the six', () => {
  it.each([
    ['ar', 'القرار 1\nالموضوع\nيقرر\n1\tس،'],
    ['zh', `${HEAD.zh}\n考虑到\na)\tx；`],
    ['ru', `${HEAD.ru}\nучитывая\na)\tчто x;`],
    ['es', `${HEAD.es}\nconsiderando\na)\tque x;`],
    ['fr', 'RÉSOLUTION 1\nObjet\nconsidérant\na)\tque x;'],
    ['en', 'RESOLUTION 1\nSubject\nconsidering\na)\tthat x;'],
    ['en', ''],
  ] as const)('detects %s from the script, then the heading words', (language, source) => {
    expect(detectTextLanguage(source)).toBe(language);
  });
});

describe('texts that mix languages or widths', () => {
  it('reads a Chinese text that mixes half-width and full-width punctuation as the full-width one', () => {
    const full = parse(source901('zh'));
    const mixed = source901('zh')
      .replace('（2017年，布宜诺斯艾利斯，修订版）\n数字', '(2017年,布宜诺斯艾利斯，修订版)\n数字')
      .replace('认识到', '认识到：')
      .replace('b)\t社区', 'b）\t社区')
      .replace('做出决议', '做出决议:');
    const text = parse(mixed);
    expect(shape(text)).toEqual(shape(full));
    // The revision is kept with full-width commas; headings without their colon; numbers as printed.
    expect(text.revision).toBe(full.revision);
    expect(text.provisions.map((p) => p.heading)).toEqual(full.provisions.map((p) => p.heading));
    expect(text.provisions[1]!.num).toBe('b）');
  });

  it('warns of each item whose letters are not the text language’s script, naming its line', () => {
    const source = `${HEAD.ru}\nучитывая\na)\tthat x;\nb)\tчто y,\nрешает\n1\tto act.`;
    const { text, warnings } = parseInstrumentText(source, { language: 'ru' });
    expect(ids(text)).toEqual(['considering.a', 'considering.b', 'resolves.1']);
    expect(warnings.map(({ path: where, code }) => [where[1], code])).toEqual([
      [5, 'foreign_script'],
      [8, 'foreign_script'],
    ]);
    expect(warnings[0]!.message).toContain('cyrillic');
  });

  it('reports headings in one language when the items are in another, naming each heading line', () => {
    // Detected as Russian from its letters, so the English headings are foreign.
    const items = ['a)\tчто цифровые навыки помогают людям;', 'resolves', '1\tпоощрять создание центров.'];
    const source = `${HEAD.ru}\nconsidering\n${items.join('\n')}`;
    expect(problems(source)).toEqual([
      [4, 'mixed_language'],
      [6, 'mixed_language'],
    ]);
  });

  it.each([
    ['a Chinese heading in a Spanish text', `${HEAD.es}\n做出决议\n1\tx,`, 'es', [[4, 'mixed_language']]],
    ['a Spanish heading in a Russian text', `${HEAD.ru}\nresuelve\n1\tх,`, 'ru', [[4, 'mixed_language']]],
    [
      'a Russian annex in a Spanish text',
      `${HEAD.es}\nresuelve\n1\tx,\nПРИЛОЖЕНИЕ 1\nx.`,
      'es',
      [[6, 'mixed_language']],
    ],
    ['a Chinese title in a Russian text', '第1号决议\nТема\nрешает\n1\tх,', 'ru', [[1, 'mixed_language']]],
  ] as const)('reports %s', (_case, source, language, expected) => {
    expect(problems(source, { language })).toEqual(expected);
  });
});

import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { matchHeading } from './heading-match.ts';
import { HEADING_VOCABULARY, OPERATIVE_HEADING_KEYS, PREAMBLE_HEADING_KEYS } from './headings.ts';
import { ABJAD, lettersOf, romanOf } from './numbering.ts';
import { parseInstrumentText } from './parse-text.ts';
import { renderInstrumentText } from './render-text.ts';
import { TEXT_LANGUAGES, type Provision, type StructuredText, type TextLanguage } from './structured-text.ts';

const WORDS: Record<TextLanguage, string[]> = {
  en: ['data', 'network', 'training', 'centres', 'rural', 'access', 'policy', 'services', 'skills', 'of', 'for'],
  fr: ['données', 'réseau', 'formation', 'centres', 'rurales', 'accès', 'politique', 'services', 'de', 'pour'],
  ar: ['البيانات', 'الشبكة', 'التدريب', 'المراكز', 'الريفية', 'النفاذ', 'السياسة', 'الخدمات', 'في', 'من'],
  es: ['datos', 'red', 'formación', 'centros', 'rurales', 'acceso', 'política', 'servicios', 'de', 'para'],
  ru: ['данные', 'сеть', 'обучение', 'центры', 'сельские', 'доступ', 'политика', 'услуги', 'навыки', 'для'],
  // No heading starts with these characters; Chinese words are written without spaces between them.
  zh: ['数据', '网络', '培训', '中心', '农村', '接入', '政策', '服务', '技能', '的'],
};
/** Chinese does not space its words, and ends its sentences with full-width punctuation. */
const SEPARATOR: Record<TextLanguage, string> = { en: ' ', fr: ' ', ar: ' ', es: ' ', ru: ' ', zh: '' };
const ENDS: Record<TextLanguage, string[]> = {
  en: [';', ',', '.', ':'],
  fr: [';', ',', '.', ':'],
  ar: ['؛', '،', '.', ':'],
  es: [';', ',', '.', ':'],
  ru: [';', ',', '.', ':'],
  zh: ['；', '，', '。', '：'],
};
const BODY: Record<TextLanguage, string> = {
  en: 'The World Telecommunication Development Conference (Buenos Aires, 2017),',
  fr: 'La Conférence mondiale de développement des télécommunications (Buenos Aires, 2017),',
  ar: 'إن المؤتمر العالمي لتنمية الاتصالات (بوينس آيرس، 2017)،',
  es: 'La Conferencia Mundial de Desarrollo de las Telecomunicaciones (Buenos Aires, 2017),',
  ru: 'Всемирная конференция по развитию электросвязи (Буэнос-Айрес, 2017 г.),',
  zh: '世界电信发展大会（2017年，布宜诺斯艾利斯），',
};
const REVISION: Record<TextLanguage, string> = {
  en: 'Rev. Buenos Aires, 2017',
  fr: 'Rév. Buenos Aires, 2017',
  ar: 'المراجَع في بوينس آيرس، 2017',
  es: 'Rev. Buenos Aires, 2017',
  ru: 'Пересм. Буэнос-Айрес, 2017 г.',
  zh: '2017年，布宜诺斯艾利斯，修订版',
};
const ANNEX: Record<TextLanguage, string> = {
  en: 'ANNEX',
  fr: 'ANNEXE',
  ar: 'الملحق',
  es: 'ANEXO',
  ru: 'ПРИЛОЖЕНИЕ',
  zh: '附件',
};

/** The printed headings of one section that read back as their own key (precedence shadows some). */
function headings(language: TextLanguage, keys: readonly string[]) {
  return keys.flatMap((key) =>
    (HEADING_VOCABULARY[language][key as keyof (typeof HEADING_VOCABULARY)['en']] ?? [])
      .filter((printed) => matchHeading(printed, language, () => false)?.key === key)
      .map((printed) => ({ key, printed })),
  );
}

const words = (language: TextLanguage, max: number) =>
  fc
    .array(fc.constantFrom(...WORDS[language]), { minLength: 2, maxLength: max })
    .map((list) => list.join(SEPARATOR[language]));
const sentence = (language: TextLanguage) =>
  fc.tuple(words(language, 8), fc.constantFrom(...ENDS[language])).map(([text, end]) => text + end);

/** A group: a lone item, or items each with 0 to 3 sub-items. */
const groupShape = fc.oneof(
  fc.constant('lone' as const),
  fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 1, maxLength: 4 }),
);

/** A structured text built by the id rules, from random headings, items, sub-items and annexes. */
const structuredText = fc.constantFrom<TextLanguage>(...TEXT_LANGUAGES).chain((language) => {
  const heading = (section: 'preamble' | 'operative', keys: readonly string[]) =>
    fc.record({
      section: fc.constant(section),
      heading: fc.constantFrom(...headings(language, keys)),
      shape: groupShape,
    });
  return fc.record({
    language: fc.constant(language),
    number: fc.constantFrom('1', '901', '[ARB-1]'),
    title: words(language, 6),
    preamble: fc.array(heading('preamble', PREAMBLE_HEADING_KEYS), { maxLength: 3 }),
    operative: fc.array(heading('operative', OPERATIVE_HEADING_KEYS), { minLength: 1, maxLength: 3 }),
    annexes: fc.array(fc.record({ title: fc.option(words(language, 5)), paragraphs: fc.integer({ min: 1, max: 3 }) }), {
      maxLength: 2,
    }),
    texts: fc.infiniteStream(sentence(language)),
  });
});

type Spec = typeof structuredText extends fc.Arbitrary<infer T> ? T : never;

function build(spec: Spec): StructuredText {
  const { language, number, title, preamble, operative, annexes, texts } = spec;
  const next = () => texts.next().value as string;
  const provisions: Provision[] = [];
  const seen = new Map<string, number>();
  for (const { section, heading, shape } of [...preamble, ...operative]) {
    const n = (seen.get(heading.key) ?? 0) + 1;
    seen.set(heading.key, n);
    const group = n === 1 ? heading.key : `${heading.key}-${n}`;
    const common = { section, heading: heading.printed, headingKey: heading.key };
    if (shape === 'lone') {
      provisions.push({ ...common, id: `${group}.1`, num: '', key: '1', parent: null, text: next() });
      continue;
    }
    shape.forEach((subs, i) => {
      const key = section === 'preamble' ? lettersOf(i + 1) : String(i + 1);
      const num = section === 'operative' ? String(i + 1) : language === 'ar' ? `${ABJAD[i]})` : `${key})`;
      const id = `${group}.${key}`;
      provisions.push({ ...common, id, num, key, parent: null, text: next() });
      for (let s = 1; s <= subs; s += 1) {
        const sub = romanOf(s);
        provisions.push({ ...common, id: `${id}.${sub}`, num: `${sub})`, key: sub, parent: id, text: next() });
      }
    });
  }
  annexes.forEach(({ title: annexTitle, paragraphs }, a) => {
    const id = `annex-${a + 1}`;
    const heading = `${ANNEX[language]}${SEPARATOR[language]}${a + 1}`;
    const common = { section: 'annex' as const, heading, headingKey: id };
    provisions.push({ ...common, id, num: String(a + 1), key: String(a + 1), parent: null, text: annexTitle ?? '' });
    for (let p = 1; p <= paragraphs; p += 1) {
      provisions.push({ ...common, id: `${id}.${p}`, num: String(p), key: String(p), parent: id, text: next() });
    }
  });
  const draft = number.startsWith('[');
  return {
    language,
    kind: 'resolution',
    number,
    revision: draft ? null : REVISION[language],
    title,
    body: BODY[language],
    provisions,
  };
}

describe('renderInstrumentText', () => {
  it('writes a text that parses back to the same text (random structures in the six languages)', () => {
    fc.assert(
      fc.property(structuredText, (spec) => {
        const text = build(spec);
        expect(parseInstrumentText(renderInstrumentText(text)).text).toEqual(text);
      }),
      { numRuns: 600 },
    );
  });

  const golden = path.join(import.meta.dirname, 'golden');
  it.each(readdirSync(golden).filter((name) => name.endsWith('.txt')))('round-trips the golden %s', (name) => {
    const { text } = parseInstrumentText(readFileSync(path.join(golden, name), 'utf8'));
    expect(parseInstrumentText(renderInstrumentText(text)).text).toEqual(text);
  });

  it('prints the ITU layout: title, subject, formula, heading, then number, tab and text', () => {
    const { text } = parseInstrumentText(
      'RESOLUTION 1 (Rev. Buenos Aires, 2017)\nSubject\nThe Conference,\nconsidering a)\tthat x,\nresolves\n1\tto act,',
    );
    expect(renderInstrumentText(text)).toBe(
      'RESOLUTION 1 (Rev. Buenos Aires, 2017)\nSubject\nThe Conference,\nconsidering\na)\tthat x,\nresolves\n1\tto act,\n',
    );
  });

  it.each([
    ['zh', '第901号决议（2017年，布宜诺斯艾利斯，修订版）', '第901号决议（2017年，布宜诺斯艾利斯，修订版）'],
    ['zh', '第77号决议(2014年,迪拜,修订版)', '第77号决议（2014年，迪拜，修订版）'],
    ['zh', '新决议草案 [ARB-1]', '新决议草案[ARB-1]'],
    ['ru', 'РЕЗОЛЮЦИЯ 77 (Пересм. Дубай, 2014 г.)', 'РЕЗОЛЮЦИЯ 77 (Пересм. Дубай, 2014 г.)'],
    ['ru', 'ПРОЕКТ НОВОЙ РЕЗОЛЮЦИИ [RCC-1]', 'ПРОЕКТ НОВОЙ РЕЗОЛЮЦИИ [RCC-1]'],
    ['es', 'RESOLUCIÓN 77 (REV. DUBÁI, 2014)', 'RESOLUCIÓN 77 (REV. DUBÁI, 2014)'],
    ['es', 'PROYECTO DE NUEVA RESOLUCIÓN [ARB-1]', 'PROYECTO DE NUEVA RESOLUCIÓN [ARB-1]'],
  ] as const)('prints the %s title line %s as %s', (language, line, printed) => {
    const heading = { zh: '做出决议', ru: 'решает', es: 'resuelve' }[language];
    const { text } = parseInstrumentText(`${line}\nT\n${heading}\n1\tx。`);
    expect(text.language).toBe(language);
    const rendered = renderInstrumentText(text);
    expect(rendered.split('\n')[0]).toBe(printed);
    expect(parseInstrumentText(rendered).text).toEqual(text);
  });
});

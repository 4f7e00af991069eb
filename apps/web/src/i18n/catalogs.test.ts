import { readFileSync } from 'node:fs';
import { ERROR_TABLE } from '@tansiq/api';
import { IntlMessageFormat } from 'intl-messageformat';
import { describe, expect, it } from 'vitest';
import { UI_LANGUAGES } from './languages.ts';
import terminology from './terminology.json';
import en from './locales/en.json';

type Tree = { [key: string]: string | Tree };

/** Every message of a catalog by its dotted key. */
function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const messages = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix === '' ? key : `${prefix}.${key}`;
    if (typeof value === 'string') {
      messages.set(path, value);
    } else {
      flatten(value, path).forEach((message, nested) => messages.set(nested, message));
    }
  }
  return messages;
}

interface AstElement {
  type: number;
  value?: unknown;
  options?: Record<string, { value: AstElement[] }>;
}

/** The literal text of a message at any depth (ICU element type 0), without its arguments. */
function literalText(elements: readonly AstElement[]): string {
  return elements
    .map(
      (element) =>
        (element.type === 0 && typeof element.value === 'string' ? element.value : ' ') +
        Object.values(element.options ?? {})
          .map((option) => literalText(option.value))
          .join(' '),
    )
    .join('');
}

/** The names of the arguments a message uses, at any depth (ICU element types: literal 0, pound 7). */
function argumentNames(elements: readonly AstElement[]): Set<string> {
  const names = new Set<string>();
  for (const element of elements) {
    if (element.type !== 0 && element.type !== 7 && typeof element.value === 'string') {
      names.add(element.value);
    }
    for (const option of Object.values(element.options ?? {})) {
      argumentNames(option.value).forEach((name) => names.add(name));
    }
  }
  return names;
}

/** The languages of docs/terminology.md besides English, whose terms it gives. */
const TERM_LANGUAGES = ['ar', 'zh', 'fr', 'ru', 'es'] as const;

const reference = flatten(en);
/** Every catalog but English's, by language: the files themselves, as the app loads them. */
const translations: Record<string, Map<string, string>> = Object.fromEntries(
  Object.entries(import.meta.glob<Tree>('./locales/*.json', { eager: true, import: 'default' }))
    .map(([file, catalog]) => [file.replace(/^.*\/(\w+)\.json$/, '$1'), flatten(catalog)] as const)
    .filter(([language]) => language !== 'en'),
);

/**
 * The plural categories a language's messages must each give: those a whole number selects in it (Russian: one,
 * few, many; Arabic: all six; Chinese: none but other), and `other`, which ICU requires. A category only
 * fractions or millions select (French and Spanish `many`) may fall back to `other`.
 */
function requiredPluralCategories(language: string): string[] {
  const rules = new Intl.PluralRules(language);
  const categories = new Set(['other']);
  for (let n = 0; n <= 1000; n += 1) {
    categories.add(rules.select(n));
  }
  return [...categories];
}

/** The options of each `plural` element of a message, at any depth. */
function pluralOptions(elements: readonly AstElement[]): string[][] {
  const found: string[][] = [];
  for (const element of elements) {
    // ICU element type 6: plural (and selectordinal).
    if (element.type === 6 && element.options !== undefined) {
      found.push(Object.keys(element.options));
    }
    for (const option of Object.values(element.options ?? {})) {
      found.push(...pluralOptions(option.value));
    }
  }
  return found;
}

describe('message catalogs', () => {
  it.each(Object.entries(translations))('%s has exactly the English keys', (_, messages) => {
    expect([...messages.keys()].sort()).toEqual([...reference.keys()].sort());
  });

  it.each(Object.entries({ en: reference, ...translations }))(
    '%s messages are valid ICU using the English arguments',
    (locale, messages) => {
      for (const [key, message] of messages) {
        const englishAst = new IntlMessageFormat(reference.get(key) ?? '', 'en').getAst() as AstElement[];
        const ast = new IntlMessageFormat(message, locale).getAst() as AstElement[];
        expect([...argumentNames(ast)].sort(), key).toEqual([...argumentNames(englishAst)].sort());
      }
    },
  );

  it('holds the message of every error code of the table', () => {
    const missing = Object.values(ERROR_TABLE)
      .map((entry) => entry.message)
      .filter((key) => !reference.has(key));
    expect(missing).toEqual([]);
  });

  // In Chinese and Russian a Latin word is English left behind, unless it is a code, a format, a command or an
  // example the reader types as shown (a time zone id, a meeting code, the English form of a version label).
  const LATIN_KEPT = new Set(
    (
      'Tansiq tansiq npx tally ITU UTC UTF API ARB TXA ADD MOD SUP NOC OTHER INF DT DL NUL JSON CSV PDF pdf Word ' +
      'docx txt Tab rpm arb wtdc Africa Khartoum Rev Buenos Aires'
    ).split(' '),
  );

  it.each(['zh', 'ru'])('writes no English word in %s beyond codes, formats and typed examples', (language) => {
    const english: string[] = [];
    for (const [key, message] of translations[language] ?? new Map<string, string>()) {
      const ast = new IntlMessageFormat(message, language).getAst() as AstElement[];
      for (const word of literalText(ast).match(/[A-Za-z]{3,}/g) ?? []) {
        if (!LATIN_KEPT.has(word)) {
          english.push(`${key}: ${word}`);
        }
      }
    }
    expect(english).toEqual([]);
  });

  it('has a catalog for every interface language', () => {
    expect(Object.keys(translations).sort()).toEqual(UI_LANGUAGES.filter((language) => language !== 'en').sort());
  });

  it.each(Object.entries({ en: reference, ...translations }))(
    'gives every %s plural the forms its whole numbers take',
    (language, messages) => {
      const required = requiredPluralCategories(language);
      for (const [key, message] of messages) {
        for (const options of pluralOptions(new IntlMessageFormat(message, language).getAst())) {
          expect(
            required.filter((category) => !options.includes(category)),
            `${language} ${key}`,
          ).toEqual([]);
        }
      }
    },
  );

  // One spelling per term (docs/terminology.md): a reader meets "بالإنجليزية" on one page and "بالإنكليزية" on the
  // next. Each row: the language, the term as the terminology spells it, and the variants its catalog must not hold.
  const refused: (readonly [string, string, RegExp])[] = [
    ['ar', 'الإنجليزية', /إنكليز/],
    ...terminology.flatMap((entry) =>
      TERM_LANGUAGES.flatMap((language) => {
        const { term, avoid } = entry[language];
        return avoid === undefined ? [] : [[language, `${entry.en}: ${term}`, new RegExp(avoid)] as const];
      }),
    ),
  ];

  it.each(refused)('%s spells %s one way', (language, _, avoided) => {
    const messages = translations[language] ?? new Map<string, string>();
    expect([...messages].filter(([, message]) => avoided.test(message)).map(([key]) => key)).toEqual([]);
  });

  it('shows every term of the data in docs/terminology.md', () => {
    const page = readFileSync(new URL('../../../../docs/terminology.md', import.meta.url), 'utf8');
    const rows = page.split('\n').filter((line) => line.startsWith('| '));
    const missing = terminology.filter(
      (entry) =>
        !rows.some(
          (row) =>
            row.startsWith(`| ${entry.en} |`) &&
            TERM_LANGUAGES.every((language) => row.includes(entry[language].term.replace('|', '/'))),
        ),
    );
    expect(missing.map((entry) => entry.en)).toEqual([]);
  });

  it.each(TERM_LANGUAGES)(
    'gives every term in %s, and keeps its own term clear of the refused variants',
    (language) => {
      for (const entry of terminology) {
        const { term, avoid } = entry[language];
        expect(term, entry.en).not.toBe('');
        if (avoid !== undefined) {
          expect(new RegExp(avoid).test(term), `${entry.en}: ${term}`).toBe(false);
        }
      }
    },
  );
});

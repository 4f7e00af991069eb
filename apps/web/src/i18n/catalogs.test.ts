import { ERROR_TABLE } from '@tansiq/api';
import { IntlMessageFormat } from 'intl-messageformat';
import { describe, expect, it } from 'vitest';
import ar from './locales/ar.json';
import en from './locales/en.json';
import fr from './locales/fr.json';

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

const reference = flatten(en);
const translations = { ar: flatten(ar), fr: flatten(fr) };

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

  it('gives every Arabic plural its six forms', () => {
    for (const [key, message] of translations.ar) {
      const plurals = message.split(', plural,').length - 1;
      for (const category of ['zero', 'one', 'two', 'few', 'many', 'other']) {
        expect(message.split(` ${category} {`).length - 1, `${key}: ${category}`).toBe(plurals);
      }
    }
  });

  // One spelling per term in Arabic: a reader meets "بالإنجليزية" on one page and "بالإنكليزية" on the next.
  it.each([['الإنجليزية', /إنكليز/]])('spells %s one way in Arabic', (_, variant) => {
    expect([...translations.ar].filter(([, message]) => variant.test(message)).map(([key]) => key)).toEqual([]);
  });
});

import type { LocalizedText as Text } from '@tansiq/api';
import { Fragment, type ReactNode } from 'react';
import { directionOf } from '../i18n/languages.ts';
import { localized, type ShownText } from '../lib/format.ts';
import { useLocale } from '../lib/use-locale.ts';

/**
 * Words on a page in `pageLanguage`: as they are when they are in the page's language, else marked with their own
 * `lang` and direction (a title typed in English alone, on an Arabic page), so that screen readers pronounce them
 * in their language and fonts and the bidirectional algorithm treat them right. `isolated` sets them in a `<bdi>`,
 * for words inside a sentence of the page's language.
 */
export function MarkedText({
  shown,
  pageLanguage,
  isolated = false,
}: {
  shown: ShownText;
  pageLanguage: string;
  isolated?: boolean;
}) {
  if (shown.language === pageLanguage) {
    return isolated ? <bdi>{shown.text}</bdi> : <>{shown.text}</>;
  }
  const Element = isolated ? 'bdi' : 'span';
  return (
    <Element lang={shown.language} dir={directionOf(shown.language)}>
      {shown.text}
    </Element>
  );
}

/**
 * A text stored per language, shown in the UI language when it exists and in English otherwise (`localized`),
 * marked with the language it is shown in when that is not the UI's.
 */
export function LocalizedText({ text, isolated }: { text: Text; isolated?: boolean }) {
  const { language } = useLocale();
  return <MarkedText shown={localized(text, language)} pageLanguage={language} isolated={isolated} />;
}

// Private-use characters: no catalog message or typed text holds them.
const SLOT_OPEN = '\uE000';
const SLOT_CLOSE = '\uE001';
const SLOTS = new RegExp(`${SLOT_OPEN}([^${SLOT_CLOSE}]*)${SLOT_CLOSE}`, 'u');

/**
 * A placeholder for an element in a translated sentence, passed as the value of `name` (`t('texts.adoptedAt',
 * { meeting: slot('meeting') })`), so that a record's name inside the sentence can carry its own `lang`.
 */
export function slot(name: string): string {
  return `${SLOT_OPEN}${name}${SLOT_CLOSE}`;
}

/** A translated sentence with each of its slots replaced by its element; a slot without one is an error. */
export function fillSlots(message: string, elements: Readonly<Record<string, ReactNode>>): ReactNode[] {
  return message.split(SLOTS).map((part, index) => {
    if (index % 2 === 0) {
      return part;
    }
    if (!(part in elements)) {
      throw new Error(`No element for the slot "${part}" of the message "${message}".`);
    }
    return <Fragment key={index}>{elements[part]}</Fragment>;
  });
}

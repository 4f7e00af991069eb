import type { Instrument } from '@tansiq/api';
import type { TFunction } from 'i18next';

/**
 * An instrument's kind and number as its text prints them ("Resolution 901", "القرار 901"), in the UI language
 * or in `language` (a text's own language, which may differ from the reader's).
 */
export function instrumentName(
  t: TFunction,
  instrument: Pick<Instrument, 'kind' | 'number'>,
  language?: string,
): string {
  return t(`texts.named.${instrument.kind}`, {
    number: instrument.number,
    ...(language === undefined ? {} : { lng: language }),
  });
}

/**
 * A revision or label after an instrument's name, bracketed as `language` prints it: " (Rev. Dubai, 2014)" with
 * a space, or in Chinese full-width and without one ("第901号决议（2014年，迪拜，修订版）").
 */
export function bracketed(text: string, language: string): string {
  return language === 'zh' ? `（${text}）` : ` (${text})`;
}

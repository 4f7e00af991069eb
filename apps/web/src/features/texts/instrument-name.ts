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

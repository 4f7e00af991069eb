import { useMemo } from 'react';
import { formatNumber } from '../../lib/format.ts';
import { useLocale } from '../../lib/use-locale.ts';

/** A whole number in the reader's locale and its language's digits (docs/languages.md). */
export function useNumber(): (value: number) => string {
  const { locale } = useLocale();
  return useMemo(() => (value: number) => formatNumber(locale, value), [locale]);
}

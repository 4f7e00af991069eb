import { useMemo } from 'react';
import { useLocale } from '../../lib/use-locale.ts';

/** A whole number in the reader's locale (Arabic-Indic digits in Arabic). */
export function useNumber(): (value: number) => string {
  const { locale } = useLocale();
  return useMemo(() => {
    const format = new Intl.NumberFormat(locale);
    return (value: number) => format.format(value);
  }, [locale]);
}

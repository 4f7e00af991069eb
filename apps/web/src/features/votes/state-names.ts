import { useCallback, useMemo } from 'react';
import { useLocale } from '../../lib/use-locale.ts';
import { useMemberStates } from '../registry/registry.queries.ts';

/** The name of a Member State in the reader's language (its code until the registry has loaded). */
export function useStateNames(): (iso3: string) => string {
  const { language } = useLocale();
  const memberStates = useMemberStates();
  const names = useMemo(
    () => new Map((memberStates.data ?? []).map((state) => [state.iso3, state.names[language]])),
    [memberStates.data, language],
  );
  return useCallback((iso3: string) => names.get(iso3) ?? iso3, [names]);
}

/** A whole number in the reader's locale (Arabic-Indic digits in Arabic). */
export function useNumber(): (value: number) => string {
  const { locale } = useLocale();
  return useMemo(() => {
    const format = new Intl.NumberFormat(locale);
    return (value: number) => format.format(value);
  }, [locale]);
}

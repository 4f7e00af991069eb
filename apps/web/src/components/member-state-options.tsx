import type { MemberState } from '@tansiq/api';
import { useLocale } from '../lib/use-locale.ts';

/** The `<option>`s of a Member State select: names in the UI language, in its alphabetical order. */
export function MemberStateOptions({ states }: { states: readonly MemberState[] }) {
  const { language, locale } = useLocale();
  const collator = new Intl.Collator(locale);
  return (
    <>
      {[...states]
        .sort((a, b) => collator.compare(a.names[language], b.names[language]))
        .map((state) => (
          <option key={state.iso3} value={state.iso3}>
            {state.names[language]}
          </option>
        ))}
    </>
  );
}

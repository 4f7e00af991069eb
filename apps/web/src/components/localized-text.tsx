import type { LocalizedText as Text } from '@tansiq/api';
import { useLocale } from '../lib/use-locale.ts';

/**
 * A text stored per language, shown in the UI language when it exists and in English otherwise, marked with
 * its own `lang` and direction so that screen readers, fonts and right-to-left pages treat it right.
 */
export function LocalizedText({ text }: { text: Text }) {
  const { language } = useLocale();
  const own = text[language];
  return own === undefined ? (
    <span lang="en" dir="ltr">
      {text.en}
    </span>
  ) : (
    <>{own}</>
  );
}

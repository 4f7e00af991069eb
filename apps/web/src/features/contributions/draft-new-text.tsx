import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { readDraftText } from '../texts/draft-text.ts';
import { VersionText } from '../texts/version-text.tsx';
import { textDirection } from './tracked-change.tsx';

/**
 * A draft new text (an ADD of a whole resolution) as the library shows texts: its title line, subject and
 * opening formula, then each heading with its numbered items and the annexes. A text not in ITU layout is
 * shown as written, and says so.
 */
export function DraftNewText({ text, language }: { text: string; language: string }) {
  const { t } = useTranslation();
  const reading = useMemo(() => readDraftText(text, language), [text, language]);
  if (reading.kind === 'plain') {
    return (
      <>
        <p className="proposal__note">{t('proposal.notStructured')}</p>
        <p className="proposal__text" lang={language} dir={textDirection(language)}>
          {text}
        </p>
      </>
    );
  }
  return (
    <div className="proposal__new-text" data-draft-text="structured">
      <VersionText version={reading.view} languages={[reading.language]} draft />
    </div>
  );
}

import { DomainError, parseInstrumentText, type TextLanguage as ParserLanguage } from '@tansiq/domain';
import type { TextView } from './version-text.tsx';
import { isTextLanguage } from './provisions.ts';

/** A draft new text read in ITU layout, shaped as the library shows a version; or why it could not be read. */
export type DraftTextReading = { kind: 'structured'; view: TextView; language: ParserLanguage } | { kind: 'plain' };

/**
 * Reads the text of a draft new text (an ADD of a whole resolution) with the library's own parser, in the
 * contribution's language when the text reads in it, else in the language detected, so that it is shown as the library shows texts: title,
 * opening formula, headings with their numbered items, annexes. A text the parser cannot read is shown as
 * written (`plain`).
 */
export function readDraftText(source: string, language: string): DraftTextReading {
  // The contribution's language first; a text written in another one (an Arabic draft in a Spanish
  // contribution) is read in the language detected from its script and headings.
  const attempts = isTextLanguage(language) ? [{ language }, {}] : [{}];
  let parsed: ReturnType<typeof parseInstrumentText> | undefined;
  for (const options of attempts) {
    try {
      parsed = parseInstrumentText(source, options);
      break;
    } catch (error) {
      if (!(error instanceof DomainError)) {
        throw error;
      }
    }
  }
  if (parsed === undefined) {
    return { kind: 'plain' };
  }
  const { text } = parsed;
  const own = text.language;
  return {
    kind: 'structured',
    language: own,
    view: {
      instrument: { kind: text.kind, number: text.number },
      texts: { [own]: { revision: text.revision, title: text.title, body: text.body } },
      provisions: text.provisions.map((provision) => ({
        id: provision.id,
        section: provision.section,
        headingKey: provision.headingKey,
        key: provision.key,
        parent: provision.parent,
        texts: { [own]: { heading: provision.heading, num: provision.num, text: provision.text } },
      })),
    },
  };
}

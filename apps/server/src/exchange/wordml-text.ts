import type { QualifiedTag, SAXParser, Tag } from 'sax';

const WORDML = new Set([
  'http://schemas.openxmlformats.org/wordprocessingml/2006/main',
  'http://purl.oclc.org/ooxml/wordprocessingml/main',
]);
const MARKUP_COMPATIBILITY = 'http://schemas.openxmlformats.org/markup-compatibility/2006';

// Content that is not part of the text as it now reads: deleted and moved-away revisions. A deleted run holds
// `w:delText`, which is never read, but a moved-away one holds plain `w:t`.
const SKIPPED = new Set(['del', 'moveFrom']);

// Run content that stands for a character.
const RUN_CHARACTERS: Record<string, string> = { tab: '\t', br: '\n', cr: '\n', noBreakHyphen: '-' };

interface Element {
  /** Local name when the element is in WordprocessingML, else '' (so `w:t` and `v:t` never mix). */
  word: string;
  skipped: boolean;
}

interface ParagraphState {
  text: string;
  /** Its mark was deleted as a revision: the paragraph runs on into the next one. */
  joinsNext: boolean;
}

/**
 * Wires a strict, namespace-aware sax parser to collect the paragraphs of a WordprocessingML part as lines of
 * plain text; `lines` fills in as the parser is fed. A paragraph nested in another (a text box) becomes its
 * own line, ahead of the one that holds it; the fallback copy of alternate content is left out.
 */
export function wordXmlLines(parser: SAXParser): { parser: SAXParser; lines: string[] } {
  const lines: string[] = [];
  const elements: Element[] = [];
  const paragraphs: ParagraphState[] = [];
  let carried = '';
  let skipping = 0;

  const parent = (depth: number) => elements[elements.length - depth]?.word ?? '';

  parser.onopentag = (tag: Tag | QualifiedTag) => {
    const { local, uri } = tag as QualifiedTag;
    const word = WORDML.has(uri) ? local : '';
    const skipped = SKIPPED.has(word) || (uri === MARKUP_COMPATIBILITY && local === 'Fallback');
    // A `w:del` in the run properties of a paragraph mark deletes the mark itself.
    if (word === 'del' && parent(1) === 'rPr' && parent(2) === 'pPr' && skipping === 0) {
      const paragraph = paragraphs[paragraphs.length - 1];
      if (paragraph !== undefined) {
        paragraph.joinsNext = true;
      }
    }
    if (skipping === 0 && word === 'p') {
      paragraphs.push({ text: carried, joinsNext: false });
      carried = '';
    }
    const character = RUN_CHARACTERS[word];
    if (skipping === 0 && character !== undefined && parent(1) === 'r') {
      appendText(character);
    }
    elements.push({ word, skipped });
    if (skipped) {
      skipping++;
    }
  };

  parser.onclosetag = () => {
    const element = elements.pop();
    if (element?.skipped) {
      skipping--;
    }
    if (skipping === 0 && element?.word === 'p') {
      const paragraph = paragraphs.pop();
      if (paragraph?.joinsNext) {
        carried = paragraph.text;
      } else if (paragraph !== undefined) {
        lines.push(paragraph.text);
      }
    }
  };

  function appendText(text: string) {
    const paragraph = paragraphs[paragraphs.length - 1];
    if (paragraph !== undefined) {
      paragraph.text += text;
    }
  }

  parser.ontext = (text: string) => {
    if (skipping === 0 && parent(1) === 't') {
      appendText(text);
    }
  };
  parser.onend = () => {
    if (carried !== '') {
      lines.push(carried);
    }
  };
  return { parser, lines };
}

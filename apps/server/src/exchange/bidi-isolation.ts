/**
 * Where a paragraph's text runs in the other direction and must be isolated for its punctuation to stay with it:
 * an English reason or quotation in an Arabic paragraph, an Arabic quotation in an English one. Word and
 * LibreOffice lay a paragraph out with the Unicode bidirectional algorithm, which gives a full stop between a
 * Latin word and the end of an Arabic paragraph the paragraph's direction: "place." shows as ".place" at the
 * wrong end. Isolating the Latin text with its full stop (LRI … PDI) keeps it in its own direction.
 */

/** Left-to-right isolate, right-to-left isolate, pop directional isolate (Unicode 6.3). */
export const LRI = '\u2066';
export const RLI = '\u2067';
export const PDI = '\u2069';
/** Left-to-right and right-to-left marks: the same effect for a reader that predates isolates. */
export const LRM = '\u200e';
export const RLM = '\u200f';

/** One stretch of text to isolate: `[start, end)` in the paragraph's text, in the direction `rtl`. */
export interface IsolatedSpan {
  start: number;
  end: number;
  rtl: boolean;
}

const RTL_LETTER = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/u;
const LETTER = /\p{L}/u;
const DIGIT = /[0-9\u0660-\u0669\u06F0-\u06F9]/u;
/** What ends a sentence or a clause, and goes with the words before it. */
const CLOSING_PUNCTUATION = new Set(['.', ',', ';', ':', '!', '?', '…', '%', '،', '؛', '؟', '۔']);
/** Closing brackets and quotation marks, with what opens each. */
const OPENER_OF = new Map([
  [')', '('],
  [']', '['],
  ['}', '{'],
  ['»', '«'],
  ['›', '‹'],
  ['”', '“'],
  ['’', '‘'],
  ['"', '"'],
  ["'", "'"],
]);

function strongDirection(char: string): 'rtl' | 'ltr' | null {
  if (RTL_LETTER.test(char) && !DIGIT.test(char)) {
    return LETTER.test(char) || /\p{M}/u.test(char) ? 'rtl' : null;
  }
  return LETTER.test(char) ? 'ltr' : null;
}

/** True when the span holds an opener that `closer` would close (for a straight quote: an odd count). */
function opensInside(text: string, start: number, end: number, closer: string): boolean {
  const opener = OPENER_OF.get(closer)!;
  const inside = text.slice(start, end);
  if (opener === closer) {
    return inside.split(opener).length % 2 === 0;
  }
  return inside.split(opener).length > inside.split(closer).length;
}

/**
 * The stretches of `text` written in the other direction than the paragraph's (`rtl`) whose last characters are
 * punctuation the bidirectional algorithm would send to the paragraph's side: each from its first letter to its
 * last letter or digit, with the punctuation that closes it (a full stop, a comma, a bracket or quotation mark
 * opened inside it). A tab ends a stretch, as it ends a segment of the paragraph. Stretches that end in a letter
 * or digit need nothing and are not listed.
 */
export function spansToIsolate(text: string, rtl: boolean): IsolatedSpan[] {
  const opposite = rtl ? 'ltr' : 'rtl';
  const own = rtl ? 'rtl' : 'ltr';
  const spans: IsolatedSpan[] = [];
  let start = -1;
  let last = -1;
  const close = (limit: number) => {
    if (start < 0) {
      return;
    }
    let end = last + 1;
    while (end < limit) {
      const char = text[end]!;
      if (CLOSING_PUNCTUATION.has(char) || (OPENER_OF.has(char) && opensInside(text, start, end, char))) {
        end += 1;
      } else {
        break;
      }
    }
    if (end > last + 1) {
      spans.push({ start, end, rtl: !rtl });
    }
    start = -1;
    last = -1;
  };
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index]!;
    if (char === '\t') {
      close(index);
      continue;
    }
    const direction = strongDirection(char);
    if (direction === opposite) {
      if (start < 0) {
        start = index;
      }
      last = index;
    } else if (direction === own) {
      close(index);
    } else if (start >= 0 && (DIGIT.test(char) || /\p{M}/u.test(char))) {
      // Digits after words of the other direction read with them ("Resolution 1", "القرار 1").
      last = index;
    }
  }
  close(text.length);
  return spans;
}

/** What opens an isolate of direction `rtl`, and what closes it (a mark first, for readers without isolates). */
export function isolateControls(rtl: boolean): { open: string; close: string } {
  return rtl ? { open: RLI, close: `${RLM}${PDI}` } : { open: LRI, close: `${LRM}${PDI}` };
}

/** `text` with each stretch of `spansToIsolate` isolated: for one string, as a run holds it. */
export function isolateOpposite(text: string, rtl: boolean): string {
  let result = '';
  let from = 0;
  for (const span of spansToIsolate(text, rtl)) {
    const { open, close } = isolateControls(span.rtl);
    result += `${text.slice(from, span.start)}${open}${text.slice(span.start, span.end)}${close}`;
    from = span.end;
  }
  return result + text.slice(from);
}

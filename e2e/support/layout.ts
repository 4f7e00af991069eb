import type { Page } from 'playwright-core';

/**
 * Measures of how a page fits the screen, taken in the page as it is laid out: what extends past either edge of
 * the screen, and which words have their letters on two lines. Text a sighted reader cannot see (a visually
 * hidden label: clipped to nothing, or a box of 1 pixel) is left out of both.
 */

/** One thing found: where it is, and what it shows. */
export interface LayoutProblem {
  /** The element (tag, id, classes) or the text's element, with the nearest ancestor marked `data-provision`. */
  where: string;
  /** The text, shortened. */
  text: string;
  /** Its left and right edges on the screen, in CSS pixels (for a word: the tops of its two lines). */
  edges: [number, number];
}

/**
 * Elements and runs of text that extend past the left or right edge of the screen (0 to the document's client
 * width), except those inside a box that scrolls by itself (`overflow-x: auto` or `scroll`): such a box is
 * measured as a whole instead; and the page itself when it is wider than the screen. Clipping the page
 * (`overflow: hidden` on `html` or `body`) hides nothing from this measure: it reads each box and each line of
 * text where it is laid out.
 */
export function contentPastEdges(page: Page): Promise<LayoutProblem[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const describe = (element: Element) => {
      const own = `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''}${[...element.classList]
        .map((name) => `.${name}`)
        .join('')}`;
      const row = element.closest('[data-provision]')?.getAttribute('data-provision');
      return row ? `${own} in [data-provision="${row}"]` : own;
    };
    const unseen = (element: Element): boolean => {
      for (let at: Element | null = element; at !== null; at = at.parentElement) {
        const style = getComputedStyle(at);
        if (style.display === 'none' || style.visibility === 'hidden' || style.clipPath !== 'none') {
          return true;
        }
        const box = at.getBoundingClientRect();
        if (style.overflow !== 'visible' && box.width <= 1 && box.height <= 1) {
          return true;
        }
      }
      return false;
    };
    /**
     * Inside a box that scrolls sideways by itself and holds it (html and body do not count: that is the page).
     * An absolutely positioned box escapes every box between it and its containing block (its nearest
     * positioned ancestor), and a fixed one every box: scrolling boxes there do not hold it.
     */
    const inScrollBox = (node: Node): boolean => {
      const own = node instanceof Element ? getComputedStyle(node).position : 'static';
      if (own === 'fixed') {
        return false;
      }
      let escaping = own === 'absolute';
      for (let at = node.parentElement; at !== null && at !== document.body; at = at.parentElement) {
        const style = getComputedStyle(at);
        const positioned = style.position !== 'static';
        if ((!escaping || positioned) && (style.overflowX === 'auto' || style.overflowX === 'scroll')) {
          return true;
        }
        if (escaping && positioned) {
          if (style.position === 'fixed') {
            return false;
          }
          escaping = style.position === 'absolute';
        }
      }
      return false;
    };
    const past = (left: number, right: number) => left < -0.5 || right > width + 0.5;
    const problems: { where: string; text: string; edges: [number, number] }[] = [];
    // Every box, seen or not: a visually hidden label of 1 pixel placed past the edge still widens the page.
    for (const element of document.body.querySelectorAll('*')) {
      if (inScrollBox(element)) {
        continue;
      }
      const box = element.getBoundingClientRect();
      if ((box.width > 0 || box.height > 0) && past(box.left, box.right)) {
        const text = (element.textContent ?? '').trim().slice(0, 60);
        problems.push({ where: describe(element), text, edges: [Math.round(box.left), Math.round(box.right)] });
      }
    }
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (parent === null || node.textContent?.trim() === '' || inScrollBox(node)) {
        continue;
      }
      if (unseen(parent)) {
        continue;
      }
      const range = document.createRange();
      range.selectNodeContents(node);
      for (const line of range.getClientRects()) {
        if (line.width > 0 && past(line.left, line.right)) {
          const text = (node.textContent ?? '').trim().slice(0, 60);
          problems.push({ where: describe(parent), text, edges: [Math.round(line.left), Math.round(line.right)] });
          break;
        }
      }
    }
    const scrollWidth = document.documentElement.scrollWidth;
    if (scrollWidth > width + 0.5) {
      problems.push({ where: 'html', text: 'the page scrolls sideways', edges: [0, scrollWidth] });
    }
    return problems;
  });
}

/**
 * The words of `minLetters` letters or more inside `root` whose letters lie on two lines or more, measured with
 * `Range.getClientRects` over each word: a word is a run of letters with their combining marks (Arabic with its
 * diacritics), so a line may still break at a space, a hyphen, a slash or between a word and its punctuation.
 */
export function wordsBrokenAcrossLines(page: Page, root = 'main', minLetters = 4): Promise<LayoutProblem[]> {
  return page.evaluate(
    ({ root, minLetters }) => {
      const scope = document.querySelector(root);
      if (scope === null) {
        throw new Error(`No ${root} on the page.`);
      }
      const unseen = (element: Element): boolean => {
        for (let at: Element | null = element; at !== null; at = at.parentElement) {
          const style = getComputedStyle(at);
          if (style.display === 'none' || style.visibility === 'hidden' || style.clipPath !== 'none') {
            return true;
          }
          const box = at.getBoundingClientRect();
          if (style.overflow !== 'visible' && box.width <= 1 && box.height <= 1) {
            return true;
          }
        }
        return false;
      };
      const problems: { where: string; text: string; edges: [number, number] }[] = [];
      const walker = document.createTreeWalker(scope, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
        const parent = node.parentElement;
        const text = node.textContent ?? '';
        if (parent === null || text.trim() === '' || unseen(parent)) {
          continue;
        }
        for (const match of text.matchAll(/\p{L}[\p{L}\p{M}]*/gu)) {
          if ((match[0].match(/\p{L}/gu) ?? []).length < minLetters) {
            continue;
          }
          const range = document.createRange();
          range.setStart(node, match.index);
          range.setEnd(node, match.index + match[0].length);
          const lines = [...range.getClientRects()].filter((rect) => rect.width > 0 && rect.height > 0);
          const first = lines[0];
          const other = lines.find(
            (rect) => first !== undefined && Math.abs(rect.top - first.top) > Math.min(rect.height, first.height) / 2,
          );
          if (first !== undefined && other !== undefined) {
            const row = parent.closest('[data-provision]')?.getAttribute('data-provision');
            const where = `${parent.tagName.toLowerCase()}${[...parent.classList].map((name) => `.${name}`).join('')}`;
            problems.push({
              where: row ? `${where} in [data-provision="${row}"]` : where,
              text: match[0],
              edges: [Math.round(first.top), Math.round(other.top)],
            });
          }
        }
      }
      return problems;
    },
    { root, minLetters },
  );
}

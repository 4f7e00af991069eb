import type { Page } from 'playwright-core';

/**
 * The keyboard check of a page: Tab from the top of the page to its end, then compare what the focus reached
 * with the page's interactive controls.
 */

/** What the walk found wrong; empty when every visible control was reached, in one pass, with a visible focus. */
export interface KeyboardProblems {
  /** Visible controls that Tab never reached (for radio buttons: a group none of whose buttons was reached). */
  skipped: string[];
  /** Where the focus stayed or went round in a loop before the end of the page, if it did. */
  trapped: string | null;
  /** Elements that received the focus and looked the same as without it. */
  noVisibleFocus: string[];
}

/** What one Tab press gave: the element focused, whether it shows its focus, and which listed control it is. */
interface Step {
  /** -1 when the focus left the page (back on `<body>` or out of the document). */
  key: number;
  description: string;
  focusShown: boolean;
  control: number;
  /** A field of several parts that Tab goes through one by one (a date). */
  parts: boolean;
}

/**
 * Controls a keyboard user must be able to reach: links, buttons, form fields, `summary` and anything else with a
 * `tabindex` of 0 or more, that are enabled, not inert and visible (rendered, not `visibility: hidden`, larger
 * than the 1-pixel box of a visually hidden element). Radio buttons count once per group, as Tab enters a group
 * at one of its buttons and the arrows move within it.
 */
const CONTROLS =
  'a[href], area[href], button, input:not([type="hidden"]), select, textarea, summary, iframe, [tabindex], [contenteditable="true"], [contenteditable=""]';

/**
 * Presses Tab from the top of the page until the focus leaves the page or comes back to an element it has
 * already reached, and reports the controls not reached, a trap, and the focused elements whose outline, box
 * shadow and border are the same as without the focus (unless they show an outline of non-zero width).
 */
export async function walkWithTab(page: Page): Promise<KeyboardProblems> {
  const controlCount = await page.evaluate((selector) => {
    const describe = (element: Element): string => {
      const tag = element.tagName.toLowerCase();
      const id = element.id ? `#${element.id}` : '';
      const name = element.getAttribute('name');
      const label =
        element.getAttribute('aria-label') ??
        (element as HTMLElement).innerText?.trim().slice(0, 40) ??
        (element as HTMLInputElement).value;
      return `${tag}${id}${name ? `[name="${name}"]` : ''}${label ? ` "${label}"` : ''}`;
    };
    // What can be seen of an element's outline, shadow and border: a line of no width or of no style draws
    // nothing, whatever its colour or offset.
    const look = (element: Element) => {
      const style = getComputedStyle(element);
      const line = (lineStyle: string, width: string, color: string) =>
        lineStyle === 'none' || lineStyle === 'hidden' || parseFloat(width) === 0 || color === 'rgba(0, 0, 0, 0)'
          ? 'none'
          : `${lineStyle} ${width} ${color}`;
      const outline = line(style.outlineStyle, style.outlineWidth, style.outlineColor);
      return {
        outline: outline === 'none' ? outline : `${outline} ${style.outlineOffset}`,
        boxShadow: style.boxShadow,
        border: ['top', 'right', 'bottom', 'left']
          .map((side) => {
            const get = (property: string) => style.getPropertyValue(`border-${side}-${property}`);
            return line(get('style'), get('width'), get('color'));
          })
          .join(' / '),
      };
    };
    const visible = (element: Element): boolean => {
      if (!element.checkVisibility({ visibilityProperty: true })) {
        return false;
      }
      const box = element.getBoundingClientRect();
      return box.width > 1 && box.height > 1;
    };
    const focusable = [...document.querySelectorAll<HTMLElement>(selector)].filter(
      (element) => element.tabIndex >= 0 && !element.matches(':disabled') && element.closest('[inert]') === null,
    );
    // The look of every focusable element while nothing has the focus, to compare with its look when focused.
    (document.activeElement as HTMLElement | null)?.blur();
    const baseline = new Map<Element, ReturnType<typeof look>>(focusable.map((element) => [element, look(element)]));
    const controls: HTMLElement[] = [];
    const radioGroups = new Map<string, Element[]>();
    for (const element of focusable.filter(visible)) {
      if (element instanceof HTMLInputElement && element.type === 'radio' && element.name !== '') {
        const group = `${element.form ? [...document.forms].indexOf(element.form) : -1} ${element.name}`;
        const members = radioGroups.get(group);
        if (members) {
          members.push(element);
          continue;
        }
        radioGroups.set(group, [element]);
      }
      controls.push(element);
    }
    // A radio button stands for its group: reaching any button of the group reaches the group.
    const controlOf = new Map<Element, number>();
    controls.forEach((element, index) => controlOf.set(element, index));
    for (const members of radioGroups.values()) {
      const index = controlOf.get(members[0]!);
      for (const member of members) {
        controlOf.set(member, index!);
      }
    }
    // The top of the page: a focus holder before everything else, so that the first Tab goes to the page's first
    // control whatever had the focus before (the main content focused on navigation, a blurred element whose
    // place Chromium keeps as the start of the next Tab). It goes as soon as the focus has left it.
    const top = document.createElement('span');
    top.tabIndex = -1;
    top.setAttribute('aria-hidden', 'true');
    top.style.position = 'fixed';
    document.body.prepend(top);
    top.focus();
    const seen = new Map<Element, number>();
    (window as unknown as { __keyboardWalk: unknown }).__keyboardWalk = {
      step: () => {
        top.remove();
        const active = document.activeElement;
        if (active === null || active === document.body || active === document.documentElement) {
          return { key: -1, description: 'body', focusShown: true, control: -1, parts: false };
        }
        let key = seen.get(active);
        if (key === undefined) {
          key = seen.size;
          seen.set(active, key);
        }
        const now = look(active);
        const before = baseline.get(active);
        const outlined = now.outline !== 'none';
        const changed =
          before !== undefined &&
          (before.outline !== now.outline || before.boxShadow !== now.boxShadow || before.border !== now.border);
        return {
          key,
          description: describe(active),
          focusShown: outlined || changed,
          control: controlOf.get(active) ?? -1,
          // A date or time field takes one Tab per part (day, month, year): the focus stays on it meanwhile.
          parts: active instanceof HTMLInputElement && /^(date|time|datetime-local|month|week)$/.test(active.type),
        };
      },
      describeControl: (index: number) => describe(controls[index]!),
    };
    return controls.length;
  }, CONTROLS);

  const reached = new Set<number>();
  const noVisibleFocus: string[] = [];
  let trapped: string | null = null;
  let previous: Step | null = null;
  let leftThePage = false;
  let partsLeft = 4;
  // Every control once, plus the elements Tab may also stop at (scrolling boxes, a focused heading), then give up.
  const presses = controlCount * 2 + 40;
  for (let press = 0; press < presses && !leftThePage && trapped === null; press++) {
    await page.keyboard.press('Tab');
    const step = await page.evaluate(() =>
      (window as unknown as { __keyboardWalk: { step: () => Step } }).__keyboardWalk.step(),
    );
    if (step.key === -1 || (step.key === 0 && previous !== null)) {
      // Out of the page, or back at the first element: the focus went through the whole page.
      leftThePage = true;
    } else if (previous !== null && step.key === previous.key && step.parts && partsLeft-- > 0) {
      continue;
    } else if (previous !== null && step.key <= previous.key) {
      trapped =
        step.key === previous.key
          ? `Tab stays on ${step.description}`
          : `Tab goes back from ${previous.description} to ${step.description}`;
    } else {
      partsLeft = 4;
      if (step.control >= 0) {
        reached.add(step.control);
      }
      if (!step.focusShown) {
        noVisibleFocus.push(step.description);
      }
      previous = step;
    }
  }
  if (!leftThePage && trapped === null) {
    trapped = `the focus is still in the page after ${presses} presses of Tab (on ${previous?.description ?? 'nothing'})`;
  }
  const skipped: string[] = [];
  for (let index = 0; index < controlCount; index++) {
    if (!reached.has(index)) {
      skipped.push(
        await page.evaluate(
          (at) =>
            (
              window as unknown as { __keyboardWalk: { describeControl: (index: number) => string } }
            ).__keyboardWalk.describeControl(at),
          index,
        ),
      );
    }
  }
  return { skipped, trapped, noVisibleFocus };
}

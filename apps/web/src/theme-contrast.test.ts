import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/**
 * WCAG 2.1 AA contrast of the theme's colour pairs (docs/accessibility.md): text 4.5:1 (SC 1.4.3), user
 * interface components and the focus ring 3:1 (SC 1.4.11). The colours are read from the style sheets, so a
 * colour changed there is measured again here; a literal colour no longer found in any sheet fails, so that this
 * list follows the theme.
 */

const SOURCE = new URL('.', import.meta.url);
const SHEETS = [
  ...readdirSync(SOURCE)
    .filter((name) => name.endsWith('.css'))
    .map((name) => new URL(name, SOURCE)),
  new URL('features/synoptic/synoptic.css', SOURCE),
  new URL('features/consolidation/consolidation.css', SOURCE),
].map((url) => readFileSync(url, 'utf8'));

/** The custom properties of `:root` in styles.css, name (without `--`) to `#rrggbb`. */
const VARIABLES = new Map(
  [...readFileSync(new URL('styles.css', SOURCE), 'utf8').matchAll(/--([a-z-]+):\s*(#[0-9a-f]{6});/gi)].map(
    ([, name, value]) => [name!, value!.toLowerCase()],
  ),
);

/** A colour of the theme: a variable's name (`color-muted`) or a literal `#rrggbb` found in a sheet. */
function colour(name: string): string {
  if (name.startsWith('#')) {
    expect(
      SHEETS.some((sheet) => sheet.toLowerCase().includes(name)),
      `${name} is in no style sheet`,
    ).toBe(true);
    return name;
  }
  const value = VARIABLES.get(name);
  if (value === undefined) {
    throw new Error(`styles.css defines no --${name} as #rrggbb.`);
  }
  return value;
}

/** Relative luminance of `#rrggbb` (WCAG 2.1). */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((at) => {
    const channel = parseInt(hex.slice(at, at + 2), 16) / 255;
    return channel <= 0.04045 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

/** Contrast ratio of two colours, 1 to 21. */
function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light! + 0.05) / (dark! + 0.05);
}

const TEXT = 4.5;
const COMPONENT = 3;

/** Foreground, background, the ratio it must reach, and where the pair is drawn. */
const PAIRS: [string, string, number, string][] = [
  ['color-text', 'color-page', TEXT, 'body text on the page'],
  ['color-text', 'color-surface', TEXT, 'body text on cards, tables and forms'],
  ['color-muted', 'color-surface', TEXT, 'muted text (hints, counts, facts) on cards'],
  ['color-muted', 'color-page', TEXT, 'muted text on the page, the footer'],
  ['color-muted', 'color-highlight-soft', TEXT, 'muted text on the conference card'],
  ['color-muted', 'color-accent-soft', TEXT, 'muted text on a ticked option'],
  ['color-muted', 'color-disabled', TEXT, 'a disabled button'],
  ['color-accent', 'color-surface', TEXT, 'links on cards'],
  ['color-accent', 'color-page', TEXT, 'links on the page'],
  ['color-accent', 'color-accent-soft', TEXT, 'links on a ticked option'],
  ['color-accent', 'color-highlight-soft', TEXT, 'links on the conference card'],
  ['color-accent-dark', 'color-accent-soft', TEXT, 'type badges, selected marks'],
  ['#ffffff', 'color-accent-dark', TEXT, 'the header and the marks ADD/MOD/SUP'],
  ['#d6e4f5', 'color-accent-dark', TEXT, 'the tagline and the role in the header'],
  ['#ffffff', 'color-accent', TEXT, 'a button'],
  ['#ffffff', '#b3261e', TEXT, 'a dangerous button'],
  ['#8c1d18', 'color-surface', TEXT, 'error messages'],
  ['#8c1d18', '#fdeceb', TEXT, 'late, withdrawn, objection and conflict badges'],
  ['color-open', 'color-surface', TEXT, 'open and ongoing statuses'],
  ['color-open', 'color-open-soft', TEXT, 'published, support and same-divergence badges'],
  ['color-highlight', 'color-surface', TEXT, 'warning text'],
  ['color-highlight', 'color-highlight-soft', TEXT, 'warning text on a warning notice'],
  ['#6b3f00', 'color-highlight-soft', TEXT, 'draft, delayed and bracket badges'],
  ['#0f4d22', 'color-open-soft', TEXT, 'tracked insertions'],
  ['#7a1913', '#fdeceb', TEXT, 'tracked deletions'],
  ['#004d40', '#e0f2ef', TEXT, 'divergence: compatible'],
  ['#4a148c', '#f3e5f5', TEXT, 'divergence: SUP against MOD'],
  ['#1b1f24', '#e8875a', TEXT, 'heat map, third step'],
  ['#ffffff', '#a3261b', TEXT, 'heat map, hottest step'],
  ['#5e110d', '#fbd5d2', TEXT, 'a conflicting row'],
  ['#ffffff', '#000000', TEXT, 'the projector'],
  ['#e6e6e6', '#111111', TEXT, 'the projector’s labels on a figure'],
  ['#ffe680', '#000000', TEXT, 'the projector’s result and links'],
  ['color-focus', 'color-surface', COMPONENT, 'the focus ring on cards'],
  ['color-focus', 'color-page', COMPONENT, 'the focus ring on the page'],
  ['color-focus', 'color-accent-soft', COMPONENT, 'the focus ring on a ticked option'],
  ['color-focus', 'color-highlight-soft', COMPONENT, 'the focus ring on the conference card'],
  ['color-focus', 'color-open-soft', COMPONENT, 'the focus ring on a green badge'],
  ['color-focus', 'color-accent-dark', COMPONENT, 'the focus ring in the header'],
  ['color-focus', '#000000', COMPONENT, 'the focus ring on the projector'],
  ['#7a828c', 'color-surface', COMPONENT, 'the border of a field'],
  ['#7a828c', 'color-page', COMPONENT, 'the border of a field on the page'],
  ['#7a828c', 'color-disabled', COMPONENT, 'the dashed border of a disabled button'],
  ['#b3261e', 'color-surface', COMPONENT, 'the border of a field in error'],
  ['color-accent', 'color-surface', COMPONENT, 'a button’s edge, the timeline’s dots'],
  ['color-highlight', 'color-page', COMPONENT, 'the conference’s dot on the timeline'],
];

describe('the theme’s contrast (WCAG 2.1 AA)', () => {
  it.each(PAIRS)('%s on %s reaches %s:1 (%s)', (foreground, background, minimum) => {
    expect(contrast(colour(foreground), colour(background))).toBeGreaterThanOrEqual(minimum);
  });

  it('measures the ratios as WCAG does', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
    // The focus ring of before issue 15 is refused: amber on white.
    expect(contrast('#f2a900', '#ffffff')).toBeLessThan(COMPONENT);
  });
});

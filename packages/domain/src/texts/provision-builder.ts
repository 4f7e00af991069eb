import {
  follows,
  isBefore,
  lettersOf,
  nextPlaces,
  romanOf,
  type Marker,
  type Place,
  type Reading,
  type Scheme,
} from './numbering.ts';
import type { Provision, ProvisionSection } from './structured-text.ts';

/** Reports a problem or a warning at a line of the text. */
export type LineReporter = (line: number, code: string, message: string) => void;

interface ItemState {
  provision: Provision;
  scheme: Scheme | null;
  keys: Map<string, number>;
  last: Place | null;
}

interface GroupState {
  id: string;
  key: string;
  section: ProvisionSection;
  heading: string;
  line: number;
  /** The annex provision when the group is an annex. */
  annex: Provision | null;
  items: ItemState;
  current: ItemState | null;
  lone: boolean;
}

function newItems(provision: Provision): ItemState {
  return { provision, scheme: null, keys: new Map(), last: null };
}

/** The keys that may come after `last`, for a message (`b or abis`). */
function expected(last: Place | null, scheme: Scheme): string {
  const write = { number: String, letter: lettersOf, roman: romanOf }[scheme];
  return nextPlaces(last)
    .map(({ ordinal, suffix }) => write(ordinal) + suffix)
    .join(' or ');
}

/**
 * Of the readings of one scheme (a Cyrillic look-alike reads as two letters: `с)` as c and as q), the one that
 * may follow `last`, else the first.
 */
function fitting(readings: Reading[], last: Place | null): Reading | undefined {
  return readings.find((reading) => follows(reading, last)) ?? readings[0];
}

/**
 * Builds the provisions of a text line by line, numbering them as it goes and reporting what breaks the
 * numbering. Ids: `<group>.<key>[.<subkey>]`, where a group is a heading's key (its second occurrence in a text
 * gets `-2`, and so on) or an annex (`annex-1`; a lone annex is `annex-1`).
 */
export function createProvisionBuilder(report: LineReporter, warn: LineReporter) {
  const provisions: Provision[] = [];
  const lines = new Map<string, number>();
  const occurrences = new Map<string, number>();
  let group: GroupState | null = null;
  let last: Provision | null = null;
  let headings = 0;
  let annexes = 0;

  function add(provision: Provision, line: number): void {
    provisions.push(provision);
    lines.set(provision.id, line);
    last = provision;
  }

  function close(): void {
    const empty = group !== null && group.items.keys.size === 0 && (group.annex === null || group.annex.text === '');
    if (empty) {
      report(group!.line, 'empty_heading', `Nothing follows the heading "${group!.heading}".`);
    }
    group = null;
    last = null;
  }

  function open(id: string, key: string, section: ProvisionSection, heading: string, line: number): GroupState {
    close();
    const root: Provision = { id, section, heading, headingKey: key, num: '', key: '', parent: null, text: '' };
    return { id, key, section, heading, line, annex: null, items: newItems(root), current: null, lone: false };
  }

  /** Adds `reading` under `items` (the group's items, or an item's sub-items). */
  function place(items: ItemState, parent: string | null, reading: Reading, marker: Marker, line: number): void {
    const g = group!;
    const heading = `"${g.heading}"`;
    const first = items.keys.get(reading.key);
    if (first !== undefined) {
      report(line, 'duplicate_number', `"${marker.num}" is used twice under ${heading} (first on line ${first}).`);
      return;
    }
    if (!follows(reading, items.last)) {
      const code = items.last !== null && isBefore(reading, items.last) ? 'out_of_order' : 'skipped_number';
      report(
        line,
        code,
        `"${marker.num}" is out of sequence under ${heading}: expected ${expected(items.last, items.scheme ?? reading.scheme)}.`,
      );
    }
    items.scheme ??= reading.scheme;
    items.keys.set(reading.key, line);
    items.last = reading;
    const id = `${parent ?? g.id}.${reading.key}`;
    const provision: Provision = {
      id,
      section: g.section,
      heading: g.heading,
      headingKey: g.key,
      num: marker.num,
      key: reading.key,
      parent,
      text: marker.text,
    };
    add(provision, line);
    if (items === g.items) {
      g.current = newItems(provision);
    }
  }

  /** The reading of a sub-item under `item`: its own scheme, or a fresh one that starts at 1 (`i)`, `a)`). */
  function subReading(item: ItemState, marker: Marker, top: Scheme | null): Reading | undefined {
    if (item.scheme !== null) {
      return fitting(
        marker.readings.filter((reading) => reading.scheme === item.scheme),
        item.last,
      );
    }
    const others = marker.readings.filter((reading) => reading.scheme !== top);
    return others.find((reading) => follows(reading, null)) ?? others[0];
  }

  return {
    /** Opens the group of a heading. */
    openHeading(key: string, section: ProvisionSection, heading: string, line: number): void {
      const n = (occurrences.get(key) ?? 0) + 1;
      occurrences.set(key, n);
      if (n > 1) {
        warn(line, 'repeated_heading', `The heading "${heading}" comes again: its items get ids ${key}-${n}.*.`);
      }
      group = open(n === 1 ? key : `${key}-${n}`, key, section, heading, line);
      headings += 1;
    },

    /** Opens an annex; its number as printed, or empty for an annex without one. */
    openAnnex(num: string, heading: string, line: number): void {
      annexes += 1;
      const key = num === '' ? String(annexes) : num.toLowerCase();
      const id = `annex-${key}`;
      if (lines.has(id)) {
        report(line, 'duplicate_number', `There are two annexes ${key} (first on line ${lines.get(id)}).`);
      }
      group = open(id, id, 'annex', heading, line);
      const annex: Provision = { id, section: 'annex', heading, headingKey: id, num, key, parent: null, text: '' };
      group.annex = annex;
      group.items = newItems(annex);
      add(annex, line);
    },

    /** Adds a numbered item: to the current heading's items, or as a sub-item of the last item. */
    addItem(marker: Marker, line: number): void {
      const g = group;
      if (g === null) {
        report(line, 'item_before_heading', `The item "${marker.num}" comes before any heading.`);
        return;
      }
      if (g.lone) {
        report(line, 'numbered_after_unnumbered', `"${marker.num}" follows an unnumbered item under "${g.heading}".`);
        return;
      }
      const top = g.items.scheme;
      const main = fitting(
        marker.readings.filter((reading) => (top === null ? reading.scheme !== 'roman' : reading.scheme === top)),
        g.items.last,
      );
      const sub = g.current === null ? undefined : subReading(g.current, marker, top);
      const parentId = g.annex?.id ?? null;
      if (main !== undefined && follows(main, g.items.last)) {
        place(g.items, parentId, main, marker, line);
      } else if (sub !== undefined && follows(sub, g.current!.last)) {
        place(g.current!, g.current!.provision.id, sub, marker, line);
      } else if (main !== undefined) {
        place(g.items, parentId, main, marker, line);
      } else if (sub !== undefined) {
        place(g.current!, g.current!.provision.id, sub, marker, line);
      } else {
        report(line, 'unexpected_number', `"${marker.num}" does not fit the numbering under "${g.heading}".`);
      }
    },

    /**
     * Adds an unnumbered paragraph: the title of an annex before its first paragraph, a lone item (key `1`) when
     * the heading has no item yet, else the continuation of the provision before it.
     */
    addText(text: string, line: number): void {
      const g = group;
      const previous: Provision | null = last;
      if (g === null) {
        report(line, 'item_before_heading', 'Text comes before any heading.');
      } else if (previous !== null) {
        previous.text = previous.text === '' ? text : `${previous.text}\n${text}`;
      } else {
        const provision: Provision = {
          id: `${g.id}.1`,
          section: g.section,
          heading: g.heading,
          headingKey: g.key,
          num: '',
          key: '1',
          parent: null,
          text,
        };
        g.lone = true;
        g.items.keys.set('1', line);
        add(provision, line);
      }
    },

    /** True when the current group is a heading's and already holds an item (or there is no group yet). */
    expectsHeading(): boolean {
      return group === null || (group.annex === null && group.items.keys.size > 0);
    },

    /** How many headings were opened (annexes aside). */
    headingCount(): number {
      return headings;
    },

    /** Closes the last group and returns the provisions, reporting any left without text. */
    finish(): Provision[] {
      close();
      for (const provision of provisions) {
        const isAnnex = provision.section === 'annex' && provision.parent === null;
        if (provision.text === '' && !isAnnex) {
          report(lines.get(provision.id)!, 'empty_item', `The item "${provision.num}" has no text.`);
        }
      }
      return provisions;
    },
  };
}

/** The builder `createProvisionBuilder` makes. */
export type ProvisionBuilder = ReturnType<typeof createProvisionBuilder>;

import type { Instrument, InstrumentVersion } from '@tansiq/api';
import {
  INSTRUMENT_KINDS,
  TEXT_LANGUAGES,
  isTextLanguage as isDomainTextLanguage,
  provisionLabel as labelOfProvision,
  type TextLanguage,
} from '@tansiq/domain';

/** One provision of a version, with its text in each stored language. */
export type Provision = InstrumentVersion['provisions'][number];

/** The kinds of instrument in the order the library lists them: the domain's list. */
export { INSTRUMENT_KINDS };

/** The languages in which texts are stored. */
export { TEXT_LANGUAGES, type TextLanguage };

export function isTextLanguage(value: string | null | undefined): value is TextLanguage {
  return isDomainTextLanguage(value ?? '');
}

/** A run of provisions under one heading (`considering`, `resolves`, an annex), in document order. */
export interface HeadingGroup {
  headingKey: string;
  section: Provision['section'];
  /** An annex's own entry (its title line), which its items hang from; null for other headings. */
  root: Provision | null;
  provisions: Provision[];
}

/** An annex's own entry: the provision whose id is its heading key (`annex-1`), the parent of the annex's items. */
export function isAnnexRoot(provision: Provision): boolean {
  return provision.section === 'annex' && provision.id === provision.headingKey;
}

/** Splits a version's provisions into headings, keeping their order. */
export function groupByHeading(provisions: readonly Provision[]): HeadingGroup[] {
  const groups: HeadingGroup[] = [];
  for (const provision of provisions) {
    let group = groups.at(-1);
    if (group === undefined || group.headingKey !== provision.headingKey) {
      group = { headingKey: provision.headingKey, section: provision.section, root: null, provisions: [] };
      groups.push(group);
    }
    if (isAnnexRoot(provision)) {
      group.root = provision;
    } else {
      group.provisions.push(provision);
    }
  }
  return groups;
}

/** The provisions by id. */
export function provisionsById(provisions: readonly Provision[]): Map<string, Provision> {
  return new Map(provisions.map((provision) => [provision.id, provision]));
}

/** The provision's ancestors below its heading, outermost first (an annex's own entry is not one). */
function ancestors(provision: Provision, byId: ReadonlyMap<string, Provision>): Provision[] {
  const chain: Provision[] = [];
  let parent = provision.parent === null ? undefined : byId.get(provision.parent);
  while (parent !== undefined && !isAnnexRoot(parent) && chain.length < 20) {
    chain.unshift(parent);
    parent = parent.parent === null ? undefined : byId.get(parent.parent);
  }
  return chain;
}

/** How deep an item sits under its heading: 0 for its numbered items, 1 for their sub-items, and so on. */
export function depthOf(provision: Provision, byId: ReadonlyMap<string, Provision>): number {
  return ancestors(provision, byId).length;
}

/**
 * A provision's citation in a reader's language, whatever languages its text is stored in ("resolves 2 i)",
 * "يقرر 2", "الملحق 1، الفقرة 2 أ)"): the domain's label from its id, a lone unnumbered item by its heading alone.
 */
export function provisionLabel(provision: Provision, language: string): string {
  const unnumbered = Object.values(provision.texts).some((text) => text.num === '');
  return labelOfProvision(provision.id, language, { unnumbered });
}

/** A provision's text in a language, else in English, else in any language it has; with that language. */
export function provisionText(
  provision: Provision,
  language: string,
): { language: string; heading: string; num: string; text: string } | null {
  const order = [language, 'en', ...Object.keys(provision.texts)];
  for (const candidate of order) {
    const text = provision.texts[candidate];
    if (text !== undefined) {
      return { language: candidate, ...text };
    }
  }
  return null;
}

/** The languages a version is stored in, in the library's order. */
export function versionLanguages(version: Pick<InstrumentVersion, 'texts'>): TextLanguage[] {
  return TEXT_LANGUAGES.filter((language) => version.texts[language] !== undefined);
}

/**
 * The languages to read a version in: the one asked for if the version has it, else the reader's, else English,
 * else the first it has; and a second one to compare with, when asked for and different.
 */
export function readingLanguages(
  available: readonly TextLanguage[],
  asked: { text: string | null; compare: string | null },
  uiLanguage: string,
): { text: TextLanguage | null; compare: TextLanguage | null } {
  const has = (language: string | null): language is TextLanguage =>
    isTextLanguage(language) && available.includes(language);
  const text = [asked.text, uiLanguage, 'en'].find(has) ?? available[0] ?? null;
  const compare = has(asked.compare) && asked.compare !== text ? asked.compare : null;
  return { text, compare };
}

/** Instruments ordered within their kind by number, read as numbers where they are ("5/1" before "12"). */
export function sortInstruments<T extends Pick<Instrument, 'kind' | 'number'>>(instruments: readonly T[]): T[] {
  const collator = new Intl.Collator('en', { numeric: true });
  return [...instruments].sort((a, b) => collator.compare(a.number, b.number));
}

/** The version a library entry opens: the one in force, else the newest. */
export function currentVersion<V extends Pick<Instrument['versions'][number], 'status'>>(
  versions: readonly V[],
): V | undefined {
  return versions.find((version) => version.status === 'in-force') ?? versions[0];
}

const ROMAN = ['i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix', 'x', 'xi', 'xii', 'xiii', 'xiv', 'xv'];
const LATIN_SUFFIXES = ['bis', 'ter', 'quater', 'quinquies', 'sexies'];

/** The key after `key` in its numbering: 2 after 1, b after a, ii after i; null when it cannot tell. */
function nextKey(key: string): string | null {
  if (/^\d+$/.test(key)) {
    return String(Number(key) + 1);
  }
  const roman = ROMAN.indexOf(key);
  if (roman >= 0) {
    return ROMAN[roman + 1] ?? null;
  }
  if (/^[a-y]$/.test(key)) {
    return String.fromCharCode(key.charCodeAt(0) + 1);
  }
  return null;
}

/**
 * The id to suggest for a provision added after `afterId`: the next number when it is the last item of its list
 * (`considering.d` after `considering.c`), else the ITU's insertion form (`recognizing.abis`, then `ater`).
 */
export function suggestNewProvisionId(provisions: readonly Provision[], afterId: string): string {
  const ids = new Set(provisions.map((provision) => provision.id));
  const after = provisions.find((provision) => provision.id === afterId);
  if (after === undefined) {
    return '';
  }
  const prefix = afterId.slice(0, afterId.length - after.key.length);
  const siblings = provisions.filter(
    (provision) => provision.parent === after.parent && provision.headingKey === after.headingKey,
  );
  const next = nextKey(after.key);
  if (siblings.at(-1)?.id === afterId && next !== null && !ids.has(`${prefix}${next}`)) {
    return `${prefix}${next}`;
  }
  const base = after.key.replace(/(bis|ter|quater|quinquies|sexies)$/, '');
  const free = LATIN_SUFFIXES.map((suffix) => `${prefix}${base}${suffix}`).find((id) => !ids.has(id));
  return free ?? `${afterId}-new`;
}

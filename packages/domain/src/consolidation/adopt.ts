/**
 * Adoption of a version draft: the plenary adopts the drafting group's text as the instrument's new version.
 * Every provision's text is its draft's `adoptedText` (refused while any bracket is open); a provision whose
 * adopted text is empty is suppressed; the items of each group in which some were added or suppressed are
 * numbered afresh (`a, b, c` / `1, 2, 3` / `i, ii, iii`, printed in the text's language), their ids rebuilt
 * from the new keys, sub-items following their item.
 */
import { DomainError, type Issue } from '../errors.ts';
import { ABJAD, lettersOf, romanOf } from '../texts/numbering.ts';
import type { Provision, StructuredText, TextLanguage } from '../texts/structured-text.ts';
import { adoptedText, bracketText, openBrackets } from './merge.ts';
import type { DraftRow } from './version-draft.ts';

/** The provisions of the adopted version, and what became of each provision of the draft. */
export interface AdoptedProvisions {
  provisions: Provision[];
  /** Draft provision id (a base id, or an added provision's) → its id in the new version. */
  renumbered: Record<string, string>;
  /** Base provisions the adoption drops (their adopted text is empty). */
  suppressed: string[];
}

type Scheme = 'number' | 'letter' | 'roman';

const SUFFIX = /(bis|ter|quater)$/;
const ROMANS = new Map(Array.from({ length: 399 }, (_, index) => [romanOf(index + 1), index + 1]));
const prefixOf = (id: string) => (id.includes('.') ? id.slice(0, id.lastIndexOf('.')) : '');

/** How a group is numbered, read from its keys: digits, roman numerals (i, ii), else letters. */
function schemeOf(keys: readonly string[]): Scheme {
  const stems = keys.map((key) => key.replace(SUFFIX, ''));
  if (stems.every((stem) => /^\d+$/.test(stem))) {
    return 'number';
  }
  return stems.every((stem) => ROMANS.has(stem)) ? 'roman' : 'letter';
}

function keyOf(scheme: Scheme, ordinal: number): string {
  return scheme === 'number' ? String(ordinal) : scheme === 'roman' ? romanOf(ordinal) : lettersOf(ordinal);
}

const ARABIC_INDIC = /[\u0660-\u0669]/;

/**
 * The printed number of the `ordinal`-th item, decorated like `template` (`a)`, `(أ)`, `1`, `1.`): letters in
 * abjad order in Arabic, digits as the template writes them, roman numerals in Latin letters (as ITU Arabic
 * texts print them).
 */
function printedNumber(scheme: Scheme, ordinal: number, language: TextLanguage, template: string): string {
  let label: string;
  if (scheme === 'letter') {
    label = language === 'ar' && ordinal <= ABJAD.length ? ABJAD[ordinal - 1]! : lettersOf(ordinal);
  } else if (scheme === 'roman') {
    label = romanOf(ordinal);
  } else {
    label = String(ordinal);
    if (ARABIC_INDIC.test(template)) {
      label = label.replace(/\d/g, (digit) => String.fromCharCode(0x0660 + Number(digit)));
    }
  }
  const open = /^[(（]/.test(template) ? template[0]! : '';
  const close = /[)）.]$/.test(template) ? template.at(-1)! : '';
  return `${open}${label}${close}`;
}

/** Every bracket still open, located by provision: adoption is refused until each is settled. */
function refuseOpenBrackets(rows: readonly DraftRow[]): void {
  const issues: Issue[] = rows.flatMap((row) =>
    openBrackets(row.draft).map((brackets) => ({
      path: ['provisions', row.id, 'brackets', brackets.id],
      code: 'brackets_left',
      message: `Unagreed text in ${row.id}: ${bracketText(brackets)}`,
    })),
  );
  if (issues.length > 0) {
    throw new DomainError(
      'brackets_left',
      'The draft still holds text in square brackets: choose an alternative for each first.',
      issues,
    );
  }
}

/**
 * The provisions adoption gives from a version draft in `language`. Refuses `brackets_left` (every open
 * bracket listed) and `invalid_adoption` when a suppressed provision keeps sub-items (`parent_suppressed`).
 */
export function adoptDraftRows(rows: readonly DraftRow[], language: TextLanguage): AdoptedProvisions {
  refuseOpenBrackets(rows);
  const texts = new Map(rows.map((row) => [row.id, adoptedText(row.draft)]));
  // A provision whose base was already empty (a lone annex without a title) is not suppressed by staying so.
  const kept = rows.filter((row) => texts.get(row.id) !== '' || (!row.added && row.draft.base === ''));
  const keptIds = new Set(kept.map((row) => row.id));
  const suppressed = rows.filter((row) => !row.added && !keptIds.has(row.id)).map((row) => row.id);
  const orphans = kept.filter((row) => row.parent !== null && !keptIds.has(row.parent));
  if (orphans.length > 0) {
    throw new DomainError(
      'invalid_adoption',
      'A suppressed provision still has sub-items: suppress them too, or keep the provision.',
      orphans.map((row) => ({
        path: ['provisions', row.id],
        code: 'parent_suppressed',
        message: `${row.id} belongs to ${row.parent}, which the draft suppresses.`,
      })),
    );
  }

  // Groups: the items sharing a prefix (`considering`, `resolves.2`, `annex-1`); a group is numbered afresh
  // when the draft adds or suppresses one of its items.
  const groups = new Map<string, DraftRow[]>();
  for (const row of rows) {
    const prefix = prefixOf(row.id);
    if (prefix !== '') {
      groups.set(prefix, [...(groups.get(prefix) ?? []), row]);
    }
  }
  const fresh = new Map<string, { key: string; num: string }>();
  for (const members of groups.values()) {
    const remaining = members.filter((row) => keptIds.has(row.id));
    const changed = members.some((row) => (row.added ? keptIds.has(row.id) : !keptIds.has(row.id)));
    if (!changed) {
      continue;
    }
    const base = members.filter((row) => !row.added);
    const numbered = (base.length > 0 ? base : members).filter((row) => row.num !== '');
    let scheme = schemeOf((base.length > 0 ? base : members).map((row) => row.key));
    let template = numbered.find((row) => !SUFFIX.test(row.key))?.num ?? numbered[0]?.num ?? null;
    if (template === null && remaining.length > 1) {
      // An unnumbered item gets company: lettered in the preamble, numbered elsewhere.
      scheme = remaining[0]!.section === 'preamble' ? 'letter' : 'number';
      template = scheme === 'letter' ? 'a)' : '1';
    }
    remaining.forEach((row, index) => {
      fresh.set(row.id, {
        key: keyOf(scheme, index + 1),
        num: template === null ? '' : printedNumber(scheme, index + 1, language, template),
      });
    });
  }

  const renumbered: Record<string, string> = {};
  const provisions: Provision[] = kept.map((row) => {
    const own = fresh.get(row.id) ?? { key: row.key, num: row.num };
    const prefix = prefixOf(row.id);
    const parent = row.parent === null ? null : renumbered[row.parent]!;
    const id = prefix === '' ? row.id : `${row.parent === null ? prefix : parent}.${own.key}`;
    renumbered[row.id] = id;
    return {
      id,
      section: row.section,
      heading: row.heading,
      headingKey: row.headingKey,
      num: own.num,
      key: own.key,
      parent,
      text: texts.get(row.id)!,
    };
  });
  return { provisions, renumbered, suppressed };
}

/**
 * A revision line per language: the place and year as its opening formula prints them, the revision made of
 * them, and the words that turn a place into a revision (`Rev. Buenos Aires, 2017`, `Rév. …`, `Пересм.
 * Буэнос-Айрес, 2017 г.`, `2017年，布宜诺斯艾利斯，修订版`, `المراجَع في بوينس آيرس، 2017`).
 */
interface RevisionForm {
  place: (city: string, year: number) => string;
  make: (city: string, year: number) => string;
  /** What a revision holds besides its place, to take off. */
  words: RegExp;
}

const latinPlace = (city: string, year: number) => `${city}, ${year}`;

const REVISION_FORMS: Record<TextLanguage, RevisionForm> = {
  en: { place: latinPlace, make: (city, year) => `Rev. ${city}, ${year}`, words: /^Rev\.\s*/ },
  fr: { place: latinPlace, make: (city, year) => `Rév. ${city}, ${year}`, words: /^Rév\.\s*/ },
  es: { place: latinPlace, make: (city, year) => `Rev. ${city}, ${year}`, words: /^Rev\.\s*/i },
  ru: {
    place: (city, year) => `${city}, ${year} г.`,
    make: (city, year) => `Пересм. ${city}, ${year} г.`,
    words: /^Пересм\.\s*/i,
  },
  zh: {
    place: (city, year) => `${year}年，${city}`,
    make: (city, year) => `${year}年，${city}，修订版`,
    words: /\s*[，,]\s*修订版$/,
  },
  ar: {
    place: (city, year) => `${city}، ${year}`,
    make: (city, year) => `المراجَع في ${city}، ${year}`,
    words: /^المراج[َ]?ع في\s*/,
  },
};

/** The version label (English form) a revision adopted in `city` in `year` gets: "Rev. Buenos Aires, 2017". */
export function revisionLabel(city: string, year: number): string {
  return REVISION_FORMS.en.make(city, year);
}

/** The revision line as a text in `language` prints it. */
export function revisionLine(language: TextLanguage, city: string, year: number): string {
  return REVISION_FORMS[language].make(city, year);
}

/** The place and year of a revision line: "Rev. Dubai, 2014" → "Dubai, 2014"; a bare "Dubai, 2014" as it is. */
export function placeOfRevision(language: TextLanguage, revision: string): string {
  return revision.replace(REVISION_FORMS[language].words, '').trim();
}

/** Where and when the new version is adopted, in the text's language. */
export interface AdoptionPlace {
  city: string;
  year: number;
}

/** The adopted text, with what became of each provision. */
export interface AdoptedText extends AdoptedProvisions {
  text: StructuredText;
}

/**
 * Adopts a version draft as the text of the new version in the base's language: the base's title; its revision
 * line for the new place and year; its opening formula and annex headings with the base's place and year (as
 * printed in brackets, "(Dubai, 2014)") replaced by the new ones, left as they are when they do not print them.
 */
export function adoptVersionDraft(
  base: Pick<StructuredText, 'language' | 'kind' | 'number' | 'revision' | 'title' | 'body'>,
  rows: readonly DraftRow[],
  place: AdoptionPlace,
): AdoptedText {
  const adopted = adoptDraftRows(rows, base.language);
  const revision = revisionLine(base.language, place.city, place.year);
  const oldPlace = base.revision === null ? null : placeOfRevision(base.language, base.revision);
  const newPlace = REVISION_FORMS[base.language].place(place.city, place.year);
  // In brackets of either width: Chinese texts print （…） and sometimes (…).
  const replaceBracketed = (text: string, from: string | null, to: string) =>
    from === null ? text : text.split(`(${from})`).join(`(${to})`).split(`（${from}）`).join(`（${to}）`);
  const replacePlace = (text: string) => replaceBracketed(text, oldPlace, newPlace);
  const replaceRevision = (text: string) => replaceBracketed(text, base.revision, revision);
  return {
    ...adopted,
    text: {
      language: base.language,
      kind: base.kind,
      number: base.number,
      revision,
      title: base.title,
      body: replacePlace(base.body),
      provisions: adopted.provisions.map((provision) => ({
        ...provision,
        heading: replaceRevision(provision.heading),
      })),
    },
  };
}

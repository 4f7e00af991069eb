import { LANGUAGES, type Language } from '../languages.ts';

/**
 * The body a conference document is addressed to, as its header prints it (docs/domain.md §4: "PLENARY MEETING"):
 * the plenary, or a numbered committee (WTDC: Committee 1, steering, to Committee 5, editorial).
 */
export type TargetBody = { kind: 'plenary' } | { kind: 'committee'; number: number };

/**
 * The printed names per language. English "PLENARY MEETING" is C (WTDC documents); the others are S, built as ITU
 * documents in those languages head them ("SÉANCE PLÉNIÈRE", "الجلسة العامة", "COMMISSION 4").
 */
const NAMES: Record<Language, { plenary: string; committee: (n: number) => string }> = {
  en: { plenary: 'PLENARY MEETING', committee: (n) => `COMMITTEE ${n}` },
  fr: { plenary: 'SÉANCE PLÉNIÈRE', committee: (n) => `COMMISSION ${n}` },
  es: { plenary: 'SESIÓN PLENARIA', committee: (n) => `COMISIÓN ${n}` },
  ru: { plenary: 'ПЛЕНАРНОЕ ЗАСЕДАНИЕ', committee: (n) => `КОМИТЕТ ${n}` },
  zh: { plenary: '全体会议', committee: (n) => `第${n}委员会` },
  ar: { plenary: 'الجلسة العامة', committee: (n) => `اللجنة ${n}` },
};

/** The committees a WTDC sets up, in order. */
export const COMMITTEE_NUMBERS = [1, 2, 3, 4, 5] as const;

/** The bodies a document may be addressed to, in the order a form offers them. */
export const TARGET_BODIES: readonly TargetBody[] = [
  { kind: 'plenary' },
  ...COMMITTEE_NUMBERS.map((number) => ({ kind: 'committee' as const, number })),
];

/** The name of a body as a document in `language` prints it; English for a language without names. */
export function targetBodyName(body: TargetBody, language: string): string {
  const names = NAMES[(LANGUAGES as readonly string[]).includes(language) ? (language as Language) : 'en'];
  return body.kind === 'plenary' ? names.plenary : names.committee(body.number);
}

/** Folds case, spacing and Unicode forms so that "Plenary meeting" reads as "PLENARY MEETING". */
function fold(text: string): string {
  return text.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleUpperCase('en');
}

const KNOWN = new Map<string, TargetBody>(
  LANGUAGES.flatMap((language) => TARGET_BODIES.map((body) => [fold(targetBodyName(body, language)), body] as const)),
);

/** The body a printed name designates, in any of the six languages; null for another body. */
export function readTargetBody(printed: string): TargetBody | null {
  return KNOWN.get(fold(printed)) ?? null;
}

/**
 * A document's target body as a reader of `language` reads it: a known body by its name in that language
 * ("PLENARY MEETING" reads "الجلسة العامة" in Arabic), any other as printed.
 */
export function targetBodyIn(printed: string, language: string): string {
  const body = readTargetBody(printed);
  return body === null ? printed : targetBodyName(body, language);
}

import { DomainError } from '../errors.ts';
import { LANGUAGE_SYMBOL_LETTER, type Language } from '../languages.ts';

/** The document series of a conference (docs/domain.md §4): contributions, information, temporary, DL. */
export const DOCUMENT_SERIES = ['Doc', 'INF', 'DT', 'DL'] as const;
export type DocumentSeries = (typeof DOCUMENT_SERIES)[number];

/** The series the secretariat registers itself (a `Doc` is a contribution, submitted by its authors). */
export const SECRETARIAT_SERIES = ['INF', 'DT', 'DL'] as const satisfies readonly DocumentSeries[];
export type SecretariatSeries = (typeof SECRETARIAT_SERIES)[number];

/** A document symbol taken apart: `WTDC-17/23(Add.4)-E`, `Revision 1 to Document …`, `WTDC-17/INF/5-E`. */
export interface DocumentSymbol {
  /** The meeting's label as printed in symbols, e.g. `WTDC-17`, `RPM-ARB17`. */
  meeting: string;
  series: DocumentSeries;
  number: number;
  addendum: number | null;
  revision: number | null;
  corrigendum: number | null;
  language: Language;
}

const LETTER_TO_LANGUAGE = new Map(
  Object.entries(LANGUAGE_SYMBOL_LETTER).map(([language, letter]) => [letter, language as Language]),
);

const MEETING_LABEL = /^[A-Z][A-Z0-9]*(?:-[A-Z0-9]+)*$/;

/** The compact symbol: `WTDC-17/23(Add.4)(Rev.1)-E`, `WTDC-17/DT/12-A`. Corrigenda use `formatSymbolTitle`. */
export function formatSymbol(symbol: DocumentSymbol): string {
  const series = symbol.series === 'Doc' ? '' : `${symbol.series}/`;
  const addendum = symbol.addendum === null ? '' : `(Add.${symbol.addendum})`;
  const revision = symbol.revision === null ? '' : `(Rev.${symbol.revision})`;
  return `${symbol.meeting}/${series}${symbol.number}${addendum}${revision}-${LANGUAGE_SYMBOL_LETTER[symbol.language]}`;
}

/** The symbol as a document's heading prints it: `Corrigendum 1 to Document WTDC-17/79(Add.1)-E`. */
export function formatSymbolTitle(symbol: DocumentSymbol): string {
  const base = formatSymbol({ ...symbol, revision: null });
  const document = `Document ${base}`;
  if (symbol.corrigendum !== null) {
    return `Corrigendum ${symbol.corrigendum} to ${symbol.revision === null ? document : `Revision ${symbol.revision} to ${document}`}`;
  }
  return symbol.revision === null ? document : `Revision ${symbol.revision} to ${document}`;
}

const COMPACT =
  /^(?:Document\s+)?([A-Z][A-Z0-9]*(?:-[A-Z0-9]+)*)\/(?:(INF|DT|DL)\/)?(\d+)(?:\(Add\.(\d+)\))?(?:\(Rev\.(\d+)\))?-([ACEFRS])$/;
const REVISION = /^Revision\s+(\d+)\s+to\s+(.+)$/i;
const CORRIGENDUM = /^Corrigendum\s+(\d+)\s+to\s+(.+)$/i;

function invalid(text: string, reason: string): DomainError {
  return new DomainError('invalid_symbol', `Not a document symbol: "${text}" (${reason}).`, [
    { path: ['symbol'], code: 'invalid_symbol', message: reason },
  ]);
}

/**
 * Parses a symbol in any of its printed forms: compact (`WTDC-17/23(Add.4)-E`, `WTDC-17/INF/5-E`), with
 * `Document`, or as `Revision N to Document …` / `Corrigendum N to Document …`. Throws `invalid_symbol`.
 */
export function parseSymbol(text: string): DocumentSymbol {
  let rest = text.trim().replace(/\s+/g, ' ');
  let corrigendum: number | null = null;
  let revision: number | null = null;
  const corrigendumMatch = CORRIGENDUM.exec(rest);
  if (corrigendumMatch) {
    corrigendum = Number(corrigendumMatch[1]);
    rest = corrigendumMatch[2]!;
  }
  const revisionMatch = REVISION.exec(rest);
  if (revisionMatch) {
    revision = Number(revisionMatch[1]);
    rest = revisionMatch[2]!;
  }
  const match = COMPACT.exec(rest);
  if (!match) {
    throw invalid(text, 'expected MEETING/[SERIES/]NUMBER[(Add.N)][(Rev.N)]-L');
  }
  const [, meeting, series, number, addendum, compactRevision, letter] = match;
  if (revision !== null && compactRevision !== undefined) {
    throw invalid(text, 'the revision is given twice');
  }
  const parsed: DocumentSymbol = {
    meeting: meeting!,
    series: (series ?? 'Doc') as DocumentSeries,
    number: Number(number),
    addendum: addendum === undefined ? null : Number(addendum),
    revision: revision ?? (compactRevision === undefined ? null : Number(compactRevision)),
    corrigendum,
    language: LETTER_TO_LANGUAGE.get(letter!)!,
  };
  for (const [field, value] of [
    ['number', parsed.number],
    ['addendum', parsed.addendum],
    ['revision', parsed.revision],
    ['corrigendum', parsed.corrigendum],
  ] as const) {
    if (value !== null && value < 1) {
      throw invalid(text, `${field} must be 1 or more`);
    }
  }
  return parsed;
}

/** True when `label` can head a symbol (upper-case letters, digits, hyphens: `WTDC-17`). */
export function isMeetingLabel(label: string): boolean {
  return MEETING_LABEL.test(label);
}

/** One proposal of a meeting's register, as printed (already in the register's language). */
export interface RegisterEntry {
  /** The symbol of the document that brings it: "WTDC-17/23(Add.1)-E". */
  symbol: string;
  /** "EGY/23/1". */
  number: string | null;
  /** The author code: "EGY", "AFCP". */
  source: string;
  mark: string;
  /** The text aimed at as printed: "RESOLUTION 901", "DRAFT NEW RESOLUTION [ARB-1]"; empty for a general matter. */
  instrument: string;
  /** The version's label: "Rev. Dubai, 2014"; empty when it aims at no stored version. */
  version: string;
  /** The provision's id ("resolves.2"); empty for a whole text. */
  provisionId: string;
  /** The provision as printed: "resolves 2". */
  provision: string;
  text: string;
  reasons: string;
  /** Its document's status: submitted, published. */
  status: string;
  /** The language `text` and `reasons` are in. */
  textLanguage: string;
  /** `original`, `translation` (published into the register's language) or `awaiting-translation`. */
  shownAs: string;
  /** The language its document is written in. */
  originalLanguage: string;
}

/** The register's columns, in order: stable English names that spreadsheets and scripts can rely on. */
export const REGISTER_COLUMNS = [
  ['symbol', 'symbol'],
  ['number', 'number'],
  ['source', 'source'],
  ['mark', 'mark'],
  ['instrument', 'instrument'],
  ['version', 'version'],
  ['provisionId', 'provision_id'],
  ['provision', 'provision'],
  ['text', 'text'],
  ['reasons', 'reasons'],
  ['status', 'status'],
  // Added with the translations of proposals: at the end, so that the columns before keep their places.
  ['textLanguage', 'text_language'],
  ['shownAs', 'shown_as'],
  ['originalLanguage', 'original_language'],
] as const satisfies readonly (readonly [keyof RegisterEntry, string])[];

/**
 * A field as RFC 4180 writes it: quoted when it holds a comma, a quote or a line break, quotes doubled. A field
 * that a spreadsheet would run as a formula (it starts with =, +, -, @, a tab or a carriage return) gets a
 * leading apostrophe, as OWASP advises: the texts come from delegates, the file is opened by the secretariat.
 */
export function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/**
 * The proposal register as CSV (RFC 4180: CRLF between records, fields quoted when needed), UTF-8 with a byte
 * order mark so that Excel reads Arabic and accented letters as they are. One header line, then one record per
 * proposal. Line breaks inside a text are kept inside its quoted field.
 */
export function renderRegisterCsv(entries: readonly RegisterEntry[]): Buffer {
  const lines = [
    REGISTER_COLUMNS.map(([, name]) => name).join(','),
    ...entries.map((entry) => REGISTER_COLUMNS.map(([key]) => csvField(entry[key] ?? '')).join(',')),
  ];
  return Buffer.from(`\uFEFF${lines.join('\r\n')}\r\n`, 'utf8');
}

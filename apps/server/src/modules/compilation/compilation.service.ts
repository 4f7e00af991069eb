import {
  findInstrument,
  findInstrumentById,
  findMemberState,
  isUuid,
  listProvisionsOfVersions,
  listRegisterProposalsOfMeeting,
  listTextsOfVersions,
  listVersions,
  type InstrumentRow,
  type MeetingRow,
  type RegisterProposalRow,
} from '@tansiq/db';
import { INSTRUMENT_KINDS, memberStateNames, type Language, type TextLanguage } from '@tansiq/domain';
import type { ServiceContext } from '../../context.ts';
import { invalid, notFound } from '../../errors.ts';
import { requireMeeting, requireVersion } from '../../lookups.ts';
import { compilationLabels } from '../../exchange/compilation-labels.ts';
import { renderCompilationDocx, type CompilationDocument } from '../../exchange/compilation-docx.ts';
import { formatDate, formatDateRange, labelledValue } from '../../exchange/contribution-labels.ts';
import type { ContributionMeeting } from '../../exchange/contribution.ts';
import { renderRegisterCsv } from '../../exchange/proposal-register-csv.ts';
import { renderMeetingSynopticHtml, renderSynopticHtml } from '../../exchange/synoptic-html.ts';
import { proposalsInLanguage } from '../translations/translated-proposals.ts';
import {
  getSynoptic,
  listSynoptics,
  readableProposals,
  type VersionCompilation,
} from '../synoptic/synoptic.service.ts';
import {
  compilationInstrument,
  compilationSection,
  registerEntries,
  shownSynoptic,
  type VersionTexts,
} from './compilation-document.ts';

/** The compilation's formats: the Word document, the proposal register, the web page. */
export const COMPILATION_FORMATS = ['docx', 'csv', 'html'] as const;
export type CompilationFormat = (typeof COMPILATION_FORMATS)[number];

const MEDIA_TYPES: Record<CompilationFormat, string> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  csv: 'text/csv; charset=utf-8',
  html: 'text/html; charset=utf-8',
};

/** What to compile: one instrument or the whole meeting, in a language, telling whom of the progress. */
export interface CompilationRequest {
  format: CompilationFormat;
  /** A version id, or an instrument as "<kind> <number>" ("resolution 901"); absent: the whole meeting. */
  instrument?: string;
  language?: TextLanguage;
  /** Called as each version is compiled (`done` of `total`: the versions and the file), and when it is written. */
  onProgress?: (done: number, total: number) => void;
}

/** A compiled file, named for a download. */
export interface CompilationFile {
  fileName: string;
  mediaType: string;
  content: Buffer;
  /** How many instrument versions (docx, html) or proposals (csv) it holds. */
  count: number;
}

const pick = (text: Partial<Record<string, string>> & { en: string }, language: string) => text[language] ?? text.en;

/** The meeting's proposals the actor may read (the synoptic compilation's rule), every target kind. */
async function readableRegister(ctx: ServiceContext, meeting: MeetingRow): Promise<RegisterProposalRow[]> {
  return readableProposals(ctx, await listRegisterProposalsOfMeeting(ctx.db, meeting.id));
}

/**
 * The version an `instrument` parameter names: a version id; or "<kind> <number>" (a space or a hyphen between,
 * any case: "resolution 901", "Resolution-901", "question 1/2"), which names the version of that instrument that
 * the meeting's readable proposals aim at, else its version in force. 404 with `query.instrument` when there is
 * none; 400 when the words are not an instrument or when proposals aim at several of its versions.
 */
export async function resolveInstrument(
  ctx: ServiceContext,
  register: readonly RegisterProposalRow[],
  key: string,
): Promise<{ versionId: string; instrument: InstrumentRow }> {
  const path = ['query', 'instrument'];
  if (isUuid(key)) {
    const version = await requireVersion(ctx.db, key, path);
    return { versionId: key, instrument: (await findInstrumentById(ctx.db, version.instrumentId))! };
  }
  const lower = key.trim().toLowerCase();
  const kind = INSTRUMENT_KINDS.find((candidate) => new RegExp(`^${candidate}[\\s-]+\\S`).test(lower));
  if (kind === undefined) {
    throw invalid(
      path,
      'invalid_instrument',
      `"${key}" names no instrument: give a version id or a kind and number, e.g. "resolution 901".`,
    );
  }
  const number = key
    .trim()
    .slice(kind.length)
    .replace(/^[\s-]+/, '');
  const instrument = await findInstrument(ctx.db, kind, number);
  if (instrument === undefined) {
    throw notFound('instrument', `${kind} ${number}`, path);
  }
  const proposed = [
    ...new Set(register.filter((row) => row.instrument?.id === instrument.id).map((row) => row.version!.id)),
  ];
  if (proposed.length > 1) {
    throw invalid(
      path,
      'ambiguous_instrument',
      `Proposals aim at ${proposed.length} versions of ${kind} ${number}: give one version id (${proposed.join(', ')}).`,
    );
  }
  if (proposed[0] !== undefined) {
    return { versionId: proposed[0], instrument };
  }
  const inForce = (await listVersions(ctx.db, [instrument.id])).filter((version) => version.status === 'in-force');
  if (inForce.length !== 1) {
    throw notFound('version in force of', `${kind} ${number}`, path);
  }
  return { versionId: inForce[0]!.id, instrument };
}

/** The meeting as a document's header prints it, in `language`. */
async function printedMeeting(
  ctx: ServiceContext,
  meeting: MeetingRow,
  language: Language,
): Promise<ContributionMeeting> {
  const country = meeting.countryIso3 === null ? undefined : await findMemberState(ctx.db, meeting.countryIso3);
  const city = pick(meeting.city, language);
  return {
    name: pick(meeting.title, language),
    city:
      country === undefined
        ? city
        : `${city}${compilationLabels(language).comma}${memberStateNames(country.iso2)[language]}`,
    startsOn: meeting.startsOn,
    endsOn: meeting.endsOn,
  };
}

/**
 * Each proposal's reasons as the readers of each of `languages` read them (its published translation's where
 * there is one, else as written), by language then proposal number.
 */
async function reasonsIn(
  ctx: ServiceContext,
  register: readonly RegisterProposalRow[],
  languages: readonly string[],
): Promise<(language: string) => (number: string | null) => string | null> {
  const byLanguage = new Map<string, Map<string, string | null>>();
  for (const language of new Set(languages)) {
    const shown = await proposalsInLanguage(ctx.db, register, language);
    byLanguage.set(
      language,
      new Map(shown.flatMap(({ proposal }) => (proposal.number === null ? [] : [[proposal.number, proposal.reasons]]))),
    );
  }
  return (language) => (number) => (number === null ? null : (byLanguage.get(language)?.get(number) ?? null));
}

/** The stored title lines of the compiled versions, by version. */
async function versionTexts(ctx: ServiceContext, compilations: readonly VersionCompilation[]): Promise<VersionTexts> {
  const texts: VersionTexts = new Map();
  for (const text of await listTextsOfVersions(
    ctx.db,
    compilations.map((compilation) => compilation.version.id),
  )) {
    texts.set(text.versionId, [...(texts.get(text.versionId) ?? []), text]);
  }
  return texts;
}

/**
 * `WTDC-17-compilation-en.docx`, `WTDC-17-resolution-901-compilation-ar.html`, `WTDC-17-proposals.csv` (the
 * register without a language keeps each symbol in its original language).
 */
function fileName(
  meeting: MeetingRow,
  format: CompilationFormat,
  language: string | undefined,
  instrument: Pick<InstrumentRow, 'kind' | 'number'> | null,
) {
  const what = format === 'csv' ? 'proposals' : 'compilation';
  const name = [meeting.code.toUpperCase(), ...(instrument === null ? [] : [instrument.kind, instrument.number]), what];
  // Characters a file name cannot hold (the slash of "question 1/2") become dashes.
  return `${[...name, ...(language === undefined ? [] : [language])].join('-')}.${format}`.replace(
    /[^\p{L}\p{N}._()-]+/gu,
    '-',
  );
}

/**
 * The compilation of a meeting (or of one instrument at it) as a file: the Word document in ITU layout with each
 * proposal as tracked changes authored by its source, the web page, or the proposal register as CSV. Only what
 * the actor may read, as in the synoptic compilation. `language` is the language of the labels and, where a
 * version is stored in it, of the base texts (for one instrument it must be stored: 400 `query.lang`); without
 * it, each version's compilation language, and labels in English for a whole meeting.
 */
export async function compileMeetingFile(
  ctx: ServiceContext,
  meetingIdOrCode: string,
  request: CompilationRequest,
): Promise<CompilationFile> {
  const meeting = await requireMeeting(ctx.db, meetingIdOrCode);
  const register = await readableRegister(ctx, meeting);
  const target = request.instrument === undefined ? null : await resolveInstrument(ctx, register, request.instrument);
  const versionId = target?.versionId;
  const progress = request.onProgress;

  if (request.format === 'csv') {
    const rows = versionId === undefined ? register : register.filter((row) => row.version?.id === versionId);
    const versionIds = [...new Set(rows.flatMap((row) => (row.version === null ? [] : [row.version.id])))];
    // In a language asked, each proposal as its readers read it: its published translation, else as written.
    const shown = request.language === undefined ? rows : await proposalsInLanguage(ctx.db, rows, request.language);
    const entries = registerEntries(
      shown,
      await listProvisionsOfVersions(ctx.db, versionIds),
      meeting.code,
      request.language,
    );
    progress?.(1, 1);
    return {
      fileName: fileName(meeting, 'csv', request.language, target?.instrument ?? null),
      mediaType: MEDIA_TYPES.csv,
      content: renderRegisterCsv(entries),
      count: entries.length,
    };
  }

  const compilations =
    versionId === undefined
      ? (
          await listSynoptics(ctx, meeting.id, {
            language: request.language,
            // One more step: writing the file.
            onProgress: progress && ((done, total) => progress(done, total + 1)),
          })
        ).compilations
      : [await getSynoptic(ctx, meeting.id, versionId, request.language)];
  const one = versionId === undefined ? null : compilations[0]!;
  const language: Language = request.language ?? one?.language ?? 'en';
  const labels = compilationLabels(language);
  const texts = await versionTexts(ctx, compilations);
  const reasonsOf = await reasonsIn(
    ctx,
    register,
    compilations.map((compilation) => compilation.language),
  );
  const printed = await printedMeeting(ctx, meeting, language);
  const compiledAt = ctx.clock.now().toISOString();

  let content: Buffer;
  if (request.format === 'docx') {
    const document: CompilationDocument = {
      language,
      meeting: printed,
      compiledAt,
      instruments: compilations.map((compilation) =>
        compilationInstrument(compilation, texts, language, reasonsOf(compilation.language)),
      ),
    };
    content = await renderCompilationDocx(document);
  } else if (one !== null) {
    const section = compilationSection(one, texts, language, labels);
    content = Buffer.from(
      renderSynopticHtml(shownSynoptic(one), { title: section.title, language: one.language }),
      'utf8',
    );
  } else {
    const place = `${printed.city}${labels.comma}${formatDateRange(labels, printed.startsOn, printed.endsOn)}`;
    const page = renderMeetingSynopticHtml(
      compilations.map((compilation) => compilationSection(compilation, texts, language, labels)),
      {
        title: labelledValue(labels, labels.title, printed.name),
        language,
        intro: [place, labelledValue(labels, labels.date, formatDate(labels, compiledAt.slice(0, 10)))],
      },
    );
    content = Buffer.from(page, 'utf8');
  }
  progress?.(compilations.length + 1, compilations.length + 1);
  return {
    fileName: fileName(meeting, request.format, language, target?.instrument ?? null),
    mediaType: MEDIA_TYPES[request.format],
    content,
    count: compilations.length,
  };
}

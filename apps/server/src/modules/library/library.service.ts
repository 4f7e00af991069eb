import type { ImportTextBody, ImportTextFileQuery, InstrumentsQuery, TEXT_FILE_MEDIA_TYPES } from '@tansiq/api';
import {
  findInstrument,
  findInstrumentById,
  findMeeting,
  findVersion,
  insertInstrument,
  insertInstrumentLink,
  insertProvisionTexts,
  insertProvisions,
  insertVersion,
  insertVersionText,
  listCorrigenda,
  listInstrumentRows,
  listLinksOf,
  listProvisionTexts,
  listProvisions,
  listVersionTexts,
  listVersions,
} from '@tansiq/db';
import {
  DomainError,
  alignmentIssues,
  assertNoIssues,
  nulIssues,
  parseInstrumentText,
  type LineageRelation,
  type StructuredText,
  type ErrorCode,
  requireSecretariat,
} from '@tansiq/domain';
import { recordAudit } from '../../audit.ts';
import type { ServiceContext } from '../../context.ts';
import { conflict, notFound } from '../../errors.ts';
import { requireInstrument, requireVersion } from '../../lookups.ts';
import { readDocxText } from '../../exchange/docx-text.ts';
import { fileTooLarge } from '../../plugins/file-body.ts';
import { personOf } from '../../policy.ts';

/** Instruments with their versions, filtered by kind, by the status of a version, and by number or title. */
export async function listInstruments(ctx: ServiceContext, query: InstrumentsQuery) {
  const rows = await listInstrumentRows(ctx.db, query.kind);
  const versions = await listVersions(
    ctx.db,
    rows.map((row) => row.id),
  );
  const needle = query.q?.toLocaleLowerCase();
  return rows
    .map((row) => ({ row, versions: versions.filter((version) => version.instrumentId === row.id) }))
    .filter(
      ({ row, versions: own }) =>
        (query.status === undefined || own.some((version) => version.status === query.status)) &&
        (needle === undefined ||
          row.number.toLocaleLowerCase() === needle ||
          Object.values(row.title).some((title) => title.toLocaleLowerCase().includes(needle))),
    );
}

/** One instrument with its versions and its lineage. */
export async function getInstrument(ctx: ServiceContext, id: string) {
  const row = await requireInstrument(ctx.db, id);
  const [versions, links] = await Promise.all([listVersions(ctx.db, [row.id]), listLinksOf(ctx.db, row.id)]);
  const lineage = await Promise.all(
    links.map(async (link) => {
      const outgoing = link.fromInstrumentId === row.id;
      const other = await findInstrumentById(ctx.db, outgoing ? link.toInstrumentId : link.fromInstrumentId);
      return {
        relation: link.relation,
        direction: outgoing ? ('outgoing' as const) : ('incoming' as const),
        other: other!,
      };
    }),
  );
  return { row, versions, lineage };
}

/**
 * One version with its words in the languages asked (all stored languages by default), with its corrigenda
 * applied (`corrected`, the default) or as adopted, and its corrigenda.
 */
export async function getVersion(
  ctx: ServiceContext,
  id: string,
  languages?: string[],
  as: 'corrected' | 'adopted' = 'corrected',
) {
  const version = await requireVersion(ctx.db, id);
  const [instrument, texts, provisionRows, provisionTexts, corrigenda] = await Promise.all([
    findInstrumentById(ctx.db, version.instrumentId),
    listVersionTexts(ctx.db, id, languages),
    listProvisions(ctx.db, id),
    listProvisionTexts(ctx.db, id, languages, as),
    listCorrigenda(ctx.db, id),
  ]);
  return { version, instrument: instrument!, texts, provisions: provisionRows, provisionTexts, corrigenda };
}

/** A version as `getVersion` gives it, for the presenter. */
export type VersionView = Awaited<ReturnType<typeof getVersion>>;

function parse(body: ImportTextBody): StructuredText {
  const { text } = parseInstrumentText(body.text, body.language === undefined ? {} : { language: body.language });
  return text;
}

/**
 * Stores a text in ITU layout as one language version of an instrument version (secretariat): the instrument
 * and the version are created when new; a further language must align with the stored provisions by id.
 * The text is parsed before the transaction opens (PGlite has one connection).
 */
export async function importInstrumentText(ctx: ServiceContext, body: ImportTextBody) {
  requireSecretariat(personOf(ctx.actor), 'import texts');
  // The HTTP routes refuse NUL before this; the command line reads the text from a file.
  assertNoIssues(nulIssues(body), 'The text holds the NUL character (U+0000).');
  const parsed = parse(body);
  return ctx.db.transaction(async (tx) => {
    const meeting = body.adoptedAtMeeting === null ? null : await findMeeting(tx, body.adoptedAtMeeting);
    if (meeting === undefined) {
      assertNoIssues([
        { path: ['adoptedAtMeeting'], code: 'unknown_meeting', message: `No meeting "${body.adoptedAtMeeting}".` },
      ]);
    }
    const now = ctx.clock.now();
    const title = body.instrumentTitle ?? { en: parsed.title, [parsed.language]: parsed.title };
    const instrument =
      (await findInstrument(tx, parsed.kind, parsed.number)) ??
      (await insertInstrument(tx, { kind: parsed.kind, number: parsed.number, title, createdAt: now, updatedAt: now }));
    let version = await findVersion(tx, instrument.id, body.versionLabel);
    const created = version === undefined;
    version ??= await insertVersion(tx, {
      instrumentId: instrument.id,
      label: body.versionLabel,
      status: body.status,
      adoptedAtMeetingId: meeting?.id ?? null,
      adoptedOn: meeting?.endsOn ?? null,
      createdAt: now,
      updatedAt: now,
    });
    if ((await listVersionTexts(tx, version.id, [parsed.language])).length > 0) {
      throw conflict(`The ${parsed.language} text of ${body.versionLabel} is stored already.`, ['language']);
    }
    const frames = parsed.provisions.map(({ id, section, headingKey, key, parent }) => ({
      id,
      section,
      headingKey,
      key,
      parent,
    }));
    if (created) {
      await insertProvisions(
        tx,
        frames.map((frame, position) => ({ ...frame, provisionId: frame.id, versionId: version.id, position })),
      );
    } else {
      const stored = (await listProvisions(tx, version.id)).map((row) => ({ ...row, id: row.provisionId }));
      const issues = alignmentIssues(stored, frames);
      if (issues.length > 0) {
        throw new DomainError(
          'provisions_misaligned',
          'This language version does not align with the stored ones.',
          issues,
        );
      }
    }
    await insertVersionText(tx, {
      versionId: version.id,
      language: parsed.language,
      revision: parsed.revision,
      title: parsed.title,
      body: parsed.body,
    });
    await insertProvisionTexts(
      tx,
      parsed.provisions.map((provision) => ({
        versionId: version.id,
        provisionId: provision.id,
        language: parsed.language,
        heading: provision.heading,
        num: provision.num,
        text: provision.text,
      })),
    );
    await recordAudit(tx, ctx, {
      action: 'instrument-version.import',
      entityType: 'instrument-version',
      entityId: version.id,
      before: null,
      after: {
        instrument: `${parsed.kind} ${parsed.number}`,
        label: version.label,
        language: parsed.language,
        provisions: parsed.provisions.length,
      },
    });
    return { instrumentId: instrument.id, versionId: version.id, language: parsed.language, created };
  });
}

/** Records that one instrument revises, was merged into, split from or abrogates another (secretariat). */
export async function linkInstruments(
  ctx: ServiceContext,
  fromId: string,
  body: { relation: LineageRelation; instrument: string; meeting: string | null },
) {
  requireSecretariat(personOf(ctx.actor), 'record lineage');
  return ctx.db.transaction(async (tx) => {
    // One query at a time: a transaction is one connection.
    const from = await findInstrumentById(tx, fromId);
    const to = await findInstrumentById(tx, body.instrument);
    if (from === undefined) {
      throw notFound('instrument', fromId, ['params', 'id']);
    }
    const meeting = body.meeting === null ? null : await findMeeting(tx, body.meeting);
    const issues = [];
    if (to === undefined) {
      issues.push({ path: ['instrument'], code: 'unknown_instrument', message: `No instrument ${body.instrument}.` });
    } else if (to.id === from.id) {
      issues.push({ path: ['instrument'], code: 'self_link', message: 'An instrument is not linked to itself.' });
    }
    if (meeting === undefined) {
      issues.push({ path: ['meeting'], code: 'unknown_meeting', message: `No meeting "${body.meeting}".` });
    }
    assertNoIssues(issues);
    const values = {
      fromInstrumentId: from.id,
      toInstrumentId: to!.id,
      relation: body.relation,
      meetingId: meeting?.id ?? null,
    };
    if (!(await insertInstrumentLink(tx, values))) {
      throw conflict('This link is recorded already.', ['relation']);
    }
    await recordAudit(tx, ctx, {
      action: 'instrument.link',
      entityType: 'instrument',
      entityId: from.id,
      before: null,
      after: values,
    });
    return getInstrument({ ...ctx, db: tx }, from.id);
  });
}

/** A text file as uploaded: its bytes and media type (`text/plain` or the `.docx` type). */
export interface TextFileUpload {
  data: Buffer;
  mediaType: (typeof TEXT_FILE_MEDIA_TYPES)[number];
}

function refuseFile(code: ErrorCode, message: string): DomainError {
  return new DomainError(code, message, [{ path: ['file'], code, message }]);
}

/**
 * The text of an uploaded file, one paragraph a line: a `.docx` through the guarded reader (corrupt, encrypted,
 * oversized, zip bomb refused, located at `file`), plain text as UTF-8 (a byte-order mark dropped). A text
 * holding the NUL character is refused (`validation_failed`, issue `nul_character` at `file`).
 */
export async function textOfFile(upload: TextFileUpload, maxBytes: number): Promise<string> {
  const text = await decodeTextFile(upload, maxBytes);
  const [nul] = nulIssues(text, ['file']);
  if (nul !== undefined) {
    throw new DomainError('validation_failed', nul.message, [nul]);
  }
  return text;
}

async function decodeTextFile(upload: TextFileUpload, maxBytes: number): Promise<string> {
  if (upload.data.length === 0) {
    throw refuseFile('empty_file', 'The file is empty.');
  }
  if (upload.mediaType !== 'text/plain') {
    return readDocxText(upload.data, { maxBytes });
  }
  if (upload.data.length > maxBytes) {
    throw fileTooLarge(maxBytes);
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(upload.data);
  } catch {
    throw refuseFile('not_utf8', 'The file is not UTF-8 text.');
  }
}

/**
 * Imports a text sent as a file (`.txt` or `.docx`), as `tansiq text import` does: the same reader checks, then
 * {@link importInstrumentText} with its checks and audit row. The file is read before anything is stored.
 */
export async function importInstrumentFile(
  ctx: ServiceContext,
  upload: TextFileUpload,
  fields: ImportTextFileQuery,
  maxBytes: number,
) {
  requireSecretariat(personOf(ctx.actor), 'import texts');
  const text = await textOfFile(upload, maxBytes);
  return importInstrumentText(ctx, { ...fields, text, instrumentTitle: null });
}

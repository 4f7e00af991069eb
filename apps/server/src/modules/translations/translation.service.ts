import {
  advanceDocumentTranslation,
  findDocumentTranslation,
  insertDocumentTranslation,
  listDeadlineRuleRows,
  listDocumentTranslations,
  listDocumentsOfMeeting,
  listProposalTranslations,
  listProposalTranslationsOfDocuments,
  listProposals,
  listProposalsOfDocuments,
  listTextsOfProvision,
  lockDocument,
  saveProposalTranslation as storeProposalTranslation,
  updateDocument,
  type DocumentRow,
  type DocumentTranslationRow,
  type Executor,
  type MeetingRow,
  type ProposalRow,
  type ProposalTranslationRow,
} from '@tansiq/db';
import {
  DomainError,
  LANGUAGES,
  computeDeadlines,
  documentTitleIn,
  requireTranslationRight,
  requireTranslationTransition,
  scriptLanguageMismatch,
  languageMismatchIssue,
  translatedModIssues,
  translationAlignmentIssues,
  translationVolume,
  wordDiff,
  type Issue,
  type Language,
  type MeetingType,
  type ProposalMark,
  type TranslationStatus,
  canTranslate,
} from '@tansiq/domain';
import type { ProposalTarget } from '@tansiq/api';
import { recordAudit } from '../../audit.ts';
import type { ServiceContext } from '../../context.ts';
import { readTranslatedContribution } from '../../exchange/translation-docx.ts';
import { conflict, invalid, notFound } from '../../errors.ts';
import { requireMeeting } from '../../lookups.ts';
import { personOf } from '../../policy.ts';
import { readableDocument } from '../contributions/contribution.service.ts';
import { proposalTarget } from '../contributions/contribution.presenter.ts';

/*
 * A document's language versions as texts (docs/translations.md): each proposal translated and aligned with the
 * original by proposal, a status per language (awaiting, in translation, published), the secretariat's and the
 * translators' queue per meeting. Every write checks the translator's right, refuses what does not align or
 * changes nothing, names the revision it is based on (never a silent overwrite), and appends one audit row.
 */

/** A proposal of the original with what its translation is checked against. */
export interface OriginalProposal {
  row: ProposalRow & { number: string };
  target: ProposalTarget;
  /** The targeted provision in force in the translation's language (null: the version lacks it there). */
  baseText: string | null;
}

/** A language version as read: the document, its original's proposals, and what is stored in that language. */
export interface TranslationView {
  document: DocumentRow;
  meeting: MeetingRow;
  language: Language;
  version: DocumentTranslationRow | undefined;
  proposals: { original: OriginalProposal; translation: ProposalTranslationRow | undefined }[];
}

type StoredDiff = NonNullable<ProposalTranslationRow['diff']>;

const MOD_MARKS: ReadonlySet<string> = new Set(['MOD', '(MOD)']);
const TEXTLESS_MARKS: ReadonlySet<string> = new Set(['SUP', 'SUP*', 'NOC']);

const blank = (text: string | null | undefined) => text === null || text === undefined || text.trim() === '';

/** The status of a language version: awaiting while nothing is stored. */
export const statusOf = (version: DocumentTranslationRow | undefined): TranslationStatus =>
  (version?.status ?? 'awaiting') as TranslationStatus;

/** Refuses the original language (it is not a translation) and a document that is not submitted. */
function requireTranslatable(document: DocumentRow, language: Language): void {
  if (language === document.originalLanguage) {
    throw invalid(
      ['params', 'language'],
      'original_language',
      `The document is written in ${language}: that is its original, not a translation.`,
    );
  }
  if (document.status === 'withdrawn') {
    throw conflict('A withdrawn document is not translated.', ['status']);
  }
  if (document.status === 'draft') {
    throw conflict('A draft is translated once it is submitted.', ['status']);
  }
}

/** The text in force of a provision in `language`, or null when the version lacks it in that language. */
async function baseTextIn(db: Executor, proposal: ProposalRow, language: Language): Promise<string | null> {
  if (proposal.versionId === null || proposal.provisionId === null) {
    return null;
  }
  const texts = await listTextsOfProvision(db, proposal.versionId, proposal.provisionId);
  return texts.find((text) => text.language === language)?.text ?? null;
}

/**
 * The original's numbered proposals, in order, with their base texts in `language`. One query after another: `db`
 * is often a transaction, one connection, which runs one query at a time.
 */
async function originalProposals(db: Executor, document: DocumentRow, language: Language): Promise<OriginalProposal[]> {
  const rows = (await listProposals(db, document.id)).filter(
    (row): row is ProposalRow & { number: string } => row.number !== null,
  );
  const originals: OriginalProposal[] = [];
  for (const row of rows) {
    originals.push({ row, target: proposalTarget(row), baseText: await baseTextIn(db, row, language) });
  }
  return originals;
}

async function view(db: Executor, document: DocumentRow, language: Language): Promise<TranslationView> {
  const meeting = await requireMeeting(db, document.meetingId);
  const originals = await originalProposals(db, document, language);
  const stored = await listProposalTranslations(db, document.id, language);
  return {
    document,
    meeting,
    language,
    version: await findDocumentTranslation(db, document.id, language),
    proposals: originals.map((original) => ({
      original,
      translation: stored.find((row) => row.proposalId === original.row.id),
    })),
  };
}

/**
 * One language version of a document, the original beside it. Translators and the secretariat read it in any
 * status; every other reader of the document reads a published one only (a version in translation is the
 * translators' own, so it is not found for them).
 */
export async function getTranslation(ctx: ServiceContext, id: string, language: Language): Promise<TranslationView> {
  const document = await readableDocument(ctx, ctx.db, id);
  if (language === document.originalLanguage) {
    throw invalid(['params', 'language'], 'original_language', `The document is written in ${language}.`);
  }
  const found = await view(ctx.db, document, language);
  if (!canTranslate(personOf(ctx.actor)) && statusOf(found.version) !== 'published') {
    throw notFound(`${language} translation of the document`, id, ['params', 'language']);
  }
  return found;
}

/** `stale_translation`: another save came first; the issue says the revision stored now. */
function staleTranslation(current: number, path: Issue['path'] = ['expectedRevision']): DomainError {
  const message = `The translation has changed since (it is at revision ${current} now): reload it and save again.`;
  return new DomainError('stale_translation', message, [{ path, code: 'stale_translation', message }], {
    revision: current,
  });
}

/** What one proposal's translation must hold, by the original's mark, each issue at `['proposals', number, …]`. */
function contentIssues(
  original: OriginalProposal,
  text: string | null,
  reasons: string | null,
  complete: boolean,
): Issue[] {
  const { number, mark } = original.row;
  const issues: Issue[] = [];
  if (TEXTLESS_MARKS.has(mark)) {
    if (!blank(text)) {
      issues.push({
        path: ['proposals', number, 'text'],
        code: 'translation_text_not_allowed',
        message: `A ${mark} carries no text: proposal ${number} is translated by its reasons only.`,
      });
    }
  } else if (MOD_MARKS.has(mark) && original.target.kind === 'provision') {
    issues.push(...translatedModIssues([{ number, mark: mark as ProposalMark, text, baseText: original.baseText }]));
  } else if (!blank(original.row.text) && blank(text)) {
    issues.push({
      path: ['proposals', number, 'text'],
      code: 'translation_text_required',
      message: `The translation of proposal ${number} brings its text.`,
    });
  }
  if (complete && !blank(original.row.reasons) && blank(reasons)) {
    issues.push({
      path: ['proposals', number, 'reasons'],
      code: 'translation_reasons_required',
      message: `The reasons of proposal ${number} are translated too.`,
    });
  }
  return issues;
}

function refuseContent(issues: Issue[]): void {
  if (issues.length > 0) {
    throw new DomainError('invalid_translation', issues[0]!.message, issues);
  }
}

function refuseMisaligned(issues: Issue[]): void {
  if (issues.length > 0) {
    throw new DomainError('translation_misaligned', issues[0]!.message, issues);
  }
}

/** The word diff of a translated MOD against the base in its language, as the original's is stored. */
function diffOf(original: OriginalProposal, text: string | null): StoredDiff | null {
  if (!MOD_MARKS.has(original.row.mark) || original.baseText === null || blank(text)) {
    return null;
  }
  return wordDiff(original.baseText, text!);
}

/** The language version's row, made in translation by its first write; locked for the transaction. */
async function versionForWrite(
  ctx: ServiceContext,
  tx: Executor,
  document: DocumentRow,
  language: Language,
): Promise<DocumentTranslationRow> {
  const existing = await findDocumentTranslation(tx, document.id, language, { lock: true });
  if (existing !== undefined) {
    return existing;
  }
  const made = await insertDocumentTranslation(tx, {
    documentId: document.id,
    language,
    status: 'in-translation',
    revision: 0,
    updatedBy: ctx.actor.kind === 'user' ? ctx.actor.userId : null,
    updatedAt: ctx.clock.now(),
  });
  return made ?? (await findDocumentTranslation(tx, document.id, language, { lock: true }))!;
}

/** Refuses a write to the texts of a published version: it is reopened for a correction first. */
function requireEditable(version: DocumentTranslationRow): void {
  if (version.status === 'published') {
    throw conflict('The translation is published: reopen it (in translation) to correct it.', ['status']);
  }
}

/** Locks the document and refuses what may not be translated; the actor's right is checked first. */
async function documentForWrite(
  ctx: ServiceContext,
  tx: Executor,
  id: string,
  language: Language,
): Promise<DocumentRow> {
  requireTranslationRight(personOf(ctx.actor));
  await readableDocument(ctx, tx, id);
  const document = (await lockDocument(tx, id))!;
  requireTranslatable(document, language);
  return document;
}

const userOf = (ctx: ServiceContext) => (ctx.actor.kind === 'user' ? ctx.actor.userId : null);

/**
 * Saves one proposal's translation, based on the revision the translator read (0: none yet). A second save on
 * the same revision is refused `stale_translation`, never a silent overwrite. The version moves to in
 * translation on its first write; a published one is reopened first.
 */
export async function saveProposalTranslation(
  ctx: ServiceContext,
  id: string,
  language: Language,
  proposalId: string,
  body: { text: string | null; reasons: string | null; expectedRevision: number },
): Promise<TranslationView> {
  await ctx.db.transaction(async (tx) => {
    const document = await documentForWrite(ctx, tx, id, language);
    const original = (await originalProposals(tx, document, language)).find(({ row }) => row.id === proposalId);
    if (original === undefined) {
      throw notFound('proposal of the document', proposalId, ['params', 'proposalId']);
    }
    const version = await versionForWrite(ctx, tx, document, language);
    requireEditable(version);
    const text = blank(body.text) ? null : body.text;
    const reasons = blank(body.reasons) ? null : body.reasons;
    refuseContent(contentIssues(original, text, reasons, false));
    const before = (await listProposalTranslations(tx, id, language)).find((row) => row.proposalId === proposalId);
    if ((before?.revision ?? 0) !== body.expectedRevision) {
      throw staleTranslation(before?.revision ?? 0);
    }
    const saved = await storeProposalTranslation(tx, body.expectedRevision, {
      proposalId,
      documentId: id,
      language,
      text,
      reasons,
      diff: diffOf(original, text),
      translatedBy: userOf(ctx),
      translatedAt: ctx.clock.now(),
    });
    if (saved === undefined) {
      throw staleTranslation(body.expectedRevision + 1);
    }
    await advanceDocumentTranslation(tx, id, language, version.revision, {
      updatedBy: userOf(ctx),
      updatedAt: ctx.clock.now(),
    });
    await recordAudit(tx, ctx, {
      action: 'translation.proposal.save',
      entityType: 'proposal',
      entityId: proposalId,
      before: before ?? null,
      after: saved,
    });
  });
  return view(ctx.db, await readableDocument(ctx, ctx.db, id), language);
}

/** A whole language version as sent: its title and every proposal, each with what it aims at. */
export interface WholeTranslation {
  title: string | null;
  proposals: {
    number: string;
    mark: ProposalMark;
    target: ProposalTarget;
    text: string | null;
    reasons: string | null;
  }[];
}

/**
 * Stores a whole language version at once, replacing what was stored: aligned with the original proposal by
 * proposal (`translation_misaligned` naming each that is not), each text checked as a single save is. Writes
 * nothing when anything is refused. `publish` takes the version on to published in the same write (an uploaded
 * file is the finished translation).
 */
async function storeWholeTranslation(
  ctx: ServiceContext,
  tx: Executor,
  document: DocumentRow,
  language: Language,
  whole: WholeTranslation,
  expectedRevision: number | null,
  publish: boolean,
): Promise<{ before: DocumentTranslationRow | null; after: DocumentTranslationRow; proposals: number }> {
  const originals = await originalProposals(tx, document, language);
  refuseMisaligned(
    translationAlignmentIssues(
      originals.map(({ row, target }) => ({ number: row.number, mark: row.mark as ProposalMark, target })),
      whole.proposals,
    ),
  );
  const sent = new Map(whole.proposals.map((proposal) => [proposal.number, proposal]));
  const issues = originals.flatMap((original) => {
    const translation = sent.get(original.row.number)!;
    return contentIssues(
      original,
      blank(translation.text) ? null : translation.text,
      blank(translation.reasons) ? null : translation.reasons,
      publish,
    );
  });
  refuseContent(issues);
  const existing = await findDocumentTranslation(tx, document.id, language, { lock: true });
  if (expectedRevision !== null && (existing?.revision ?? 0) !== expectedRevision) {
    throw staleTranslation(existing?.revision ?? 0);
  }
  if (expectedRevision !== null && existing !== undefined) {
    requireEditable(existing);
  }
  const version = await versionForWrite(ctx, tx, document, language);
  const stored = await listProposalTranslations(tx, document.id, language);
  const at = ctx.clock.now();
  for (const original of originals) {
    const translation = sent.get(original.row.number)!;
    const text = blank(translation.text) ? null : translation.text;
    const current = stored.find((row) => row.proposalId === original.row.id);
    const saved = await storeProposalTranslation(tx, current?.revision ?? 0, {
      proposalId: original.row.id,
      documentId: document.id,
      language,
      text,
      reasons: blank(translation.reasons) ? null : translation.reasons,
      diff: diffOf(original, text),
      translatedBy: userOf(ctx),
      translatedAt: at,
    });
    if (saved === undefined) {
      throw staleTranslation(version.revision);
    }
  }
  const status: TranslationStatus = publish ? 'published' : 'in-translation';
  const after = (await advanceDocumentTranslation(tx, document.id, language, version.revision, {
    status,
    title: whole.title ?? version.title,
    updatedBy: userOf(ctx),
    updatedAt: at,
    ...(publish ? { publishedAt: at } : {}),
  }))!;
  if (publish && after.title !== null) {
    await updateDocument(tx, document.id, { title: { ...document.title, [language]: after.title } });
  }
  return { before: existing ?? null, after, proposals: originals.length };
}

/** Saves a whole language version (from a translation tool), kept in translation until it is published. */
export async function saveTranslation(
  ctx: ServiceContext,
  id: string,
  language: Language,
  body: WholeTranslation & { expectedRevision: number },
): Promise<TranslationView> {
  await ctx.db.transaction(async (tx) => {
    const document = await documentForWrite(ctx, tx, id, language);
    const { before, after } = await storeWholeTranslation(
      ctx,
      tx,
      document,
      language,
      body,
      body.expectedRevision,
      false,
    );
    await recordAudit(tx, ctx, {
      action: 'translation.save',
      entityType: 'document',
      entityId: id,
      before: before === null ? null : { ...before, language },
      after: { ...after, proposals: body.proposals.length },
    });
  });
  return view(ctx.db, await readableDocument(ctx, ctx.db, id), language);
}

/**
 * Moves a language version along its statuses (docs/translations.md). Publishing needs every proposal
 * translated, text and reasons, as the original has them (`translation_misaligned` for a proposal with no
 * translation, `invalid_translation` for one that lacks a part), and copies the translated title into the
 * document's titles.
 */
export async function moveTranslation(
  ctx: ServiceContext,
  id: string,
  language: Language,
  body: { status: TranslationStatus; expectedRevision: number },
): Promise<TranslationView> {
  await ctx.db.transaction(async (tx) => {
    const document = await documentForWrite(ctx, tx, id, language);
    const existing = await findDocumentTranslation(tx, id, language, { lock: true });
    if ((existing?.revision ?? 0) !== body.expectedRevision) {
      throw staleTranslation(existing?.revision ?? 0);
    }
    requireTranslationTransition(statusOf(existing), body.status);
    if (body.status === 'published') {
      const originals = await originalProposals(tx, document, language);
      const stored = await listProposalTranslations(tx, id, language);
      const missing: Issue[] = [];
      const incomplete: Issue[] = [];
      for (const original of originals) {
        const translation = stored.find((row) => row.proposalId === original.row.id);
        if (translation === undefined) {
          missing.push({
            path: ['proposals', original.row.number],
            code: 'translation_missing_proposal',
            message: `Proposal ${original.row.number} is not translated yet.`,
          });
        } else {
          incomplete.push(...contentIssues(original, translation.text, translation.reasons, true));
        }
      }
      refuseMisaligned(missing);
      refuseContent(incomplete);
    }
    const version = await versionForWrite(ctx, tx, document, language);
    const at = ctx.clock.now();
    const after = (await advanceDocumentTranslation(tx, id, language, version.revision, {
      status: body.status === 'awaiting' ? version.status : body.status,
      updatedBy: userOf(ctx),
      updatedAt: at,
      ...(body.status === 'published' ? { publishedAt: at } : {}),
    }))!;
    if (body.status === 'published' && after.title !== null) {
      await updateDocument(tx, id, { title: { ...document.title, [language]: after.title } });
    }
    await recordAudit(tx, ctx, {
      action: 'translation.status',
      entityType: 'document',
      entityId: id,
      before: { language, status: statusOf(existing), revision: existing?.revision ?? 0 },
      after: { language, status: after.status, revision: after.revision },
    });
  });
  return view(ctx.db, await readableDocument(ctx, ctx.db, id), language);
}

/**
 * A translated `.docx` read as the language version's proposals, stored and published inside the upload's
 * transaction (`tx`): the file must be in the declared language (`language_mismatch` at `file`), align with the
 * original (`translation_misaligned`) and pass the checks of a save. Answers what the audit row records.
 */
export async function importTranslationDocx(
  ctx: ServiceContext,
  tx: Executor,
  document: DocumentRow,
  language: Language,
  text: string,
): Promise<{ status: TranslationStatus; proposals: number }> {
  requireTranslatable(document, language);
  const originals = await originalProposals(tx, document, language);
  const byNumber = new Map(originals.map((original) => [original.row.number, original]));
  const read = readTranslatedContribution(text, (number) => {
    const target = byNumber.get(number)?.row;
    return {
      heading: target !== undefined && target.versionId !== null,
      provision: target !== undefined && target.provisionId !== null,
    };
  });
  const texts = read.proposals.flatMap((proposal) => [proposal.text ?? '', proposal.reasons ?? '']);
  const script = scriptLanguageMismatch(texts, language);
  const labels = read.labelLanguages.filter((found) => found !== language);
  const found = script ?? (read.labelLanguages.includes(language) ? null : (labels[0] ?? null));
  if (found !== null) {
    throw new DomainError('language_mismatch', `The file is written in ${found}, not ${language}.`, [
      languageMismatchIssue(['file'], language, found),
    ]);
  }
  const { after, proposals } = await storeWholeTranslation(
    ctx,
    tx,
    document,
    language,
    {
      title: null,
      proposals: read.proposals.map((proposal) => ({
        ...proposal,
        // A file gives no machine-readable target: it aims where the original's proposal of that number does.
        target: byNumber.get(proposal.number)?.target ?? { kind: 'general' },
      })),
    },
    null,
    true,
  );
  return { status: after.status as TranslationStatus, proposals };
}

/** Whether a `.docx` upload in `language` is read as the document's translation (a submitted contribution). */
export async function readsAsTranslation(db: Executor, document: DocumentRow, language: Language): Promise<boolean> {
  return (
    language !== document.originalLanguage &&
    (document.status === 'submitted' || document.status === 'published') &&
    (await listProposals(db, document.id)).some((proposal) => proposal.number !== null)
  );
}

/** One language version of one document in a meeting's queue. */
export interface QueueItem {
  document: DocumentRow;
  language: Language;
  version: DocumentTranslationRow | undefined;
  volume: { count: number; unit: 'words' | 'characters' };
  proposals: number;
  translated: number;
  due: boolean;
  late: boolean;
}

/**
 * A meeting's translation queue (translators and the secretariat): every language but the original of each
 * submitted or published document, with how much it holds to translate and whether it is late against the
 * meeting's translations deadline. Delayed and late contributions are listed but not due: they stay in their
 * original language [C].
 */
export async function translationQueue(
  ctx: ServiceContext,
  meetingIdOrCode: string,
  only: Language | undefined,
): Promise<{ meeting: MeetingRow; deadline: Date | null; items: QueueItem[] }> {
  requireTranslationRight(personOf(ctx.actor));
  const meeting = await requireMeeting(ctx.db, meetingIdOrCode, ['query', 'meeting']);
  const deadline =
    computeDeadlines(
      { type: meeting.type as MeetingType, startsOn: meeting.startsOn },
      await listDeadlineRuleRows(ctx.db),
    ).find((candidate) => candidate.kind === 'translations')?.closesAt ?? null;
  const documents = (await listDocumentsOfMeeting(ctx.db, meeting.id)).filter(
    (document) => document.status === 'submitted' || document.status === 'published',
  );
  const ids = documents.map((document) => document.id);
  const versions = await listDocumentTranslations(ctx.db, ids);
  const translations = await listProposalTranslationsOfDocuments(ctx.db, ids);
  const now = ctx.clock.now();
  // Every document's numbered proposals in one query, and the versions and translations looked up by key, so
  // that a meeting of hundreds of documents costs a fixed number of queries and no search per item.
  const proposalsOf = new Map<string, ProposalRow[]>();
  for (const proposal of await listProposalsOfDocuments(ctx.db, ids)) {
    if (proposal.number !== null) {
      proposalsOf.set(proposal.documentId, [...(proposalsOf.get(proposal.documentId) ?? []), proposal]);
    }
  }
  const versionOf = new Map(versions.map((row) => [`${row.documentId} ${row.language}`, row]));
  const translatedIn = new Map<string, Set<string>>();
  for (const row of translations) {
    translatedIn.set(row.language, (translatedIn.get(row.language) ?? new Set()).add(row.proposalId));
  }
  const items: QueueItem[] = [];
  for (const document of documents) {
    const proposals = proposalsOf.get(document.id) ?? [];
    const original = document.originalLanguage as Language;
    const title = documentTitleIn(document.title, original, original)?.text ?? '';
    const volume = translationVolume(
      [title, ...proposals.flatMap((proposal) => [proposal.text ?? '', proposal.reasons ?? ''])].join('\n'),
      original,
    );
    const due = document.timing === null || document.timing === 'on-time';
    for (const language of LANGUAGES) {
      if (language === original || (only !== undefined && language !== only)) {
        continue;
      }
      const version = versionOf.get(`${document.id} ${language}`);
      const done = translatedIn.get(language);
      items.push({
        document,
        language,
        version,
        volume,
        proposals: proposals.length,
        translated: done === undefined ? 0 : proposals.filter((proposal) => done.has(proposal.id)).length,
        due,
        late: due && deadline !== null && now > deadline && statusOf(version) !== 'published',
      });
    }
  }
  return { meeting, deadline, items };
}

import type { AddProposalBody, CreateContributionBody } from '@tansiq/api';
import {
  countProposalsOfDocuments,
  deleteProposal,
  findDocument,
  findLatePolicy,
  findMeeting,
  findMemberState,
  findSupportRule,
  findVersionById,
  insertDocument,
  insertProposal,
  lastAddendum,
  lastDocumentNumber,
  listDeadlineRuleRows,
  listDocumentFiles,
  listDocumentTranslations,
  lockDocument,
  organizationsOfState,
  lockMeetingForNumbering,
  listDocumentsOfMeeting,
  listTextsOfProvision,
  listProposals,
  listSignatures,
  updateDocument,
  updateProposal,
  type DocumentRow,
  type Executor,
} from '@tansiq/db';
import {
  DEFAULT_LATE_POLICIES,
  DomainError,
  ORGANIZATIONS,
  assertNoIssues,
  commonProposalStatus,
  computeDeadlines,
  lastSubmissionDeadline,
  defaultSupportRule,
  numberProposals,
  proposalIssues,
  submissionTiming,
  wordDiff,
  type MeetingType,
  type ProposalDraft,
  requireDraftRight,
  readingState,
} from '@tansiq/domain';
import { recordAudit } from '../../audit.ts';
import { personOf } from '../../policy.ts';
import type { ServiceContext } from '../../context.ts';
import { conflict, notFound } from '../../errors.ts';
import { requireMeeting } from '../../lookups.ts';
import { canRead, isMemberOfOrganization, sourceOf } from './document-access.ts';

/** Creates a draft contribution for an administration or an organization. */
export async function createContribution(ctx: ServiceContext, body: CreateContributionBody): Promise<DocumentRow> {
  if ((body.memberState === null) === (body.organization === null)) {
    assertNoIssues([
      { path: ['memberState'], code: 'one_source', message: 'Name one administration or one organization.' },
    ]);
  }
  const source = { memberStateIso3: body.memberState, organizationCode: body.organization };
  requireDraftRight(personOf(ctx.actor), source);
  return ctx.db.transaction(async (tx) => {
    const meeting = await findMeeting(tx, body.meeting);
    if (meeting === undefined) {
      assertNoIssues([{ path: ['meeting'], code: 'unknown_meeting', message: `No meeting "${body.meeting}".` }]);
    }
    if (body.memberState !== null && (await findMemberState(tx, body.memberState)) === undefined) {
      assertNoIssues([
        { path: ['memberState'], code: 'unknown_member_state', message: `No Member State ${body.memberState}.` },
      ]);
    }
    if (body.parentDocument !== null) {
      const parent = await findDocument(tx, body.parentDocument);
      if (parent === undefined || parent.meetingId !== meeting!.id || parent.number === null) {
        assertNoIssues([
          { path: ['parentDocument'], code: 'unknown_document', message: 'No submitted document of that meeting.' },
        ]);
      }
    }
    const authorCode =
      body.memberState ?? ORGANIZATIONS.find((organization) => organization.code === body.organization)!.proposalPrefix;
    const now = ctx.clock.now();
    const row = await insertDocument(tx, {
      meetingId: meeting!.id,
      series: 'Doc',
      parentDocumentId: body.parentDocument,
      originalLanguage: body.originalLanguage,
      title: body.title,
      targetBody: body.targetBody,
      access: body.access,
      status: 'draft',
      authorCode,
      sourceMemberStateIso3: body.memberState,
      sourceOrganizationCode: body.organization,
      createdBy: ctx.actor.kind === 'user' ? ctx.actor.userId : null,
      createdAt: now,
      updatedAt: now,
    });
    await recordAudit(tx, ctx, {
      action: 'contribution.create',
      entityType: 'document',
      entityId: row.id,
      before: null,
      after: row,
    });
    return row;
  });
}

/** A document the actor may read, or not found (a draft of others is not revealed). */
export async function readableDocument(ctx: ServiceContext, db: Executor, id: string): Promise<DocumentRow> {
  const document = await findDocument(db, id);
  if (document === undefined || !canRead(ctx.actor, document, await isMemberOfOrganization(db, ctx.actor, document))) {
    throw notFound('document', id, ['params', 'id']);
  }
  return document;
}

/** The text in force of a provision, in the document's language or else English. */
async function baseTextOf(
  db: Executor,
  versionId: string,
  provisionId: string,
  language: string,
): Promise<string | null> {
  const texts = await listTextsOfProvision(db, versionId, provisionId);
  return (
    (texts.find((text) => text.language === language) ?? texts.find((text) => text.language === 'en'))?.text ?? null
  );
}

/** Adds a proposal to a draft, checked against the rules of its mark and the text in force. */
export async function addProposal(ctx: ServiceContext, documentId: string, body: AddProposalBody) {
  return ctx.db.transaction(async (tx) => {
    requireDraftRight(personOf(ctx.actor), sourceOf(await readableDocument(ctx, tx, documentId)));
    // Under the document's lock: concurrent writes to one draft take positions, and meet a submission, in turn.
    const document = (await lockDocument(tx, documentId))!;
    if (document.status !== 'draft') {
      throw conflict('Proposals are added to a draft only.', ['status']);
    }
    const target = body.target;
    if ('versionId' in target && (await findVersionById(tx, target.versionId)) === undefined) {
      assertNoIssues([
        { path: ['target', 'versionId'], code: 'unknown_version', message: `No text version ${target.versionId}.` },
      ]);
    }
    const baseText =
      target.kind === 'provision'
        ? await baseTextOf(tx, target.versionId, target.provisionId, document.originalLanguage)
        : null;
    const draft: ProposalDraft = {
      mark: body.mark,
      target:
        target.kind === 'provision'
          ? { kind: 'provision', provisionId: target.provisionId }
          : target.kind === 'text'
            ? { kind: 'text' }
            : target,
      text: body.text,
      reasons: body.reasons,
      baseText,
    };
    assertNoIssues(proposalIssues(draft));
    const position = (await listProposals(tx, documentId)).length + 1;
    const diff =
      (body.mark === 'MOD' || body.mark === '(MOD)') && baseText !== null && body.text !== null
        ? wordDiff(baseText, body.text)
        : null;
    const now = ctx.clock.now();
    const row = await insertProposal(tx, {
      documentId,
      position,
      mark: body.mark,
      targetKind: target.kind,
      versionId: 'versionId' in target ? target.versionId : null,
      provisionId: target.kind === 'provision' ? target.provisionId : null,
      newTextTag: target.kind === 'new-text' ? target.tag : null,
      text: body.text,
      reasons: body.reasons,
      diff,
      createdAt: now,
      updatedAt: now,
    });
    await recordAudit(tx, ctx, {
      action: 'proposal.add',
      entityType: 'document',
      entityId: documentId,
      before: null,
      after: { proposal: row.id, mark: row.mark, target: row.provisionId ?? row.newTextTag ?? row.targetKind },
    });
    return { row, baseText };
  });
}

/** Removes a proposal from a draft; the others keep their order. */
export async function removeProposal(ctx: ServiceContext, documentId: string, proposalId: string): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    requireDraftRight(personOf(ctx.actor), sourceOf(await readableDocument(ctx, tx, documentId)));
    // Under the document's lock: concurrent writes to one draft take positions, and meet a submission, in turn.
    const document = (await lockDocument(tx, documentId))!;
    if (document.status !== 'draft') {
      throw conflict('Proposals are removed from a draft only.', ['status']);
    }
    const all = await listProposals(tx, documentId);
    const gone = all.find((proposal) => proposal.id === proposalId);
    if (gone === undefined) {
      throw notFound('proposal', proposalId, ['params', 'proposalId']);
    }
    await deleteProposal(tx, proposalId);
    for (const proposal of all.filter((candidate) => candidate.position > gone.position)) {
      await updateProposal(tx, proposal.id, { position: proposal.position - 1 });
    }
    await recordAudit(tx, ctx, {
      action: 'proposal.remove',
      entityType: 'document',
      entityId: documentId,
      before: { proposal: gone.id, mark: gone.mark },
      after: null,
    });
  });
}

/**
 * Submits a draft: it gets its number (or its addendum number), each proposal its ITU number, and its timing
 * against the meeting's deadlines at the server's clock. Late ones are refused or flagged by the meeting type's
 * policy. A second submission is a conflict.
 */
export async function submitContribution(ctx: ServiceContext, documentId: string): Promise<DocumentRow> {
  return ctx.db.transaction(async (tx) => {
    const found = await readableDocument(ctx, tx, documentId);
    requireDraftRight(personOf(ctx.actor), sourceOf(found));
    await lockMeetingForNumbering(tx, found.meetingId);
    // Read again under the locks: a submission that held them before may have submitted this very document.
    const document = (await lockDocument(tx, documentId))!;
    if (document.status !== 'draft') {
      throw conflict('This contribution was submitted already.', ['status']);
    }
    const proposals = await listProposals(tx, documentId);
    if (proposals.length === 0) {
      assertNoIssues([
        { path: ['proposals'], code: 'no_proposals', message: 'A contribution brings at least one proposal.' },
      ]);
    }
    const meeting = (await findMeeting(tx, document.meetingId))!;
    const now = ctx.clock.now();
    const deadlines = computeDeadlines(
      { type: meeting.type as MeetingType, startsOn: meeting.startsOn },
      await listDeadlineRuleRows(tx),
    );
    const timing = submissionTiming(now, deadlines);
    // A meeting type without a configured policy takes the default (the table is configuration, maybe empty).
    const latePolicy = (await findLatePolicy(tx, meeting.type)) ?? DEFAULT_LATE_POLICIES[meeting.type as MeetingType];
    if (timing === 'late' && latePolicy === 'refuse') {
      throw new DomainError('deadline_passed', 'The last deadline for contributions to this meeting has passed.', [
        {
          path: ['submittedAt'],
          code: 'deadline_passed',
          message: lastSubmissionDeadline(deadlines)?.closesAt.toISOString() ?? '',
        },
      ]);
    }
    const parent = document.parentDocumentId === null ? null : await findDocument(tx, document.parentDocumentId);
    const number = parent?.number ?? (await lastDocumentNumber(tx, meeting.id, document.series)) + 1;
    const addendum = parent === null || parent === undefined ? null : (await lastAddendum(tx, parent.id)) + 1;
    const numbers = numberProposals({ author: document.authorCode, document: number, addendum }, proposals.length);
    for (const [index, proposal] of proposals.entries()) {
      await updateProposal(tx, proposal.id, { number: numbers[index]!, updatedAt: now });
    }
    const row = await updateDocument(tx, documentId, {
      status: 'submitted',
      number,
      addendum,
      submittedAt: now,
      timing,
      updatedAt: now,
    });
    await recordAudit(tx, ctx, {
      action: 'contribution.submit',
      entityType: 'document',
      entityId: documentId,
      before: document,
      after: row,
    });
    return row;
  });
}

/** The documents of a meeting that the actor may read. */
export async function listContributions(ctx: ServiceContext, meetingIdOrCode: string) {
  const meeting = await requireMeeting(ctx.db, meetingIdOrCode, ['query', 'meeting']);
  const rows = await listDocumentsOfMeeting(ctx.db, meeting.id);
  // A fixed number of queries whatever the number of documents: the reader's organizations once, the proposals
  // counted in one grouped query.
  const state = readingState(personOf(ctx.actor));
  const organizations = state === null ? new Set<string>() : await organizationsOfState(ctx.db, state);
  const visible = rows.filter((row) =>
    canRead(ctx.actor, row, row.sourceOrganizationCode !== null && organizations.has(row.sourceOrganizationCode)),
  );
  const counts = await countProposalsOfDocuments(
    ctx.db,
    visible.map((row) => row.id),
  );
  const readable = visible.map((row) => ({ row, proposalCount: counts.get(row.id) ?? 0 }));
  const files = await listDocumentFiles(
    ctx.db,
    readable.map(({ row }) => row.id),
  );
  const translations = await listDocumentTranslations(
    ctx.db,
    readable.map(({ row }) => row.id),
  );
  return { meeting, documents: readable, files, translations };
}

/** One contribution with its proposals (and their base texts) and, for a common proposal, its signatures. */
export async function getContribution(ctx: ServiceContext, id: string) {
  const document = await readableDocument(ctx, ctx.db, id);
  const meeting = (await findMeeting(ctx.db, document.meetingId))!;
  const proposals = await listProposals(ctx.db, id);
  const withBase = await Promise.all(
    proposals.map(async (proposal) => ({
      proposal,
      baseText:
        proposal.versionId !== null && proposal.provisionId !== null
          ? await baseTextOf(ctx.db, proposal.versionId, proposal.provisionId, document.originalLanguage)
          : null,
    })),
  );
  let common = null;
  if (document.sourceOrganizationCode !== null) {
    const signatures = await listSignatures(ctx.db, id);
    const rule =
      (await findSupportRule(ctx.db, document.sourceOrganizationCode)) ??
      defaultSupportRule(document.sourceOrganizationCode);
    const current = signatures.filter((signature) => signature.withdrawnAt === null);
    const supporters = current.filter((signature) => signature.stance === 'support').length;
    common = {
      status: commonProposalStatus(rule, supporters, current.length - supporters),
      rule: { minSupporters: rule.minSupporters, maxObjectionShare: rule.maxObjectionShare },
      signatures,
    };
  }
  return {
    document,
    meeting,
    proposals: withBase,
    common,
    files: await listDocumentFiles(ctx.db, [id]),
    translations: await listDocumentTranslations(ctx.db, [id]),
  };
}

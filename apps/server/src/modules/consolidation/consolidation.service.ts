import type {
  ChooseAlternativeBody,
  CreateConsolidationDraftBody,
  EditProvisionTextBody,
  PickProposalsBody,
  PickWholeTextBody,
} from '@tansiq/api';
import {
  findInstrumentById,
  findMeeting,
  findOpenConsolidationDraft,
  findProposalsWithDocuments,
  findUserById,
  findVersionById,
  insertConsolidationDraft,
  listConsolidationDraftsOfMeeting,
  listVersionTexts,
  saveDraftProvision,
  type ConsolidationDraftRow,
} from '@tansiq/db';
import {
  DomainError,
  assertNoIssues,
  chooseAlternative,
  editDraft,
  mergeProposals,
  pickOf,
  type Issue,
  type ProvisionDraft,
  requireIdentified,
  canOwnDraft,
  requireDraftOpener,
  requireDraftWriter as requireDraftWriterOf,
} from '@tansiq/domain';
import { recordAudit } from '../../audit.ts';
import { personOf } from '../../policy.ts';
import type { ServiceContext } from '../../context.ts';
import { conflict, notFound } from '../../errors.ts';
import { requireMeeting } from '../../lookups.ts';
import { canRead } from '../contributions/document-access.ts';
import { advance, expectedRevisionOf, requireOpenAt } from './draft-revision.service.ts';
import {
  ABROGATING,
  availableOn,
  loadDraftView,
  organizationsOf,
  pickableOn,
  viewOf,
  type DraftView,
} from './consolidation-view.ts';

const ENTITY = 'consolidation-draft';

/** Creates a draft of a version in force at a meeting (a chair, who owns it; or the secretariat for a chair). */
export async function createDraft(ctx: ServiceContext, body: CreateConsolidationDraftBody): Promise<DraftView> {
  const actor = ctx.actor;
  const chair = requireDraftOpener(personOf(actor), body.owner) && actor.kind === 'user';
  const [meeting, version, owner] = await Promise.all([
    findMeeting(ctx.db, body.meeting),
    findVersionById(ctx.db, body.version),
    chair
      ? findUserById(ctx.db, actor.userId)
      : body.owner === undefined
        ? undefined
        : findUserById(ctx.db, body.owner),
  ]);
  const issues: Issue[] = [];
  if (meeting === undefined) {
    issues.push({ path: ['meeting'], code: 'unknown_meeting', message: `No meeting "${body.meeting}".` });
  }
  if (version === undefined) {
    issues.push({ path: ['version'], code: 'unknown_version', message: `No instrument version ${body.version}.` });
  } else if (version.status !== 'in-force') {
    issues.push({ path: ['version'], code: 'version_not_in_force', message: `The version is ${version.status}.` });
  } else if ((await listVersionTexts(ctx.db, version.id, [body.language])).length === 0) {
    issues.push({
      path: ['language'],
      code: 'language_not_stored',
      message: `The version is not stored in ${body.language}.`,
    });
  }
  if (
    !chair &&
    body.owner !== undefined &&
    !canOwnDraft(owner && { role: owner.role, disabled: owner.disabledAt !== null })
  ) {
    issues.push({
      path: ['owner'],
      code: 'not_a_chair',
      message: 'The owner must be an active user with the role chair.',
    });
  }
  assertNoIssues(issues);
  const now = ctx.clock.now();
  const draft = await ctx.db.transaction(async (tx) => {
    if ((await findOpenConsolidationDraft(tx, meeting!.id, version!.id)) !== undefined) {
      throw conflict('This version has an open draft at this meeting already.', ['version']);
    }
    const row = await insertConsolidationDraft(tx, {
      meetingId: meeting!.id,
      versionId: version!.id,
      language: body.language,
      ownerId: owner?.id ?? null,
      status: 'open',
      revision: 0,
      createdAt: now,
      updatedAt: now,
    });
    await recordAudit(tx, ctx, {
      action: 'consolidation.draft.create',
      entityType: ENTITY,
      entityId: row.id,
      before: null,
      after: { meeting: meeting!.code, version: version!.id, language: body.language, owner: row.ownerId },
    });
    return row;
  });
  return viewOf(ctx, draft);
}

/** One draft (anyone signed in). */
export async function getDraft(ctx: ServiceContext, id: string): Promise<DraftView> {
  requireIdentified(personOf(ctx.actor));
  return loadDraftView(ctx, id);
}

/** A meeting's drafts (anyone signed in). */
export async function listDrafts(ctx: ServiceContext, meetingIdOrCode: string) {
  requireIdentified(personOf(ctx.actor));
  const meeting = await requireMeeting(ctx.db, meetingIdOrCode);
  const drafts = await listConsolidationDraftsOfMeeting(ctx.db, meeting.id);
  return Promise.all(
    drafts.map(async (draft) => {
      const version = (await findVersionById(ctx.db, draft.versionId))!;
      const [instrument, owner, adopted] = await Promise.all([
        findInstrumentById(ctx.db, version.instrumentId),
        draft.ownerId === null ? undefined : findUserById(ctx.db, draft.ownerId),
        draft.adoptedVersionId === null ? undefined : findVersionById(ctx.db, draft.adoptedVersionId),
      ]);
      return { draft, meeting, version, instrument: instrument!, owner: owner ?? null, adopted: adopted ?? null };
    }),
  );
}

/** Only the draft's owner and the secretariat write to a draft. */
export function requireDraftWriter(ctx: ServiceContext, draft: ConsolidationDraftRow): void {
  requireDraftWriterOf(personOf(ctx.actor), draft.ownerId);
}

/** The view of a draft the actor may write, open and at `expected`. */
async function writableView(ctx: ServiceContext, id: string, expected: number): Promise<DraftView> {
  const view = await loadDraftView(ctx, id);
  requireDraftWriter(ctx, view.draft);
  requireOpenAt(view.draft, expected);
  return view;
}

function rowOf(view: DraftView, provisionId: string) {
  const row = view.rows.find((candidate) => candidate.id === provisionId);
  if (row === undefined) {
    throw notFound('provision of the draft', provisionId, ['params', 'provisionId']);
  }
  return row;
}

const numbersOf = (view: DraftView, ids: readonly string[]) =>
  ids.map((id) => view.proposals.find((row) => row.proposal.id === id)?.proposal.number ?? id);

/** Stores one provision's working text as the next revision, with its audit row. */
async function saveProvision(
  ctx: ServiceContext,
  view: DraftView,
  expected: number,
  write: { action: string; provisionId: string; picks: string[]; draft: ProvisionDraft; edited: boolean },
  audit: { before: Record<string, unknown>; after: Record<string, unknown> },
): Promise<DraftView> {
  const now = ctx.clock.now();
  const draft = await ctx.db.transaction(async (tx) => {
    const row = await advance(tx, view.draft, expected, now);
    await saveDraftProvision(tx, {
      draftId: view.draft.id,
      provisionId: write.provisionId,
      picks: write.picks,
      draft: write.draft,
      edited: write.edited,
      updatedAt: now,
    });
    await recordAudit(tx, ctx, {
      action: write.action,
      entityType: ENTITY,
      entityId: view.draft.id,
      before: { revision: expected, ...audit.before },
      after: { revision: row.revision, provision: write.provisionId, ...audit.after },
    });
    return row;
  });
  return viewOf(ctx, draft);
}

/**
 * Why each of `ids` may not be picked on provision `provisionId` of the view (or, with null, on the whole
 * text): unknown or unreadable, on another meeting, version or provision, a draft or withdrawn contribution's,
 * a text in another language than the draft's with no published translation into it, or named twice.
 */
async function pickIssues(
  ctx: ServiceContext,
  view: DraftView,
  ids: readonly string[],
  provisionId: string | null,
  field: string,
): Promise<Issue[]> {
  const found = new Map((await findProposalsWithDocuments(ctx.db, [...ids])).map((row) => [row.proposal.id, row]));
  const organizations = await organizationsOf(ctx, ctx.actor);
  const baseIds = new Set(view.base.map((provision) => provision.id));
  // A proposal written in another language is merged through its published translation into the draft's.
  const shownIn = new Map(view.proposals.map(({ proposal, shown }) => [proposal.id, shown.as]));
  const issues: Issue[] = [];
  ids.forEach((id, index) => {
    const path = provisionId === null ? [field] : [field, index];
    const refuse = (code: string, message: string) => issues.push({ path, code, message });
    const row = found.get(id);
    const readable =
      row !== undefined &&
      canRead(
        ctx.actor,
        row.document,
        row.document.sourceOrganizationCode !== null && organizations.has(row.document.sourceOrganizationCode),
      );
    if (row === undefined || !readable) {
      return refuse('unknown_proposal', `No proposal ${id}.`);
    }
    const { proposal, document } = row;
    const label = proposal.number ?? 'The proposal';
    if (ids.indexOf(id) !== index) {
      refuse('duplicate_proposal', `${label} is named twice.`);
    } else if (document.meetingId !== view.draft.meetingId) {
      refuse('other_meeting', `${label} was made to another meeting.`);
    } else if (document.status === 'withdrawn') {
      refuse('withdrawn_proposal', `${label} belongs to a withdrawn contribution.`);
    } else if (document.status === 'draft' || proposal.number === null) {
      refuse('draft_proposal', 'The proposal belongs to a contribution that was never submitted.');
    } else if (proposal.versionId !== view.draft.versionId) {
      refuse('other_version', `${label} is on another version of a text.`);
    } else if (provisionId === null) {
      if (proposal.targetKind !== 'text' || !ABROGATING.has(proposal.mark)) {
        refuse('not_abrogation', `${label} is not a SUP or SUP* of the whole text.`);
      }
    } else if (proposal.targetKind === 'text') {
      refuse('whole_text_proposal', `${label} is on the whole text: pick it as the draft's whole-text proposal.`);
    } else if (proposal.provisionId !== provisionId) {
      refuse('other_provision', `${label} is on ${proposal.provisionId ?? 'no provision'}, not on ${provisionId}.`);
    } else if (!pickableOn(proposal, provisionId, baseIds)) {
      refuse('not_pickable', `${label} (${proposal.mark}) cannot be merged into this provision.`);
    } else if (
      proposal.text !== null &&
      !ABROGATING.has(proposal.mark) &&
      proposal.mark !== 'NOC' &&
      document.originalLanguage !== view.draft.language &&
      shownIn.get(id) !== 'translation'
    ) {
      refuse(
        'other_language',
        `${label} is written in ${document.originalLanguage} and awaits translation into ${view.draft.language}, ` +
          "the draft's language: it is merged once its translation is published.",
      );
    }
  });
  return issues;
}

function refusePicks(issues: Issue[]): void {
  if (issues.length > 0) {
    throw new DomainError('invalid_pick', 'Some proposals cannot be picked here.', issues);
  }
}

/** Replaces the proposals picked for a provision and merges it afresh from the base (the chair's edits go). */
export async function pickProposals(
  ctx: ServiceContext,
  id: string,
  provisionId: string,
  body: PickProposalsBody,
  headerRevision?: number,
): Promise<DraftView> {
  const expected = expectedRevisionOf(body.expectedRevision, headerRevision);
  const view = await writableView(ctx, id, expected);
  const row = rowOf(view, provisionId);
  refusePicks(await pickIssues(ctx, view, body.proposals, provisionId, 'proposals'));
  const byId = new Map(availableOn(view, provisionId).map((candidate) => [candidate.proposal.id, candidate]));
  const base = row.added ? null : row.draft.base;
  // A translated proposal brings its published translation's text (proposalsInLanguage), under its own number.
  const draft = mergeProposals(
    base,
    body.proposals.map((proposalId) => {
      const { proposal } = byId.get(proposalId)!;
      return pickOf({ mark: proposal.mark, number: proposal.number!, text: proposal.text }, base);
    }),
  );
  const before = view.stored.get(provisionId)?.picks ?? [];
  const translated = body.proposals.filter((proposalId) => byId.get(proposalId)!.shown.as === 'translation');
  return saveProvision(
    ctx,
    view,
    expected,
    { action: 'consolidation.draft.pick', provisionId, picks: body.proposals, draft, edited: false },
    {
      before: { picks: numbersOf(view, before) },
      after: {
        picks: numbersOf(view, body.proposals),
        ...(translated.length > 0 ? { translations: numbersOf(view, translated) } : {}),
      },
    },
  );
}

/** Settles a bracket of a provision with one of its alternatives or the base. */
export async function chooseDraftAlternative(
  ctx: ServiceContext,
  id: string,
  provisionId: string,
  bracketId: number,
  body: ChooseAlternativeBody,
  headerRevision?: number,
): Promise<DraftView> {
  const expected = expectedRevisionOf(body.expectedRevision, headerRevision);
  const view = await writableView(ctx, id, expected);
  const row = rowOf(view, provisionId);
  const draft = chooseAlternative(row.draft, bracketId, body.choice);
  return saveProvision(
    ctx,
    view,
    expected,
    {
      action: 'consolidation.draft.choose',
      provisionId,
      picks: view.stored.get(provisionId)?.picks ?? [],
      draft,
      edited: true,
    },
    { before: {}, after: { brackets: bracketId, choice: body.choice } },
  );
}

/** The chair's edit of a provision's text: kept words keep their provenance, typed ones are the chair's. */
export async function editDraftText(
  ctx: ServiceContext,
  id: string,
  provisionId: string,
  body: EditProvisionTextBody,
  headerRevision?: number,
): Promise<DraftView> {
  const expected = expectedRevisionOf(body.expectedRevision, headerRevision);
  const view = await writableView(ctx, id, expected);
  const row = rowOf(view, provisionId);
  const draft = editDraft(row.draft, body.text);
  return saveProvision(
    ctx,
    view,
    expected,
    {
      action: 'consolidation.draft.edit',
      provisionId,
      picks: view.stored.get(provisionId)?.picks ?? [],
      draft,
      edited: true,
    },
    { before: {}, after: { text: body.text } },
  );
}

/** Picks a whole-text SUP or SUP* (adoption then abrogates the text), with the instrument a SUP* merges into. */
export async function pickWholeText(
  ctx: ServiceContext,
  id: string,
  body: PickWholeTextBody,
  headerRevision?: number,
): Promise<DraftView> {
  const expected = expectedRevisionOf(body.expectedRevision, headerRevision);
  const view = await writableView(ctx, id, expected);
  const issues = body.proposal === null ? [] : await pickIssues(ctx, view, [body.proposal], null, 'proposal');
  if (body.mergedInto !== null) {
    const proposal = view.proposals.find((row) => row.proposal.id === body.proposal)?.proposal;
    const target = await findInstrumentById(ctx.db, body.mergedInto);
    if (issues.length === 0 && proposal?.mark !== 'SUP*') {
      issues.push({
        path: ['mergedInto'],
        code: 'merge_needs_sup_star',
        message: 'Only a SUP* merges a text into another.',
      });
    } else if (target === undefined) {
      issues.push({ path: ['mergedInto'], code: 'unknown_instrument', message: `No instrument ${body.mergedInto}.` });
    } else if (target.id === view.instrument.id) {
      issues.push({ path: ['mergedInto'], code: 'self_link', message: 'A text is not merged into itself.' });
    }
  }
  refusePicks(issues);
  const now = ctx.clock.now();
  const draft = await ctx.db.transaction(async (tx) => {
    const row = await advance(tx, view.draft, expected, now, {
      wholeTextProposalId: body.proposal,
      mergedIntoInstrumentId: body.mergedInto,
    });
    await recordAudit(tx, ctx, {
      action: 'consolidation.draft.pick',
      entityType: ENTITY,
      entityId: view.draft.id,
      before: {
        revision: expected,
        wholeText: view.draft.wholeTextProposalId,
        mergedInto: view.draft.mergedIntoInstrumentId,
      },
      after: { revision: row.revision, wholeText: body.proposal, mergedInto: body.mergedInto },
    });
    return row;
  });
  return viewOf(ctx, draft);
}

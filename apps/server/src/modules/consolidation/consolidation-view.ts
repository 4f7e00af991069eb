import {
  findInstrumentById,
  findMeetingsByIds,
  findMemberState,
  findUserById,
  findVersionById,
  listDraftProvisions,
  listProvisionsOfVersions,
  listVersionProposalsOfMeeting,
  listVersionTexts,
  type ConsolidationDraftRow,
  type DraftProvisionRow,
  type InstrumentRow,
  type MeetingRow,
  type UserRow,
  type VersionProposalRow,
  type VersionRow,
  type VersionTextRow,
} from '@tansiq/db';
import {
  draftRows,
  type AddedProvision,
  type BaseProvision,
  type DraftRow,
  type ProvisionDraft,
  type TextLanguage,
  readingState,
} from '@tansiq/domain';
import type { Actor } from '../../actor.ts';
import { personOf } from '../../policy.ts';
import type { ServiceContext } from '../../context.ts';
import { requireConsolidationDraft } from '../../lookups.ts';
import { canRead } from '../contributions/document-access.ts';
import { baseIn, placeAddition } from '../synoptic/synoptic-sources.ts';
import { proposalsInLanguage, type ProposalInLanguage } from '../translations/translated-proposals.ts';

/** Marks a chair may pick on a provision: ADD on one the base lacks, the others on one it has. */
const ADDS = new Set(['ADD', 'ADD*']);
const ON_BASE = new Set(['MOD', '(MOD)', 'SUP', 'SUP*', 'NOC']);
/** Marks on the whole text that adoption turns into an abrogation. */
export const ABROGATING = new Set(['SUP', 'SUP*']);

/** A draft with everything its answer and its writes need, read in a fixed number of queries. */
export interface DraftView {
  draft: ConsolidationDraftRow;
  meeting: MeetingRow;
  instrument: InstrumentRow;
  version: VersionRow;
  owner: UserRow | null;
  language: TextLanguage;
  /** The version's title line, subject and opening formula in the draft's language. */
  versionText: VersionTextRow;
  base: BaseProvision[];
  /**
   * The submitted and published proposals on the version at the meeting that the reader may read, in order, as
   * readers of the draft's language see them: one written in another language through its published translation
   * into the draft's (`shown.as` translation), else in its original, awaiting translation.
   */
  proposals: ProposalInLanguage[];
  /** Source (author code) order: each author's first contribution on the text. */
  sources: string[];
  stored: Map<string, DraftProvisionRow>;
  rows: DraftRow[];
  /** The instrument a picked SUP* merges the text into. */
  mergedInto: InstrumentRow | null;
  /** The version adoption made. */
  adopted: VersionRow | null;
  /** The languages the adopted version is stored in (the draft's, then translations imported since). */
  adoptedLanguages: string[];
}

/** The proposals of a meeting's readable contributions on a version (the synoptic compilation's rule). */
export async function readableProposals(ctx: ServiceContext, meetingId: string, versionId: string) {
  const rows = await listVersionProposalsOfMeeting(ctx.db, meetingId, versionId);
  const organizations = await organizationsOf(ctx, ctx.actor);
  return rows.filter(({ document }) =>
    canRead(
      ctx.actor,
      document,
      document.sourceOrganizationCode !== null && organizations.has(document.sourceOrganizationCode),
    ),
  );
}

/** The organizations whose member the actor acts for (to read their members-only common proposals). */
export async function organizationsOf(ctx: ServiceContext, actor: Actor): Promise<Set<string>> {
  const state = readingState(personOf(actor));
  return state !== null ? new Set((await findMemberState(ctx.db, state))?.organizations ?? []) : new Set<string>();
}

/** True when `proposal` may be picked on provision `id` of a base whose ids are `baseIds`. */
export function pickableOn(
  proposal: Pick<VersionProposalRow['proposal'], 'targetKind' | 'provisionId' | 'mark'>,
  id: string,
  baseIds: Set<string>,
): boolean {
  return (
    proposal.targetKind === 'provision' &&
    proposal.provisionId === id &&
    (baseIds.has(id) ? ON_BASE.has(proposal.mark) : ADDS.has(proposal.mark))
  );
}

/** Every provision the proposals add (a MOD-less ADD of an id the base lacks), placed as the synoptic does. */
export function additionsOf(
  base: readonly BaseProvision[],
  proposals: readonly VersionProposalRow[],
): AddedProvision[] {
  const baseIds = new Set(base.map((provision) => provision.id));
  const ids = new Set<string>();
  for (const { proposal } of proposals) {
    if (
      proposal.provisionId !== null &&
      pickableOn(proposal, proposal.provisionId, baseIds) &&
      ADDS.has(proposal.mark)
    ) {
      ids.add(proposal.provisionId);
    }
  }
  return [...ids].map((id) => {
    const placed = placeAddition(base, id);
    return { id, ...placed, after: placed.after ?? null };
  });
}

/** Loads a draft (404 at `params.id` when unknown) with its version, base, proposals and working texts. */
export async function loadDraftView(ctx: ServiceContext, id: string): Promise<DraftView> {
  const draft = await requireConsolidationDraft(ctx.db, id);
  return viewOf(ctx, draft);
}

/** The view of a stored draft. */
export async function viewOf(ctx: ServiceContext, draft: ConsolidationDraftRow): Promise<DraftView> {
  const [[meeting], version, owner, provisionRows, versionTexts, proposals, storedRows] = await Promise.all([
    findMeetingsByIds(ctx.db, [draft.meetingId]),
    findVersionById(ctx.db, draft.versionId),
    draft.ownerId === null ? Promise.resolve(undefined) : findUserById(ctx.db, draft.ownerId),
    listProvisionsOfVersions(ctx.db, [draft.versionId]),
    listVersionTexts(ctx.db, draft.versionId, [draft.language]),
    readableProposals(ctx, draft.meetingId, draft.versionId).then((rows) =>
      proposalsInLanguage(ctx.db, rows, draft.language),
    ),
    listDraftProvisions(ctx.db, draft.id),
  ]);
  const [instrument, mergedInto, adopted, adoptedTexts] = await Promise.all([
    findInstrumentById(ctx.db, version!.instrumentId),
    draft.mergedIntoInstrumentId === null ? undefined : findInstrumentById(ctx.db, draft.mergedIntoInstrumentId),
    draft.adoptedVersionId === null ? undefined : findVersionById(ctx.db, draft.adoptedVersionId),
    draft.adoptedVersionId === null ? [] : listVersionTexts(ctx.db, draft.adoptedVersionId),
  ]);
  const language = draft.language as TextLanguage;
  const base = baseIn(provisionRows, language);
  const stored = new Map(storedRows.map((row) => [row.provisionId, row]));
  const drafts = new Map<string, ProvisionDraft>(storedRows.map((row) => [row.provisionId, row.draft]));
  const sources: string[] = [];
  for (const { document } of proposals) {
    if (!sources.includes(document.authorCode)) {
      sources.push(document.authorCode);
    }
  }
  return {
    draft,
    meeting: meeting!,
    instrument: instrument!,
    version: version!,
    owner: owner ?? null,
    language,
    versionText: versionTexts[0]!,
    base,
    proposals,
    sources,
    stored,
    rows: draftRows(base, additionsOf(base, proposals), drafts),
    mergedInto: mergedInto ?? null,
    adopted: adopted ?? null,
    adoptedLanguages: adoptedTexts.map((text) => text.language),
  };
}

/** The proposals a chair may pick on one provision of the view, in source order then document order. */
export function availableOn(view: DraftView, id: string): ProposalInLanguage[] {
  const baseIds = new Set(view.base.map((provision) => provision.id));
  return sortBySource(
    view,
    view.proposals.filter(({ proposal }) => pickableOn(proposal, id, baseIds)),
  );
}

/** The whole-text SUP and SUP* proposals of the view. */
export function wholeTextAvailable(view: DraftView): ProposalInLanguage[] {
  return sortBySource(
    view,
    view.proposals.filter(({ proposal }) => proposal.targetKind === 'text' && ABROGATING.has(proposal.mark)),
  );
}

function sortBySource(view: DraftView, rows: ProposalInLanguage[]): ProposalInLanguage[] {
  // A stable sort: within one source, the compilation's document order stays.
  return [...rows].sort(
    (a, b) => view.sources.indexOf(a.document.authorCode) - view.sources.indexOf(b.document.authorCode),
  );
}

import { randomUUID } from 'node:crypto';
import type { AdoptDraftBody } from '@tansiq/api';
import {
  findProposalsWithDocuments,
  findVersion,
  insertInstrumentLink,
  insertProvisionTexts,
  insertProvisions,
  insertVersion,
  insertVersionText,
  recordAdoptedVersion,
  retireVersion,
  type Executor,
} from '@tansiq/db';
import {
  DomainError,
  adoptVersionDraft,
  adoptionChanges,
  calendarDateOf,
  revisionLabel,
  type AdoptedText,
  type AdoptionChanges,
  type Issue,
  requireIdentified,
} from '@tansiq/domain';
import { recordAudit } from '../../audit.ts';
import { personOf } from '../../policy.ts';
import type { ServiceContext } from '../../context.ts';
import { conflict } from '../../errors.ts';
import { requireVoteSummary } from '../../lookups.ts';
import { loadDraftView, type DraftView } from './consolidation-view.ts';
import { requireDraftWriter } from './consolidation.service.ts';
import { advance, expectedRevisionOf, requireOpenAt } from './draft-revision.service.ts';

/** Where and when the meeting sits: its city in the draft's language (English if it has none) and its year. */
export function placeOf(view: DraftView) {
  const city = view.meeting.city;
  const year = Number(view.meeting.startsOn.slice(0, 4));
  return {
    label: revisionLabel(city.en, year),
    place: { city: city[view.language] ?? city.en, year },
  };
}

/** The text adoption would give (refused with `brackets_left` while any bracket is open). */
export function adoptedTextOf(view: DraftView): AdoptedText {
  return adoptVersionDraft(
    {
      language: view.language,
      kind: view.instrument.kind as AdoptedText['text']['kind'],
      number: view.instrument.number,
      revision: view.versionText.revision,
      title: view.versionText.title,
      body: view.versionText.body,
    },
    view.rows,
    placeOf(view).place,
  );
}

/** What adopting a draft would store now: the draft, and for a revision the provisions it changes. */
export interface AdoptionPreviewView {
  view: DraftView;
  /** Null for an abrogation (a whole-text SUP or SUP* picked): no text is adopted. */
  changes: AdoptionChanges | null;
}

/**
 * What adopting the draft would store now (anyone signed in), computed as adoption computes it: refused like
 * adoption when the draft is adopted (`already_adopted`), holds brackets (`brackets_left`, each listed) or
 * suppresses a provision that keeps sub-items (`invalid_adoption`). Nothing is written. Proposals withdrawn
 * since they were picked are not checked here: adoption itself refuses them.
 */
export async function previewAdoption(ctx: ServiceContext, id: string): Promise<AdoptionPreviewView> {
  requireIdentified(personOf(ctx.actor));
  const view = await loadDraftView(ctx, id);
  requireOpenAt(view.draft, view.draft.revision);
  if (view.draft.wholeTextProposalId !== null) {
    return { view, changes: null };
  }
  return { view, changes: adoptionChanges(view.rows, adoptedTextOf(view)) };
}

/**
 * Refuses adoption when a proposal merged into the draft has since been withdrawn with its contribution: the
 * chair picks again without it (`withdrawn_proposal` at `provisions.<id>`, or `wholeText` for the whole text).
 */
async function refuseWithdrawnPicks(ctx: ServiceContext, view: DraftView): Promise<void> {
  const picked = [...view.stored.values()].flatMap((row) => row.picks.map((proposal) => ({ row, proposal })));
  const wholeText = view.draft.wholeTextProposalId;
  const ids = [...new Set([...picked.map(({ proposal }) => proposal), ...(wholeText === null ? [] : [wholeText])])];
  const withdrawn = new Map(
    (await findProposalsWithDocuments(ctx.db, ids))
      .filter(({ document }) => document.status === 'withdrawn')
      .map(({ proposal }) => [proposal.id, proposal.number ?? proposal.id]),
  );
  const message = (id: string) => `${withdrawn.get(id)} was withdrawn after it was picked: pick again without it.`;
  const issues: Issue[] = [
    ...picked
      .filter(({ proposal }) => withdrawn.has(proposal))
      .map(({ row, proposal }) => ({
        path: ['provisions', row.provisionId],
        code: 'withdrawn_proposal',
        message: message(proposal),
      })),
    ...(wholeText !== null && withdrawn.has(wholeText)
      ? [{ path: ['wholeText'], code: 'withdrawn_proposal', message: message(wholeText) }]
      : []),
  ];
  if (issues.length > 0) {
    throw new DomainError('invalid_pick', 'A picked proposal has been withdrawn since.', issues);
  }
}

/**
 * Refuses a vote that did not adopt this draft (`vote_refused` at `vote`): it must be a vote of the draft's meeting
 * on this draft, closed, with the result `adopted`.
 */
async function requireAdoptingVote(db: Executor, view: DraftView, voteId: string): Promise<void> {
  const vote = await requireVoteSummary(db, voteId);
  const refuse = (code: string, message: string) =>
    new DomainError('vote_refused', message, [{ path: ['vote'], code, message }]);
  if (vote.meetingId !== view.meeting.id) {
    throw refuse('vote_of_another_meeting', 'The vote is not of this meeting.');
  }
  if (vote.consolidationDraftId !== view.draft.id) {
    throw refuse('vote_of_another_draft', 'The vote was not on adopting this draft.');
  }
  if (vote.status !== 'closed' || vote.result === null) {
    throw refuse('vote_not_closed', 'The vote is not closed yet.');
  }
  if (vote.result.result !== 'adopted') {
    throw refuse('vote_not_adopted', `The vote did not adopt the draft (${vote.result.result}).`);
  }
}

/**
 * Adopts a draft by consensus (the owner chair or the secretariat), in one transaction with one audit row:
 * with a whole-text SUP or SUP* picked, the version is abrogated (and a SUP* records the text `merged-into` its
 * target); otherwise the draft becomes the instrument's new version in force ("Rev. <city>, <year>" of the
 * meeting, in the draft's language) and the old one is superseded. Refused: `already_adopted`, `stale_draft`,
 * `brackets_left` (each bracket listed), a picked proposal withdrawn since (`invalid_pick`), a version no longer in force or a label taken (`conflict`).
 * With `body.vote`, the draft is adopted by that vote (`adoptedBy: 'vote'`), refused unless the vote adopted it
 * (`vote_refused`, see requireAdoptingVote).
 */
export async function adoptDraft(
  ctx: ServiceContext,
  id: string,
  body: AdoptDraftBody,
  headerRevision?: number,
): Promise<DraftView> {
  const expected = expectedRevisionOf(body.expectedRevision, headerRevision);
  const view = await loadDraftView(ctx, id);
  requireDraftWriter(ctx, view.draft);
  requireOpenAt(view.draft, expected);
  await refuseWithdrawnPicks(ctx, view);
  const abrogation = view.draft.wholeTextProposalId !== null;
  // The text is made before the transaction opens (PGlite has one connection), from the draft at `expected`;
  // the transaction first moves the draft past `expected`, so a concurrent write cannot slip in between.
  const adopted = abrogation ? null : adoptedTextOf(view);
  const { label } = placeOf(view);
  const now = ctx.clock.now();
  const adoptedOn = calendarDateOf(now, view.meeting.timeZone);
  const versionId = adopted === null ? null : randomUUID();
  const adoptedBy = body.vote === undefined ? 'consensus' : 'vote';
  await ctx.db.transaction(async (tx) => {
    if (body.vote !== undefined) {
      await requireAdoptingVote(tx, view, body.vote);
    }
    const row = await advance(tx, view.draft, expected, now, {
      status: 'adopted',
      outcome: abrogation ? 'abrogated' : 'revised',
      adoptedOn,
      adoptedBy,
      renumbered: adopted?.renumbered ?? null,
    });
    if (!(await retireVersion(tx, view.version.id, abrogation ? 'abrogated' : 'superseded', now))) {
      throw conflict(`${view.version.label} is no longer in force.`, ['version']);
    }
    if (adopted !== null) {
      if ((await findVersion(tx, view.instrument.id, label)) !== undefined) {
        throw conflict(`The instrument has a version ${label} already.`, ['label']);
      }
      await insertVersion(tx, {
        id: versionId!,
        instrumentId: view.instrument.id,
        label,
        adoptedAtMeetingId: view.meeting.id,
        adoptedOn,
        status: 'in-force',
        createdAt: now,
        updatedAt: now,
      });
      // The draft names its version once the version exists (the reference is checked at once).
      await recordAdoptedVersion(tx, view.draft.id, versionId!);
      const { text } = adopted;
      await insertVersionText(tx, {
        versionId: versionId!,
        language: text.language,
        revision: text.revision,
        title: text.title,
        body: text.body,
      });
      await insertProvisions(
        tx,
        text.provisions.map(({ id: provisionId, section, headingKey, key, parent }, position) => ({
          versionId: versionId!,
          provisionId,
          position,
          section,
          headingKey,
          key,
          parent,
        })),
      );
      await insertProvisionTexts(
        tx,
        text.provisions.map((provision) => ({
          versionId: versionId!,
          provisionId: provision.id,
          language: text.language,
          heading: provision.heading,
          num: provision.num,
          text: provision.text,
        })),
      );
    } else if (view.draft.mergedIntoInstrumentId !== null) {
      await insertInstrumentLink(tx, {
        fromInstrumentId: view.instrument.id,
        toInstrumentId: view.draft.mergedIntoInstrumentId,
        relation: 'merged-into',
        meetingId: view.meeting.id,
      });
    }
    await recordAudit(tx, ctx, {
      action: 'consolidation.draft.adopt',
      entityType: 'consolidation-draft',
      entityId: view.draft.id,
      before: { revision: expected, status: 'open', versionStatus: 'in-force' },
      after: {
        revision: row.revision,
        status: 'adopted',
        outcome: row.outcome,
        adoptedBy,
        vote: body.vote ?? null,
        adoptedOn,
        version: view.version.id,
        versionStatus: abrogation ? 'abrogated' : 'superseded',
        newVersion: versionId === null ? null : { id: versionId, label },
        mergedInto: abrogation ? view.draft.mergedIntoInstrumentId : null,
        suppressed: adopted?.suppressed ?? [],
      },
    });
  });
  return loadDraftView(ctx, id);
}

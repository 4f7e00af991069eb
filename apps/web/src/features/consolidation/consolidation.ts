import { ApiError } from '@tansiq/api';
import type {
  ErrorTableMessage,
  ConsolidationDraft,
  ConsolidationDraftSummary,
  DraftPart,
  DraftProvision,
  DraftSpan,
  PickableProposal,
  Provenance,
  Vote,
} from '@tansiq/api';
import { TEXT_LANGUAGES, isTextLanguage, type TextLanguage } from '@tansiq/domain';
import { tableMessageUnder } from '../../lib/api-errors.ts';
import type { UnsavedItem } from './unsaved-work.ts';

/** The path of a meeting's consolidation drafts. */
export const draftsPath = (meetingCode: string) => `/meetings/${encodeURIComponent(meetingCode)}/consolidation`;

/** The path of a draft's workspace, on one provision when given. */
export const draftPath = (id: string, provisionId?: string) =>
  `/consolidation/${encodeURIComponent(id)}${provisionId === undefined ? '' : `?provision=${encodeURIComponent(provisionId)}`}`;

/** A span of a draft as the workspace shows it: kept text, or a change with who made it. */
export interface ChangeSegment {
  kind: 'base' | 'insert' | 'delete';
  text: string;
  /** Who made the change (null for kept text). */
  from: Provenance | null;
  /** The change's number in the provision's legend (1, 2, …; 0 for kept text). */
  index: number;
}

/** A bracketed range: each alternative with its segments, and the base it replaces. */
export interface BracketSegment {
  kind: 'brackets';
  id: number;
  base: string;
  alternatives: { index: number; numbers: string[]; text: string; segments: ChangeSegment[] }[];
}

export type DraftSegment = ChangeSegment | BracketSegment;

/**
 * The parts of a provision's draft as display segments: every change (inserted or deleted, also inside each
 * bracket's alternatives) numbered in reading order for the legend that names its source. Empty spans are dropped.
 */
export function draftSegments(parts: readonly DraftPart[]): DraftSegment[] {
  let counter = 0;
  const segment = (span: DraftSpan): ChangeSegment | null => {
    if (span.text === '') {
      return null;
    }
    if (span.kind === 'base') {
      return { kind: 'base', text: span.text, from: null, index: 0 };
    }
    counter += 1;
    return { kind: span.kind, text: span.text, from: span.from, index: counter };
  };
  const segments: DraftSegment[] = [];
  for (const part of parts) {
    if (part.kind === 'brackets') {
      segments.push({
        kind: 'brackets',
        id: part.id,
        base: part.base,
        alternatives: part.alternatives.map((alternative, index) => ({
          index,
          numbers: alternative.numbers,
          text: alternative.text,
          segments: alternative.spans.flatMap((span) => segment(span) ?? []),
        })),
      });
    } else {
      const shown = segment(part);
      if (shown !== null) {
        segments.push(shown);
      }
    }
  }
  return segments;
}

/** Every change of the segments (bracket alternatives included), in legend order. */
export function changesOf(segments: readonly DraftSegment[]): ChangeSegment[] {
  return segments.flatMap((segment) =>
    segment.kind === 'brackets'
      ? segment.alternatives.flatMap((alternative) => alternative.segments)
      : segment.kind === 'base'
        ? []
        : [segment],
  );
}

/** The source (author code) of each proposal number the provision offers: `AFCP/16/1` → `AFCP`. */
export function sourcesByNumber(proposals: readonly PickableProposal[]): Map<string, string> {
  return new Map(proposals.map((proposal) => [proposal.number, proposal.source]));
}

/**
 * Who made a change, as the workspace names it: the chair, or each proposal as "SOURCE NUMBER" (the source from
 * the proposals offered; the number alone when it is not among them).
 */
export function provenanceParts(
  from: Provenance,
  sources: ReadonlyMap<string, string>,
): { kind: 'chair' } | { kind: 'proposals'; proposals: { number: string; source: string | null }[] } {
  if (from.kind === 'chair') {
    return { kind: 'chair' };
  }
  return {
    kind: 'proposals',
    proposals: from.numbers.map((number) => ({ number, source: sources.get(number) ?? null })),
  };
}

/** What the workspace marks on a provision in its list. */
export type ProvisionMarker = 'added' | 'picked' | 'brackets' | 'edited' | 'suppressed';

/** The markers of a provision: added by proposals, proposals picked, brackets open, edited, suppressed. */
export function provisionMarkers(provision: DraftProvision): ProvisionMarker[] {
  const markers: ProvisionMarker[] = [];
  if (provision.added) {
    markers.push('added');
  }
  if (provision.picks.length > 0) {
    markers.push('picked');
  }
  if (provision.openBrackets.length > 0) {
    markers.push('brackets');
  }
  if (provision.edited) {
    markers.push('edited');
  }
  if (provision.suppressed && (provision.base !== null || provision.picks.length > 0)) {
    markers.push('suppressed');
  }
  return markers;
}

/** The picks after ticking (`checked`) or unticking a proposal: ticked ones go last, in the order ticked. */
export function togglePick(picks: readonly string[], proposalId: string, checked: boolean): string[] {
  const without = picks.filter((id) => id !== proposalId);
  return checked ? [...without, proposalId] : without;
}

/** True when two pick lists hold the same proposals in the same order. */
export function samePicks(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((id, index) => id === b[index]);
}

/** An open bracket that blocks adoption, with the provision to go to. */
export interface OpenBracket {
  provisionId: string;
  heading: string;
  num: string;
  bracketId: number;
  text: string;
}

/**
 * Whether the draft may be adopted now, and what blocks it: work on the screen not yet in the draft (`unsaved`:
 * ticks not merged, text or a whole-text choice not saved), and every open bracket (an abrogation, a whole-text
 * SUP or SUP* picked, is not blocked by brackets since no text is adopted).
 */
export function adoptionState(
  draft: Pick<ConsolidationDraft, 'status' | 'provisions' | 'wholeText'>,
  unsaved: readonly UnsavedItem[] = [],
): {
  ready: boolean;
  abrogates: boolean;
  open: OpenBracket[];
} {
  const abrogates = draft.wholeText.proposal !== null;
  const open = draft.provisions.flatMap((provision) =>
    provision.openBrackets.map((bracket) => ({
      provisionId: provision.id,
      heading: provision.heading,
      num: provision.num,
      bracketId: bracket.id,
      text: bracket.text,
    })),
  );
  return {
    ready: draft.status === 'open' && unsaved.length === 0 && (abrogates || open.length === 0),
    abrogates,
    open,
  };
}

/** The meeting's open draft of a version, else its latest adopted one, else none. */
export function draftForVersion<T extends Pick<ConsolidationDraftSummary, 'version' | 'status' | 'updatedAt'>>(
  drafts: readonly T[],
  versionId: string,
): T | undefined {
  const ofVersion = drafts.filter((draft) => draft.version.id === versionId);
  return (
    ofVersion.find((draft) => draft.status === 'open') ??
    [...ofVersion].sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))[0]
  );
}

/** The catalog key of a consolidation error the workspace explains itself (`consolidation.errors.`). */
export type DraftErrorMessage =
  Extract<ErrorTableMessage, `consolidation.errors.${string}`> | 'consolidation.errors.brackets_edited';

/**
 * The workspace's own reading of a write's failure: an edit that touched brackets (the issue on `text`), a code
 * the table of codes explains under `consolidation.errors.`, or null for the shared messages.
 */
export function draftErrorMessage(error: unknown): DraftErrorMessage | null {
  if (!(error instanceof ApiError)) {
    return null;
  }
  if (error.issues.some((issue) => issue.code === 'brackets_edited')) {
    return 'consolidation.errors.brackets_edited';
  }
  return tableMessageUnder(error.code, 'consolidation.errors.') ?? null;
}

/** True when the server refused a write because the draft moved on (or was adopted) meanwhile: reload it. */
export function needsReload(error: unknown): boolean {
  return error instanceof ApiError && (error.code === 'stale_draft' || error.code === 'already_adopted');
}

/** The closed votes of the meeting that adopted `draft`: those its adoption may name as adopting it. */
export function adoptingVotes(draft: Pick<ConsolidationDraft, 'id'>, votes: readonly Vote[]): Vote[] {
  return votes.filter(
    (vote) => vote.consolidationDraftId === draft.id && vote.status === 'closed' && vote.result?.result === 'adopted',
  );
}

/** The languages an adopted version still lacks, in the languages' order: each is imported as a translation. */
export function missingLanguages(stored: readonly string[]): TextLanguage[] {
  return TEXT_LANGUAGES.filter((language) => !stored.includes(language));
}

/** The language a new draft is opened in by default: the interface's when the version has it, else `fallback`. */
export function defaultDraftLanguage(
  languages: readonly string[],
  uiLanguage: string,
  fallback: TextLanguage,
): TextLanguage {
  return isTextLanguage(uiLanguage) && languages.includes(uiLanguage) ? uiLanguage : fallback;
}

/**
 * Whether a proposal's text is a translation into the draft's language, or awaits one: a translated proposal is
 * merged through its translation, one awaiting translation (a text in another language) cannot be merged.
 */
export function translationState(proposal: PickableProposal): 'translation' | 'awaiting' | null {
  if (proposal.shownAs === 'translation') {
    return 'translation';
  }
  return proposal.shownAs === 'awaiting-translation' && proposal.text !== null ? 'awaiting' : null;
}

import type {
  AdoptedTranslation,
  AdoptionPreview,
  ConsolidationDraft,
  ConsolidationDraftSummary,
  DraftPart,
  PickableProposal,
} from '@tansiq/api';
import type { ConsolidationDraftRow, InstrumentRow, UserRow, VersionRow } from '@tansiq/db';
import {
  TEXT_LANGUAGES,
  alternativeText,
  bracketText,
  draftText,
  openBrackets,
  type DraftPart as DomainDraftPart,
  type DraftRow,
} from '@tansiq/domain';
import { presentInstrumentRef } from '../synoptic/synoptic.presenter.ts';
import type { AdoptedTranslationView } from './adopted-translation.service.ts';
import { placeOf, type AdoptionPreviewView } from './adoption.service.ts';
import type { ProposalInLanguage } from '../translations/translated-proposals.ts';
import { availableOn, wholeTextAvailable, type DraftView } from './consolidation-view.ts';

/** A proposal as the draft's language shows it: its translation's text when translated, with its original. */
export function presentPickable({ proposal, document, shown }: ProposalInLanguage): PickableProposal {
  return {
    id: proposal.id,
    number: proposal.number ?? '',
    source: document.authorCode,
    mark: proposal.mark as PickableProposal['mark'],
    text: proposal.text,
    language: shown.language,
    shownAs: shown.as,
    original: shown.original,
    document: { id: document.id, number: document.number ?? 0, addendum: document.addendum },
  };
}

function presentPart(part: DomainDraftPart): DraftPart {
  if (part.kind !== 'brackets') {
    return part;
  }
  return {
    ...part,
    alternatives: part.alternatives.map((alternative) => ({ ...alternative, text: alternativeText(alternative) })),
    text: bracketText(part),
  };
}

function presentProvision(view: DraftView, row: DraftRow) {
  const stored = view.stored.get(row.id);
  const text = draftText(row.draft);
  const open = openBrackets(row.draft);
  return {
    id: row.id,
    added: row.added,
    section: row.section,
    heading: row.heading,
    headingKey: row.headingKey,
    num: row.num,
    parent: row.parent,
    base: row.added ? null : row.draft.base,
    picks: stored?.picks ?? [],
    parts: row.draft.parts.map(presentPart),
    text,
    openBrackets: open.map((brackets) => ({ id: brackets.id, text: bracketText(brackets) })),
    edited: stored?.edited ?? false,
    suppressed: open.length === 0 && text === '' && (row.added || row.draft.base !== ''),
    available: availableOn(view, row.id).map(presentPickable),
  };
}

const presentOwner = (owner: UserRow | null) => (owner === null ? null : { id: owner.id, name: owner.name });

const presentVersion = (version: VersionRow) => ({
  id: version.id,
  label: version.label,
  status: version.status as ConsolidationDraft['version']['status'],
});

function presentAdoption(draft: ConsolidationDraftRow, adopted: { id: string; label: string } | null) {
  if (draft.status !== 'adopted') {
    return null;
  }
  return {
    outcome: draft.outcome as 'revised' | 'abrogated',
    version: adopted,
    adoptedOn: draft.adoptedOn!,
    adoptedBy: draft.adoptedBy as 'consensus' | 'vote',
    renumbered: draft.renumbered ?? {},
  };
}

/** The adoption with the languages its version is stored in, in the languages' order. */
function adoptionWithLanguages(
  adoption: ReturnType<typeof presentAdoption>,
  stored: readonly string[],
): ConsolidationDraft['adoption'] {
  if (adoption === null) {
    return null;
  }
  return { ...adoption, languages: TEXT_LANGUAGES.filter((language) => stored.includes(language)) };
}

/** A draft as the API answers it. */
export function presentDraft(view: DraftView): ConsolidationDraft {
  const { draft, meeting } = view;
  const provisions = view.rows.map((row) => presentProvision(view, row));
  const whole = view.proposals.find((row) => row.proposal.id === draft.wholeTextProposalId);
  return {
    id: draft.id,
    meeting: { id: meeting.id, code: meeting.code },
    instrument: presentInstrumentRef(view.instrument),
    version: presentVersion(view.version),
    language: view.language,
    owner: presentOwner(view.owner),
    status: draft.status as 'open' | 'adopted',
    revision: draft.revision,
    newLabel: placeOf(view).label,
    wholeText: {
      proposal: whole === undefined ? null : presentPickable(whole),
      mergedInto: view.mergedInto === null ? null : presentInstrumentRef(view.mergedInto),
      available: wholeTextAvailable(view).map(presentPickable),
    },
    provisions,
    openBrackets: provisions.reduce((sum, provision) => sum + provision.openBrackets.length, 0),
    adoption: adoptionWithLanguages(
      presentAdoption(draft, view.adopted === null ? null : { id: view.adopted.id, label: view.adopted.label }),
      view.adoptedLanguages,
    ),
    createdAt: draft.createdAt.toISOString(),
    updatedAt: draft.updatedAt.toISOString(),
  };
}

/** A draft in a meeting's list. */
export function presentDraftSummary(entry: {
  draft: ConsolidationDraftRow;
  meeting: { id: string; code: string };
  version: VersionRow;
  instrument: InstrumentRow;
  owner: UserRow | null;
  adopted: VersionRow | null;
}): ConsolidationDraftSummary {
  const { draft } = entry;
  return {
    id: draft.id,
    meeting: { id: entry.meeting.id, code: entry.meeting.code },
    instrument: presentInstrumentRef(entry.instrument),
    version: presentVersion(entry.version),
    language: draft.language as ConsolidationDraftSummary['language'],
    owner: presentOwner(entry.owner),
    status: draft.status as 'open' | 'adopted',
    revision: draft.revision,
    adoption: presentAdoption(
      draft,
      entry.adopted === null ? null : { id: entry.adopted.id, label: entry.adopted.label },
    ),
    updatedAt: draft.updatedAt.toISOString(),
  };
}

/** What adopting a draft would store, as the API answers it: each proposal named with its source. */
export function presentAdoptionPreview({ view, changes }: AdoptionPreviewView): AdoptionPreview {
  const sources = new Map(view.proposals.map(({ proposal, document }) => [proposal.number, document.authorCode]));
  const whole = view.proposals.find((row) => row.proposal.id === view.draft.wholeTextProposalId);
  const list = changes?.changes ?? [];
  const count = (kind: AdoptionPreview['changes'][number]['kind']) =>
    list.filter((change) => change.kind === kind).length;
  return {
    draft: view.draft.id,
    revision: view.draft.revision,
    outcome: changes === null ? 'abrogated' : 'revised',
    label: changes === null ? null : placeOf(view).label,
    wholeText: whole === undefined ? null : presentPickable(whole),
    mergedInto: view.mergedInto === null ? null : presentInstrumentRef(view.mergedInto),
    unchanged: changes?.unchanged ?? false,
    counts: {
      modified: count('modified'),
      added: count('added'),
      suppressed: count('suppressed'),
      renumbered: count('renumbered'),
      kept: changes?.kept ?? 0,
    },
    changes: list.map(({ proposals, chair, ...change }) => ({
      ...change,
      by: { proposals: proposals.map((number) => ({ number, source: sources.get(number) ?? null })), chair },
    })),
  };
}

/** An adopted text drafted in another language, as the API answers it. */
export function presentAdoptedTranslation({
  view,
  language,
  layout,
  untranslated,
}: AdoptedTranslationView): AdoptedTranslation {
  return {
    draft: view.draft.id,
    version: { id: view.adopted!.id, label: view.adopted!.label },
    language,
    text: layout,
    untranslated,
  };
}

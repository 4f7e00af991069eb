/**
 * The consolidation draft of a whole instrument version: every base provision and every provision the proposals
 * add, each with its working text (a ProvisionDraft from merge.ts), in document order.
 */
import type { Provision, ProvisionSection } from '../texts/structured-text.ts';
import { mergeProposals, type PickedProposal, type ProvisionDraft } from './merge.ts';

export const CONSOLIDATION_STATUSES = ['open', 'adopted'] as const;
/** A consolidation draft is open to edits until it is adopted. */
export type ConsolidationStatus = (typeof CONSOLIDATION_STATUSES)[number];

export const ADOPTION_OUTCOMES = ['revised', 'abrogated'] as const;
/** What adopting a draft does to its instrument: a new (revised) version, or the instrument's abrogation. */
export type AdoptionOutcome = (typeof ADOPTION_OUTCOMES)[number];

/** One provision of a version draft: its place in the text and its working text. */
export interface DraftRow {
  id: string;
  section: ProvisionSection;
  heading: string;
  headingKey: string;
  /** As the base prints it; for an added provision, the number guessed from its siblings (may be empty). */
  num: string;
  key: string;
  parent: string | null;
  /** True for a provision that only proposals add. */
  added: boolean;
  draft: ProvisionDraft;
}

/**
 * A provision some proposal adds: its id (the contribution's, `considering.d`) and where it goes, as the
 * synoptic compilation places it (`after` a base provision, null at the start); heading and number when known.
 */
export interface AddedProvision {
  id: string;
  after: string | null;
  section?: ProvisionSection;
  heading?: string;
  headingKey?: string;
  num?: string;
}

/** A stored proposal as the merge takes it: SUP and SUP* suppress, NOC keeps the base, the others bring text. */
export function pickOf(proposal: { mark: string; number: string; text: string | null }, base: string | null) {
  const suppresses = proposal.mark === 'SUP' || proposal.mark === 'SUP*';
  const keeps = proposal.mark === 'NOC';
  const picked: PickedProposal = {
    number: proposal.number,
    text: suppresses ? null : keeps ? (base ?? '') : (proposal.text ?? ''),
  };
  return picked;
}

const prefixOf = (id: string) => (id.includes('.') ? id.slice(0, id.lastIndexOf('.')) : '');
const lastKeyOf = (id: string) => id.slice(id.lastIndexOf('.') + 1);

/** Compares two keys as printed numbers do: 2 before 10, a before abis before b. */
function compareKeys(a: string, b: string): number {
  const na = /^\d+/.exec(a);
  const nb = /^\d+/.exec(b);
  if (na && nb && na[0] !== nb[0]) {
    return Number(na[0]) - Number(nb[0]);
  }
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The row of an added provision: its heading and section from its placement, else from its id. */
function addedRow(addition: AddedProvision, base: readonly Provision[], draft: ProvisionDraft): DraftRow {
  const prefix = prefixOf(addition.id);
  const parent = base.some((provision) => provision.id === prefix) ? prefix : null;
  const headingKey = addition.headingKey ?? addition.id.split('.')[0]!;
  return {
    id: addition.id,
    section: addition.section ?? 'operative',
    heading: addition.heading ?? headingKey,
    headingKey,
    num: addition.num ?? '',
    key: lastKeyOf(addition.id),
    parent,
    added: true,
    draft,
  };
}

/**
 * The rows of a version draft in document order: the base provisions, each added provision after the one the
 * compilation places it after (several after one provision by their keys). A provision without a stored draft
 * has the base unchanged (an added one: no text, so adoption leaves it out).
 */
export function draftRows(
  base: readonly Provision[],
  additions: readonly AddedProvision[],
  drafts: ReadonlyMap<string, ProvisionDraft>,
): DraftRow[] {
  const baseIds = new Set(base.map((provision) => provision.id));
  const unique = new Map<string, AddedProvision>();
  for (const addition of additions) {
    if (!baseIds.has(addition.id) && !unique.has(addition.id)) {
      unique.set(addition.id, addition);
    }
  }
  const after = new Map<string | null, AddedProvision[]>();
  for (const addition of unique.values()) {
    const anchor = addition.after !== null && baseIds.has(addition.after) ? addition.after : null;
    after.set(anchor, [...(after.get(anchor) ?? []), addition]);
  }
  const rows: DraftRow[] = [];
  const pushAdded = (anchor: string | null) => {
    const list = [...(after.get(anchor) ?? [])].sort(
      (a, b) => compareKeys(prefixOf(a.id), prefixOf(b.id)) || compareKeys(lastKeyOf(a.id), lastKeyOf(b.id)),
    );
    for (const addition of list) {
      rows.push(addedRow(addition, base, drafts.get(addition.id) ?? mergeProposals(null, [])));
    }
  };
  pushAdded(null);
  for (const provision of base) {
    rows.push({
      id: provision.id,
      section: provision.section,
      heading: provision.heading,
      headingKey: provision.headingKey,
      num: provision.num,
      key: provision.key,
      parent: provision.parent,
      added: false,
      draft: drafts.get(provision.id) ?? mergeProposals(provision.text, []),
    });
    pushAdded(provision.id);
  }
  return rows;
}

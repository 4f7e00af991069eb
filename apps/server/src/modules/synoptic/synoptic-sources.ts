import type { DocumentRow, VersionProposalRow, VersionProvisionRow } from '@tansiq/db';
import {
  DomainError,
  alignProvisions,
  isTextLanguage,
  parseInstrumentText,
  type BaseProvision,
  type ProvisionChange,
  type SynopticMark,
  type SynopticSource,
} from '@tansiq/domain';
import type { ProposalInLanguage } from '../translations/translated-proposals.ts';

/**
 * How the stored proposals on one version become the sources of its compilation.
 *
 * - One source per author code (EGY, ARB, AFCP): a Member State with two contributions on the text is one
 *   source. Sources come in the order of each author's first contribution on the text (document number, then
 *   addendum), which is the order the secretariat numbered them in.
 * - Within a source, a later proposal on the same provision replaces an earlier one (a later document or an
 *   addendum is read as the author's latest word); the same holds for proposals on the whole text.
 * - A whole-text SUP, SUP* or NOC becomes the source's `wholeText`. A whole-text MOD or (MOD) brings the revised
 *   text in ITU layout: it is parsed in its document's language and aligned with the base in that language by
 *   content and position (`alignProvisions`), so it counts as that source's MOD, ADD, SUP or NOC of each
 *   provision, every one with the proposal's number; a provision proposal of the same author that comes later
 *   replaces the aligned change, as any later proposal does. A text that does not parse, or a version not
 *   stored in that language, leaves the proposal out (the compilation cannot place its words).
 * - A proposal read in a language (`proposalsInLanguage`) brings its text in the language it is shown in: its
 *   published translation, parsed and placed in that language, or its original while it awaits translation.
 * - A MOD, SUP or NOC of a provision the base lacks, and an ADD of one it has, are left out (the contributions
 *   module refuses both, so only a text re-imported with other provisions could bring them).
 * - An ADD of a provision the base lacks keeps its id and is placed after the base provision it would follow:
 *   the last sibling of its group with a smaller key (with that sibling's sub-items), else before the group's
 *   first sibling, else after its parent (a new sub-item) or at the end (a new heading).
 */

/** One author's proposals on a version, before they become a SynopticSource. */
export interface AuthorProposals {
  source: SynopticSource;
  /** The author's documents with proposals on the version, in order. */
  documents: DocumentRow[];
  /** The language each proposal's text is in (its translation's, else its document's original), by number. */
  languages: Map<string, string>;
  /** How each proposal read in a language is shown (a translation, an original awaiting one), by number. */
  shown: Map<string, ProposalShown>;
}

/** How a proposal's text is shown in the compilation's language (translated-proposals.ts). */
export type ProposalShown = ProposalInLanguage['shown'];

/** A stored proposal, read as it is or in a language (then with how it is shown). */
export type SourceProposal = VersionProposalRow & { shown?: ProposalShown };

const TEXT_MARKS = new Set(['SUP', 'SUP*', 'NOC']);

/** Compares two provision keys as printed numbers do: 2 before 10, a before abis before b. */
export function compareKeys(a: string, b: string): number {
  const na = /^\d+/.exec(a);
  const nb = /^\d+/.exec(b);
  if (na && nb && na[0] !== nb[0]) {
    return Number(na[0]) - Number(nb[0]);
  }
  return a < b ? -1 : a > b ? 1 : 0;
}

const groupOf = (id: string) => (id.includes('.') ? id.slice(0, id.lastIndexOf('.')) : '');
const keyOf = (id: string) => id.slice(id.lastIndexOf('.') + 1);

/** The base provisions of a version in one language, in document order. */
export function baseIn(rows: readonly VersionProvisionRow[], language: string): BaseProvision[] {
  return rows
    .filter((row) => row.language === language)
    .map((row) => ({
      id: row.provisionId,
      section: row.section as BaseProvision['section'],
      heading: row.heading,
      headingKey: row.headingKey,
      num: row.num,
      key: row.key,
      parent: row.parent,
      text: row.text,
    }));
}

/** Where an ADD of a provision the base lacks goes, with its heading and number guessed from its siblings. */
export function placeAddition(
  base: readonly BaseProvision[],
  id: string,
): Pick<ProvisionChange, 'after' | 'section' | 'heading' | 'headingKey' | 'num'> {
  const group = groupOf(id);
  const key = keyOf(id);
  const siblings = base.filter((provision) => groupOf(provision.id) === group);
  const parent = base.find((provision) => provision.id === group);
  const lastOf = (anchor: BaseProvision) => {
    // The anchor with its sub-items: the ADD follows the last of them in document order.
    let last = anchor;
    for (const provision of base) {
      if (provision.id.startsWith(`${anchor.id}.`)) {
        last = provision;
      }
    }
    return last.id;
  };
  const preceding = siblings.filter((sibling) => compareKeys(sibling.key, key) < 0).at(-1);
  let after: string | null;
  if (preceding !== undefined) {
    after = lastOf(preceding);
  } else if (siblings[0] !== undefined) {
    const index = base.indexOf(siblings[0]);
    after = index === 0 ? null : base[index - 1]!.id;
  } else if (parent !== undefined) {
    after = lastOf(parent);
  } else {
    after = base.at(-1)?.id ?? null;
  }
  const like = preceding ?? siblings[0] ?? parent;
  if (like === undefined) {
    return { after };
  }
  const num =
    preceding !== undefined && preceding.num.includes(preceding.key)
      ? preceding.num.replace(preceding.key, key)
      : undefined;
  return {
    after,
    section: like.section,
    heading: like.heading,
    headingKey: like.headingKey,
    ...(num === undefined ? {} : { num }),
  };
}

/**
 * What a whole-text MOD does to each provision: its text parsed in `language` and aligned with the base in that
 * language; null when it does not parse or the version is not stored in that language.
 */
export function wholeTextChanges(
  text: string,
  language: string,
  baseOf: (language: string) => readonly BaseProvision[],
  number: string | null,
): ProvisionChange[] | null {
  const own = baseOf(language);
  if (!isTextLanguage(language) || own.length === 0) {
    return null;
  }
  let proposed: BaseProvision[];
  try {
    proposed = parseInstrumentText(text, { language }).text.provisions;
  } catch (error) {
    if (error instanceof DomainError) {
      return null;
    }
    throw error;
  }
  return alignProvisions(own, proposed).map((change) => ({ ...change, number }));
}

/**
 * The sources of a version's compilation from its readable, submitted proposals (ordered by document number,
 * addendum and position), with the language of each change's text. `baseOf` gives the version's provisions in
 * another language (for whole-text MODs written in it); by default only `base`'s language is known.
 */
export function buildSources(
  proposals: readonly SourceProposal[],
  base: readonly BaseProvision[],
  baseOf: (language: string) => readonly BaseProvision[] = () => [],
): AuthorProposals[] {
  const ids = new Set(base.map((provision) => provision.id));
  const authors = new Map<string, AuthorProposals & { changes: Map<string, ProvisionChange> }>();
  for (const { proposal, document, shown } of proposals) {
    let author = authors.get(document.authorCode);
    if (author === undefined) {
      const source: SynopticSource = { source: document.authorCode, wholeText: null, changes: [] };
      author = { source, documents: [], languages: new Map(), shown: new Map(), changes: new Map() };
      authors.set(document.authorCode, author);
    }
    const language = shown?.language ?? document.originalLanguage;
    if (shown !== undefined && proposal.number !== null) {
      author.shown.set(proposal.number, shown);
    }
    if (!author.documents.some((known) => known.id === document.id)) {
      author.documents.push(document);
    }
    if (proposal.targetKind === 'text') {
      if (TEXT_MARKS.has(proposal.mark)) {
        author.source.wholeText = { mark: proposal.mark as 'SUP' | 'SUP*' | 'NOC', number: proposal.number };
      } else if ((proposal.mark === 'MOD' || proposal.mark === '(MOD)') && proposal.text !== null) {
        const changes = wholeTextChanges(proposal.text, language, baseOf, proposal.number);
        for (const [index, change] of (changes ?? []).entries()) {
          // Aligned ADDs have no id yet: each keeps a key of its own (the compiler names them).
          author.changes.set(change.provisionId ?? `+${proposal.id}.${index}`, change);
        }
        if (changes !== null && proposal.number !== null) {
          author.languages.set(proposal.number, language);
        }
      }
      continue;
    }
    if (proposal.targetKind !== 'provision' || proposal.provisionId === null || proposal.mark === 'OTHER') {
      continue;
    }
    const id = proposal.provisionId;
    const adds = proposal.mark === 'ADD' || proposal.mark === 'ADD*';
    if (adds === ids.has(id)) {
      continue;
    }
    const change: ProvisionChange = {
      mark: proposal.mark as SynopticMark,
      provisionId: id,
      text: proposal.mark === 'SUP' || proposal.mark === 'NOC' ? null : proposal.text,
      number: proposal.number,
      ...(adds ? placeAddition(base, id) : {}),
    };
    // A later proposal of the same author on the same provision replaces the earlier one, in its place.
    author.changes.set(id, change);
    if (proposal.number !== null) {
      author.languages.set(proposal.number, language);
    }
  }
  return [...authors.values()].map(({ changes, ...author }) => {
    author.source.changes = [...changes.values()];
    return author;
  });
}

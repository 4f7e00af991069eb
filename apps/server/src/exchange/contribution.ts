import { isTextlessMark, wordDiff, type DiffOp, type Language, type ProposalMark } from '@tansiq/domain';

/**
 * A contribution as the exchange formats (Word, JSON) print it: plain data, already in the document's language,
 * with no database types. The service that loads a contribution builds it; the renderers only lay it out.
 */
export interface ContributionDocument {
  /** The language of this version of the document (labels, direction, the symbol's letter). */
  language: Language;
  meeting: ContributionMeeting;
  /** The body the document is addressed to, as printed: "PLENARY MEETING". */
  targetBody: string;
  /** The symbol as the heading prints it: "Document WTDC-17/23-E", "Addendum 1 to Document WTDC-17/23-E". */
  symbol: string;
  /** The document's date, YYYY-MM-DD. */
  date: string;
  originalLanguage: Language;
  /** Who submits it: a Member State ("Egypt (Arab Republic of)") or a group ("Arab States"). */
  source: string;
  /** For a common proposal: the administrations that signed on, printed under the source. */
  signatories?: string[];
  title: string;
  summary?: string | null;
  proposals: ContributionProposal[];
}

/** The meeting a contribution is submitted to. Dates are YYYY-MM-DD. */
export interface ContributionMeeting {
  /** "World Telecommunication Development Conference (WTDC-17)". */
  name: string;
  /** The place as printed: "Buenos Aires, Argentina". */
  city: string;
  startsOn: string;
  endsOn: string;
}

/** One proposal of a contribution. */
export interface ContributionProposal {
  /** "EGY/23/1"; null while the contribution is a draft. */
  number: string | null;
  /** ADD, MOD …: printed in Latin letters in every language. */
  mark: ProposalMark;
  /** The text targeted, as printed: "RESOLUTION 1 (Rev. Buenos Aires, 2017)"; null for a general matter. */
  heading: string | null;
  /** The provision targeted, as printed: "resolves 2"; null or absent for a whole text. */
  provision?: string | null;
  /** The text in force of the targeted provision (MOD, (MOD)). */
  baseText: string | null;
  /** The proposed text: new (ADD), modified (MOD); null for SUP, SUP* and NOC. */
  text: string | null;
  /** The word diff of `baseText` against `text` for MOD and (MOD); computed here when null. */
  diff: DiffOp[] | null;
  /** The algorithm version stored beside `diff`, when the diff comes from storage. */
  diffAlgorithm?: string | null;
  reasons: string | null;
}

/** Marks whose text prints as tracked changes against the base. */
const MODIFYING_MARKS: ReadonlySet<ProposalMark> = new Set<ProposalMark>(['MOD', '(MOD)']);

/** How a proposal's text is shown: nothing, the text as it is, or tracked changes against the base. */
export type ProposalBody =
  { kind: 'none' } | { kind: 'text'; text: string } | { kind: 'changes'; ops: DiffOp[]; algorithm: string | null };

/**
 * What to print as a proposal's text. SUP, SUP* and NOC print none whatever `text` holds; MOD and (MOD) print
 * their changes (the stored diff, or one computed from the base and the new text); the others their text.
 */
export function proposalBody(proposal: ContributionProposal): ProposalBody {
  if (isTextlessMark(proposal.mark)) {
    return { kind: 'none' };
  }
  if (MODIFYING_MARKS.has(proposal.mark)) {
    if (proposal.diff !== null) {
      return { kind: 'changes', ops: proposal.diff, algorithm: proposal.diffAlgorithm ?? null };
    }
    if (proposal.baseText !== null && proposal.text !== null) {
      const diff = wordDiff(proposal.baseText, proposal.text);
      return { kind: 'changes', ops: diff.ops, algorithm: diff.algorithm };
    }
  }
  return proposal.text === null || proposal.text === '' ? { kind: 'none' } : { kind: 'text', text: proposal.text };
}

import type { DiffOp, Language, ProposalMark } from '@tansiq/domain';
import { proposalBody, type ContributionDocument, type ContributionProposal } from './contribution.ts';

/** The name and version of the JSON export's shape; a change that breaks a reader gets a new version. */
export const CONTRIBUTION_JSON_FORMAT = 'tansiq.contribution/1';

/**
 * A contribution exported as JSON (`tansiq.contribution/1`). Every key is always present, in this order;
 * absent values are `null` (or `[]` for lists). Dates are YYYY-MM-DD, languages ITU codes (`ar`, `en` …).
 */
export interface ContributionJson {
  format: typeof CONTRIBUTION_JSON_FORMAT;
  symbol: string;
  language: Language;
  originalLanguage: Language;
  date: string;
  meeting: { name: string; city: string; startsOn: string; endsOn: string };
  targetBody: string;
  source: string;
  /** The administrations that signed on to a common proposal; `[]` otherwise. */
  signatories: string[];
  title: string;
  summary: string | null;
  proposals: ContributionProposalJson[];
}

/** One proposal of the JSON export. */
export interface ContributionProposalJson {
  /** "EGY/23/1"; null while the contribution is a draft. */
  number: string | null;
  mark: ProposalMark;
  heading: string | null;
  provision: string | null;
  /** The text in force of the target, for MOD and (MOD); null otherwise. */
  baseText: string | null;
  /** The proposed text; always null for SUP, SUP* and NOC. */
  text: string | null;
  /**
   * For MOD and (MOD): the word diff of `baseText` against `text` (equal, insert and delete runs; applying it
   * to `baseText` gives `text`) with the algorithm that made it; null for the other marks.
   */
  changes: { algorithm: string | null; ops: DiffOp[] } | null;
  reasons: string | null;
}

function proposalJson(proposal: ContributionProposal): ContributionProposalJson {
  const body = proposalBody(proposal);
  return {
    number: proposal.number,
    mark: proposal.mark,
    heading: proposal.heading,
    provision: proposal.provision ?? null,
    baseText: body.kind === 'changes' ? proposal.baseText : null,
    text: body.kind === 'none' ? null : proposal.text,
    changes:
      body.kind === 'changes'
        ? { algorithm: body.algorithm, ops: body.ops.map((op) => ({ op: op.op, text: op.text })) }
        : null,
    reasons: proposal.reasons,
  };
}

/** The JSON export of a contribution: the same content as the Word file, in the documented shape above. */
export function contributionJson(input: ContributionDocument): ContributionJson {
  return {
    format: CONTRIBUTION_JSON_FORMAT,
    symbol: input.symbol,
    language: input.language,
    originalLanguage: input.originalLanguage,
    date: input.date,
    meeting: {
      name: input.meeting.name,
      city: input.meeting.city,
      startsOn: input.meeting.startsOn,
      endsOn: input.meeting.endsOn,
    },
    targetBody: input.targetBody,
    source: input.source,
    signatories: [...(input.signatories ?? [])],
    title: input.title,
    summary: input.summary ?? null,
    proposals: input.proposals.map(proposalJson),
  };
}

import { DomainError } from '../errors.ts';

/** A proposal number: `ARB/79A1/9` is the ninth proposal of Addendum 1 to Document 79 by the Arab group. */
export interface ProposalNumber {
  /** A Member State's alpha-3 code (`USA`) or an organization's common-proposal prefix (`ARB`, `AFCP`). */
  author: string;
  document: number;
  addendum: number | null;
  serial: number;
}

const PROPOSAL_NUMBER = /^([A-Z]{2,5})\/(\d+)(?:A(\d+))?\/(\d+)$/;

/** `<author>/<doc>/<serial>`, or `<author>/<doc>A<add>/<serial>` inside an addendum (docs/domain.md §5). */
export function formatProposalNumber(number: ProposalNumber): string {
  const addendum = number.addendum === null ? '' : `A${number.addendum}`;
  return `${number.author}/${number.document}${addendum}/${number.serial}`;
}

/** Parses a proposal number; throws `invalid_proposal_number`. */
export function parseProposalNumber(text: string): ProposalNumber {
  const match = PROPOSAL_NUMBER.exec(text.trim());
  if (!match || Number(match[2]) < 1 || Number(match[4]) < 1 || (match[3] !== undefined && Number(match[3]) < 1)) {
    throw new DomainError('invalid_proposal_number', `Not a proposal number: "${text}".`, [
      {
        path: ['number'],
        code: 'invalid_proposal_number',
        message: 'Expected AUTHOR/DOC[A<add>]/SERIAL, e.g. ARB/79A1/9.',
      },
    ]);
  }
  return {
    author: match[1]!,
    document: Number(match[2]),
    addendum: match[3] === undefined ? null : Number(match[3]),
    serial: Number(match[4]),
  };
}

/**
 * Numbers the proposals of one contribution on submission, in their order: serials 1, 2, 3 … under the
 * contribution's author, document and addendum.
 */
export function numberProposals(
  contribution: { author: string; document: number; addendum: number | null },
  count: number,
): string[] {
  if (!/^[A-Z]{2,5}$/.test(contribution.author)) {
    throw new DomainError('validation_failed', `Not an author code: "${contribution.author}".`, [
      { path: ['author'], code: 'invalid_author', message: 'Two to five capital letters (USA, ARB, AFCP).' },
    ]);
  }
  return Array.from({ length: count }, (_, index) => formatProposalNumber({ ...contribution, serial: index + 1 }));
}

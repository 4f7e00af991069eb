import {
  MAJORITIES,
  POST_KINDS,
  QUESTION_CHOICES,
  RUNOFFS,
  VOTE_KINDS,
  VOTE_RESULTS,
  VOTE_STATUSES,
  VOTING_METHODS,
} from '@tansiq/domain';
import { z } from 'zod';
import { Iso3, LocalizedText, localizedTitle, plain } from './common.schema.ts';

export const VoteKind = z.enum(VOTE_KINDS).meta({ id: 'VoteKind' });
export const VotingMethod = z.enum(VOTING_METHODS).meta({ id: 'VotingMethod' });
export const VoteStatus = z.enum(VOTE_STATUSES).meta({ id: 'VoteStatus' });
export const VoteResult = z.enum(VOTE_RESULTS).meta({ id: 'VoteResult' });

/** The rules a vote may set; each missing one takes the default (docs/voting.md). */
export const VotingRulesInput = z
  .object({
    quorum: z.union([z.literal('majority'), z.number().int().min(1).max(1000)]),
    majority: z.enum(MAJORITIES),
    abstentionsPostpone: z.boolean(),
    runoff: z.enum(RUNOFFS),
  })
  .partial()
  .strict();

export const VotingRules = z
  .object({
    quorum: z.union([z.literal('majority'), z.number().int()]),
    majority: z.enum(MAJORITIES),
    abstentionsPostpone: z.boolean(),
    maxProxies: z.number().int(),
    runoff: z.enum(RUNOFFS),
  })
  .meta({ id: 'VotingRules' });

export const CandidateInput = z
  .object({
    id: plain(
      z
        .string()
        .trim()
        .regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/, 'Letters, digits, dot, dash and underscore.'),
    ),
    label: plain(z.string().trim().min(1).max(200)),
  })
  .strict();

/** A vote the secretariat prepares: on a question, or an election of candidates to seats. */
export const CreateVoteBody = z
  .object({
    title: localizedTitle(500),
    kind: VoteKind,
    method: VotingMethod,
    agendaItem: z.uuid().nullable().default(null).meta({ description: 'The agenda item the vote decides.' }),
    seats: z.number().int().min(1).max(50).optional().meta({ description: 'Elections: seats to fill (default 1).' }),
    candidates: z
      .array(CandidateInput)
      .min(1)
      .max(100)
      .optional()
      .meta({ description: 'Elections: the candidates, unless they come from `officerPost`.' }),
    officerPost: z
      .object({ group: plain(z.string().min(1).max(32)), post: z.enum(POST_KINDS) })
      .strict()
      .optional()
      .meta({ description: 'Elections to an officer post: the standing nominations are the candidates.' }),
    consolidationDraft: z
      .uuid()
      .optional()
      .meta({ description: 'Questions: the consolidation draft whose adoption is put to the vote.' }),
    rules: VotingRulesInput.default({}),
  })
  .strict();
export type CreateVoteBody = z.infer<typeof CreateVoteBody>;

export const OpenVoteBody = z
  .object({
    drawnLetter: z
      .string()
      .regex(/^[A-Z]$/, 'One letter, A to Z.')
      .optional()
      .meta({ description: 'Roll-call: the letter drawn by lot; the call starts there in French order.' }),
  })
  .strict();
export type OpenVoteBody = z.infer<typeof OpenVoteBody>;

export const BallotChoice = z.union([z.enum(QUESTION_CHOICES), z.array(z.string().min(1).max(64)).max(50)]).meta({
  id: 'BallotChoice',
  description: 'A question: yes, no, abstain (blank, invalid). An election: the candidate ids, at most the seats.',
});

/** One ballot: for the voter's own state, or for the state whose proxy it holds. */
export const CastBallotBody = z
  .object({
    state: Iso3.meta({ description: 'The state the ballot counts for.' }),
    choice: BallotChoice,
  })
  .strict();
export type CastBallotBody = z.infer<typeof CastBallotBody>;

export const CastReceipt = z
  .object({
    voteId: z.string(),
    state: z.string(),
    receipt: z.string().meta({
      description: 'Shown once: after the close, GET /votes/{id}/receipts/{receipt} shows the ballot counted.',
    }),
  })
  .meta({ id: 'CastReceipt' });
export type CastReceipt = z.infer<typeof CastReceipt>;

export const ShowOfHandsBody = z
  .object({
    yes: z.number().int().min(0).max(1000),
    no: z.number().int().min(0).max(1000),
    abstain: z.number().int().min(0).max(1000),
  })
  .strict();
export type ShowOfHandsBody = z.infer<typeof ShowOfHandsBody>;

export const VoteTally = z
  .object({
    quorum: z.boolean(),
    votesCast: z.number().int().meta({ description: 'Valid ballots in an election; for + against on a question.' }),
    abstentions: z.number().int().meta({ description: 'Abstentions, blank ballots included.' }),
    result: VoteResult,
    elected: z.array(z.string()),
    nextRound: z
      .array(z.string())
      .meta({ description: 'The candidates of the next round of an inconclusive election.' }),
    votesFor: z.number().int().meta({ description: 'A question: votes for (yes). 0 in an election.' }),
    votesAgainst: z.number().int().meta({ description: 'A question: votes against (no). 0 in an election.' }),
    blankBallots: z.number().int().meta({ description: 'Blank ballots, counted among the abstentions.' }),
    invalidBallots: z.number().int().meta({ description: 'Spoilt ballots: neither votes cast nor abstentions.' }),
    majority: z
      .enum(MAJORITIES)
      .meta({ description: 'The majority asked of the votes cast: more than half, or at least two thirds.' }),
    majorityRequired: z
      .number()
      .int()
      .meta({ description: 'The fewest votes that carry the question, or elect a candidate.' }),
    statesCounted: z.number().int().meta({ description: 'States present or represented by proxy.' }),
    electorate: z.number().int().meta({ description: 'States with the right to vote.' }),
    quorumRequired: z.number().int().meta({ description: 'The fewest states counted that make the quorum.' }),
    candidates: z.array(z.object({ id: z.string(), votes: z.number().int() })).meta({
      description: 'An election: each candidate’s votes, most first, then in ballot order. Empty for a question.',
    }),
  })
  .meta({
    id: 'VoteTally',
    description: 'The recount of a closed vote, as `tansiq tally --json` prints it from the vote’s record.',
  });
export type VoteTally = z.infer<typeof VoteTally>;

export const Vote = z
  .object({
    id: z.string(),
    meetingId: z.string(),
    number: z.number().int(),
    agendaItemId: z.string().nullable(),
    title: LocalizedText,
    kind: VoteKind,
    method: VotingMethod,
    seats: z.number().int(),
    candidates: z.array(z.object({ id: z.string(), label: z.string() })),
    rules: VotingRules,
    officerPost: z.object({ group: z.string(), post: z.enum(POST_KINDS) }).nullable(),
    consolidationDraftId: z.string().nullable(),
    status: VoteStatus,
    electorate: z.array(z.string()).meta({ description: 'Fixed at the opening; empty before.' }),
    present: z.array(z.string()),
    proxies: z.record(z.string(), z.string()),
    drawnLetter: z.string().nullable(),
    callOrder: z.array(z.string()).meta({ description: 'Roll-call: the order states are called in.' }),
    voted: z.array(z.string()).meta({ description: 'The states whose ballot was received (never what they chose).' }),
    ballotsReceived: z.number().int(),
    rollCall: z
      .array(z.object({ state: z.string(), choice: BallotChoice }))
      .meta({ description: 'Roll-call: each state’s vote as recorded. Empty for a secret ballot.' }),
    counts: z.object({ yes: z.number().int(), no: z.number().int(), abstain: z.number().int() }).nullable(),
    result: VoteTally.nullable().meta({ description: 'Only after the close.' }),
    openedAt: z.iso.datetime().nullable(),
    closedAt: z.iso.datetime().nullable(),
  })
  .meta({ id: 'Vote' });
export type Vote = z.infer<typeof Vote>;

/** The states the caller may cast a ballot for in a vote, and whether each has voted. */
export const VoterStanding = z
  .object({
    voteId: z.string(),
    states: z.array(z.object({ state: z.string(), asProxy: z.boolean(), voted: z.boolean() })),
  })
  .meta({ id: 'VoterStanding' });
export type VoterStanding = z.infer<typeof VoterStanding>;

export const ReceiptCheck = z
  .object({ voteId: z.string(), receipt: z.string(), counted: z.literal(true), choice: BallotChoice })
  .meta({ id: 'ReceiptCheck' });
export type ReceiptCheck = z.infer<typeof ReceiptCheck>;

/** A closed vote in the record format `tansiq tally` recounts (docs/voting.md). */
export const VoteRecordExport = z
  .object({
    format: z.literal('tansiq-vote/1'),
    kind: VoteKind,
    method: VotingMethod,
    electorate: z.array(z.string()),
    present: z.array(z.string()),
    proxies: z.record(z.string(), z.string()),
    rules: VotingRules,
    seats: z.number().int().optional().meta({ description: 'Elections only.' }),
    candidates: z.array(z.string()).optional().meta({ description: 'Elections only.' }),
    ballots: z.array(z.object({ choice: BallotChoice, state: z.string().optional() })).optional(),
    counts: z.object({ yes: z.number().int(), no: z.number().int(), abstain: z.number().int() }).optional(),
  })
  .meta({ id: 'VoteRecordExport' });
export type VoteRecordExport = z.infer<typeof VoteRecordExport>;

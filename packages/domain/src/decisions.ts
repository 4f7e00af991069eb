/** How a decision on an agenda item was taken: by consensus, or by a vote (docs/decisions.md). */
export const DECISION_METHODS = ['consensus', 'vote'] as const;
export type DecisionMethod = (typeof DECISION_METHODS)[number];

/** What a decision decided; `elected` comes only from an election's vote. */
export const DECISION_OUTCOMES = ['adopted', 'rejected', 'postponed', 'elected', 'noted'] as const;
export type DecisionOutcome = (typeof DECISION_OUTCOMES)[number];

/** The outcomes a decision by consensus may record (a vote's decision takes the vote's result). */
export const CONSENSUS_OUTCOMES = [
  'adopted',
  'rejected',
  'postponed',
  'noted',
] as const satisfies readonly DecisionOutcome[];
export type ConsensusOutcome = (typeof CONSENSUS_OUTCOMES)[number];

/** What a Member State attaches to a decision: a reservation, or a declaration. */
export const STATEMENT_KINDS = ['reservation', 'declaration'] as const;
export type StatementKind = (typeof STATEMENT_KINDS)[number];

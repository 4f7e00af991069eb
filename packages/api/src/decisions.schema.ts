import { CONSENSUS_OUTCOMES, DECISION_METHODS, DECISION_OUTCOMES, STATEMENT_KINDS } from '@tansiq/domain';
import { z } from 'zod';
import { Iso3, LocalizedText, localizedInput } from './common.schema.ts';
import { VoteTally } from './votes.schema.ts';

export const DecisionMethod = z.enum(DECISION_METHODS).meta({ id: 'DecisionMethod' });
export const DecisionOutcome = z.enum(DECISION_OUTCOMES).meta({ id: 'DecisionOutcome' });
export const StatementKind = z.enum(STATEMENT_KINDS).meta({ id: 'StatementKind' });

/** A reservation or declaration a Member State attached to a decision. */
export const DecisionStatement = z
  .object({
    id: z.string(),
    memberState: z.string(),
    kind: StatementKind,
    text: z.string(),
    createdAt: z.iso.datetime(),
  })
  .meta({ id: 'DecisionStatement' });
export type DecisionStatement = z.infer<typeof DecisionStatement>;

/** An entry of an agenda item's decisions log. */
export const Decision = z
  .object({
    id: z.string(),
    meetingId: z.string(),
    agendaItemId: z.string(),
    method: DecisionMethod,
    outcome: DecisionOutcome,
    voteId: z.string().nullable(),
    tally: VoteTally.nullable().meta({ description: "By vote: the vote's result as it closed." }),
    consolidationDraftId: z.string().nullable().meta({ description: 'The consolidation draft the decision is on.' }),
    summary: LocalizedText,
    statements: z.array(DecisionStatement),
    createdAt: z.iso.datetime(),
  })
  .meta({ id: 'Decision' });
export type Decision = z.infer<typeof Decision>;

/** A decision taken by consensus, or the one a closed vote gave (its outcome follows the vote's result). */
export const RecordDecisionBody = z
  .discriminatedUnion('method', [
    z
      .object({
        method: z.literal('consensus'),
        outcome: z.enum(CONSENSUS_OUTCOMES),
        summary: localizedInput(2000),
        consolidationDraft: z
          .uuid()
          .optional()
          .meta({ description: 'The consolidation draft of this meeting the decision is on.' }),
      })
      .strict(),
    z
      .object({
        method: z.literal('vote'),
        vote: z.uuid().meta({ description: 'A closed vote of this meeting, on this agenda item or on none.' }),
        summary: localizedInput(2000),
      })
      .strict(),
  ])
  .meta({ id: 'RecordDecisionBody' });
export type RecordDecisionBody = z.infer<typeof RecordDecisionBody>;

export const AddStatementBody = z
  .object({
    memberState: Iso3,
    kind: StatementKind,
    text: z.string().trim().min(1).max(5000),
  })
  .strict();
export type AddStatementBody = z.infer<typeof AddStatementBody>;

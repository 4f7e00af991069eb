import { sql } from 'drizzle-orm';
import { check, integer, jsonb, pgTable, primaryKey, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import type { LocalizedText, VoteTally } from '@tansiq/domain';
import { agendaItems } from './agenda.ts';
import { createdAt, updatedAt } from './columns.ts';
import { consolidationDrafts } from './consolidation.ts';
import { meetings } from './meetings.ts';

/* Votes, who has voted, and the ballot boxes. */

/** One candidate on a ballot: its id on the record (a nomination id, or a label's slug) and what voters see. */
export interface VoteCandidate {
  id: string;
  label: string;
}

/**
 * The tally of a closed vote as `tansiq tally` prints it (the domain's `VoteTally`). A vote closed before the
 * tally gave its figures (issue 13) holds the first six fields only: the server recounts its record for the rest.
 */
export type StoredTally = Pick<VoteTally, 'quorum' | 'votesCast' | 'abstentions' | 'result' | 'elected' | 'nextRound'> &
  Partial<VoteTally>;

/**
 * A vote of a meeting, on a question or an election. The electorate, the states present and the proxies are fixed
 * when the vote opens; the result is stored when it closes. For a secret ballot nothing here says who chose what.
 */
export const votes = pgTable(
  'votes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    meetingId: uuid('meeting_id')
      .notNull()
      .references(() => meetings.id),
    /** 1, 2, 3…: the meeting's votes in the order they were created. */
    number: integer('number').notNull(),
    agendaItemId: uuid('agenda_item_id').references(() => agendaItems.id),
    title: jsonb('title').$type<LocalizedText>().notNull(),
    kind: text('kind').notNull(),
    method: text('method').notNull(),
    seats: integer('seats').notNull(),
    candidates: jsonb('candidates').$type<VoteCandidate[]>().notNull(),
    /** The rules of this vote (the domain's `VotingRules`, defaults filled in). */
    rules: jsonb('rules').notNull(),
    /** An election to a post: the group and post whose nominations are the candidates. */
    officerGroup: text('officer_group'),
    officerPost: text('officer_post'),
    /** A vote on adopting a consolidated text. */
    consolidationDraftId: uuid('consolidation_draft_id').references(() => consolidationDrafts.id),
    status: text('status').notNull().default('draft'),
    electorate: text('electorate').array(),
    present: text('present').array(),
    proxies: jsonb('proxies').$type<Record<string, string>>(),
    /** The letter drawn by lot for a roll-call. */
    drawnLetter: text('drawn_letter'),
    /** The counts entered after a show of hands. */
    counts: jsonb('counts').$type<{ yes: number; no: number; abstain: number }>(),
    result: jsonb('result').$type<StoredTally>(),
    openedAt: timestamp('opened_at', { withTimezone: true, mode: 'date' }),
    closedAt: timestamp('closed_at', { withTimezone: true, mode: 'date' }),
    createdBy: text('created_by').notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    unique('votes_meeting_number_unique').on(t.meetingId, t.number),
    check('votes_kind_check', sql`${t.kind} in ('question', 'election')`),
    check('votes_method_check', sql`${t.method} in ('secret', 'roll-call', 'show-of-hands')`),
    check('votes_status_check', sql`${t.status} in ('draft', 'open', 'closed')`),
    check('votes_seats_check', sql`${t.seats} >= 0`),
  ],
);

/**
 * The states whose ballot a vote has received: the vote and the state, nothing else (no id, no time, no order),
 * so that nothing ties a row here to a ballot in `ballot_boxes`.
 */
export const voteParticipations = pgTable(
  'vote_participations',
  {
    voteId: uuid('vote_id')
      .notNull()
      .references(() => votes.id),
    memberStateIso3: text('member_state_iso3').notNull(),
  },
  (t) => [primaryKey({ columns: [t.voteId, t.memberStateIso3] })],
);

/** One ballot in a box: its choice, the receipt code given to the voter, and the state only in a roll-call. */
export interface StoredBallot {
  choice: string | string[];
  receipt: string;
  state?: string;
}

/**
 * A vote's ballots, one row per vote, kept in an order drawn at random on every ballot and again at the close,
 * so the order says nothing about who voted when.
 */
export const ballotBoxes = pgTable('ballot_boxes', {
  voteId: uuid('vote_id')
    .primaryKey()
    .references(() => votes.id),
  ballots: jsonb('ballots').$type<StoredBallot[]>().notNull(),
});

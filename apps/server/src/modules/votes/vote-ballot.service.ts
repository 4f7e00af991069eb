import { randomBytes, randomInt } from 'node:crypto';
import type { CastBallotBody, ReceiptCheck, ShowOfHandsBody } from '@tansiq/api';
import {
  findUserById,
  insertLiveEvent,
  listParticipations,
  putBallot,
  readBallotBox,
  recordParticipation,
  updateVote,
  votingDelegateEmail,
  type Executor,
  type StoredBallot,
} from '@tansiq/db';
import {
  DomainError,
  assertNoIssues,
  ballotChoiceIssues,
  castingStateFor,
  statesCastBy,
  type VoteKind,
  requireVoteConductor,
  castsBallots,
  isVotingDelegate,
  recordsRollCall,
  requireBallotRight,
} from '@tansiq/domain';
import { recordAudit } from '../../audit.ts';
import { personOf } from '../../policy.ts';
import type { ServiceContext } from '../../context.ts';
import { notFound, refused } from '../../errors.ts';
import { requireLockedVote, requireVote } from '../../lookups.ts';
import { candidateIds, closedVote } from './vote-record.service.ts';
import { notOpen, viewOf, type VoteView } from './vote-view.ts';

/*
 * Ballots: a secret or roll-call ballot cast, a show of hands' counts, the voter's standing, and the check of
 * a receipt after the close.
 */

/**
 * Whether the actor casts the ballots of `caster`: a signed-in person of that state whose e-mail is the one
 * of the delegation's voting delegate (the head's when none is named).
 */
async function isVotingDelegateOf(tx: Executor, ctx: ServiceContext, meetingId: string, caster: string) {
  const person = personOf(ctx.actor);
  // Nobody else's account is read: the state is known before the e-mail address is.
  if (ctx.actor.kind !== 'user' || !person || person.memberStateIso3 !== caster) {
    return false;
  }
  const user = await findUserById(tx, ctx.actor.userId);
  const email = await votingDelegateEmail(tx, meetingId, caster);
  return user !== undefined && isVotingDelegate({ ...person, email: user.email }, caster, email);
}

/** A receipt code: 80 random bits in base 32, grouped by four (`K7QX-2M9P-4TXA-HD3B`). */
function receiptCode(): string {
  const alphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
  const bytes = randomBytes(16);
  const chars = [...bytes].map((byte) => alphabet[byte % 32]).join('');
  return chars.match(/.{4}/g)!.join('-');
}

/**
 * Casts one ballot for `body.state`. A secret ballot: only the voting delegate of the state (or of the holder of
 * its proxy) casts it, and nothing stored ties the state to the choice: the has-voted row holds the vote and the
 * state only, the ballot goes into the box at a place drawn at random, with no time and no id, and the audit row
 * says that the state voted, not what. A roll-call ballot is public: the secretariat records it as the state
 * answers, or the voting delegate casts it.
 */
export async function castBallot(
  ctx: ServiceContext,
  id: string,
  body: CastBallotBody,
): Promise<{ voteId: string; state: string; receipt: string }> {
  const person = personOf(ctx.actor);
  requireBallotRight(person);
  const delegate = castsBallots(person);
  const receipt = receiptCode();
  const meetingId = await ctx.db.transaction(async (tx) => {
    const vote = await requireLockedVote(tx, id);
    if (vote.status !== 'open') {
      throw notOpen(vote);
    }
    if (vote.method === 'show-of-hands') {
      throw refused('wrong_method', 'A show of hands takes counts, not ballots.', ['method']);
    }
    const facts = { present: vote.present ?? [], proxies: vote.proxies ?? {} };
    const caster = castingStateFor(facts, body.state);
    if (caster === null) {
      throw refused('not_eligible', `${body.state} is neither present nor represented by proxy in this vote.`, [
        'state',
      ]);
    }
    const recorder = recordsRollCall(person, vote.method);
    if (!recorder && !delegate) {
      throw new DomainError('forbidden', 'The secretariat records roll-call answers; it never casts a secret ballot.');
    }
    if (!recorder && !(await isVotingDelegateOf(tx, ctx, vote.meetingId, caster))) {
      const message =
        caster === body.state
          ? `Only ${caster}'s voting delegate casts its ballot.`
          : `Only the voting delegate of ${caster}, which holds ${body.state}'s proxy, casts that ballot.`;
      throw new DomainError('not_voting_delegate', message, [
        { path: ['state'], code: 'not_voting_delegate', message },
      ]);
    }
    assertNoIssues(
      ballotChoiceIssues(
        { kind: vote.kind as VoteKind, seats: vote.seats, candidates: candidateIds(vote) },
        body.choice,
      ),
      'The ballot is not valid.',
    );
    if (!(await recordParticipation(tx, vote.id, body.state))) {
      throw refused('already_voted', `${body.state} has voted in vote ${vote.number} already.`, ['state']);
    }
    const ballot: StoredBallot = { choice: body.choice, receipt };
    if (vote.method === 'roll-call') {
      ballot.state = body.state;
    }
    // A place among the ballots drawn at random (a fraction below 1 from 48 random bits, the most randomInt gives).
    const places = 2 ** 48 - 1;
    const received = await putBallot(tx, vote.id, ballot, randomInt(places) / places);
    await recordAudit(tx, ctx, {
      action: 'vote.cast',
      entityType: 'vote',
      entityId: vote.id,
      before: null,
      after: vote.method === 'roll-call' ? { state: body.state, choice: body.choice } : { state: body.state },
    });
    await insertLiveEvent(tx, {
      meetingId: vote.meetingId,
      type: 'vote.ballot',
      payload: { voteId: vote.id, received },
    });
    return vote.meetingId;
  });
  ctx.live?.notify(meetingId);
  return { voteId: id, state: body.state, receipt };
}

/** Enters the counts of a show of hands (secretariat), while the vote is open; entering again replaces them. */
export async function enterCounts(ctx: ServiceContext, id: string, body: ShowOfHandsBody): Promise<VoteView> {
  requireVoteConductor(personOf(ctx.actor), 'enter the counts of a show of hands');
  const row = await ctx.db.transaction(async (tx) => {
    const vote = await requireLockedVote(tx, id);
    if (vote.status !== 'open') {
      throw notOpen(vote);
    }
    if (vote.method !== 'show-of-hands') {
      throw refused('wrong_method', 'Only a show of hands takes counts; this vote takes ballots.', ['method']);
    }
    const voters = (vote.present?.length ?? 0) + Object.keys(vote.proxies ?? {}).length;
    const total = body.yes + body.no + body.abstain;
    if (total > voters) {
      throw new DomainError('validation_failed', 'More hands than states present or represented.', [
        { path: [], code: 'too_many_ballots', message: `${total} hands for ${voters} states present or represented.` },
      ]);
    }
    const updated = await updateVote(tx, vote.id, { counts: { ...body }, updatedAt: ctx.clock.now() });
    await recordAudit(tx, ctx, {
      action: 'vote.counts',
      entityType: 'vote',
      entityId: vote.id,
      before: { counts: vote.counts },
      after: { counts: updated.counts },
    });
    return updated;
  });
  return viewOf(ctx.db, row);
}

/** The states the actor casts ballots for in an open vote, and whether each has voted. */
export async function voterStanding(ctx: ServiceContext, id: string) {
  const vote = await requireVote(ctx.db, id);
  const caster = ctx.actor.kind === 'user' ? ctx.actor.memberStateIso3 : null;
  if (vote.status === 'draft' || caster === null || !(await isVotingDelegateOf(ctx.db, ctx, vote.meetingId, caster))) {
    return { voteId: vote.id, states: [] };
  }
  const voted = new Set(await listParticipations(ctx.db, vote.id));
  const states = statesCastBy({ present: vote.present ?? [], proxies: vote.proxies ?? {} }, caster);
  return { voteId: vote.id, states: states.map((entry) => ({ ...entry, voted: voted.has(entry.state) })) };
}

/** After the close: whether the ballot given `receipt` was counted, and its choice. */
export async function checkReceipt(ctx: ServiceContext, id: string, receipt: string): Promise<ReceiptCheck> {
  const vote = await closedVote(ctx.db, id);
  const ballot = (await readBallotBox(ctx.db, vote.id)).find((entry) => entry.receipt === receipt.toUpperCase());
  if (ballot === undefined) {
    throw notFound('ballot with receipt', receipt, ['params', 'receipt']);
  }
  return { voteId: vote.id, receipt: ballot.receipt, counted: true, choice: ballot.choice as ReceiptCheck['choice'] };
}

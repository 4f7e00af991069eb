import { randomBytes, randomInt } from 'node:crypto';
import type { CastBallotBody, ReceiptCheck, ShowOfHandsBody } from '@tansiq/api';
import {
  emailsOfUsers,
  findUserById,
  insertLiveEvents,
  listParticipations,
  putBallots,
  readBallotBox,
  recordParticipations,
  updateVote,
  votingDelegateEmail,
  votingDelegateEmails,
  type Database,
  type Executor,
  type VoteRow,
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
import { recordAudit, recordAudits } from '../../audit.ts';
import { GroupQueue, type GroupOutcome } from '../../group-queue.ts';
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

/** What the voter gets for a ballot taken. */
export interface CastBallotAnswer {
  voteId: string;
  state: string;
  receipt: string;
}

/** A ballot waiting for its group's transaction: the request's own context (its actor, time, request id). */
interface BallotRequest {
  ctx: ServiceContext;
  body: CastBallotBody;
  receipt: string;
}

/**
 * The most ballots of one vote committed in one transaction: a burst of 193 goes in a few groups, and a group's
 * statements stay small (about fifteen parameters a ballot).
 */
export const MAX_BALLOT_GROUP = 64;

/** A ballot's place among the ballots: a fraction below 1 from 48 random bits, the most randomInt gives. */
const PLACES = 2 ** 48 - 1;

/** The grouping of each database's ballots, per vote (tests open several databases in one process). */
const committers = new WeakMap<Database, GroupQueue<string, BallotRequest, CastBallotAnswer>>();

function committerOf(db: Database): GroupQueue<string, BallotRequest, CastBallotAnswer> {
  let committer = committers.get(db);
  if (committer === undefined) {
    committer = new GroupQueue(castGroup, MAX_BALLOT_GROUP);
    committers.set(db, committer);
  }
  return committer;
}

/**
 * Casts one ballot for `body.state`. A secret ballot: only the voting delegate of the state (or of the holder of
 * its proxy) casts it, and nothing stored ties the state to the choice: the has-voted row holds the vote and the
 * state only, the ballot goes into the box at a place drawn at random, with no time and no id, and the audit row
 * says that the state voted, not what. A roll-call ballot is public: the secretariat records it as the state
 * answers, or the voting delegate casts it. Ballots of one vote that arrive while another is being committed go
 * together in the next transaction (`castGroup`); each is answered after that commit, with its own receipt or its
 * own refusal.
 */
export async function castBallot(ctx: ServiceContext, id: string, body: CastBallotBody): Promise<CastBallotAnswer> {
  requireBallotRight(personOf(ctx.actor));
  return committerOf(ctx.db).submit(id, { ctx, body, receipt: receiptCode() });
}

/**
 * Commits a group of ballots of vote `id` in one transaction: the vote locked once, every ballot checked as if it
 * came alone (a refused one is answered its own error and nothing of it is written), then those taken written
 * together: their has-voted rows, each at a random place in the box, an audit row and a live event each. A vote
 * that is not open (closed by a close that committed first), or not found, refuses the whole group.
 */
async function castGroup(id: string, requests: BallotRequest[]): Promise<GroupOutcome<CastBallotAnswer>[]> {
  const db = requests[0]!.ctx.db;
  const { meetingId, outcomes } = await db.transaction(async (tx) => {
    const vote = await requireLockedVote(tx, id);
    if (vote.status !== 'open') {
      throw notOpen(vote);
    }
    if (vote.method === 'show-of-hands') {
      throw refused('wrong_method', 'A show of hands takes counts, not ballots.', ['method']);
    }
    const facts = { present: vote.present ?? [], proxies: vote.proxies ?? {} };
    const delegates = await votingDelegatesOf(tx, vote.meetingId, facts, requests);
    const outcomes: GroupOutcome<CastBallotAnswer>[] = requests.map((request) => {
      try {
        checkBallot(vote, facts, request, delegates);
        return { ok: true, value: { voteId: vote.id, state: request.body.state, receipt: request.receipt } };
      } catch (error) {
        return { ok: false, error };
      }
    });
    // A state's second ballot in the same group is refused as a second ballot after the first's commit would be.
    const first = new Map<string, number>();
    outcomes.forEach((outcome, index) => {
      const state = requests[index]!.body.state;
      if (outcome.ok && !first.has(state)) {
        first.set(state, index);
      } else if (outcome.ok) {
        outcomes[index] = { ok: false, error: alreadyVoted(vote, state) };
      }
    });
    // In alphabetical order: within a group, not even the rows' physical order says who came first.
    const recorded = await recordParticipations(tx, vote.id, [...first.keys()].sort());
    const taken: BallotRequest[] = [];
    for (const [state, index] of first) {
      if (recorded.has(state)) {
        taken.push(requests[index]!);
      } else {
        outcomes[index] = { ok: false, error: alreadyVoted(vote, state) };
      }
    }
    if (taken.length === 0) {
      return { meetingId: null, outcomes };
    }
    const received = await putBallots(
      tx,
      vote.id,
      taken.map(({ body, receipt }) => ({
        ballot:
          vote.method === 'roll-call'
            ? { choice: body.choice, receipt, state: body.state }
            : { choice: body.choice, receipt },
        fraction: randomInt(PLACES) / PLACES,
      })),
    );
    await recordAudits(
      tx,
      taken.map(({ ctx, body }) => ({
        ctx,
        event: {
          action: 'vote.cast',
          entityType: 'vote',
          entityId: vote.id,
          before: null,
          after: vote.method === 'roll-call' ? { state: body.state, choice: body.choice } : { state: body.state },
        },
      })),
    );
    // One event per ballot, as when each came alone: the count after it, nothing else.
    const before = received - taken.length;
    await insertLiveEvents(
      tx,
      vote.meetingId,
      taken.map((_, index) => ({ type: 'vote.ballot', payload: { voteId: vote.id, received: before + index + 1 } })),
    );
    return { meetingId: vote.meetingId, outcomes };
  });
  if (meetingId !== null) {
    for (const live of new Set(requests.map(({ ctx }) => ctx.live))) {
      live?.notify(meetingId);
    }
  }
  return outcomes;
}

function alreadyVoted(vote: VoteRow, state: string): DomainError {
  return refused('already_voted', `${state} has voted in vote ${vote.number} already.`, ['state']);
}

/**
 * For the requests of a group whose actor may be the voting delegate of the state it casts for, whether it is:
 * two reads for the whole group, of the actors' own accounts and of those states' delegations only.
 */
async function votingDelegatesOf(
  tx: Executor,
  meetingId: string,
  facts: { present: string[]; proxies: Record<string, string> },
  requests: BallotRequest[],
): Promise<Set<BallotRequest>> {
  const candidates = requests.flatMap((request) => {
    const { actor } = request.ctx;
    const caster = castingStateFor(facts, request.body.state);
    return actor.kind === 'user' && caster !== null && actor.memberStateIso3 === caster
      ? [{ request, userId: actor.userId, caster }]
      : [];
  });
  if (candidates.length === 0) {
    return new Set();
  }
  const emails = await emailsOfUsers(
    tx,
    candidates.map(({ userId }) => userId),
  );
  const delegateEmails = await votingDelegateEmails(
    tx,
    meetingId,
    candidates.map(({ caster }) => caster),
  );
  const delegates = new Set<BallotRequest>();
  for (const { request, userId, caster } of candidates) {
    const email = emails.get(userId);
    const person = personOf(request.ctx.actor);
    if (email !== undefined && isVotingDelegate({ ...person!, email }, caster, delegateEmails.get(caster) ?? null)) {
      delegates.add(request);
    }
  }
  return delegates;
}

/** Throws the refusal of one ballot of an open vote that takes ballots, as if it came alone; already voted aside. */
function checkBallot(
  vote: VoteRow,
  facts: { present: string[]; proxies: Record<string, string> },
  request: BallotRequest,
  delegates: Set<BallotRequest>,
): void {
  const { ctx, body } = request;
  const person = personOf(ctx.actor);
  const caster = castingStateFor(facts, body.state);
  if (caster === null) {
    throw refused('not_eligible', `${body.state} is neither present nor represented by proxy in this vote.`, ['state']);
  }
  const recorder = recordsRollCall(person, vote.method);
  if (!recorder && !castsBallots(person)) {
    throw new DomainError('forbidden', 'The secretariat records roll-call answers; it never casts a secret ballot.');
  }
  if (!recorder && !delegates.has(request)) {
    const message =
      caster === body.state
        ? `Only ${caster}'s voting delegate casts its ballot.`
        : `Only the voting delegate of ${caster}, which holds ${body.state}'s proxy, casts that ballot.`;
    throw new DomainError('not_voting_delegate', message, [{ path: ['state'], code: 'not_voting_delegate', message }]);
  }
  assertNoIssues(
    ballotChoiceIssues({ kind: vote.kind as VoteKind, seats: vote.seats, candidates: candidateIds(vote) }, body.choice),
    'The ballot is not valid.',
  );
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

import { randomBytes, randomInt } from 'node:crypto';
import type {
  CastBallotBody,
  CreateVoteBody,
  OpenVoteBody,
  ReceiptCheck,
  ShowOfHandsBody,
  VoteRecordExport,
} from '@tansiq/api';
import {
  countParticipations,
  createBallotBox,
  findAgendaItem,
  findConsolidationDraft,
  findUserById,
  findVote,
  insertLiveEvent,
  insertVote,
  iso2Of,
  listDelegations,
  listParticipations,
  listProxiesInForce,
  listVotes,
  lockMeetingPresence,
  lockVote,
  nextVoteNumber,
  putBallot,
  readBallotBox,
  recordParticipation,
  updateVote,
  votingDelegateEmail,
  writeBallotBox,
  type Executor,
  type StoredBallot,
  type StoredTally,
  type VoteRow,
} from '@tansiq/db';
import {
  DEFAULT_VOTING_RULES,
  DomainError,
  assertNoIssues,
  ballotChoiceIssues,
  castingStateFor,
  memberStateNames,
  presenceOf,
  recountVote,
  rollCallOrder,
  statesCastBy,
  voteRecordOf,
  type Issue,
  type VoteKind,
  type VotingMethod,
  type VotingRules,
  type VoteTally,
  type ErrorCode,
  castsBallots,
  isVotingDelegate,
  recordsRollCall,
  requireBallotRight,
  requireVoteConductor,
} from '@tansiq/domain';
import { actorId } from '../../actor.ts';
import { recordAudit } from '../../audit.ts';
import type { ServiceContext } from '../../context.ts';
import { notFound } from '../../errors.ts';
import { personOf } from '../../policy.ts';
import { meetingOf } from '../delegations/delegation.service.ts';
import { appointElected, candidatesOfPost } from './vote-officers.ts';

/** A vote with what its page shows: the states that voted, the ballots received, the roll-call as recorded. */
export interface VoteView {
  row: VoteRow;
  voted: string[];
  received: number;
  callOrder: string[];
  /** Roll-call ballots in the order of the call; empty for a secret ballot or a show of hands. */
  rollCall: { state: string; choice: string | string[] }[];
  /** The tally with its figures once closed (`fullTally`), else null. */
  result: VoteTally | null;
}

function voteError(code: ErrorCode, message: string, path: Issue['path']): DomainError {
  return new DomainError(code, message, [{ path, code, message }]);
}

const notOpen = (row: VoteRow) =>
  voteError(
    'vote_not_open',
    row.status === 'draft' ? `Vote ${row.number} is not open yet.` : `Vote ${row.number} is closed.`,
    ['status'],
  );

async function voteOf(db: Executor, id: string, lock = false): Promise<VoteRow> {
  const row = lock ? await lockVote(db, id) : await findVote(db, id);
  if (row === undefined) {
    throw notFound('vote', id, ['params', 'id']);
  }
  return row;
}

const rulesOf = (row: VoteRow) => row.rules as VotingRules;
const candidateIds = (row: VoteRow) => row.candidates.map((candidate) => candidate.id);

/** The French order of a roll-call from the letter drawn, over the vote's electorate. */
async function callOrderOf(db: Executor, row: VoteRow): Promise<string[]> {
  if (row.method !== 'roll-call' || row.drawnLetter === null || row.electorate === null) {
    return [];
  }
  const iso2 = await iso2Of(db, row.electorate);
  return rollCallOrder(row.electorate, (iso3) => memberStateNames(iso2.get(iso3) ?? iso3).fr, row.drawnLetter);
}

/** Whether a stored tally carries the figures: a vote closed before issue 13 holds the first six fields only. */
function hasFigures(tally: StoredTally): tally is VoteTally {
  return tally.candidates !== undefined;
}

/**
 * The tally of a closed vote with its figures: as stored at the close, or, for a vote closed before the tally
 * gave its figures (issue 13), the stored result completed by a recount of the vote's stored record (the count
 * the close made; the stored fields are kept as they were). Null before the close.
 */
export async function fullTally(db: Executor, row: VoteRow): Promise<VoteTally | null> {
  if (row.status !== 'closed' || row.result === null) {
    return null;
  }
  if (hasFigures(row.result)) {
    return row.result;
  }
  return { ...recountVote(recordOf(row, await readBallotBox(db, row.id))), ...row.result };
}

/** A stored tally with its figures (`fullTally`), for a reader that holds the vote's id and tally only. */
export async function completeTally(db: Executor, voteId: string, stored: StoredTally): Promise<VoteTally> {
  if (hasFigures(stored)) {
    return stored;
  }
  return (await fullTally(db, await voteOf(db, voteId)))!;
}

async function viewOf(db: Executor, row: VoteRow): Promise<VoteView> {
  const voted = await listParticipations(db, row.id);
  const callOrder = await callOrderOf(db, row);
  let rollCall: VoteView['rollCall'] = [];
  if (row.method === 'roll-call') {
    const byState = new Map((await readBallotBox(db, row.id)).map((ballot) => [ballot.state!, ballot.choice]));
    rollCall = callOrder.filter((state) => byState.has(state)).map((state) => ({ state, choice: byState.get(state)! }));
  }
  return { row, voted, received: voted.length, callOrder, rollCall, result: await fullTally(db, row) };
}

/** A meeting's votes, in their order. */
export async function listMeetingVotes(ctx: ServiceContext, meeting: string): Promise<VoteView[]> {
  const found = await meetingOf(ctx.db, meeting);
  const rows = await listVotes(ctx.db, found.id);
  const received = await countParticipations(
    ctx.db,
    rows.map((row) => row.id),
  );
  const views: VoteView[] = [];
  for (const row of rows) {
    if (row.method === 'roll-call') {
      views.push(await viewOf(ctx.db, row));
    } else {
      const voted = await listParticipations(ctx.db, row.id);
      const result = await fullTally(ctx.db, row);
      views.push({ row, voted, received: received.get(row.id) ?? 0, callOrder: [], rollCall: [], result });
    }
  }
  return views;
}

export async function getVote(ctx: ServiceContext, id: string): Promise<VoteView> {
  return viewOf(ctx.db, await voteOf(ctx.db, id));
}

/** What the body of a new vote gets wrong, every field at once. */
function creationIssues(body: CreateVoteBody): Issue[] {
  const issues: Issue[] = [];
  const add = (path: Issue['path'], code: string, message: string) => issues.push({ path, code, message });
  if (body.kind === 'question') {
    for (const key of ['seats', 'candidates', 'officerPost'] as const) {
      if (body[key] !== undefined) {
        add([key], 'not_an_election', `Only an election has ${key}.`);
      }
    }
    return issues;
  }
  if (body.method === 'show-of-hands') {
    add(['method'], 'bad_value', 'An election is by secret ballot or roll-call, not by show of hands.');
  }
  if (body.consolidationDraft !== undefined) {
    add(['consolidationDraft'], 'not_a_question', 'Only a question puts a consolidated text to the vote.');
  }
  if (body.candidates === undefined && body.officerPost === undefined) {
    add(['candidates'], 'missing', 'Give the candidates, or the officer post whose nominations stand.');
  }
  if (body.candidates !== undefined && body.officerPost !== undefined) {
    add(['officerPost'], 'bad_value', 'Give the candidates or an officer post, not both.');
  }
  const seen = new Set<string>();
  body.candidates?.forEach((candidate, index) => {
    if (seen.has(candidate.id)) {
      add(['candidates', index, 'id'], 'duplicate_candidate', `${candidate.id} is listed twice.`);
    }
    seen.add(candidate.id);
  });
  if (body.candidates !== undefined && (body.seats ?? 1) > body.candidates.length) {
    add(['seats'], 'bad_value', `${body.seats} seats for ${body.candidates.length} candidate(s).`);
  }
  return issues;
}

/** Prepares a vote (secretariat). It opens later; its electorate and presence are fixed then. */
export async function createVote(ctx: ServiceContext, meeting: string, body: CreateVoteBody): Promise<VoteView> {
  requireVoteConductor(personOf(ctx.actor), 'prepare votes');
  assertNoIssues(creationIssues(body), 'The vote is not valid.');
  const row = await ctx.db.transaction(async (tx) => {
    const found = await meetingOf(tx, meeting);
    const issues: Issue[] = [];
    if (body.agendaItem !== null) {
      const item = await findAgendaItem(tx, body.agendaItem);
      if (item === undefined || item.meetingId !== found.id) {
        const code = item === undefined ? 'unknown_agenda_item' : 'agenda_item_of_another_meeting';
        issues.push({ path: ['agendaItem'], code, message: 'Give an agenda item of this meeting.' });
      }
    }
    if (body.consolidationDraft !== undefined) {
      const draft = await findConsolidationDraft(tx, body.consolidationDraft);
      if (draft === undefined || draft.meetingId !== found.id || draft.status !== 'open') {
        const code =
          draft === undefined
            ? 'unknown_draft'
            : draft.status !== 'open'
              ? 'draft_adopted'
              : 'draft_of_another_meeting';
        issues.push({
          path: ['consolidationDraft'],
          code,
          message: 'Give an open consolidation draft of this meeting.',
        });
      }
    }
    let candidates = body.candidates ?? [];
    let seats = body.kind === 'election' ? (body.seats ?? 1) : 0;
    if (body.officerPost !== undefined) {
      const post = await candidatesOfPost(tx, found, body.officerPost);
      if ('issue' in post) {
        issues.push(post.issue);
      } else {
        candidates = post.candidates;
        seats = body.seats ?? post.seats;
        if (seats > candidates.length) {
          issues.push({
            path: ['seats'],
            code: 'bad_value',
            message: `${seats} seats for ${candidates.length} standing nomination(s).`,
          });
        }
      }
    }
    assertNoIssues(issues, 'The vote is not valid.');
    const rules: VotingRules = { ...DEFAULT_VOTING_RULES, ...body.rules, maxProxies: found.maxProxies };
    const created = await insertVote(tx, {
      meetingId: found.id,
      number: await nextVoteNumber(tx, found.id),
      agendaItemId: body.agendaItem,
      title: body.title,
      kind: body.kind,
      method: body.method,
      seats,
      candidates,
      rules,
      officerGroup: body.officerPost?.group ?? null,
      officerPost: body.officerPost?.post ?? null,
      consolidationDraftId: body.consolidationDraft ?? null,
      createdBy: actorId(ctx.actor) ?? '',
    });
    await recordAudit(tx, ctx, {
      action: 'vote.create',
      entityType: 'vote',
      entityId: created.id,
      before: null,
      after: {
        meeting: found.code,
        number: created.number,
        kind: created.kind,
        method: created.method,
        seats,
        candidates: candidates.map((candidate) => candidate.id),
        rules,
      },
    });
    return created;
  });
  return viewOf(ctx.db, row);
}

/** A letter drawn by lot for a roll-call, when the secretariat did not draw one in the room. */
const drawLetter = () => String.fromCharCode(65 + randomInt(26));

/**
 * Opens a vote (secretariat): the electorate (the delegations registered), the states present and the proxies
 * that count are fixed now, as a vote record has them; ballots are taken from now until the close.
 */
export async function openVote(ctx: ServiceContext, id: string, body: OpenVoteBody): Promise<VoteView> {
  requireVoteConductor(personOf(ctx.actor), 'open votes');
  const { row, meetingId } = await ctx.db.transaction(async (tx) => {
    const vote = await voteOf(tx, id, true);
    if (vote.status !== 'draft') {
      throw voteError('vote_not_draft', `Vote ${vote.number} was opened already.`, ['status']);
    }
    if (body.drawnLetter !== undefined && vote.method !== 'roll-call') {
      throw voteError('not_roll_call', 'Only a roll-call starts from a letter drawn by lot.', ['drawnLetter']);
    }
    await lockMeetingPresence(tx, vote.meetingId);
    const delegations = await listDelegations(tx, vote.meetingId);
    const proxies = await listProxiesInForce(tx, vote.meetingId);
    if (delegations.length === 0) {
      throw voteError('no_electorate', 'No delegation is registered at the meeting: nobody can vote.', ['electorate']);
    }
    const states = delegations.map((delegation) => delegation.memberStateIso3).sort();
    const checkedIn = new Set(delegations.filter((d) => d.checkedInAt !== null).map((d) => d.memberStateIso3));
    const presence = presenceOf(
      states,
      checkedIn,
      proxies.map((proxy) => ({ giver: proxy.giverIso3, holder: proxy.holderIso3 })),
    );
    const opened = await updateVote(tx, vote.id, {
      status: 'open',
      electorate: states,
      present: presence.present,
      proxies: presence.proxies,
      drawnLetter: vote.method === 'roll-call' ? (body.drawnLetter ?? drawLetter()) : null,
      openedAt: ctx.clock.now(),
      updatedAt: ctx.clock.now(),
    });
    await createBallotBox(tx, vote.id);
    await recordAudit(tx, ctx, {
      action: 'vote.open',
      entityType: 'vote',
      entityId: vote.id,
      before: { status: 'draft' },
      after: {
        status: 'open',
        electorate: states.length,
        present: presence.present,
        proxies: presence.proxies,
        drawnLetter: opened.drawnLetter,
      },
    });
    await insertLiveEvent(tx, {
      meetingId: vote.meetingId,
      type: 'vote.opened',
      payload: {
        voteId: vote.id,
        number: vote.number,
        kind: vote.kind,
        method: vote.method,
        electorate: states.length,
        counted: presence.counted,
      },
    });
    return { row: opened, meetingId: vote.meetingId };
  });
  ctx.live?.notify(meetingId);
  return viewOf(ctx.db, row);
}

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
    const vote = await voteOf(tx, id, true);
    if (vote.status !== 'open') {
      throw notOpen(vote);
    }
    if (vote.method === 'show-of-hands') {
      throw voteError('wrong_method', 'A show of hands takes counts, not ballots.', ['method']);
    }
    const facts = { present: vote.present ?? [], proxies: vote.proxies ?? {} };
    const caster = castingStateFor(facts, body.state);
    if (caster === null) {
      throw voteError('not_eligible', `${body.state} is neither present nor represented by proxy in this vote.`, [
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
      throw voteError('already_voted', `${body.state} has voted in vote ${vote.number} already.`, ['state']);
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
    const vote = await voteOf(tx, id, true);
    if (vote.status !== 'open') {
      throw notOpen(vote);
    }
    if (vote.method !== 'show-of-hands') {
      throw voteError('wrong_method', 'Only a show of hands takes counts; this vote takes ballots.', ['method']);
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

/** Fisher–Yates with the system's cryptographic generator. */
function shuffled<T>(items: readonly T[]): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i -= 1) {
    const j = randomInt(i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** The record of a vote from its stored row and ballots. */
function recordOf(vote: VoteRow, ballots: readonly StoredBallot[]) {
  return voteRecordOf({
    kind: vote.kind as VoteKind,
    method: vote.method as VotingMethod,
    electorate: vote.electorate ?? [],
    present: vote.present ?? [],
    proxies: vote.proxies ?? {},
    rules: rulesOf(vote),
    seats: vote.seats,
    candidates: candidateIds(vote),
    ballots,
    counts: vote.counts,
  });
}

/**
 * Closes a vote (secretariat) and counts it: the result is the recount of the vote's own record, so
 * `tansiq tally` on the export gives the same. The box is shuffled once more; an election to an officer post
 * appoints those elected.
 */
export async function closeVote(ctx: ServiceContext, id: string): Promise<VoteView> {
  requireVoteConductor(personOf(ctx.actor), 'close votes');
  const { row, meetingId } = await ctx.db.transaction(async (tx) => {
    const vote = await voteOf(tx, id, true);
    if (vote.status !== 'open') {
      throw notOpen(vote);
    }
    if (vote.method === 'show-of-hands' && vote.counts === null) {
      throw voteError('counts_missing', 'Enter the counts of the show of hands before closing.', ['counts']);
    }
    let box = await readBallotBox(tx, vote.id);
    if (vote.method === 'roll-call') {
      const order = await callOrderOf(tx, vote);
      box = [...box].sort((a, b) => order.indexOf(a.state!) - order.indexOf(b.state!));
    } else {
      box = shuffled(box);
    }
    const tally = recountVote(recordOf(vote, box));
    const now = ctx.clock.now();
    const closed = await updateVote(tx, vote.id, { status: 'closed', closedAt: now, result: tally, updatedAt: now });
    await writeBallotBox(tx, vote.id, box);
    const appointed = await appointElected(tx, vote, tally.elected, now);
    await recordAudit(tx, ctx, {
      action: 'vote.close',
      entityType: 'vote',
      entityId: vote.id,
      before: { status: 'open' },
      after: { status: 'closed', ballots: box.length, ...tally, ...(appointed.length > 0 ? { appointed } : {}) },
    });
    await insertLiveEvent(tx, {
      meetingId: vote.meetingId,
      type: 'vote.closed',
      payload: { voteId: vote.id, number: vote.number, received: box.length, result: tally },
    });
    return { row: closed, meetingId: vote.meetingId };
  });
  ctx.live?.notify(meetingId);
  return viewOf(ctx.db, row);
}

/** The states the actor casts ballots for in an open vote, and whether each has voted. */
export async function voterStanding(ctx: ServiceContext, id: string) {
  const vote = await voteOf(ctx.db, id);
  const caster = ctx.actor.kind === 'user' ? ctx.actor.memberStateIso3 : null;
  if (vote.status === 'draft' || caster === null || !(await isVotingDelegateOf(ctx.db, ctx, vote.meetingId, caster))) {
    return { voteId: vote.id, states: [] };
  }
  const voted = new Set(await listParticipations(ctx.db, vote.id));
  const states = statesCastBy({ present: vote.present ?? [], proxies: vote.proxies ?? {} }, caster);
  return { voteId: vote.id, states: states.map((entry) => ({ ...entry, voted: voted.has(entry.state) })) };
}

async function closedVote(db: Executor, id: string): Promise<VoteRow> {
  const vote = await voteOf(db, id);
  if (vote.status !== 'closed') {
    throw voteError('vote_not_closed', `Vote ${vote.number} is not closed: its ballots are not out yet.`, ['status']);
  }
  return vote;
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

/** The `tansiq-vote/1` record of a closed vote, which `tansiq tally` recounts. */
export async function exportVoteRecord(ctx: ServiceContext, id: string): Promise<VoteRecordExport> {
  const vote = await closedVote(ctx.db, id);
  return recordOf(vote, await readBallotBox(ctx.db, vote.id)) as VoteRecordExport;
}

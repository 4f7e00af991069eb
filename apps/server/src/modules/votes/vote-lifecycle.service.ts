import { randomInt } from 'node:crypto';
import type { CreateVoteBody, OpenVoteBody } from '@tansiq/api';
import {
  countParticipations,
  createBallotBox,
  findAgendaItem,
  findConsolidationDraft,
  insertLiveEvent,
  insertVote,
  listDelegationRows,
  listParticipations,
  listProxiesInForce,
  listVotes,
  lockMeetingPresence,
  nextVoteNumber,
  readBallotBox,
  updateVote,
  writeBallotBox,
} from '@tansiq/db';
import {
  DEFAULT_VOTING_RULES,
  assertNoIssues,
  presenceOf,
  recountVote,
  type Issue,
  type VotingRules,
  requireVoteConductor,
} from '@tansiq/domain';
import { actorId } from '../../actor.ts';
import { recordAudit } from '../../audit.ts';
import { personOf } from '../../policy.ts';
import type { ServiceContext } from '../../context.ts';
import { refused } from '../../errors.ts';
import { requireLockedVote, requireMeeting, requireVote } from '../../lookups.ts';
import { appointElected, candidatesOfPost } from './vote-officers.ts';
import { fullTally, recordOf } from './vote-record.service.ts';
import { callOrderOf, notOpen, viewOf, type VoteView } from './vote-view.ts';

/* A vote's life: reading votes, preparing, opening (electorate and presence fixed) and closing (the count). */

/** A meeting's votes, in their order. */
export async function listMeetingVotes(ctx: ServiceContext, meeting: string): Promise<VoteView[]> {
  const found = await requireMeeting(ctx.db, meeting);
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
  return viewOf(ctx.db, await requireVote(ctx.db, id));
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
    const found = await requireMeeting(tx, meeting);
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
    const vote = await requireLockedVote(tx, id);
    if (vote.status !== 'draft') {
      throw refused('vote_not_draft', `Vote ${vote.number} was opened already.`, ['status']);
    }
    if (body.drawnLetter !== undefined && vote.method !== 'roll-call') {
      throw refused('not_roll_call', 'Only a roll-call starts from a letter drawn by lot.', ['drawnLetter']);
    }
    await lockMeetingPresence(tx, vote.meetingId);
    const delegations = await listDelegationRows(tx, vote.meetingId);
    const proxies = await listProxiesInForce(tx, vote.meetingId);
    if (delegations.length === 0) {
      throw refused('no_electorate', 'No delegation is registered at the meeting: nobody can vote.', ['electorate']);
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

/** Fisher–Yates with the system's cryptographic generator. */
function shuffled<T>(items: readonly T[]): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i -= 1) {
    const j = randomInt(i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/**
 * Closes a vote (secretariat) and counts it: the result is the recount of the vote's own record, so
 * `tansiq tally` on the export gives the same. The box is shuffled once more; an election to an officer post
 * appoints those elected.
 */
export async function closeVote(ctx: ServiceContext, id: string): Promise<VoteView> {
  requireVoteConductor(personOf(ctx.actor), 'close votes');
  const { row, meetingId } = await ctx.db.transaction(async (tx) => {
    const vote = await requireLockedVote(tx, id);
    if (vote.status !== 'open') {
      throw notOpen(vote);
    }
    if (vote.method === 'show-of-hands' && vote.counts === null) {
      throw refused('counts_missing', 'Enter the counts of the show of hands before closing.', ['counts']);
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

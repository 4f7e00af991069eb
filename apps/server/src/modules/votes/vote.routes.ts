import {
  CastBallotBody,
  CastReceipt,
  CreateVoteBody,
  OpenVoteBody,
  ReceiptCheck,
  ShowOfHandsBody,
  Vote,
  VoteRecordExport,
  VoterStanding,
  listOf,
  one,
} from '@tansiq/api';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireActor } from '../../plugins/authenticate.ts';
import { presentVote } from './vote.presenter.ts';
import { castBallot, checkReceipt, enterCounts, voterStanding } from './vote-ballot.service.ts';
import { closeVote, createVote, getVote, listMeetingVotes, openVote } from './vote-lifecycle.service.ts';
import { exportVoteRecord } from './vote-record.service.ts';

const MeetingParams = z.object({ meeting: z.string().min(1).max(64).meta({ description: 'Meeting id or code.' }) });
const VoteParams = z.object({ id: z.uuid() });
const ReceiptParams = VoteParams.extend({ receipt: z.string().min(1).max(40) });

export const voteRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/meetings/:meeting/votes',
    {
      schema: {
        tags: ['votes'],
        summary: "A meeting's votes, in order: open, closed with their result, or prepared",
        params: MeetingParams,
        response: { 200: listOf(Vote) },
      },
    },
    async (request) => ({ data: (await listMeetingVotes(request.ctx, request.params.meeting)).map(presentVote) }),
  );

  app.post(
    '/meetings/:meeting/votes',
    {
      onRequest: requireActor,
      schema: {
        tags: ['votes'],
        summary: 'Prepare a vote on a question or an election (secretariat)',
        params: MeetingParams,
        body: CreateVoteBody,
        response: { 201: one(Vote) },
      },
    },
    async (request, reply) =>
      reply.code(201).send({ data: presentVote(await createVote(request.ctx, request.params.meeting, request.body)) }),
  );

  app.get(
    '/votes/:id',
    {
      schema: {
        tags: ['votes'],
        summary: 'A vote: its state, the states that voted, the result once closed',
        params: VoteParams,
        response: { 200: one(Vote) },
      },
    },
    async (request) => ({ data: presentVote(await getVote(request.ctx, request.params.id)) }),
  );

  app.post(
    '/votes/:id/open',
    {
      onRequest: requireActor,
      schema: {
        tags: ['votes'],
        summary: 'Open a vote (secretariat): the electorate, the states present and the proxies are fixed',
        params: VoteParams,
        body: OpenVoteBody.default({}),
        response: { 200: one(Vote) },
      },
    },
    async (request) => ({ data: presentVote(await openVote(request.ctx, request.params.id, request.body)) }),
  );

  app.post(
    '/votes/:id/ballots',
    {
      onRequest: requireActor,
      schema: {
        tags: ['votes'],
        summary: "Cast a state's ballot (its voting delegate; a roll-call also the secretariat); answers a receipt",
        params: VoteParams,
        body: CastBallotBody,
        response: { 201: one(CastReceipt) },
      },
    },
    async (request, reply) =>
      reply.code(201).send({ data: await castBallot(request.ctx, request.params.id, request.body) }),
  );

  app.put(
    '/votes/:id/counts',
    {
      onRequest: requireActor,
      schema: {
        tags: ['votes'],
        summary: 'Enter the counts of a show of hands (secretariat)',
        params: VoteParams,
        body: ShowOfHandsBody,
        response: { 200: one(Vote) },
      },
    },
    async (request) => ({ data: presentVote(await enterCounts(request.ctx, request.params.id, request.body)) }),
  );

  app.post(
    '/votes/:id/close',
    {
      onRequest: requireActor,
      schema: {
        tags: ['votes'],
        summary: 'Close a vote and count it (secretariat)',
        params: VoteParams,
        response: { 200: one(Vote) },
      },
    },
    async (request) => ({ data: presentVote(await closeVote(request.ctx, request.params.id)) }),
  );

  app.get(
    '/votes/:id/standing',
    {
      onRequest: requireActor,
      schema: {
        tags: ['votes'],
        summary: 'The states the caller casts ballots for, and whether each has voted',
        params: VoteParams,
        response: { 200: one(VoterStanding) },
      },
    },
    async (request) => ({ data: await voterStanding(request.ctx, request.params.id) }),
  );

  app.get(
    '/votes/:id/receipts/:receipt',
    {
      // The code is in the address: no request line is logged, so no log ties a receipt to a caller's address.
      logLevel: 'warn',
      schema: {
        tags: ['votes'],
        summary: 'After the close: the ballot a receipt code was given for, counted',
        params: ReceiptParams,
        response: { 200: one(ReceiptCheck) },
      },
    },
    async (request) => ({ data: await checkReceipt(request.ctx, request.params.id, request.params.receipt) }),
  );

  app.get(
    '/votes/:id/record',
    {
      schema: {
        tags: ['votes'],
        summary: 'A closed vote as a tansiq-vote/1 record, for `tansiq tally` to recount',
        params: VoteParams,
        response: { 200: VoteRecordExport },
      },
    },
    async (request, reply) => {
      const record = await exportVoteRecord(request.ctx, request.params.id);
      return reply.header('content-disposition', `attachment; filename="vote-${request.params.id}.json"`).send(record);
    },
  );
};

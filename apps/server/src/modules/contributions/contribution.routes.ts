import {
  AddProposalBody,
  Contribution,
  ContributionSummary,
  CreateContributionBody,
  Language,
  SignBody,
  listOf,
  one,
} from '@tansiq/api';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { renderContributionDocx } from '../../exchange/contribution-docx.ts';
import { contributionJson } from '../../exchange/contribution-json.ts';
import { requireActor } from '../../plugins/authenticate.ts';
import { contributionForExport } from './contribution-export.service.ts';
import { presentDocumentHead, presentProposal, presentSignature } from './contribution.presenter.ts';
import {
  addProposal,
  createContribution,
  getContribution,
  listContributions,
  removeProposal,
  submitContribution,
} from './contribution.service.ts';
import { signCommonProposal, withdrawCommonProposalStance } from './signature.service.ts';
import { RECORDS_READ } from '../../cache/cached-reads.ts';

const IdParams = z.object({ id: z.uuid() });

/** Contributions: drafting, proposals, submission, common-proposal signatures, and their export. */
export const contributionRoutes: FastifyPluginAsyncZod = async (app) => {
  const present = async (request: { ctx: Parameters<typeof getContribution>[0] }, id: string) => {
    const { document, meeting, proposals, common, files, translations } = await getContribution(request.ctx, id);
    return {
      ...presentDocumentHead(document, meeting, files, translations),
      proposals: proposals.map(({ proposal, baseText }) => presentProposal(proposal, baseText)),
      commonProposal: common === null ? null : { ...common, signatures: common.signatures.map(presentSignature) },
    };
  };

  app.get(
    '/contributions',
    {
      config: { cache: RECORDS_READ },
      schema: {
        tags: ['contributions'],
        summary: "A meeting's documents the caller may read",
        querystring: z.object({ meeting: z.string().min(1).max(64) }),
        response: { 200: listOf(ContributionSummary) },
      },
    },
    async (request) => {
      const { meeting, documents, files, translations } = await listContributions(request.ctx, request.query.meeting);
      return {
        data: documents.map(({ row, proposalCount }) => ({
          ...presentDocumentHead(row, meeting, files, translations),
          proposalCount,
        })),
      };
    },
  );

  app.post(
    '/contributions',
    {
      onRequest: requireActor,
      schema: {
        tags: ['contributions'],
        summary: 'Draft a contribution',
        body: CreateContributionBody,
        response: { 201: one(Contribution) },
      },
    },
    async (request, reply) => {
      const row = await createContribution(request.ctx, request.body);
      return reply.code(201).send({ data: await present(request, row.id) });
    },
  );

  app.get(
    '/contributions/:id',
    {
      config: { cache: RECORDS_READ },
      schema: {
        tags: ['contributions'],
        summary: 'One contribution',
        params: IdParams,
        response: { 200: one(Contribution) },
      },
    },
    async (request) => ({ data: await present(request, request.params.id) }),
  );

  app.post(
    '/contributions/:id/proposals',
    {
      onRequest: requireActor,
      schema: {
        tags: ['contributions'],
        summary: 'Add a proposal to a draft',
        params: IdParams,
        body: AddProposalBody,
        response: { 201: one(Contribution) },
      },
    },
    async (request, reply) => {
      await addProposal(request.ctx, request.params.id, request.body);
      return reply.code(201).send({ data: await present(request, request.params.id) });
    },
  );

  app.delete(
    '/contributions/:id/proposals/:proposalId',
    {
      onRequest: requireActor,
      schema: {
        tags: ['contributions'],
        summary: 'Remove a proposal from a draft',
        params: IdParams.extend({ proposalId: z.uuid() }),
        response: { 200: one(Contribution) },
      },
    },
    async (request) => {
      await removeProposal(request.ctx, request.params.id, request.params.proposalId);
      return { data: await present(request, request.params.id) };
    },
  );

  app.post(
    '/contributions/:id/submit',
    {
      onRequest: requireActor,
      schema: {
        tags: ['contributions'],
        summary: 'Submit: number, proposal numbers, deadline status',
        params: IdParams,
        response: { 200: one(Contribution) },
      },
    },
    async (request) => {
      await submitContribution(request.ctx, request.params.id);
      return { data: await present(request, request.params.id) };
    },
  );

  app.post(
    '/contributions/:id/signatures',
    {
      onRequest: requireActor,
      schema: {
        tags: ['contributions'],
        summary: "Sign on to (or object to) a common proposal for one's administration",
        params: IdParams,
        body: SignBody,
        response: { 200: one(Contribution) },
      },
    },
    async (request) => {
      await signCommonProposal(request.ctx, request.params.id, request.body.stance);
      return { data: await present(request, request.params.id) };
    },
  );

  app.delete(
    '/contributions/:id/signatures',
    {
      onRequest: requireActor,
      schema: {
        tags: ['contributions'],
        summary: "Withdraw one's administration's signature or objection",
        params: IdParams,
        response: { 200: one(Contribution) },
      },
    },
    async (request) => {
      await withdrawCommonProposalStance(request.ctx, request.params.id);
      return { data: await present(request, request.params.id) };
    },
  );

  app.get(
    '/contributions/:id/export',
    {
      schema: {
        tags: ['contributions'],
        summary: 'The contribution as a Word document in ITU layout (or JSON)',
        params: IdParams,
        querystring: z.object({ lang: Language.optional(), format: z.enum(['docx', 'json']).default('docx') }),
      },
    },
    async (request, reply) => {
      const head = await getContribution(request.ctx, request.params.id);
      const language = request.query.lang ?? (head.document.originalLanguage as z.infer<typeof Language>);
      const document = await contributionForExport(request.ctx, request.params.id, language);
      if (request.query.format === 'json') {
        return reply.type('application/json').send(contributionJson(document));
      }
      const name = `${(head.document.number ?? 'draft').toString()}-${language}.docx`;
      return reply
        .type('application/vnd.openxmlformats-officedocument.wordprocessingml.document')
        .header('content-disposition', `attachment; filename="contribution-${name}"`)
        .send(await renderContributionDocx(document));
    },
  );
};

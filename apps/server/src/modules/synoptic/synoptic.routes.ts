import {
  RegionDivergence,
  RegionDivergenceQuery,
  Synoptic,
  SynopticQuery,
  SynopticSummary,
  listOf,
  one,
} from '@tansiq/api';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { getRegionDivergence } from './divergence.service.ts';
import { presentSummary, presentSynoptic } from './synoptic.presenter.ts';
import { getSynoptic, listSynoptics } from './synoptic.service.ts';
import { RECORDS_READ } from '../../cache/cached-reads.ts';

const MeetingParams = z.object({ meeting: z.string().min(1).max(64).meta({ description: 'Meeting id or code.' }) });

/**
 * The synoptic compilation of a meeting's proposals and its divergence, read-only. Each reader sees the
 * compilation of the contributions they may read (drafts and withdrawn contributions never count).
 */
export const synopticRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/meetings/:meeting/synoptic',
    {
      config: { cache: RECORDS_READ },
      schema: {
        tags: ['synoptic'],
        summary: 'Every instrument version with proposals at a meeting, with its divergence',
        params: MeetingParams,
        response: { 200: listOf(SynopticSummary) },
      },
    },
    async (request) => ({
      data: (await listSynoptics(request.ctx, request.params.meeting)).compilations.map(presentSummary),
    }),
  );

  app.get(
    '/meetings/:meeting/synoptic/:version',
    {
      config: { cache: RECORDS_READ },
      schema: {
        tags: ['synoptic'],
        summary: 'The synoptic compilation of one instrument version at a meeting',
        params: MeetingParams.extend({ version: z.uuid() }),
        querystring: SynopticQuery,
        response: { 200: one(Synoptic) },
      },
    },
    async (request) => ({
      data: presentSynoptic(
        await getSynoptic(
          request.ctx,
          request.params.meeting,
          request.params.version,
          request.query.lang,
          request.query.prefer,
        ),
      ),
    }),
  );

  app.get(
    '/meetings/:meeting/divergence',
    {
      config: { cache: RECORDS_READ },
      schema: {
        tags: ['synoptic'],
        summary: "A meeting's region-by-region divergence matrix and hot spots",
        params: MeetingParams,
        querystring: RegionDivergenceQuery,
        response: { 200: one(RegionDivergence) },
      },
    },
    async (request) => ({
      data: await getRegionDivergence(request.ctx, request.params.meeting, request.query.limit),
    }),
  );
};

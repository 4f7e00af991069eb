import {
  ImportTextBody,
  ImportedText,
  Instrument,
  InstrumentVersion,
  InstrumentsQuery,
  VersionQuery,
  listOf,
  one,
} from '@tansiq/api';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireActor } from '../../plugins/authenticate.ts';
import { presentInstrument, presentInstrumentInList, presentVersion } from './library.presenter.ts';
import {
  getInstrument,
  getVersion,
  importInstrumentText,
  linkInstruments,
  listInstruments,
} from './library.service.ts';
import { RECORDS_READ } from '../../cache/cached-reads.ts';

/** The texts library: instruments, their versions and lineage, and each version's text per language. */
export const libraryRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/instruments',
    {
      config: { cache: RECORDS_READ },
      schema: {
        tags: ['texts'],
        summary: 'Instruments with their versions',
        querystring: InstrumentsQuery,
        response: { 200: listOf(Instrument) },
      },
    },
    async (request) => ({
      data: (await listInstruments(request.ctx, request.query)).map(presentInstrumentInList),
    }),
  );

  app.get(
    '/instruments/:id',
    {
      config: { cache: RECORDS_READ },
      schema: {
        tags: ['texts'],
        summary: 'One instrument with its versions and lineage',
        params: z.object({ id: z.uuid() }),
        response: { 200: one(Instrument) },
      },
    },
    async (request) => {
      const { row, versions, lineage } = await getInstrument(request.ctx, request.params.id);
      return { data: presentInstrument(row, versions, lineage) };
    },
  );

  app.get(
    '/instrument-versions/:id',
    {
      config: { cache: RECORDS_READ },
      schema: {
        tags: ['texts'],
        summary: 'A version with its provisions, in one or more languages',
        params: z.object({ id: z.uuid() }),
        querystring: VersionQuery,
        response: { 200: one(InstrumentVersion) },
      },
    },
    async (request) => {
      const reading = request.query.as;
      const view = await getVersion(request.ctx, request.params.id, request.query.lang?.split(','), reading);
      return { data: presentVersion(view, reading) };
    },
  );

  app.post(
    '/instruments/:id/lineage',
    {
      onRequest: requireActor,
      schema: {
        tags: ['texts'],
        summary: 'Record that this instrument revises, was merged into, split from or abrogates another (secretariat)',
        params: z.object({ id: z.uuid() }),
        body: z
          .object({
            relation: z.enum(['revises', 'merged-into', 'split-from', 'abrogates']),
            instrument: z.uuid(),
            meeting: z.string().min(1).max(64).nullable().default(null),
          })
          .strict(),
        response: { 201: one(Instrument) },
      },
    },
    async (request, reply) => {
      const { row, versions, lineage } = await linkInstruments(request.ctx, request.params.id, request.body);
      return reply.code(201).send({ data: presentInstrument(row, versions, lineage) });
    },
  );

  app.post(
    '/instruments/import',
    {
      onRequest: requireActor,
      schema: {
        tags: ['texts'],
        summary: 'Store a text in ITU layout as a language version (secretariat)',
        body: ImportTextBody,
        response: { 201: one(ImportedText) },
      },
    },
    async (request, reply) => reply.code(201).send({ data: await importInstrumentText(request.ctx, request.body) }),
  );
};

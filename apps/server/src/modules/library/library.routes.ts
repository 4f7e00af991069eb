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
import type { InstrumentRow, VersionRow } from '@tansiq/db';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireActor } from '../../plugins/authenticate.ts';
import { presentCorrigendum } from './corrigendum.routes.ts';
import type { CorrigendumWithChanges } from './corrigendum.service.ts';
import {
  getInstrument,
  getVersion,
  importInstrumentText,
  linkInstruments,
  listInstruments,
} from './library.service.ts';

const ref = (row: InstrumentRow) => ({
  id: row.id,
  kind: row.kind as Instrument['kind'],
  number: row.number,
  title: row.title,
});

const versionSummary = (row: VersionRow & { languages: string[]; labels: Record<string, string> }) => ({
  id: row.id,
  label: row.label,
  status: row.status as Instrument['versions'][number]['status'],
  adoptedAtMeetingId: row.adoptedAtMeetingId,
  adoptedOn: row.adoptedOn,
  languages: row.languages,
  labels: row.labels,
});

function presentInstrument(
  row: InstrumentRow,
  versions: (VersionRow & { languages: string[]; labels: Record<string, string> })[],
  lineage: { relation: string; direction: 'outgoing' | 'incoming'; other: InstrumentRow }[],
): Instrument {
  return {
    ...ref(row),
    versions: versions.map(versionSummary),
    lineage: lineage.map((link) => ({
      relation: link.relation as Instrument['lineage'][number]['relation'],
      direction: link.direction,
      instrument: ref(link.other),
    })),
  };
}

/** For each "<language> <provision>" corrected, the number of the latest corrigendum that corrected it. */
function latestCorrections(corrigenda: readonly CorrigendumWithChanges[]): Map<string, number> {
  const latest = new Map<string, number>();
  for (const corrigendum of corrigenda) {
    for (const change of corrigendum.changes) {
      // In number order: a later corrigendum of the same provision replaces the mark.
      latest.set(`${corrigendum.language} ${change.provisionId}`, corrigendum.number);
    }
  }
  return latest;
}

/** The texts library: instruments, their versions and lineage, and each version's text per language. */
export const libraryRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/instruments',
    {
      schema: {
        tags: ['texts'],
        summary: 'Instruments with their versions',
        querystring: InstrumentsQuery,
        response: { 200: listOf(Instrument) },
      },
    },
    async (request) => ({
      data: (await listInstruments(request.ctx, request.query)).map(({ row, versions }) => ({
        ...ref(row),
        versions: versions.map(versionSummary),
        lineage: [],
      })),
    }),
  );

  app.get(
    '/instruments/:id',
    {
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
      schema: {
        tags: ['texts'],
        summary: 'A version with its provisions, in one or more languages',
        params: z.object({ id: z.uuid() }),
        querystring: VersionQuery,
        response: { 200: one(InstrumentVersion) },
      },
    },
    async (request) => {
      const languages = request.query.lang?.split(',');
      const reading = request.query.as;
      const { version, instrument, texts, provisions, provisionTexts, corrigenda } = await getVersion(
        request.ctx,
        request.params.id,
        languages,
        reading,
      );
      const correctedBy = reading === 'corrected' ? latestCorrections(corrigenda) : new Map<string, number>();
      return {
        data: {
          id: version.id,
          instrument: ref(instrument),
          label: version.label,
          status: version.status as InstrumentVersion['status'],
          adoptedAtMeetingId: version.adoptedAtMeetingId,
          adoptedOn: version.adoptedOn,
          texts: Object.fromEntries(
            texts.map((text) => [text.language, { revision: text.revision, title: text.title, body: text.body }]),
          ),
          provisions: provisions.map((provision) => ({
            id: provision.provisionId,
            section: provision.section as InstrumentVersion['provisions'][number]['section'],
            headingKey: provision.headingKey,
            key: provision.key,
            parent: provision.parent,
            texts: Object.fromEntries(
              provisionTexts
                .filter((text) => text.provisionId === provision.provisionId)
                .map((text) => {
                  const corrigendum = correctedBy.get(`${text.language} ${text.provisionId}`);
                  return [
                    text.language,
                    {
                      heading: text.heading,
                      num: text.num,
                      text: text.text,
                      ...(corrigendum === undefined ? {} : { corrigendum }),
                    },
                  ];
                }),
            ),
          })),
          reading,
          corrigenda: corrigenda.map((corrigendum) => presentCorrigendum(corrigendum, provisions)),
        },
      };
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

import { z } from 'zod';
import { LocalizedText, localizedTitle } from './common.schema.ts';

const AgendaNumber = z
  .string()
  .regex(/^[1-9]\d{0,2}(\.[1-9]\d{0,2}){0,3}$/, 'A number such as 3 or 3.1.')
  .meta({ description: 'As on the agenda: "3", "3.1".' });

const DocumentIds = z
  .array(z.uuid())
  .max(200)
  .refine((ids) => new Set(ids).size === ids.length, 'A document is linked once.')
  .meta({ description: 'Ids of documents of the same meeting, submitted or published, in the order listed.' });

export const CreateAgendaItemBody = z
  .object({
    number: AgendaNumber,
    title: localizedTitle(500),
    documents: DocumentIds.default([]),
    position: z.number().int().min(1).max(10_000).optional().meta({ description: 'Default: after the last item.' }),
  })
  .strict();
export type CreateAgendaItemBody = z.infer<typeof CreateAgendaItemBody>;

export const UpdateAgendaItemBody = z
  .object({
    number: AgendaNumber,
    title: localizedTitle(500),
    documents: DocumentIds,
    position: z.number().int().min(1).max(10_000),
  })
  .partial()
  .strict()
  .refine((body) => Object.keys(body).length > 0, 'Change at least one field.');
export type UpdateAgendaItemBody = z.infer<typeof UpdateAgendaItemBody>;

export const AgendaItem = z
  .object({
    id: z.string(),
    meetingId: z.string(),
    number: z.string(),
    title: LocalizedText,
    position: z.number().int(),
    documents: z.array(z.string()),
  })
  .meta({ id: 'AgendaItem' });
export type AgendaItem = z.infer<typeof AgendaItem>;

import { z } from 'zod';
import { CalendarDate, LocalizedText, localizedInput } from './common.schema.ts';

export const InstrumentKind = z.enum([
  'resolution',
  'recommendation',
  'question',
  'declaration',
  'action-plan',
  'regional-initiative',
]);
export const VersionStatus = z.enum(['in-force', 'superseded', 'abrogated']);
export const TextLanguage = z.enum(['ar', 'en', 'fr']);

export const VersionSummary = z
  .object({
    id: z.uuid(),
    label: z.string().meta({ description: 'English form: "Rev. Buenos Aires, 2017".' }),
    status: VersionStatus,
    adoptedAtMeetingId: z.uuid().nullable(),
    adoptedOn: CalendarDate.nullable(),
    languages: z.array(z.string()).meta({ description: 'Languages in which the text is stored.' }),
  })
  .meta({ id: 'VersionSummary' });

export const InstrumentLink = z.object({
  relation: z.enum(['revises', 'merged-into', 'split-from', 'abrogates']),
  direction: z.enum(['outgoing', 'incoming']),
  instrument: z.object({ id: z.uuid(), kind: InstrumentKind, number: z.string(), title: LocalizedText }),
});

export const Instrument = z
  .object({
    id: z.uuid(),
    kind: InstrumentKind,
    number: z.string(),
    title: LocalizedText,
    versions: z.array(VersionSummary).meta({ description: 'Newest first.' }),
    lineage: z.array(InstrumentLink),
  })
  .meta({ id: 'Instrument' });
export type Instrument = z.infer<typeof Instrument>;

export const InstrumentsQuery = z.object({
  kind: InstrumentKind.optional(),
  status: VersionStatus.optional().meta({ description: 'Instruments with a version of this status.' }),
  q: z.string().trim().min(1).max(100).optional(),
});
export type InstrumentsQuery = z.infer<typeof InstrumentsQuery>;

const ProvisionText = z.object({ heading: z.string(), num: z.string(), text: z.string() });

export const InstrumentVersion = z
  .object({
    id: z.uuid(),
    instrument: z.object({ id: z.uuid(), kind: InstrumentKind, number: z.string(), title: LocalizedText }),
    label: z.string(),
    status: VersionStatus,
    adoptedAtMeetingId: z.uuid().nullable(),
    adoptedOn: CalendarDate.nullable(),
    texts: z.record(z.string(), z.object({ revision: z.string().nullable(), title: z.string(), body: z.string() })),
    provisions: z.array(
      z.object({
        id: z.string(),
        section: z.enum(['preamble', 'operative', 'annex']),
        headingKey: z.string(),
        key: z.string(),
        parent: z.string().nullable(),
        texts: z.record(z.string(), ProvisionText),
      }),
    ),
  })
  .meta({ id: 'InstrumentVersion' });
export type InstrumentVersion = z.infer<typeof InstrumentVersion>;

export const VersionQuery = z.object({
  lang: z
    .string()
    .regex(/^(ar|en|fr)(,(ar|en|fr))*$/, 'One or more of ar, en, fr, separated by commas.')
    .optional()
    .meta({ description: 'Only these languages (e.g. `en,ar` to read two side by side).' }),
});

/** A text in ITU layout to store as one language version of an instrument version. */
export const ImportTextBody = z
  .object({
    text: z.string().min(1).max(500_000),
    language: TextLanguage.optional().meta({ description: 'Detected from the text when omitted.' }),
    versionLabel: z.string().trim().min(1).max(100).meta({ description: 'English form: "Rev. Buenos Aires, 2017".' }),
    status: VersionStatus.default('in-force'),
    adoptedAtMeeting: z.string().min(1).max(64).nullable().default(null).meta({ description: 'Meeting id or code.' }),
    instrumentTitle: localizedInput(300)
      .nullable()
      .default(null)
      .meta({ description: 'Short title; defaults to the subject line in English or the text language.' }),
  })
  .strict();
export type ImportTextBody = z.infer<typeof ImportTextBody>;

/** What an import stored: the instrument, the version, the language, and whether the version was new. */
export const ImportedText = z.object({
  instrumentId: z.uuid(),
  versionId: z.uuid(),
  language: z.string(),
  created: z.boolean().meta({ description: 'True when the version was new; false for a further language.' }),
});
export type ImportedText = z.infer<typeof ImportedText>;

/** The media types a text file is imported from: plain text (UTF-8) and Word. */
export const TEXT_FILE_MEDIA_TYPES = [
  'text/plain',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
] as const;

/** The fields of a text's import when the body is the file itself (`.txt` or `.docx`): the query. */
export const ImportTextFileQuery = ImportTextBody.omit({ text: true, instrumentTitle: true }).strict();
export type ImportTextFileQuery = z.infer<typeof ImportTextFileQuery>;

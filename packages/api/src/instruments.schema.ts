import {
  INSTRUMENT_KINDS,
  LINEAGE_RELATIONS,
  PROVISION_SECTIONS,
  TEXT_LANGUAGES,
  VERSION_STATUSES,
} from '@tansiq/domain';
import { z } from 'zod';
import { CalendarDate, LocalizedText, localizedTitle, plain } from './common.schema.ts';

export const InstrumentKind = z.enum(INSTRUMENT_KINDS);
export const VersionStatus = z.enum(VERSION_STATUSES);
export const TextLanguage = z.enum(TEXT_LANGUAGES);

export const VersionSummary = z
  .object({
    id: z.uuid(),
    label: z.string().meta({ description: 'English form: "Rev. Buenos Aires, 2017".' }),
    status: VersionStatus,
    adoptedAtMeetingId: z.uuid().nullable(),
    adoptedOn: CalendarDate.nullable(),
    languages: z.array(z.string()).meta({ description: 'Languages in which the text is stored.' }),
    labels: z.record(z.string(), z.string()).meta({
      description:
        'The label as the text in each language prints it (its revision line): `{ "ar": "المراجَع في دبي، 2014", ' +
        '"fr": "Rév. Dubaï, 2014" }`; a language whose text has none is absent.',
    }),
  })
  .meta({ id: 'VersionSummary' });

export const InstrumentLink = z.object({
  relation: z.enum(LINEAGE_RELATIONS),
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

const ProvisionText = z.object({
  heading: z.string(),
  num: z.string(),
  text: z.string(),
  corrigendum: z
    .number()
    .int()
    .optional()
    .meta({ description: 'The number of the latest corrigendum that corrected this text (corrected reading only).' }),
});

/** One provision's correction in a corrigendum. */
export const CorrigendumChange = z.object({
  provision: z.string(),
  before: z.string().meta({ description: 'The text as it read before this corrigendum.' }),
  after: z.string(),
});

/** A corrigendum of an adopted version: "Corrigendum 1", correcting its words in one language. */
export const Corrigendum = z
  .object({
    id: z.uuid(),
    versionId: z.uuid(),
    number: z.number().int().min(1),
    label: z.string().meta({ description: 'English form: "Corrigendum 1".' }),
    language: TextLanguage,
    reason: z.string(),
    issuedAt: z.iso.datetime(),
    changes: z.array(CorrigendumChange).meta({ description: 'In document order.' }),
  })
  .meta({ id: 'Corrigendum' });
export type Corrigendum = z.infer<typeof Corrigendum>;

/** A corrigendum to issue: the language it corrects, why, and each provision's new text. */
export const IssueCorrigendumBody = z
  .object({
    language: TextLanguage,
    reason: z.string().trim().min(1).max(2000),
    changes: z
      .array(
        z.object({ provision: plain(z.string().min(1).max(200)), text: z.string().trim().min(1).max(20_000) }).strict(),
      )
      .min(1)
      .max(500),
  })
  .strict();
export type IssueCorrigendumBody = z.infer<typeof IssueCorrigendumBody>;

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
        section: z.enum(PROVISION_SECTIONS),
        headingKey: z.string(),
        key: z.string(),
        parent: z.string().nullable(),
        texts: z.record(z.string(), ProvisionText),
      }),
    ),
    reading: z
      .enum(['corrected', 'adopted'])
      .meta({ description: 'Whether the provisions read with the corrigenda applied or as adopted.' }),
    corrigenda: z.array(Corrigendum).meta({ description: 'In number order, in every language.' }),
  })
  .meta({ id: 'InstrumentVersion' });
export type InstrumentVersion = z.infer<typeof InstrumentVersion>;

/** `en`, `en,ar`: text languages separated by commas. */
const LANGUAGE_LIST = new RegExp(`^(${TEXT_LANGUAGES.join('|')})(,(${TEXT_LANGUAGES.join('|')}))*$`);

export const VersionQuery = z.object({
  lang: z
    .string()
    .regex(LANGUAGE_LIST, `One or more of ${TEXT_LANGUAGES.join(', ')}, separated by commas.`)
    .optional()
    .meta({ description: 'Only these languages (e.g. `en,ar` to read two side by side).' }),
  as: z
    .enum(['corrected', 'adopted'])
    .default('corrected')
    .meta({ description: 'The text with its corrigenda applied (default), or as adopted.' }),
});

/** A text in ITU layout to store as one language version of an instrument version. */
export const ImportTextBody = z
  .object({
    text: z.string().min(1).max(500_000),
    language: TextLanguage.optional().meta({ description: 'Detected from the text when omitted.' }),
    versionLabel: plain(z.string().trim().min(1).max(100)).meta({
      description: 'English form: "Rev. Buenos Aires, 2017".',
    }),
    status: VersionStatus.default('in-force'),
    adoptedAtMeeting: plain(z.string().min(1).max(64))
      .nullable()
      .default(null)
      .meta({ description: 'Meeting id or code.' }),
    instrumentTitle: localizedTitle(300)
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

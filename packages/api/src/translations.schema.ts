import { DIFF_OPS, DOCUMENT_STATUSES, SUBMISSION_TIMINGS } from '@tansiq/domain';
import { z } from 'zod';
import { DocumentTitle, Language, plain } from './common.schema.ts';
import { ProposalMark, ProposalTarget, TranslationStatus } from './contributions.schema.ts';

const DiffOp = z.object({ op: z.enum(DIFF_OPS), text: z.string() });

/** How much a document holds to translate, in its original language: words, or characters for Chinese. */
export const TranslationVolume = z.object({ count: z.number().int(), unit: z.enum(['words', 'characters']) });

/** One proposal of a language version: the original beside its translation. */
export const ProposalTranslation = z
  .object({
    proposalId: z.uuid(),
    number: z.string(),
    mark: ProposalMark,
    target: ProposalTarget,
    original: z.object({ language: Language, text: z.string().nullable(), reasons: z.string().nullable() }),
    baseText: z
      .string()
      .nullable()
      .meta({ description: "The targeted provision in force, in the translation's language (null: none there)." }),
    text: z.string().nullable(),
    reasons: z.string().nullable(),
    diff: z.object({ algorithm: z.string(), coarse: z.boolean(), ops: z.array(DiffOp) }).nullable(),
    revision: z.number().int().meta({ description: 'Saves of this translation so far (0: not translated yet).' }),
    translatedAt: z.iso.datetime().nullable(),
  })
  .meta({ id: 'ProposalTranslation' });
export type ProposalTranslation = z.infer<typeof ProposalTranslation>;

/** A document's version in one language: status, title and every proposal beside the original. */
export const DocumentTranslation = z
  .object({
    documentId: z.uuid(),
    meetingCode: z.string(),
    symbol: z.string().nullable().meta({ description: "The document's symbol in this language." }),
    documentStatus: z.enum(DOCUMENT_STATUSES),
    language: Language,
    originalLanguage: Language,
    status: TranslationStatus,
    revision: z.number().int().meta({ description: 'Writes to this language version so far (0: none yet).' }),
    title: z.string().nullable().meta({ description: 'The title in this language, as translated.' }),
    originalTitle: z.string(),
    publishedAt: z.iso.datetime().nullable(),
    updatedAt: z.iso.datetime().nullable(),
    volume: TranslationVolume,
    proposals: z.array(ProposalTranslation),
  })
  .meta({ id: 'DocumentTranslation' });
export type DocumentTranslation = z.infer<typeof DocumentTranslation>;

export const TranslationParams = z.object({ id: z.uuid(), language: Language });
export const ProposalTranslationParams = TranslationParams.extend({ proposalId: z.uuid() });

const translatedText = (max: number) => z.string().max(max).nullable();

/** Saves one proposal's translation, based on the revision the translator read. */
export const SaveProposalTranslationBody = z
  .object({
    text: translatedText(100_000).meta({ description: 'Null for a SUP or NOC, which carry no text.' }),
    reasons: translatedText(20_000),
    expectedRevision: z
      .number()
      .int()
      .min(0)
      .meta({ description: "The proposal translation's revision the change is based on (0: none yet)." }),
  })
  .strict();
export type SaveProposalTranslationBody = z.infer<typeof SaveProposalTranslationBody>;

/** A whole language version at once (from a translation tool): every proposal, aligned with the original. */
export const SaveTranslationBody = z
  .object({
    title: plain(z.string().trim().min(1).max(300)).nullable().default(null),
    proposals: z
      .array(
        z
          .object({
            number: plain(z.string().min(1).max(60)),
            mark: ProposalMark,
            target: ProposalTarget,
            text: translatedText(100_000),
            reasons: translatedText(20_000),
          })
          .strict(),
      )
      .max(2000),
    expectedRevision: z
      .number()
      .int()
      .min(0)
      .meta({ description: "The language version's revision the change is based on (0: none yet)." }),
  })
  .strict();
export type SaveTranslationBody = z.infer<typeof SaveTranslationBody>;

/** Moves a language version: in translation, published, or back in translation for a correction. */
export const MoveTranslationBody = z
  .object({
    status: TranslationStatus,
    expectedRevision: z.number().int().min(0),
  })
  .strict();
export type MoveTranslationBody = z.infer<typeof MoveTranslationBody>;

export const TranslationQueueQuery = z
  .object({
    meeting: plain(z.string().min(1).max(64)).meta({ description: 'Meeting id or code.' }),
    language: Language.optional().meta({ description: 'One language only.' }),
  })
  .strict();

/** One language version of one document in a meeting's translation queue. */
export const TranslationQueueItem = z.object({
  documentId: z.uuid(),
  symbol: z.string().nullable(),
  series: z.string(),
  title: DocumentTitle,
  originalLanguage: Language,
  documentStatus: z.enum(DOCUMENT_STATUSES),
  timing: z.enum(SUBMISSION_TIMINGS).nullable(),
  language: Language,
  status: TranslationStatus,
  volume: TranslationVolume,
  proposals: z.number().int(),
  translated: z.number().int().meta({ description: 'Proposals translated so far.' }),
  due: z.boolean().meta({ description: 'False for a delayed or late contribution, which is not translated [C].' }),
  late: z.boolean().meta({ description: 'Due, not published, and the translations deadline has passed.' }),
  publishedAt: z.iso.datetime().nullable(),
  updatedAt: z.iso.datetime().nullable(),
});

/** A meeting's translation queue: every language version of its submitted documents, and each language's totals. */
export const TranslationQueue = z
  .object({
    meetingId: z.uuid(),
    meetingCode: z.string(),
    deadline: z.iso.datetime().nullable().meta({ description: 'The translations deadline (none: no rule).' }),
    items: z.array(TranslationQueueItem),
    languages: z.array(
      z.object({
        language: Language,
        awaiting: z.number().int(),
        inTranslation: z.number().int(),
        published: z.number().int(),
        late: z.number().int(),
        volume: z.number().int().meta({ description: 'Words (characters for Chinese originals) left to publish.' }),
      }),
    ),
  })
  .meta({ id: 'TranslationQueue' });
export type TranslationQueue = z.infer<typeof TranslationQueue>;

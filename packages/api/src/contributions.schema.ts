import {
  COMMON_PROPOSAL_STATUSES,
  DIFF_OPS,
  DOCUMENT_ACCESS_LEVELS,
  DOCUMENT_SERIES,
  DOCUMENT_STATUSES,
  PROPOSAL_MARKS,
  SECRETARIAT_SERIES,
  SIGNATURE_STANCES,
  SUBMISSION_TIMINGS,
  TRANSLATION_STATUSES,
} from '@tansiq/domain';
import { z } from 'zod';
import { DocumentTitle, Iso3, Language, documentTitleInput, localizedTitle, plain } from './common.schema.ts';
import { OrganizationCode } from './registry.schema.ts';

export const ProposalMark = z.enum(PROPOSAL_MARKS);

export const ProposalTarget = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('provision'), versionId: z.uuid(), provisionId: plain(z.string().min(1).max(100)) }),
  z.object({ kind: z.literal('text'), versionId: z.uuid() }),
  z.object({ kind: z.literal('new-text'), tag: plain(z.string().min(1).max(20)) }),
  z.object({ kind: z.literal('general') }),
]);
export type ProposalTarget = z.infer<typeof ProposalTarget>;

export const CreateContributionBody = z
  .object({
    meeting: plain(z.string().min(1).max(64)).meta({ description: 'Meeting id or code.' }),
    title: documentTitleInput(300).meta({
      description:
        'Per language; the original language required (English alone is still taken, as before the original ' +
        'language was asked).',
    }),
    originalLanguage: Language,
    targetBody: plain(z.string().trim().min(1).max(100)).default('PLENARY MEETING'),
    access: z.enum(DOCUMENT_ACCESS_LEVELS).default('public'),
    memberState: Iso3.nullable()
      .default(null)
      .meta({ description: 'The administration that submits (a national contribution).' }),
    organization: OrganizationCode.nullable()
      .default(null)
      .meta({ description: 'The organization that submits (a regional common proposal).' }),
    parentDocument: z.uuid().nullable().default(null).meta({ description: 'Submit as an addendum to this document.' }),
  })
  .strict()
  .check((ctx) => {
    const { title, originalLanguage } = ctx.value;
    // English alone was the rule before: what was accepted then is still accepted.
    if (title[originalLanguage] === undefined && title.en === undefined) {
      ctx.issues.push({
        code: 'custom',
        path: ['title', originalLanguage],
        message: 'A title in the original language is required.',
        params: { code: 'required' },
        input: title,
      });
    }
  });
export type CreateContributionBody = z.infer<typeof CreateContributionBody>;

export const AddProposalBody = z
  .object({
    mark: ProposalMark,
    target: ProposalTarget,
    text: z.string().max(100_000).nullable().default(null),
    reasons: z.string().max(20_000).nullable().default(null),
  })
  .strict();
export type AddProposalBody = z.infer<typeof AddProposalBody>;

export const SignBody = z.object({ stance: z.enum(SIGNATURE_STANCES) }).strict();

const DiffOp = z.object({ op: z.enum(DIFF_OPS), text: z.string() });

export const Proposal = z
  .object({
    id: z.uuid(),
    position: z.number().int(),
    mark: ProposalMark,
    target: ProposalTarget,
    text: z.string().nullable(),
    reasons: z.string().nullable(),
    number: z.string().nullable().meta({ description: 'Given on submission: ARB/79A1/9.' }),
    baseText: z.string().nullable().meta({ description: 'The provision in force, in the original language.' }),
    diff: z.object({ algorithm: z.string(), coarse: z.boolean(), ops: z.array(DiffOp) }).nullable(),
  })
  .meta({ id: 'Proposal' });
export type Proposal = z.infer<typeof Proposal>;

export const Signature = z.object({
  memberStateIso3: z.string(),
  stance: z.enum(SIGNATURE_STANCES),
  signedAt: z.iso.datetime(),
  withdrawnAt: z.iso.datetime().nullable(),
});

/** The media types of a document's language versions: Word (`.docx`) and PDF. */
export const DOCX_MEDIA_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
export const PDF_MEDIA_TYPE = 'application/pdf';
export const DocumentFileType = z.enum([DOCX_MEDIA_TYPE, PDF_MEDIA_TYPE]);

/** One language version of a document: the original or a translation, as a stored file. */
export const DocumentFile = z
  .object({
    language: Language,
    symbol: z
      .string()
      .nullable()
      .meta({ description: 'The symbol in this language: WTDC-17/23-A (none for a draft).' }),
    fileName: z.string().meta({ description: 'The name it downloads under: WTDC-17-23-A.docx.' }),
    mediaType: DocumentFileType,
    size: z.number().int(),
    sha256: z.string(),
    uploadedAt: z.iso.datetime(),
    original: z.boolean().meta({ description: "True for the document's original language." }),
  })
  .meta({ id: 'DocumentFile' });
export type DocumentFile = z.infer<typeof DocumentFile>;

/** A language version's status: awaiting translation, in translation, published (docs/translations.md). */
export const TranslationStatus = z.enum(TRANSLATION_STATUSES).meta({ id: 'TranslationStatus' });

/** One language version of a document other than its original, as every view of a document lists it. */
export const LanguageVersion = z
  .object({
    language: Language,
    status: TranslationStatus,
    publishedAt: z.iso.datetime().nullable(),
  })
  .meta({ id: 'LanguageVersion' });

export const Contribution = z
  .object({
    id: z.uuid(),
    meetingId: z.uuid(),
    meetingCode: z.string(),
    series: z.enum(DOCUMENT_SERIES),
    symbol: z.string().nullable().meta({ description: 'Given on submission: WTDC-17/23(Add.4)-E.' }),
    status: z.enum(DOCUMENT_STATUSES),
    timing: z.enum(SUBMISSION_TIMINGS).nullable(),
    submittedAt: z.iso.datetime().nullable(),
    title: DocumentTitle,
    originalLanguage: Language,
    targetBody: z.string(),
    access: z.enum(DOCUMENT_ACCESS_LEVELS),
    authorCode: z.string(),
    source: z.object({ memberStateIso3: z.string().nullable(), organizationCode: OrganizationCode.nullable() }),
    files: z.array(DocumentFile).meta({ description: 'The language versions stored, by language.' }),
    translations: z
      .array(LanguageVersion)
      .meta({ description: 'Every language but the original, in the ITU order, with its translation status.' }),
    proposals: z.array(Proposal),
    commonProposal: z
      .object({
        status: z.enum(COMMON_PROPOSAL_STATUSES),
        rule: z.object({ minSupporters: z.number().int(), maxObjectionShare: z.number() }),
        signatures: z.array(Signature),
      })
      .nullable(),
  })
  .meta({ id: 'Contribution' });
export type Contribution = z.infer<typeof Contribution>;

export const ContributionSummary = Contribution.omit({ proposals: true, commonProposal: true }).extend({
  proposalCount: z.number().int(),
});

/** A document without its proposals: what the documents routes answer. */
export const DocumentHead = Contribution.omit({ proposals: true, commonProposal: true });
export type DocumentHead = z.infer<typeof DocumentHead>;

/** An INF, DT or DL document registered by the secretariat. */
export const CreateDocumentBody = z
  .object({
    meeting: plain(z.string().min(1).max(64)).meta({ description: 'Meeting id or code.' }),
    series: z.enum(SECRETARIAT_SERIES),
    title: localizedTitle(300),
    originalLanguage: Language,
    targetBody: plain(z.string().trim().min(1).max(100)).default('PLENARY MEETING'),
    access: z.enum(DOCUMENT_ACCESS_LEVELS).default('public'),
  })
  .strict();
export type CreateDocumentBody = z.infer<typeof CreateDocumentBody>;

/** The query of a language version's upload (the body is the file itself). */
export const UploadDocumentFileQuery = z
  .object({
    name: plain(z.string().trim().min(1).max(255))
      .optional()
      .meta({ description: "The file's own name, kept for the record." }),
  })
  .strict();

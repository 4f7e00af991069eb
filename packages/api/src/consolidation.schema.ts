import {
  ADOPTION_CHANGE_KINDS,
  ADOPTION_OUTCOMES,
  CONSOLIDATION_STATUSES,
  DECISION_METHODS,
  PROPOSAL_SHOWN_AS,
  PROVISION_SECTIONS,
  SYNOPTIC_MARKS,
  UNTRANSLATED_REASONS,
} from '@tansiq/domain';
import { z } from 'zod';
import { CalendarDate, LocalizedText, plain } from './common.schema.ts';
import { InstrumentKind, TextLanguage, VersionStatus } from './instruments.schema.ts';

/** Who put a span where it is: proposals (by number; several when they make the same change), or the chair. */
export const Provenance = z
  .discriminatedUnion('kind', [
    z.object({ kind: z.literal('proposal'), numbers: z.array(z.string()) }),
    z.object({ kind: z.literal('chair') }),
  ])
  .meta({ id: 'Provenance' });
export type Provenance = z.infer<typeof Provenance>;

/** A run of a draft: base text kept, or text inserted or deleted by proposals or by the chair. */
export const DraftSpan = z
  .discriminatedUnion('kind', [
    z.object({ kind: z.literal('base'), text: z.string() }),
    z.object({ kind: z.literal('insert'), text: z.string(), from: Provenance }),
    z.object({ kind: z.literal('delete'), text: z.string(), from: Provenance }),
  ])
  .meta({ id: 'DraftSpan' });
export type DraftSpan = z.infer<typeof DraftSpan>;

/** One reading of a bracketed range: its spans, the proposals that read it so, and how it prints. */
export const DraftAlternative = z.object({
  numbers: z.array(z.string()),
  spans: z.array(DraftSpan),
  text: z.string().meta({ description: 'What the alternative keeps and inserts.' }),
});

/** Unagreed text in [square brackets]: a range of the base and the alternatives proposed for it. */
export const DraftBrackets = z
  .object({
    kind: z.literal('brackets'),
    id: z.number().int().meta({ description: 'Stable within the provision: settle it with its id.' }),
    base: z.string().meta({ description: 'The base text of the range (empty for an insertion point).' }),
    alternatives: z.array(DraftAlternative).meta({ description: 'Choose by index, or `base` to keep the base.' }),
    text: z.string().meta({ description: 'As printed in the draft text: `[a] / [b]`.' }),
  })
  .meta({ id: 'DraftBrackets' });
export type DraftBrackets = z.infer<typeof DraftBrackets>;

export const DraftPart = z.union([DraftSpan, DraftBrackets]);
export type DraftPart = z.infer<typeof DraftPart>;

export const ConsolidationMark = z.enum(SYNOPTIC_MARKS);

/** A proposal a chair may pick (on a provision, or on the whole text). */
export const PickableProposal = z
  .object({
    id: z.uuid(),
    number: z.string().meta({ description: 'The proposal number (`EGY/12/1`).' }),
    source: z.string().meta({ description: "The contribution's author code (EGY, AFCP)." }),
    mark: ConsolidationMark,
    text: z.string().nullable().meta({
      description:
        'Its text of the provision as read in the draft’s language (its published translation when it was written in another); null for SUP, SUP* and NOC.',
    }),
    language: z.string().meta({
      description:
        'The language of `text`: the draft’s when written or translated into it; else its original language (awaiting translation: not pickable when it has a text).',
    }),
    shownAs: z.enum(PROPOSAL_SHOWN_AS).meta({
      description:
        '`original`: written in the draft’s language; `translation`: its published translation into it, merged under the proposal’s own number; `awaiting-translation`: written in another language, no translation published yet.',
    }),
    original: z
      .object({ language: z.string(), text: z.string().nullable() })
      .meta({ description: 'The text and language it was written in (the same as `text` for an original).' }),
    document: z.object({ id: z.uuid(), number: z.number().int(), addendum: z.number().int().nullable() }),
  })
  .meta({ id: 'PickableProposal' });
export type PickableProposal = z.infer<typeof PickableProposal>;

/** One provision of a draft: the base, what was picked, the working text with its provenance. */
export const DraftProvision = z
  .object({
    id: z.string().meta({ description: 'The base provision id, or the id the proposals give a new one.' }),
    added: z.boolean().meta({ description: 'True for a provision only proposals add (no base).' }),
    section: z.enum(PROVISION_SECTIONS),
    heading: z.string(),
    headingKey: z.string(),
    num: z.string().meta({ description: 'As the base prints it (a new provision: its guessed number).' }),
    parent: z.string().nullable(),
    base: z.string().nullable(),
    picks: z.array(z.uuid()).meta({ description: 'The proposals picked, in pick order.' }),
    parts: z.array(DraftPart),
    text: z.string().meta({ description: 'The draft as the chair reads and edits it, brackets printed.' }),
    openBrackets: z.array(z.object({ id: z.number().int(), text: z.string() })),
    edited: z.boolean().meta({ description: 'True when the chair has edited it or settled a bracket.' }),
    suppressed: z.boolean().meta({ description: 'True when the draft leaves no text (adoption drops it).' }),
    available: z.array(PickableProposal).meta({ description: 'The proposals on this provision, in source order.' }),
  })
  .meta({ id: 'DraftProvision' });
export type DraftProvision = z.infer<typeof DraftProvision>;

const InstrumentRef = z.object({ id: z.uuid(), kind: InstrumentKind, number: z.string(), title: LocalizedText });

const DraftOwner = z.object({ id: z.uuid(), name: z.string() });

/** What adoption made: the new version (or the abrogation), how it was decided, and the renumbering. */
export const DraftAdoption = z.object({
  outcome: z.enum(ADOPTION_OUTCOMES),
  version: z
    .object({ id: z.uuid(), label: z.string() })
    .nullable()
    .meta({ description: 'The new version; null when the draft abrogates the text.' }),
  adoptedOn: CalendarDate,
  adoptedBy: z
    .enum(DECISION_METHODS)
    .meta({ description: '`vote` when a closed vote adopted it (AdoptDraftBody.vote).' }),
  renumbered: z
    .record(z.string(), z.string())
    .meta({ description: 'Old provision id (or a new provision’s draft id) → id in the new version.' }),
});

const DraftVersion = z.object({ id: z.uuid(), label: z.string(), status: VersionStatus });

/** The whole-text proposal picked, if any: a SUP abrogates the text, a SUP* also merges it into another. */
export const DraftWholeText = z.object({
  proposal: PickableProposal.nullable(),
  mergedInto: InstrumentRef.nullable(),
  available: z.array(PickableProposal).meta({ description: 'The whole-text SUP and SUP* proposals on the version.' }),
});

/** A consolidation draft: one instrument version at one meeting, in one language, owned by a chair. */
export const ConsolidationDraft = z
  .object({
    id: z.uuid(),
    meeting: z.object({ id: z.uuid(), code: z.string() }),
    instrument: InstrumentRef,
    version: DraftVersion,
    language: TextLanguage,
    owner: DraftOwner.nullable(),
    status: z.enum(CONSOLIDATION_STATUSES),
    revision: z
      .number()
      .int()
      .meta({ description: 'Send it back as `expectedRevision` (or If-Match) with every write; also the ETag.' }),
    newLabel: z.string().meta({ description: 'The label adoption will give: "Rev. Buenos Aires, 2017".' }),
    wholeText: DraftWholeText,
    provisions: z.array(DraftProvision).meta({ description: 'Base and added provisions in document order.' }),
    openBrackets: z.number().int().meta({ description: 'Brackets left over all provisions.' }),
    adoption: DraftAdoption.extend({
      languages: z.array(TextLanguage).meta({
        description:
          'The languages the adopted version is stored in: the draft’s, then each translation imported since (empty for an abrogation). The others are missing.',
      }),
    }).nullable(),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
  })
  .meta({ id: 'ConsolidationDraft' });
export type ConsolidationDraft = z.infer<typeof ConsolidationDraft>;

/** A draft in a meeting's list. */
export const ConsolidationDraftSummary = z
  .object({
    id: z.uuid(),
    meeting: z.object({ id: z.uuid(), code: z.string() }),
    instrument: InstrumentRef,
    version: DraftVersion,
    language: TextLanguage,
    owner: DraftOwner.nullable(),
    status: z.enum(CONSOLIDATION_STATUSES),
    revision: z.number().int(),
    adoption: DraftAdoption.nullable(),
    updatedAt: z.iso.datetime(),
  })
  .meta({ id: 'ConsolidationDraftSummary' });
export type ConsolidationDraftSummary = z.infer<typeof ConsolidationDraftSummary>;

/** One provision the adopted version changes, with the proposals (and the chair) whose changes it keeps. */
export const AdoptionChange = z
  .object({
    kind: z
      .enum(ADOPTION_CHANGE_KINDS)
      .meta({ description: '`renumbered`: the same text under a new number (items added or suppressed before it).' }),
    provision: z.string().meta({ description: 'The provision’s id in the draft.' }),
    heading: z.string(),
    num: z.string().meta({ description: 'Its number as the draft prints it.' }),
    newId: z.string().nullable().meta({ description: 'Its id in the new version; null when suppressed.' }),
    newNum: z.string().nullable().meta({ description: 'Its number in the new version; null when suppressed.' }),
    before: z.string().nullable().meta({ description: 'The text in force; null for an added provision.' }),
    after: z.string().nullable().meta({ description: 'The text adopted; null when suppressed.' }),
    by: z.object({
      proposals: z
        .array(z.object({ number: z.string(), source: z.string().nullable() }))
        .meta({ description: 'The proposals whose changes the adopted text keeps (source: the author code).' }),
      chair: z.boolean().meta({ description: 'True when it keeps words the chair changed.' }),
    }),
  })
  .meta({ id: 'AdoptionChange' });
export type AdoptionChange = z.infer<typeof AdoptionChange>;

/**
 * What adopting the draft at `revision` would store, computed by the adoption's own rules: the new version and
 * every provision it changes, or the abrogation.
 */
export const AdoptionPreview = z
  .object({
    draft: z.uuid(),
    revision: z.number().int().meta({ description: 'The revision previewed; adopt with it as `expectedRevision`.' }),
    outcome: z.enum(ADOPTION_OUTCOMES),
    label: z.string().nullable().meta({ description: 'The new version’s label; null for an abrogation.' }),
    wholeText: PickableProposal.nullable().meta({ description: 'The whole-text SUP or SUP* that abrogates.' }),
    mergedInto: InstrumentRef.nullable(),
    unchanged: z.boolean().meta({
      description: 'True when the new version’s provisions would be the base’s exactly (nothing picked changes them).',
    }),
    counts: z.object({
      modified: z.number().int(),
      added: z.number().int(),
      suppressed: z.number().int(),
      renumbered: z.number().int(),
      kept: z.number().int().meta({ description: 'Base provisions kept with the same text and number.' }),
    }),
    changes: z.array(AdoptionChange).meta({ description: 'In document order; empty for an abrogation.' }),
  })
  .meta({ id: 'AdoptionPreview' });
export type AdoptionPreview = z.infer<typeof AdoptionPreview>;

/**
 * The adopted version of a draft drafted in another language from the translations of what was merged, to
 * review and import as its language version (nothing stored).
 */
export const AdoptedTranslation = z
  .object({
    draft: z.uuid(),
    version: z.object({ id: z.uuid(), label: z.string() }).meta({ description: 'The adopted version.' }),
    language: TextLanguage,
    text: z.string().meta({
      description:
        'The text in ITU layout, as POST /instruments/import reads it (with `versionLabel` the version’s label); its provisions align with the adopted version’s by id.',
    }),
    untranslated: z
      .array(
        z.object({
          provision: z.string().meta({ description: 'Its id in the adopted version.' }),
          num: z.string(),
          reason: z.enum(UNTRANSLATED_REASONS).meta({
            description:
              '`edited`: the chair edited it or settled its brackets; `awaiting-translation`: a proposal merged into it has no published translation into the language; `brackets`: the translations collide where the originals merged; `withdrawn`: a proposal merged into it was withdrawn since.',
          }),
          proposals: z
            .array(z.string())
            .meta({ description: 'The numbers of the proposals awaiting translation (for that reason).' }),
        }),
      )
      .meta({ description: 'Provisions left in the draft’s language, in document order: to translate by hand.' }),
  })
  .meta({ id: 'AdoptedTranslation' });
export type AdoptedTranslation = z.infer<typeof AdoptedTranslation>;

export const CreateConsolidationDraftBody = z
  .object({
    meeting: plain(z.string().min(1).max(64)).meta({ description: 'Meeting id or code.' }),
    version: z.uuid().meta({ description: 'The instrument version in force to consolidate.' }),
    language: TextLanguage.meta({ description: 'A language the version is stored in.' }),
    owner: z
      .uuid()
      .optional()
      .meta({ description: 'The chair who owns it (a user with the role chair); a chair creating it owns it.' }),
  })
  .strict();
export type CreateConsolidationDraftBody = z.infer<typeof CreateConsolidationDraftBody>;

const ExpectedRevision = z
  .number()
  .int()
  .min(0)
  .optional()
  .meta({ description: 'The revision the write is based on; required unless an If-Match header gives it.' });

export const PickProposalsBody = z
  .object({
    expectedRevision: ExpectedRevision,
    proposals: z.array(z.uuid()).max(100).meta({ description: 'The proposals to merge, in order; [] for none.' }),
  })
  .strict();
export type PickProposalsBody = z.infer<typeof PickProposalsBody>;

export const ChooseAlternativeBody = z
  .object({
    expectedRevision: ExpectedRevision,
    choice: z
      .union([z.number().int().min(0), z.literal('base')])
      .meta({ description: 'The index of an alternative, or `base` to keep the text in force.' }),
  })
  .strict();
export type ChooseAlternativeBody = z.infer<typeof ChooseAlternativeBody>;

export const EditProvisionTextBody = z
  .object({
    expectedRevision: ExpectedRevision,
    text: z
      .string()
      .max(20000)
      .meta({ description: 'The whole text as the chair wants it; brackets left exactly as printed.' }),
  })
  .strict();
export type EditProvisionTextBody = z.infer<typeof EditProvisionTextBody>;

export const PickWholeTextBody = z
  .object({
    expectedRevision: ExpectedRevision,
    proposal: z.uuid().nullable().meta({ description: 'A whole-text SUP or SUP* proposal; null for none.' }),
    mergedInto: z
      .uuid()
      .nullable()
      .default(null)
      .meta({ description: 'With a SUP*: the instrument the text is merged into (recorded as lineage).' }),
  })
  .strict();
export type PickWholeTextBody = z.infer<typeof PickWholeTextBody>;

export const AdoptDraftBody = z
  .object({
    expectedRevision: ExpectedRevision,
    vote: z.uuid().optional().meta({
      description:
        'A closed vote of the meeting on this draft whose result is adopted: the draft is then adopted by vote (else by consensus).',
    }),
  })
  .strict();
export type AdoptDraftBody = z.infer<typeof AdoptDraftBody>;

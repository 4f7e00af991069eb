import {
  DIFF_OPS,
  DIVERGENCE_CLASSES,
  PROVISION_SECTIONS,
  SHOWN_AS,
  SYNOPTIC_MARKS,
  TEXTLESS_MARKS,
} from '@tansiq/domain';
import { z } from 'zod';
import { LocalizedText } from './common.schema.ts';
import { InstrumentKind, TextLanguage } from './instruments.schema.ts';

/** How the sources stand on one provision (docs/divergence.md defines each class and the score). */
export const DivergenceClass = z.enum(DIVERGENCE_CLASSES).meta({ id: 'DivergenceClass' });
export type DivergenceClass = z.infer<typeof DivergenceClass>;

export const SynopticMark = z.enum(SYNOPTIC_MARKS);

const Score = z.number().min(0).max(1);

/** How many rows of a compilation fall in each class. */
export const ClassCounts = z.object({
  unchanged: z.number().int(),
  single: z.number().int(),
  same: z.number().int(),
  compatible: z.number().int(),
  conflict: z.number().int(),
  'sup-mod': z.number().int(),
});
export type ClassCounts = z.infer<typeof ClassCounts>;

const InstrumentRef = z.object({ id: z.uuid(), kind: InstrumentKind, number: z.string(), title: LocalizedText });

/** One source of a compilation: a contribution's author (EGY, ARB, AFCP), one per author. */
export const SynopticSourceInfo = z.object({
  source: z.string(),
  region: z.string().nullable().meta({ description: 'The ITU-D region of the Member State or organization.' }),
  language: z.string().meta({ description: "The original language of the source's contributions." }),
  documents: z.array(z.object({ id: z.uuid(), number: z.number().int(), addendum: z.number().int().nullable() })),
  wholeText: z
    .object({ mark: z.enum(TEXTLESS_MARKS), number: z.string().nullable() })
    .nullable()
    .meta({ description: 'A proposal on the whole text: SUP abrogates it, NOC keeps it.' }),
});

/** How a proposal's text is shown in a compilation's language (docs/translations.md). */
export const ShownAs = z.enum(SHOWN_AS).meta({ id: 'ShownAs' });
export type ShownAs = z.infer<typeof ShownAs>;

/** What one source does to one row. */
export const SynopticEntry = z.object({
  source: z.string(),
  mark: SynopticMark,
  number: z.string().nullable().meta({ description: 'The proposal number (`EGY/12/1`).' }),
  proposed: z
    .boolean()
    .meta({ description: 'True when the source made a proposal on this row or the whole text; false when silent.' }),
  text: z.string().nullable(),
  language: z.string().meta({ description: 'The language of `text` and of the base it is diffed against.' }),
  diffed: z.boolean().meta({ description: 'False when the version is not stored in the language of the text.' }),
  coarse: z.boolean(),
  ops: z.array(z.object({ op: z.enum(DIFF_OPS), text: z.string() })),
  shownAs: ShownAs.meta({
    description:
      '`original`: the text as its author wrote it, in the compilation’s language; `translation`: its published translation into the compilation’s language (`original` holds what was written); `awaiting-translation`: written in another language and not translated into this one yet, shown as written (in `language`).',
  }),
  original: z
    .object({ language: z.string(), text: z.string().nullable() })
    .nullable()
    .meta({ description: 'For a translation, the proposal as its author wrote it; null otherwise.' }),
});
export type SynopticEntry = z.infer<typeof SynopticEntry>;

export const SynopticRow = z.object({
  id: z.string(),
  section: z.enum(PROVISION_SECTIONS),
  heading: z.string(),
  num: z.string(),
  base: z.string().nullable().meta({ description: 'The base text; null for a provision some source adds.' }),
  class: DivergenceClass,
  divergence: Score,
  entries: z.array(SynopticEntry).meta({ description: 'Every source once, in source order.' }),
});
export type SynopticRow = z.infer<typeof SynopticRow>;

/** The synoptic compilation of one instrument version at a meeting. */
export const Synoptic = z
  .object({
    meeting: z.object({ id: z.uuid(), code: z.string() }),
    instrument: InstrumentRef,
    version: z.object({ id: z.uuid(), label: z.string(), languages: z.array(z.string()) }),
    language: TextLanguage.meta({ description: 'The language of the base and of the headings.' }),
    proposalLanguage: TextLanguage.meta({
      description:
        'The language most of the version’s proposals are written in (among those it is stored in), translations aside; a consolidation draft of the version opens in it by default.',
    }),
    measureLanguage: TextLanguage.meta({
      description:
        'The language classes and scores compare texts in: `language` when every proposal with a text can be read in it (written in it, or its translation published), else `proposalLanguage` (with the translations into it).',
    }),
    sources: z.array(SynopticSourceInfo).meta({
      description: 'In order of each author’s first contribution on the text (document number, then addendum).',
    }),
    rows: z.array(SynopticRow),
    divergence: Score,
    classes: ClassCounts,
    pairs: z.array(z.object({ a: z.string(), b: z.string(), divergence: Score })),
  })
  .meta({ id: 'Synoptic' });
export type Synoptic = z.infer<typeof Synoptic>;

/** One instrument version in a meeting's overview. */
export const SynopticSummary = z
  .object({
    instrument: InstrumentRef,
    version: z.object({ id: z.uuid(), label: z.string() }),
    language: TextLanguage,
    measureLanguage: TextLanguage.meta({ description: 'The language classes and scores compare texts in.' }),
    sources: z.array(z.object({ source: z.string(), region: z.string().nullable() })),
    divergence: Score,
    classes: ClassCounts,
  })
  .meta({ id: 'SynopticSummary' });
export type SynopticSummary = z.infer<typeof SynopticSummary>;

/** A region of the matrix: its sources in the meeting's compilations. */
const MatrixRegion = z.object({ id: z.string(), name: LocalizedText, sources: z.array(z.string()) });

/** A provision that divides the regions most. */
export const HotSpot = z.object({
  instrument: InstrumentRef,
  version: z.object({ id: z.uuid(), label: z.string() }),
  provisionId: z.string(),
  heading: z.string(),
  num: z.string(),
  class: DivergenceClass,
  divergence: Score.meta({ description: "The row's divergence over all its sources." }),
  regionDivergence: Score.meta({
    description: 'The mean disagreement over pairs of changing sources of different regions.',
  }),
  regions: z.array(z.string()).meta({ description: 'The regions with a source that changes it.' }),
  sources: z.array(z.string()).meta({ description: 'The sources that change it.' }),
});
export type HotSpot = z.infer<typeof HotSpot>;

/** A meeting's divergence between regions: the region-by-region matrix and the hot spots. */
export const RegionDivergence = z
  .object({
    meeting: z.object({ id: z.uuid(), code: z.string() }),
    regions: z.array(MatrixRegion).meta({ description: 'The regions with a source, in code order.' }),
    matrix: z.array(z.array(Score)).meta({
      description:
        '`matrix[i][j]`: how far regions i and j diverge (on the diagonal, a region’s own sources); symmetric, 0 when they never meet.',
    }),
    hotSpots: z.array(HotSpot),
  })
  .meta({ id: 'RegionDivergence' });
export type RegionDivergence = z.infer<typeof RegionDivergence>;

export const SynopticQuery = z.object({
  lang: TextLanguage.optional().meta({
    description:
      'The language of the base (one the version is stored in); by default the language most of its sources wrote in.',
  }),
  prefer: TextLanguage.optional().meta({
    description:
      'The reader’s language: the base is shown in it when the version is stored in it, else as without `lang`. `lang` wins when both are given.',
  }),
});
export type SynopticQuery = z.infer<typeof SynopticQuery>;

export const RegionDivergenceQuery = z.object({
  limit: z.coerce.number().int().min(1).max(100).default(10).meta({ description: 'How many hot spots.' }),
});
export type RegionDivergenceQuery = z.infer<typeof RegionDivergenceQuery>;

import { isRightToLeft, type DiffOp, type Language, type ShownAs, type SynopticMark } from '@tansiq/domain';
import type { Paragraph } from 'docx';
import { AlignmentType, Document, Packer, Table, TableBorders, TableRow, WidthType } from 'docx';
import { changeParagraphs, headerCell, paragraph, run, textParagraphs } from './wordml-write.ts';
import { compilationLabels, type CompilationLabels } from './compilation-labels.ts';
import {
  DOCUMENT_FONT,
  formatDate,
  formatDateRange,
  labelled,
  labelledValue,
  proofingLanguages,
} from './contribution-labels.ts';
import type { ContributionMeeting } from './contribution.ts';

/**
 * A meeting's compilation of proposals as the exchange formats print it: plain data, already in its languages,
 * with no database types. The compilation service builds it from the synoptic compilation; renderers lay it out.
 */
export interface CompilationDocument {
  /** The language of the document's own words (labels, dates) and of its direction. */
  language: Language;
  meeting: ContributionMeeting;
  /** When it was compiled, ISO 8601 in UTC: the date printed, and the date of every tracked change. */
  compiledAt: string;
  instruments: CompilationInstrument[];
}

/** One instrument version with the proposals on it. */
export interface CompilationInstrument {
  /** The language of its base texts, headings and numbers (the compilation's language for this version). */
  language: Language;
  /** The title line as printed: "RESOLUTION 901 (Rev. Dubai, 2014)". */
  titleLine: string;
  /** Its subject line, when stored in that language. */
  title: string | null;
  /** Its sources in compilation order, each with the symbols of its documents. */
  sources: { source: string; documents: string[] }[];
  /** Proposals on the whole text (SUP, SUP*, NOC), one per source that made one. */
  wholeText: CompilationProposal[];
  /** The provisions some source proposes something on, in document order (added ones in their place). */
  provisions: CompilationProvision[];
}

/** One provision: its heading and number as printed, its base text (null when a source adds it) and proposals. */
export interface CompilationProvision {
  id: string;
  heading: string;
  num: string;
  base: string | null;
  proposals: CompilationProposal[];
}

/** One source's proposal on a provision or on the whole text. */
export interface CompilationProposal {
  /** The author code (EGY, AFCP): the author of its tracked changes. */
  source: string;
  mark: SynopticMark;
  number: string | null;
  /** The language of `text` and of `ops`. */
  language: Language;
  /** The proposed text (ADD, MOD); null for SUP and NOC. */
  text: string | null;
  /** A MOD's changes against the base in `language`; null when the base is not stored in it (text as it is). */
  ops: DiffOp[] | null;
  reasons: string | null;
  /**
   * Whether its text (and reasons) are as written, a published translation into the instrument's language, or
   * as written in another language while awaiting translation; the last two are marked after the number.
   */
  shownAs: ShownAs;
}

/** What every paragraph and run of the document shares: its labels, direction, and the revisions' ids and date. */
interface Layout {
  labels: CompilationLabels;
  rtl: boolean;
  revisionDate: string;
  nextRevisionId: () => number;
}

/** The number that opens a provision's text: "2\t", nothing when it has none. */
const numbered = (num: string) => (num === '' ? '' : `${num}\t`);

/** The ITU header: meeting, place and dates on one side, the compilation's date on the other; then the title. */
function header(layout: Layout, input: CompilationDocument): (Paragraph | Table)[] {
  const { labels, rtl } = layout;
  const { meeting } = input;
  const place = `${meeting.city}${labels.comma}${formatDateRange(labels, meeting.startsOn, meeting.endsOn)}`;
  const date = labelledValue(labels, labels.date, formatDate(labels, input.compiledAt.slice(0, 10)));
  return [
    new Table({
      width: { size: 100, type: WidthType.PERCENTAGE },
      borders: TableBorders.NONE,
      visuallyRightToLeft: rtl || undefined,
      rows: [
        new TableRow({
          children: [
            headerCell(layout.rtl, [{ text: meeting.name, style: { bold: true } }, { text: place }], false),
            headerCell(layout.rtl, [{ text: date }], true),
          ],
        }),
      ],
    }),
    paragraph(rtl, [run(rtl, labels.title, { bold: true, size: 32 })], {
      alignment: AlignmentType.CENTER,
      spacing: { before: 480, after: 360 },
    }),
  ];
}

/** A proposal: its mark and number, its text as tracked changes by its source, and its reasons. */
function proposalBlock(
  layout: Layout,
  instrument: CompilationInstrument,
  proposal: CompilationProposal,
  provision: CompilationProvision | null,
) {
  const { rtl, labels } = layout;
  const markLine = [run(rtl, proposal.mark, { bold: true })];
  markLine.push(run(rtl, `\t${proposal.number ?? proposal.source}`, { bold: true }));
  if (proposal.shownAs !== 'original') {
    const shown = proposal.shownAs === 'translation' ? labels.translation : labels.awaitingTranslation;
    markLine.push(run(rtl, ` (${shown})`, { italics: true }));
  }
  const parts = [paragraph(rtl, markLine, { keepNext: true, spacing: { before: 240, after: 120 } })];
  const textRtl = isRightToLeft(proposal.language);
  if (provision !== null) {
    // The number is printed in the base's language: a text in another language goes without it.
    const prefix = proposal.language === instrument.language ? numbered(provision.num) : '';
    const { mark, source } = proposal;
    if ((mark === 'SUP' || mark === 'SUP*') && provision.base !== null) {
      parts.push(...changeParagraphs(layout, textRtl, [{ op: 'delete', text: `${prefix}${provision.base}` }], source));
    } else if ((mark === 'ADD' || mark === 'ADD*') && proposal.text !== null) {
      parts.push(...changeParagraphs(layout, textRtl, [{ op: 'insert', text: `${prefix}${proposal.text}` }], source));
    } else if (proposal.ops !== null && proposal.ops.length > 0) {
      parts.push(...changeParagraphs(layout, textRtl, [{ op: 'equal', text: prefix }, ...proposal.ops], source));
    } else if (proposal.text !== null) {
      parts.push(...textParagraphs(textRtl, `${prefix}${proposal.text}`));
    }
  }
  if (proposal.reasons !== null && proposal.reasons !== '') {
    const [first = '', ...rest] = proposal.reasons.split(/\r?\n/);
    parts.push(
      paragraph(rtl, [run(rtl, labelled(labels, labels.reasons), { bold: true }), run(rtl, `\t${first}`)]),
      ...rest.map((line) => paragraph(rtl, [run(rtl, line)])),
    );
  }
  return parts;
}

/** One instrument: title line and subject, sources, whole-text proposals, then each provision with proposals. */
function instrumentBlock(layout: Layout, instrument: CompilationInstrument, first: boolean): Paragraph[] {
  const { labels, rtl } = layout;
  const own = isRightToLeft(instrument.language);
  const centred = { alignment: AlignmentType.CENTER, keepNext: true };
  const parts = [
    paragraph(own, [run(own, instrument.titleLine, { bold: true, size: 26 })], {
      ...centred,
      pageBreakBefore: !first || undefined,
      spacing: { before: 240, after: 120 },
    }),
  ];
  if (instrument.title !== null && instrument.title !== '') {
    parts.push(paragraph(own, [run(own, instrument.title, { bold: true })], centred));
  }
  if (instrument.sources.length > 0) {
    const sources = instrument.sources
      .map(({ source, documents }) => `${source} (${documents.join(labels.listSeparator)})`)
      .join(labels.listSeparator);
    parts.push(
      paragraph(rtl, [run(rtl, labelledValue(labels, labels.sources, ''), { bold: true }), run(rtl, sources)], {
        spacing: { before: 240, after: 240 },
      }),
    );
  }
  if (instrument.wholeText.length > 0) {
    parts.push(paragraph(rtl, [run(rtl, labels.wholeText, { italics: true })], { keepNext: true }));
    parts.push(...instrument.wholeText.flatMap((proposal) => proposalBlock(layout, instrument, proposal, null)));
  }
  if (instrument.wholeText.length === 0 && instrument.provisions.length === 0) {
    parts.push(paragraph(rtl, [run(rtl, labels.none, { italics: true })]));
  }
  for (const provision of instrument.provisions) {
    const line = [run(own, `${provision.heading} ${provision.num}`.trim(), { italics: true })];
    if (provision.base === null) {
      line.push(run(rtl, ` (${labels.added})`, { italics: true }));
    }
    parts.push(paragraph(own, line, { keepNext: true, spacing: { before: 360, after: 120 } }));
    if (provision.base !== null) {
      parts.push(...textParagraphs(own, `${numbered(provision.num)}${provision.base}`));
    }
    parts.push(...provision.proposals.flatMap((proposal) => proposalBlock(layout, instrument, proposal, provision)));
  }
  return parts;
}

/**
 * Renders a compilation of proposals as a Word document in ITU layout: the header (meeting, place and dates, the
 * compilation's date) and title, then each instrument with its sources and, provision by provision, the base
 * text followed by every source's proposal: mark and number, the changes as tracked insertions (`w:ins`) and
 * deletions (`w:del`) authored by the source (`w:author="EGY"`) and dated at the compilation, SUP as the whole
 * base deleted, ADD as the text inserted, NOC as its mark; and reasons. A translated proposal is marked
 * "(translation)" after its number and tracked against the base in its language like any other, one awaiting
 * translation "(awaiting translation)". Labelled in the compilation's language (one
 * of the six); Arabic paragraphs, and only they, are right to left (`w:bidi`), runs of Arabic text `w:rtl`; text of
 * the other direction ending in punctuation is isolated with it.
 */
export async function renderCompilationDocx(input: CompilationDocument): Promise<Buffer> {
  let revisionId = 0;
  const layout: Layout = {
    labels: compilationLabels(input.language),
    rtl: isRightToLeft(input.language),
    // Seconds are what Word stores: ISO 8601 without the fraction.
    revisionDate: `${input.compiledAt.slice(0, 19)}Z`,
    nextRevisionId: () => ++revisionId,
  };
  const runDefaults = {
    font: DOCUMENT_FONT,
    language: proofingLanguages(input.language),
    size: 24,
    sizeComplexScript: 24,
  };
  const document = new Document({
    creator: 'Tansiq',
    title: labelledValue(layout.labels, layout.labels.title, input.meeting.name),
    styles: { default: { document: { run: runDefaults } } },
    sections: [
      {
        properties: { page: { margin: { top: 1134, bottom: 1134, left: 1134, right: 1134 } } },
        children: [
          ...header(layout, input),
          ...input.instruments.flatMap((instrument, index) => instrumentBlock(layout, instrument, index === 0)),
        ],
      },
    ],
  });
  return Packer.toBuffer(document);
}

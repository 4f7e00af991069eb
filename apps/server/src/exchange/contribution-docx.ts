import { isRightToLeft, type DiffOp } from '@tansiq/domain';
import {
  AlignmentType,
  DeletedTextRun,
  Document,
  InsertedTextRun,
  Packer,
  Paragraph,
  Tab,
  Table,
  TableBorders,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type IParagraphOptions,
  type IRunOptions,
  type ParagraphChild,
} from 'docx';
import { proposalBody, type ContributionDocument, type ContributionProposal } from './contribution.ts';
import {
  contributionLabels,
  formatDate,
  formatDateRange,
  languageName,
  type ContributionLabels,
} from './contribution-labels.ts';

export type { ContributionDocument, ContributionMeeting, ContributionProposal } from './contribution.ts';

/** What every paragraph and run of one document shares: direction, labels, the revision ids and date. */
interface Layout {
  rtl: boolean;
  labels: ContributionLabels;
  /** The tracked changes' date: the document's date at midnight UTC. */
  revisionDate: string;
  nextRevisionId: () => number;
}

type RunStyle = Pick<IRunOptions, 'bold' | 'italics' | 'size'>;
type ParagraphStyle = Pick<IParagraphOptions, 'alignment' | 'keepNext' | 'spacing' | 'run'>;
type Change = { id: number; author: string; date: string };

const RTL_LETTER = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/u;
const LATIN_LETTER = /[A-Za-z\u00C0-\u024F]/u;

/**
 * Runs are marked right to left in a right-to-left document, except runs of Latin words alone (a mark, a
 * proposal number, a symbol): Word would otherwise lay their digits and slashes out as right-to-left text.
 */
function runIsRtl(layout: Layout, text: string): boolean {
  return RTL_LETTER.test(text) || (layout.rtl && !LATIN_LETTER.test(text));
}

/** A run's content: tabs become real tab elements, the rest stays text. */
function runChildren(text: string): (string | Tab)[] {
  return text
    .split('\t')
    .flatMap((piece, index) => (index === 0 ? [piece] : [new Tab(), piece]))
    .filter((child) => child !== '');
}

function run(layout: Layout, text: string, style: RunStyle = {}): TextRun {
  return new TextRun({ children: runChildren(text), ...style, rightToLeft: runIsRtl(layout, text) || undefined });
}

function changedRun(layout: Layout, op: DiffOp['op'], text: string, author: string): ParagraphChild {
  if (op === 'equal') {
    return run(layout, text);
  }
  const options = {
    id: layout.nextRevisionId(),
    author,
    date: layout.revisionDate,
    children: runChildren(text),
    rightToLeft: runIsRtl(layout, text) || undefined,
  };
  return op === 'insert' ? new InsertedTextRun(options) : new DeletedTextRun(options);
}

function paragraph(layout: Layout, children: ParagraphChild[], style: ParagraphStyle = {}): Paragraph {
  return new Paragraph({ children, spacing: { after: 120 }, ...style, bidirectional: layout.rtl || undefined });
}

/** One paragraph per line of a plain text. */
function textParagraphs(layout: Layout, text: string): Paragraph[] {
  return text.split(/\r?\n/).map((line) => paragraph(layout, [run(layout, line)]));
}

/**
 * A diff as tracked changes. A line break inside an inserted or deleted run is a paragraph mark that was
 * inserted or deleted, so the paragraph it ends carries that revision on its mark.
 */
function changeParagraphs(layout: Layout, ops: readonly DiffOp[], author: string): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  let children: ParagraphChild[] = [];
  const change = (): Change => ({ id: layout.nextRevisionId(), author, date: layout.revisionDate });
  for (const { op, text } of ops) {
    const lines = text.replace(/\r\n/g, '\n').split('\n');
    lines.forEach((line, index) => {
      if (index > 0) {
        const mark = op === 'insert' ? { insertion: change() } : op === 'delete' ? { deletion: change() } : {};
        paragraphs.push(paragraph(layout, children, { run: mark }));
        children = [];
      }
      if (line !== '') {
        children.push(changedRun(layout, op, line, author));
      }
    });
  }
  paragraphs.push(paragraph(layout, children));
  return paragraphs;
}

function cell(layout: Layout, lines: { text: string; style?: RunStyle }[], end: boolean): TableCell {
  // `end` is the logical end of the line: the right edge in English, the left edge in Arabic.
  const alignment = end ? AlignmentType.END : AlignmentType.START;
  return new TableCell({
    width: { size: 50, type: WidthType.PERCENTAGE },
    children: lines.map((line) => paragraph(layout, [run(layout, line.text, line.style)], { alignment })),
  });
}

/** The ITU header: meeting, place and dates, target body on one side; symbol, date and original on the other. */
function header(layout: Layout, input: ContributionDocument): (Paragraph | Table)[] {
  const { labels } = layout;
  const { meeting } = input;
  const place = `${meeting.city}${labels.listSeparator}${formatDateRange(labels, meeting.startsOn, meeting.endsOn)}`;
  const original = `${labels.original}: ${languageName(labels, input.originalLanguage)}`;
  const table = new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: TableBorders.NONE,
    visuallyRightToLeft: layout.rtl || undefined,
    rows: [
      new TableRow({
        children: [
          cell(
            layout,
            [{ text: meeting.name, style: { bold: true } }, { text: place }, { text: input.targetBody }],
            false,
          ),
          cell(
            layout,
            [
              { text: input.symbol, style: { bold: true } },
              { text: formatDate(labels, input.date) },
              { text: original },
            ],
            true,
          ),
        ],
      }),
    ],
  });
  const centred = { alignment: AlignmentType.CENTER };
  const parts: (Paragraph | Table)[] = [
    table,
    paragraph(layout, [run(layout, `${labels.source}: `, { bold: true }), run(layout, input.source)], {
      ...centred,
      spacing: { before: 360, after: 120 },
    }),
  ];
  if (input.signatories !== undefined && input.signatories.length > 0) {
    parts.push(
      paragraph(layout, [run(layout, input.signatories.join(labels.listSeparator), { italics: true })], centred),
    );
  }
  parts.push(
    paragraph(layout, [run(layout, input.title, { bold: true, size: 28 })], {
      ...centred,
      spacing: { before: 240, after: 240 },
    }),
  );
  if (input.summary !== undefined && input.summary !== null && input.summary !== '') {
    parts.push(
      paragraph(layout, [run(layout, `${labels.summary}:`, { bold: true })]),
      ...textParagraphs(layout, input.summary),
    );
  }
  return parts;
}

/** One proposal: mark and number, what it targets, its text or tracked changes, and its reasons. */
function proposalBlock(layout: Layout, input: ContributionDocument, proposal: ContributionProposal): Paragraph[] {
  const markLine = [run(layout, proposal.mark, { bold: true })];
  if (proposal.number !== null) {
    markLine.push(run(layout, `\t${proposal.number}`, { bold: true }));
  }
  const parts = [paragraph(layout, markLine, { keepNext: true, spacing: { before: 360, after: 120 } })];
  if (proposal.heading !== null && proposal.heading !== '') {
    parts.push(
      paragraph(layout, [run(layout, proposal.heading, { bold: true })], {
        alignment: AlignmentType.CENTER,
        keepNext: true,
      }),
    );
  }
  if (proposal.provision !== undefined && proposal.provision !== null && proposal.provision !== '') {
    parts.push(paragraph(layout, [run(layout, proposal.provision, { italics: true })], { keepNext: true }));
  }
  const body = proposalBody(proposal);
  if (body.kind === 'text') {
    parts.push(...textParagraphs(layout, body.text));
  } else if (body.kind === 'changes') {
    parts.push(...changeParagraphs(layout, body.ops, proposal.number ?? input.source));
  }
  if (proposal.reasons !== null && proposal.reasons !== '') {
    const [first = '', ...rest] = proposal.reasons.split(/\r?\n/);
    const label = run(layout, `${layout.labels.reasons}:`, { bold: true });
    parts.push(
      paragraph(layout, [label, run(layout, `\t${first}`)]),
      ...rest.map((line) => paragraph(layout, [run(layout, line)])),
    );
  }
  return parts;
}

/**
 * Renders a contribution as a Word document in ITU layout: the header block, then each proposal with its mark
 * and number, its text (MOD and (MOD) as tracked insertions `w:ins` and deletions `w:del` against the base,
 * authored by the proposal number or the source), and its reasons. Arabic documents are right to left
 * throughout (`w:bidi` on every paragraph, `w:rtl` on the runs of Arabic text) and print Western digits.
 */
export async function renderContributionDocx(input: ContributionDocument): Promise<Buffer> {
  let revisionId = 0;
  const rtl = isRightToLeft(input.language);
  const layout: Layout = {
    rtl,
    labels: contributionLabels(input.language),
    revisionDate: `${input.date}T00:00:00Z`,
    nextRevisionId: () => ++revisionId,
  };
  const font = { ascii: 'Times New Roman', hAnsi: 'Times New Roman', cs: 'Times New Roman' };
  const document = new Document({
    creator: 'Tansiq',
    title: input.title,
    description: input.symbol,
    styles: { default: { document: { run: { font, size: 24, sizeComplexScript: 24 } } } },
    sections: [
      {
        properties: { page: { margin: { top: 1134, bottom: 1134, left: 1134, right: 1134 } } },
        children: [
          ...header(layout, input),
          ...input.proposals.flatMap((proposal) => proposalBlock(layout, input, proposal)),
        ],
      },
    ],
  });
  return Packer.toBuffer(document);
}

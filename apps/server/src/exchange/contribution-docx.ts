import { isRightToLeft } from '@tansiq/domain';
import type { Paragraph } from 'docx';
import { AlignmentType, Document, Packer, Table, TableBorders, TableRow, WidthType } from 'docx';
import { changeParagraphs, headerCell, paragraph, run, textParagraphs } from './wordml-write.ts';
import { proposalBody, type ContributionDocument, type ContributionProposal } from './contribution.ts';
import {
  DOCUMENT_FONT,
  contributionLabels,
  formatDate,
  formatDateRange,
  labelled,
  labelledValue,
  languageName,
  proofingLanguages,
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

/** The ITU header: meeting, place and dates, target body on one side; symbol, date and original on the other. */
function header(layout: Layout, input: ContributionDocument): (Paragraph | Table)[] {
  const { labels } = layout;
  const { meeting } = input;
  const place = `${meeting.city}${labels.comma}${formatDateRange(labels, meeting.startsOn, meeting.endsOn)}`;
  const original = labelledValue(labels, labels.original, languageName(labels, input.originalLanguage));
  const table = new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: TableBorders.NONE,
    visuallyRightToLeft: layout.rtl || undefined,
    rows: [
      new TableRow({
        children: [
          headerCell(
            layout.rtl,
            [{ text: meeting.name, style: { bold: true } }, { text: place }, { text: input.targetBody }],
            false,
          ),
          headerCell(
            layout.rtl,
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
    paragraph(
      layout.rtl,
      [run(layout.rtl, labelledValue(labels, labels.source, ''), { bold: true }), run(layout.rtl, input.source)],
      {
        ...centred,
        spacing: { before: 360, after: 120 },
      },
    ),
  ];
  if (input.signatories !== undefined && input.signatories.length > 0) {
    parts.push(
      paragraph(
        layout.rtl,
        [run(layout.rtl, input.signatories.join(labels.listSeparator), { italics: true })],
        centred,
      ),
    );
  }
  parts.push(
    paragraph(layout.rtl, [run(layout.rtl, input.title, { bold: true, size: 28 })], {
      ...centred,
      spacing: { before: 240, after: 240 },
    }),
  );
  if (input.summary !== undefined && input.summary !== null && input.summary !== '') {
    parts.push(
      paragraph(layout.rtl, [run(layout.rtl, labelled(labels, labels.summary), { bold: true })]),
      ...textParagraphs(layout.rtl, input.summary),
    );
  }
  return parts;
}

/** One proposal: mark and number, what it targets, its text or tracked changes, and its reasons. */
function proposalBlock(layout: Layout, input: ContributionDocument, proposal: ContributionProposal): Paragraph[] {
  const markLine = [run(layout.rtl, proposal.mark, { bold: true })];
  if (proposal.number !== null) {
    markLine.push(run(layout.rtl, `\t${proposal.number}`, { bold: true }));
  }
  const parts = [paragraph(layout.rtl, markLine, { keepNext: true, spacing: { before: 360, after: 120 } })];
  if (proposal.heading !== null && proposal.heading !== '') {
    parts.push(
      paragraph(layout.rtl, [run(layout.rtl, proposal.heading, { bold: true })], {
        alignment: AlignmentType.CENTER,
        keepNext: true,
      }),
    );
  }
  if (proposal.provision !== undefined && proposal.provision !== null && proposal.provision !== '') {
    parts.push(paragraph(layout.rtl, [run(layout.rtl, proposal.provision, { italics: true })], { keepNext: true }));
  }
  const body = proposalBody(proposal);
  if (body.kind === 'text') {
    parts.push(...textParagraphs(layout.rtl, body.text));
  } else if (body.kind === 'changes') {
    parts.push(...changeParagraphs(layout, layout.rtl, body.ops, proposal.number ?? input.source));
  }
  if (proposal.reasons !== null && proposal.reasons !== '') {
    const [first = '', ...rest] = proposal.reasons.split(/\r?\n/);
    const label = run(layout.rtl, labelled(layout.labels, layout.labels.reasons), { bold: true });
    parts.push(
      paragraph(layout.rtl, [label, run(layout.rtl, `\t${first}`)]),
      ...rest.map((line) => paragraph(layout.rtl, [run(layout.rtl, line)])),
    );
  }
  return parts;
}

/**
 * Renders a contribution as a Word document in ITU layout: the header block, then each proposal with its mark
 * and number, its text (MOD and (MOD) as tracked insertions `w:ins` and deletions `w:del` against the base,
 * authored by the proposal number or the source), and its reasons, labelled in the document's language (one of
 * the six). Arabic documents, and only they, are right to left throughout (`w:bidi` on every paragraph, `w:rtl`
 * on the runs of Arabic text) and print Western digits; an English reason or quotation in them (an Arabic one in
 * an English document) is isolated with its full stop (`spansToIsolate`), so that the full stop stays at its end.
 * Chinese runs are set in SimSun, and every run is proofed in its script's language (`proofingLanguages`).
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
  const runDefaults = {
    font: DOCUMENT_FONT,
    language: proofingLanguages(input.language),
    size: 24,
    sizeComplexScript: 24,
  };
  const document = new Document({
    creator: 'Tansiq',
    title: input.title,
    description: input.symbol,
    styles: { default: { document: { run: runDefaults } } },
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

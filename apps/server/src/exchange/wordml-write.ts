/**
 * The runs and paragraphs the Word writers share (a contribution, a compilation): direction per run, tabs,
 * and diffs written as tracked changes (`w:ins`/`w:del` with their author and date).
 */
import type { DiffOp } from '@tansiq/domain';
import {
  AlignmentType,
  DeletedTextRun,
  InsertedTextRun,
  Paragraph,
  Tab,
  TableCell,
  TextRun,
  WidthType,
  type IParagraphOptions,
  type IRunOptions,
  type ParagraphChild,
} from 'docx';

export type RunStyle = Pick<IRunOptions, 'bold' | 'italics' | 'size'>;
export type ParagraphStyle = Pick<IParagraphOptions, 'alignment' | 'keepNext' | 'spacing' | 'run' | 'pageBreakBefore'>;

/** The revisions of one document: the date its tracked changes carry, and their ids in order. */
export interface Revisions {
  revisionDate: string;
  nextRevisionId: () => number;
}

const RTL_LETTER = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/u;
const LATIN_LETTER = /[A-Za-z\u00C0-\u024F]/u;

/**
 * Runs are marked right to left when they hold right-to-left letters, and in a right-to-left paragraph unless
 * they hold Latin words alone (a mark, a proposal number, a symbol): Word would otherwise lay their digits and
 * slashes out as right-to-left text.
 */
export function runIsRtl(rtl: boolean, text: string): boolean {
  return RTL_LETTER.test(text) || (rtl && !LATIN_LETTER.test(text));
}

/** A run's content: tabs become real tab elements, the rest stays text. */
export function runChildren(text: string): (string | Tab)[] {
  return text
    .split('\t')
    .flatMap((piece, index) => (index === 0 ? [piece] : [new Tab(), piece]))
    .filter((child) => child !== '');
}

export function run(rtl: boolean, text: string, style: RunStyle = {}): TextRun {
  return new TextRun({ children: runChildren(text), ...style, rightToLeft: runIsRtl(rtl, text) || undefined });
}

export function paragraph(rtl: boolean, children: ParagraphChild[], style: ParagraphStyle = {}): Paragraph {
  return new Paragraph({ children, spacing: { after: 120 }, ...style, bidirectional: rtl || undefined });
}

/** One paragraph per line of a plain text. */
export function textParagraphs(rtl: boolean, text: string, style: RunStyle = {}): Paragraph[] {
  return text.split(/\r?\n/).map((line) => paragraph(rtl, [run(rtl, line, style)]));
}

/**
 * A diff as paragraphs of tracked changes by `author`: insertions `w:ins`, deletions `w:del`, equal text plain.
 * A line break inside an inserted or deleted run is a paragraph mark that was inserted or deleted, so the
 * paragraph it ends carries that revision on its mark.
 */
export function changeParagraphs(
  revisions: Revisions,
  rtl: boolean,
  ops: readonly DiffOp[],
  author: string,
): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  let children: ParagraphChild[] = [];
  const change = () => ({ id: revisions.nextRevisionId(), author, date: revisions.revisionDate });
  for (const { op, text } of ops) {
    text
      .replace(/\r\n/g, '\n')
      .split('\n')
      .forEach((line, index) => {
        if (index > 0) {
          const mark = op === 'insert' ? { insertion: change() } : op === 'delete' ? { deletion: change() } : {};
          paragraphs.push(paragraph(rtl, children, { run: mark }));
          children = [];
        }
        if (line === '') {
          return;
        }
        if (op === 'equal') {
          children.push(run(rtl, line));
          return;
        }
        const options = { ...change(), children: runChildren(line), rightToLeft: runIsRtl(rtl, line) || undefined };
        children.push(op === 'insert' ? new InsertedTextRun(options) : new DeletedTextRun(options));
      });
  }
  paragraphs.push(paragraph(rtl, children));
  return paragraphs;
}

/** A half-width header cell; `end` is the logical end of the line (the right edge in English, left in Arabic). */
export function headerCell(rtl: boolean, lines: { text: string; style?: RunStyle }[], end: boolean): TableCell {
  const alignment = end ? AlignmentType.END : AlignmentType.START;
  return new TableCell({
    width: { size: 50, type: WidthType.PERCENTAGE },
    children: lines.map((line) => paragraph(rtl, [run(rtl, line.text, line.style)], { alignment })),
  });
}

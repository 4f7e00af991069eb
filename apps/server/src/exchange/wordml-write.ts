/**
 * The runs and paragraphs the Word writers share (a contribution, a compilation): direction per run, tabs,
 * stretches of the other direction isolated, and diffs written as tracked changes (`w:ins`/`w:del` with their
 * author and date).
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
import { isolateControls, spansToIsolate } from './bidi-isolation.ts';

export type RunStyle = Pick<IRunOptions, 'bold' | 'italics' | 'size'>;
export type ParagraphStyle = Pick<IParagraphOptions, 'alignment' | 'keepNext' | 'spacing' | 'run' | 'pageBreakBefore'>;

/** The revisions of one document: the date its tracked changes carry, and their ids in order. */
export interface Revisions {
  revisionDate: string;
  nextRevisionId: () => number;
}

/** A run before it is written: its text and style, and the tracked change it is part of, if any. */
export interface RunPiece {
  text: string;
  /** The direction of the paragraph the run was made for (see `runIsRtl`). */
  rtl: boolean;
  style: RunStyle;
  change?: { kind: 'insert' | 'delete'; author: string; revisions: Revisions };
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

/** A run of `text` for a paragraph of direction `rtl`; written when its paragraph is (`paragraph`). */
export function run(rtl: boolean, text: string, style: RunStyle = {}): RunPiece {
  return { text, rtl, style };
}

function written(piece: RunPiece, text: string): ParagraphChild {
  const rightToLeft = runIsRtl(piece.rtl, text) || undefined;
  if (piece.change === undefined) {
    return new TextRun({ children: runChildren(text), ...piece.style, rightToLeft });
  }
  const { kind, author, revisions } = piece.change;
  const options = {
    id: revisions.nextRevisionId(),
    author,
    date: revisions.revisionDate,
    children: runChildren(text),
    ...piece.style,
    rightToLeft,
  };
  return kind === 'insert' ? new InsertedTextRun(options) : new DeletedTextRun(options);
}

/**
 * The runs of a paragraph of direction `rtl`. Each stretch of the other direction that ends in punctuation (an
 * English reason with its full stop in an Arabic paragraph) is isolated (`spansToIsolate`), across the runs it
 * spans, by controls in runs of their own: never inside a tracked change, so accepting or rejecting one cannot
 * leave an isolate open.
 */
function isolatedRuns(rtl: boolean, pieces: readonly RunPiece[]): ParagraphChild[] {
  const controls: { at: number; text: string }[] = [];
  for (const span of spansToIsolate(pieces.map((piece) => piece.text).join(''), rtl)) {
    const { open, close } = isolateControls(span.rtl);
    controls.push({ at: span.start, text: open }, { at: span.end, text: close });
  }
  controls.sort((a, b) => a.at - b.at);
  const children: ParagraphChild[] = [];
  let next = 0;
  let offset = 0;
  for (const piece of pieces) {
    let from = 0;
    for (;;) {
      while (next < controls.length && controls[next]!.at === offset + from) {
        children.push(new TextRun({ text: controls[next]!.text }));
        next += 1;
      }
      const to = next < controls.length ? Math.min(controls[next]!.at - offset, piece.text.length) : piece.text.length;
      if (to > from) {
        children.push(written(piece, piece.text.slice(from, to)));
      }
      from = to;
      if (from >= piece.text.length) {
        break;
      }
    }
    offset += piece.text.length;
  }
  for (const control of controls.slice(next)) {
    children.push(new TextRun({ text: control.text }));
  }
  return children;
}

export function paragraph(rtl: boolean, pieces: readonly RunPiece[], style: ParagraphStyle = {}): Paragraph {
  return new Paragraph({
    children: isolatedRuns(rtl, pieces),
    spacing: { after: 120 },
    ...style,
    bidirectional: rtl || undefined,
  });
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
  let pieces: RunPiece[] = [];
  const change = () => ({ id: revisions.nextRevisionId(), author, date: revisions.revisionDate });
  for (const { op, text } of ops) {
    text
      .replace(/\r\n/g, '\n')
      .split('\n')
      .forEach((line, index) => {
        if (index > 0) {
          const mark = op === 'insert' ? { insertion: change() } : op === 'delete' ? { deletion: change() } : {};
          paragraphs.push(paragraph(rtl, pieces, { run: mark }));
          pieces = [];
        }
        if (line === '') {
          return;
        }
        pieces.push(op === 'equal' ? run(rtl, line) : { ...run(rtl, line), change: { kind: op, author, revisions } });
      });
  }
  paragraphs.push(paragraph(rtl, pieces));
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

import { LANGUAGES, PROPOSAL_MARKS, type Language, type ProposalMark } from '@tansiq/domain';
import { contributionLabels, labelled } from './contribution-labels.ts';

/*
 * A contribution's language version read back from Word: the layout `renderContributionDocx` prints (the
 * translators' starting point is the original exported in their language), so a translated file is read by the
 * same marks. Each proposal starts with a line of its mark and number ("MOD\tEGY/23/1"); then, as printed, the
 * heading of the text it aims at (when it aims at a text) and the provision (when it aims at one); then its text
 * (a MOD's tracked changes read with insertions kept and deletions left out: the proposed text); then its reasons
 * after the label "Reasons:" in the document's language. What precedes the first proposal (the header) is not
 * read.
 */

/** A proposal as a translated file gives it. */
export interface ReadProposal {
  number: string;
  mark: ProposalMark;
  text: string | null;
  reasons: string | null;
}

/** What the original prints before a proposal's text: the target's heading line, and its provision line. */
export interface PrintedTarget {
  heading: boolean;
  provision: boolean;
}

export interface ReadTranslation {
  proposals: ReadProposal[];
  /** The languages whose "Reasons:" label the file uses (the declared one's when it is in that language). */
  labelLanguages: Language[];
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const MARK_LINE = new RegExp(
  `^\\s*(${[...PROPOSAL_MARKS]
    .sort((a, b) => b.length - a.length)
    .map(escape)
    .join('|')})\\t+(\\S+)\\s*$`,
  'u',
);

/** Each language's reasons label as printed ("Reasons:", "理由："), longest first so that none hides another. */
const REASON_LABELS = LANGUAGES.map((language) => ({
  language,
  label: labelled(contributionLabels(language), contributionLabels(language).reasons),
})).sort((a, b) => b.label.length - a.label.length);

function reasonsLine(line: string): { language: Language; rest: string } | null {
  const trimmed = line.trimStart();
  for (const { language, label } of REASON_LABELS) {
    if (trimmed.startsWith(label)) {
      return { language, rest: trimmed.slice(label.length).replace(/^\s+/u, '') };
    }
  }
  return null;
}

const joined = (lines: readonly string[]) => {
  const text = lines.join('\n').trim();
  return text === '' ? null : text;
};

/**
 * Reads the proposals of a translated contribution from its text, one line per paragraph (`readDocxText`).
 * `printed` says, for a proposal number of the original, which target lines the layout prints before its text
 * (a number the original lacks is read as printing none: the alignment check refuses it anyway).
 */
export function readTranslatedContribution(
  source: string,
  printed: (number: string) => PrintedTarget,
): ReadTranslation {
  const proposals: ReadProposal[] = [];
  const labelLanguages = new Set<Language>();
  let current: { number: string; mark: ProposalMark; skip: number; body: string[]; reasons: string[] | null } | null =
    null;
  const close = () => {
    if (current !== null) {
      proposals.push({
        number: current.number,
        mark: current.mark,
        text: joined(current.body),
        reasons: current.reasons === null ? null : joined(current.reasons),
      });
    }
  };
  for (const line of source.split(/\r\n|\r|\n/)) {
    const mark = MARK_LINE.exec(line);
    if (mark !== null) {
      close();
      const target = printed(mark[2]!);
      current = {
        number: mark[2]!,
        mark: mark[1] as ProposalMark,
        skip: (target.heading ? 1 : 0) + (target.provision ? 1 : 0),
        body: [],
        reasons: null,
      };
      continue;
    }
    if (current === null) {
      continue;
    }
    if (current.skip > 0 && current.body.length === 0 && current.reasons === null) {
      if (line.trim() !== '') {
        current.skip -= 1;
      }
      continue;
    }
    if (current.reasons === null) {
      const reasons = reasonsLine(line);
      if (reasons !== null) {
        labelLanguages.add(reasons.language);
        current.reasons = [reasons.rest];
        continue;
      }
      current.body.push(line);
    } else {
      current.reasons.push(line);
    }
  }
  close();
  return { proposals, labelLanguages: [...labelLanguages] };
}

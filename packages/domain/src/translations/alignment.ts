import type { Issue } from '../errors.ts';
import { isUnchanged, wordDiff } from '../diff/word-diff.ts';
import type { ProposalMark, ProposalTarget } from '../proposals.ts';

/** A proposal as a language version of a contribution gives it: its number, its mark and what it aims at. */
export interface AlignedProposal {
  /** The proposal number given on submission (`EGY/23/1`); the key the two versions are compared by. */
  number: string;
  mark: ProposalMark;
  target: ProposalTarget;
}

/** True when two targets aim at the same thing: the same provision, the whole text, the same draft new text. */
export function sameTarget(a: ProposalTarget, b: ProposalTarget): boolean {
  switch (a.kind) {
    case 'provision':
      return b.kind === 'provision' && a.provisionId === b.provisionId;
    case 'new-text':
      return b.kind === 'new-text' && a.tag === b.tag;
    default:
      return a.kind === b.kind;
  }
}

function describeTarget(target: ProposalTarget): string {
  switch (target.kind) {
    case 'provision':
      return `provision ${target.provisionId}`;
    case 'new-text':
      return `draft new text ${target.tag}`;
    case 'text':
      return 'the whole text';
    default:
      return 'a general matter';
  }
}

/**
 * Compares a language version's proposals with the original's, by proposal number (their order does not count):
 * one issue per proposal missing from the translation, given in it twice, not in the original, whose mark
 * changed or whose target changed, each at `['proposals', <number>]` (docs/translations.md). A translation with
 * any issue is refused whole: there is no partial acceptance. The original's numbers are taken as unique, as
 * numbering on submission gives them.
 */
export function translationAlignmentIssues(
  original: readonly AlignedProposal[],
  translated: readonly AlignedProposal[],
): Issue[] {
  const issues: Issue[] = [];
  const add = (number: string, code: string, message: string) =>
    issues.push({ path: ['proposals', number], code, message });
  const byNumber = new Map<string, AlignedProposal>();
  for (const proposal of translated) {
    if (byNumber.has(proposal.number)) {
      add(proposal.number, 'translation_duplicate_proposal', `Proposal ${proposal.number} is translated twice.`);
    } else {
      byNumber.set(proposal.number, proposal);
    }
  }
  const originalNumbers = new Set<string>();
  for (const source of original) {
    originalNumbers.add(source.number);
    const translation = byNumber.get(source.number);
    if (translation === undefined) {
      add(source.number, 'translation_missing_proposal', `Proposal ${source.number} is missing from the translation.`);
      continue;
    }
    if (translation.mark !== source.mark) {
      add(
        source.number,
        'translation_mark_changed',
        `Proposal ${source.number} is marked ${source.mark} in the original, ${translation.mark} in the translation.`,
      );
    }
    if (!sameTarget(source.target, translation.target)) {
      add(
        source.number,
        'translation_target_changed',
        `Proposal ${source.number} aims at ${describeTarget(source.target)} in the original, ` +
          `${describeTarget(translation.target)} in the translation.`,
      );
    }
  }
  for (const number of byNumber.keys()) {
    if (!originalNumbers.has(number)) {
      add(number, 'translation_extra_proposal', `Proposal ${number} is not in the original.`);
    }
  }
  return issues;
}

/** A proposal's translated text beside the base it changes, in the translation's language. */
export interface TranslatedText {
  number: string;
  mark: ProposalMark;
  /** The proposal's text in the translation's language. */
  text: string | null;
  /** The targeted provision's text in force in that language; null when the base version lacks it there. */
  baseText: string | null;
}

const blank = (text: string | null) => text === null || text.trim() === '';

/**
 * The checks of a translated MOD or (MOD) against the base in its own language: it brings its text, the base has
 * the provision in that language to diff against, and the text changes it (an empty word diff, by the diff's own
 * tokenizer, is reported, never stored silently). Each issue at `['proposals', <number>, 'text']`. Other marks
 * are not checked here: they are not diffed against the base.
 */
export function translatedModIssues(proposals: readonly TranslatedText[]): Issue[] {
  const issues: Issue[] = [];
  for (const proposal of proposals) {
    if (proposal.mark !== 'MOD' && proposal.mark !== '(MOD)') {
      continue;
    }
    const path = ['proposals', proposal.number, 'text'];
    if (blank(proposal.text)) {
      issues.push({
        path,
        code: 'translation_text_required',
        message: `The translation of ${proposal.mark} proposal ${proposal.number} brings its text.`,
      });
    } else if (proposal.baseText === null) {
      issues.push({
        path,
        code: 'translation_base_missing',
        message: `The text in force has no version in this language to compare proposal ${proposal.number} with.`,
      });
    } else if (isUnchanged(wordDiff(proposal.baseText, proposal.text!))) {
      issues.push({
        path,
        code: 'translation_empty_mod',
        message: `The translation of proposal ${proposal.number} is the same as the text in force in this language.`,
      });
    }
  }
  return issues;
}

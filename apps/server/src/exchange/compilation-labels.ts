import type { Language } from '@tansiq/domain';
import { contributionLabels, type ContributionLabels } from './contribution-labels.ts';

/** The printed words of a compilation of proposals, in one language (with a contribution's: dates, reasons). */
export interface CompilationLabels extends ContributionLabels {
  /** The document's title: "Compilation of proposals". */
  title: string;
  /** Before the compilation's date: "Date". */
  date: string;
  /** Before the list of sources of one text: "Sources". */
  sources: string;
  /** Marks a provision that a source adds: "new provision". */
  added: string;
  /** Before a proposal on the whole text: "Whole text". */
  wholeText: string;
  /** Says that the meeting has no proposal (on the text asked). */
  none: string;
}

// Arabic, English and French, as for contributions; any other language falls back to English.
const WORDS: Partial<Record<Language, Omit<CompilationLabels, keyof ContributionLabels>>> = {
  en: {
    title: 'Compilation of proposals',
    date: 'Date',
    sources: 'Sources',
    added: 'new provision',
    wholeText: 'Whole text',
    none: 'No proposals.',
  },
  fr: {
    title: 'Compilation des propositions',
    date: 'Date',
    sources: 'Sources',
    added: 'nouvelle disposition',
    wholeText: 'Texte entier',
    none: 'Aucune proposition.',
  },
  ar: {
    title: 'تجميع المقترحات',
    date: 'التاريخ',
    sources: 'المصادر',
    added: 'حكم جديد',
    wholeText: 'النص بأكمله',
    none: 'لا توجد مقترحات.',
  },
};

/** The labels of a compilation in `language`: Arabic, English or French, and English for the others. */
export function compilationLabels(language: Language): CompilationLabels {
  return { ...contributionLabels(language), ...(WORDS[language] ?? WORDS.en!) };
}

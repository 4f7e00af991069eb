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
  /** After a proposal's number when its text is a published translation into the compilation's language. */
  translation: string;
  /** After a proposal's number when it is written in another language and not translated into this one yet. */
  awaitingTranslation: string;
}

/** The words of each language: ITU prints a compilation's labels in its language. */
const WORDS: Record<Language, Omit<CompilationLabels, keyof ContributionLabels>> = {
  ar: {
    title: 'تجميع المقترحات',
    date: 'التاريخ',
    sources: 'المصادر',
    added: 'حكم جديد',
    wholeText: 'النص بأكمله',
    none: 'لا توجد مقترحات.',
    translation: 'ترجمة',
    awaitingTranslation: 'في انتظار الترجمة',
  },
  zh: {
    title: '提案汇编',
    date: '日期',
    sources: '来源',
    added: '新条款',
    wholeText: '整个案文',
    none: '无提案。',
    translation: '译文',
    awaitingTranslation: '待翻译',
  },
  en: {
    title: 'Compilation of proposals',
    date: 'Date',
    sources: 'Sources',
    added: 'new provision',
    wholeText: 'Whole text',
    none: 'No proposals.',
    translation: 'translation',
    awaitingTranslation: 'awaiting translation',
  },
  fr: {
    title: 'Compilation des propositions',
    date: 'Date',
    sources: 'Sources',
    added: 'nouvelle disposition',
    wholeText: 'Texte entier',
    none: 'Aucune proposition.',
    translation: 'traduction',
    awaitingTranslation: 'en attente de traduction',
  },
  ru: {
    title: 'Подборка предложений',
    date: 'Дата',
    sources: 'Источники',
    added: 'новое положение',
    wholeText: 'Весь текст',
    none: 'Предложений нет.',
    translation: 'перевод',
    awaitingTranslation: 'ожидает перевода',
  },
  es: {
    title: 'Compilación de propuestas',
    date: 'Fecha',
    sources: 'Orígenes',
    added: 'nueva disposición',
    wholeText: 'Texto completo',
    none: 'No hay propuestas.',
    translation: 'traducción',
    awaitingTranslation: 'pendiente de traducción',
  },
};

/** The labels of a compilation in `language`, one of the six. */
export function compilationLabels(language: Language): CompilationLabels {
  return { ...contributionLabels(language), ...WORDS[language] };
}

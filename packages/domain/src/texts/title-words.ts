import type { InstrumentKind, TextLanguage } from './structured-text.ts';

/** The words of title lines, annex lines and same-line items in one language (data, matched like headings). */
export interface TitleWords {
  /** Words before the number of an instrument of each kind; the first is the form the renderer prints. */
  kinds: Record<InstrumentKind, readonly string[]>;
  /** The same for a draft new text (`DRAFT NEW RESOLUTION [ARB-1]`). */
  draftKinds: Record<InstrumentKind, readonly string[]>;
  /** The word that opens an annex line. */
  annex: readonly string[];
  /** Words that may follow `ANNEX n` (`to`, `de`): the rest of the line names the text it belongs to. */
  annexLinks: readonly string[];
  /** Beginnings of words that may follow `ANNEX n` in the same role (Arabic `بالقرار`: the preposition ب). */
  annexLinkPrefixes: readonly string[];
  /** Words that open an item printed on its heading's line (`noting that …`); `qu'` matches `qu'il`. */
  itemOpeners: readonly string[];
}

/** Title and annex words per language (docs/domain.md §7; draft forms are S). */
export const TITLE_WORDS: Record<TextLanguage, TitleWords> = {
  en: {
    kinds: {
      resolution: ['RESOLUTION'],
      recommendation: ['RECOMMENDATION'],
      question: ['QUESTION'],
      declaration: ['DECLARATION'],
      'action-plan': ['ACTION PLAN'],
      'regional-initiative': ['REGIONAL INITIATIVE'],
    },
    draftKinds: {
      resolution: ['DRAFT NEW RESOLUTION'],
      recommendation: ['DRAFT NEW RECOMMENDATION'],
      question: ['DRAFT NEW QUESTION'],
      declaration: ['DRAFT NEW DECLARATION'],
      'action-plan': ['DRAFT NEW ACTION PLAN'],
      'regional-initiative': ['DRAFT NEW REGIONAL INITIATIVE'],
    },
    annex: ['ANNEX'],
    annexLinks: ['to'],
    annexLinkPrefixes: [],
    itemOpeners: ['that'],
  },
  fr: {
    kinds: {
      resolution: ['RÉSOLUTION'],
      recommendation: ['RECOMMANDATION'],
      question: ['QUESTION'],
      declaration: ['DÉCLARATION'],
      'action-plan': ["PLAN D'ACTION"],
      'regional-initiative': ['INITIATIVE RÉGIONALE'],
    },
    draftKinds: {
      resolution: ['PROJET DE NOUVELLE RÉSOLUTION'],
      recommendation: ['PROJET DE NOUVELLE RECOMMANDATION'],
      question: ['PROJET DE NOUVELLE QUESTION'],
      declaration: ['PROJET DE NOUVELLE DÉCLARATION'],
      'action-plan': ["PROJET DE NOUVEAU PLAN D'ACTION"],
      'regional-initiative': ['PROJET DE NOUVELLE INITIATIVE RÉGIONALE'],
    },
    annex: ['ANNEXE'],
    annexLinks: ['de', 'à', 'au', 'du'],
    annexLinkPrefixes: [],
    itemOpeners: ['que', "qu'"],
  },
  ar: {
    kinds: {
      resolution: ['القرار'],
      recommendation: ['التوصية'],
      question: ['المسألة'],
      declaration: ['الإعلان'],
      'action-plan': ['خطة العمل'],
      'regional-initiative': ['المبادرة الإقليمية'],
    },
    draftKinds: {
      resolution: ['مشروع قرار جديد'],
      recommendation: ['مشروع توصية جديدة'],
      question: ['مشروع مسألة جديدة'],
      declaration: ['مشروع إعلان جديد'],
      'action-plan': ['مشروع خطة عمل جديدة'],
      'regional-initiative': ['مشروع مبادرة إقليمية جديدة'],
    },
    annex: ['الملحق', 'ملحق'],
    annexLinks: ['القرار'],
    annexLinkPrefixes: ['ب'],
    itemOpeners: ['أن', 'بأن', 'أنه'],
  },
};

import type { InstrumentKind, TextLanguage } from './structured-text.ts';

/** The words of title lines, annex lines and same-line items in one language (data, matched like headings). */
export interface TitleWords {
  /**
   * Words before the number of an instrument of each kind; the first is the form the renderer prints. A form
   * holding `{n}` puts the number there instead (Chinese `第{n}号决议`: 第901号决议).
   */
  kinds: Record<InstrumentKind, readonly string[]>;
  /** The same for a draft new text (`DRAFT NEW RESOLUTION [ARB-1]`). */
  draftKinds: Record<InstrumentKind, readonly string[]>;
  /** The word that opens an annex line (Chinese also prints it after the title it annexes: `第901号决议附件1`). */
  annex: readonly string[];
  /** Words that may follow `ANNEX n` (`to`, `de`): the rest of the line names the text it belongs to. */
  annexLinks: readonly string[];
  /** Beginnings of words that may follow `ANNEX n` in the same role (Arabic `بالقرار`: the preposition ب). */
  annexLinkPrefixes: readonly string[];
  /** Words that open an item printed on its heading's line (`noting that …`); `qu'` matches `qu'il`. */
  itemOpeners: readonly string[];
}

/** Title and annex words per language (docs/texts.md gives each its mark: draft forms are S, some U). */
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
  es: {
    kinds: {
      resolution: ['RESOLUCIÓN'],
      recommendation: ['RECOMENDACIÓN'],
      question: ['CUESTIÓN'],
      declaration: ['DECLARACIÓN'],
      'action-plan': ['PLAN DE ACCIÓN'],
      'regional-initiative': ['INICIATIVA REGIONAL'],
    },
    draftKinds: {
      resolution: ['PROYECTO DE NUEVA RESOLUCIÓN'],
      recommendation: ['PROYECTO DE NUEVA RECOMENDACIÓN'],
      question: ['PROYECTO DE NUEVA CUESTIÓN'],
      declaration: ['PROYECTO DE NUEVA DECLARACIÓN'],
      'action-plan': ['PROYECTO DE NUEVO PLAN DE ACCIÓN'],
      'regional-initiative': ['PROYECTO DE NUEVA INICIATIVA REGIONAL'],
    },
    annex: ['ANEXO'],
    annexLinks: ['a', 'al', 'de', 'del'],
    annexLinkPrefixes: [],
    itemOpeners: ['que'],
  },
  ru: {
    kinds: {
      resolution: ['РЕЗОЛЮЦИЯ'],
      recommendation: ['РЕКОМЕНДАЦИЯ'],
      question: ['ВОПРОС'],
      declaration: ['ДЕКЛАРАЦИЯ'],
      'action-plan': ['ПЛАН ДЕЙСТВИЙ'],
      'regional-initiative': ['РЕГИОНАЛЬНАЯ ИНИЦИАТИВА'],
    },
    draftKinds: {
      resolution: ['ПРОЕКТ НОВОЙ РЕЗОЛЮЦИИ'],
      recommendation: ['ПРОЕКТ НОВОЙ РЕКОМЕНДАЦИИ'],
      question: ['ПРОЕКТ НОВОГО ВОПРОСА'],
      declaration: ['ПРОЕКТ НОВОЙ ДЕКЛАРАЦИИ'],
      'action-plan': ['ПРОЕКТ НОВОГО ПЛАНА ДЕЙСТВИЙ'],
      'regional-initiative': ['ПРОЕКТ НОВОЙ РЕГИОНАЛЬНОЙ ИНИЦИАТИВЫ'],
    },
    annex: ['ПРИЛОЖЕНИЕ'],
    annexLinks: ['к'],
    annexLinkPrefixes: [],
    itemOpeners: ['что'],
  },
  zh: {
    kinds: {
      resolution: ['第{n}号决议'],
      recommendation: ['第{n}号建议'],
      question: ['第{n}号课题'],
      declaration: ['第{n}号宣言'],
      'action-plan': ['第{n}号行动计划'],
      'regional-initiative': ['第{n}号区域举措'],
    },
    draftKinds: {
      resolution: ['新决议草案{n}'],
      recommendation: ['新建议草案{n}'],
      question: ['新课题草案{n}'],
      declaration: ['新宣言草案{n}'],
      'action-plan': ['新行动计划草案{n}'],
      'regional-initiative': ['新区域举措草案{n}'],
    },
    annex: ['附件'],
    annexLinks: [],
    annexLinkPrefixes: [],
    itemOpeners: [],
  },
};

import type { Language } from '@tansiq/domain';

/** The printed words of a contribution's header and proposals, in one language. */
export interface ContributionLabels {
  /** The BCP 47 locale used for dates and language names (Western digits in every language). */
  locale: string;
  /** Before a document's symbol: "Document WTDC-17/23-E". */
  document: string;
  /** In place of the symbol of a document not yet submitted. */
  draft: string;
  original: string;
  source: string;
  summary: string;
  reasons: string;
  /** Ends a label before its value: ": " ("Source: Egypt"), or the full-width "：" in Chinese ("来源：埃及"). */
  colon: string;
  /** Joins a list of names (signatories): ", ", "، ", and the enumeration comma "、" in Chinese. */
  listSeparator: string;
  /** Joins the parts of a place and dates ("Buenos Aires, 9–20 October 2017"): "，" in Chinese. */
  comma: string;
}

/** The words of each language: ITU prints a document's labels in the document's language. */
const LABELS: Record<Language, Omit<ContributionLabels, 'locale'>> = {
  ar: {
    document: 'الوثيقة',
    draft: 'مسودة',
    original: 'الأصل',
    source: 'المصدر',
    summary: 'ملخص',
    reasons: 'الأسباب',
    colon: ': ',
    listSeparator: '، ',
    comma: '، ',
  },
  zh: {
    document: '文件',
    draft: '草稿',
    original: '原文',
    source: '来源',
    summary: '摘要',
    reasons: '理由',
    colon: '：',
    listSeparator: '、',
    comma: '，',
  },
  en: {
    document: 'Document',
    draft: 'Draft',
    original: 'Original',
    source: 'Source',
    summary: 'Summary',
    reasons: 'Reasons',
    colon: ': ',
    listSeparator: ', ',
    comma: ', ',
  },
  fr: {
    document: 'Document',
    draft: 'Projet',
    original: 'Original',
    source: 'Source',
    summary: 'Résumé',
    reasons: 'Motifs',
    colon: ': ',
    listSeparator: ', ',
    comma: ', ',
  },
  ru: {
    document: 'Документ',
    draft: 'Проект',
    original: 'Оригинал',
    source: 'Источник',
    summary: 'Резюме',
    reasons: 'Основания',
    colon: ': ',
    listSeparator: ', ',
    comma: ', ',
  },
  es: {
    document: 'Documento',
    draft: 'Borrador',
    original: 'Original',
    source: 'Origen',
    summary: 'Resumen',
    reasons: 'Motivos',
    colon: ': ',
    listSeparator: ', ',
    comma: ', ',
  },
};

/** The labels for a document in `language`, one of the six. */
export function contributionLabels(language: Language): ContributionLabels {
  // en-GB: ITU English prints "4 September 2017"; `nu-latn`: ITU Arabic prints Western digits (2017, not ٢٠١٧).
  const locale = language === 'en' ? 'en-GB' : language;
  return { locale: `${locale}-u-nu-latn`, ...LABELS[language] };
}

/** A label as printed before its value: "Reasons:", "理由：". */
export function labelled(labels: Pick<ContributionLabels, 'colon'>, word: string): string {
  return `${word}${labels.colon.trimEnd()}`;
}

/** A label and its value on one line: "Source: Egypt", "来源：埃及". */
export function labelledValue(labels: Pick<ContributionLabels, 'colon'>, word: string, value: string): string {
  return `${word}${labels.colon}${value}`;
}

/**
 * The languages a Word document's runs are proofed in: its own for Latin and Cyrillic text, and Chinese and
 * Arabic for the East Asian and right-to-left runs whatever the document's language (`w:lang`).
 */
export function proofingLanguages(language: Language): { value: string; eastAsia: string; bidirectional: string } {
  const LATIN: Record<Language, string> = {
    ar: 'en-GB',
    zh: 'en-GB',
    en: 'en-GB',
    fr: 'fr-FR',
    ru: 'ru-RU',
    es: 'es-ES',
  };
  return { value: LATIN[language], eastAsia: 'zh-CN', bidirectional: 'ar-SA' };
}

/**
 * The fonts of a Word document: Times New Roman as ITU documents print Latin, Cyrillic and Arabic, and SimSun
 * (宋体), as ITU's Chinese documents print Chinese, for East Asian runs.
 */
export const DOCUMENT_FONT = {
  ascii: 'Times New Roman',
  hAnsi: 'Times New Roman',
  cs: 'Times New Roman',
  eastAsia: 'SimSun',
} as const;

/** A language's name in the labels' language, from the platform's CLDR data (e.g. "English", "anglais"). */
export function languageName(labels: ContributionLabels, language: Language): string {
  return new Intl.DisplayNames([labels.locale], { type: 'language' }).of(language) ?? language;
}

function utcDate(isoDate: string): Date {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(isoDate)) {
    throw new RangeError(`Not a YYYY-MM-DD date: "${isoDate}".`);
  }
  return new Date(`${isoDate}T00:00:00Z`);
}

const DATE_OPTIONS: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' };

/** A calendar date (YYYY-MM-DD) as the document prints it: "4 September 2017", "4 septembre 2017". */
export function formatDate(labels: ContributionLabels, isoDate: string): string {
  return new Intl.DateTimeFormat(labels.locale, DATE_OPTIONS).format(utcDate(isoDate));
}

/** The dates of a meeting as one range: "9–20 October 2017", "2017年10月9日至20日". */
export function formatDateRange(labels: ContributionLabels, startsOn: string, endsOn: string): string {
  const start = utcDate(startsOn);
  const end = utcDate(endsOn);
  if (labels.locale.startsWith('zh')) {
    return chineseRange(start, end);
  }
  return new Intl.DateTimeFormat(labels.locale, DATE_OPTIONS).formatRange(start, end);
}

/**
 * A range as Chinese documents print it, "2017年10月9日至20日": the platform's CLDR data has no Chinese interval
 * pattern for long dates and falls back to "2017/10/9 – 2017/10/20". What the end shares with the start (the
 * year, the month) is not repeated.
 */
function chineseRange(start: Date, end: Date): string {
  const parts = (date: Date) => [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()] as const;
  const [startYear, startMonth, startDay] = parts(start);
  const [endYear, endMonth, endDay] = parts(end);
  const first = `${startYear}年${startMonth}月${startDay}日`;
  if (start.getTime() === end.getTime()) {
    return first;
  }
  if (startYear !== endYear) {
    return `${first}至${endYear}年${endMonth}月${endDay}日`;
  }
  return startMonth === endMonth ? `${first}至${endDay}日` : `${first}至${endMonth}月${endDay}日`;
}

import type { Language } from '@tansiq/domain';

/** The printed words of a contribution's header and proposals, in one language. */
export interface ContributionLabels {
  /** The BCP 47 locale used for dates and language names (Western digits in every language). */
  locale: string;
  original: string;
  source: string;
  summary: string;
  reasons: string;
  /** Joins a list of names (signatories). */
  listSeparator: string;
}

// ITU prints these words in the document's language; the three below are the languages whose labels we have.
// Any other language falls back to English rather than to a guess.
const LABELS: Partial<Record<Language, Omit<ContributionLabels, 'locale'>>> = {
  en: { original: 'Original', source: 'Source', summary: 'Summary', reasons: 'Reasons', listSeparator: ', ' },
  fr: { original: 'Original', source: 'Source', summary: 'Résumé', reasons: 'Motifs', listSeparator: ', ' },
  ar: { original: 'الأصل', source: 'المصدر', summary: 'ملخص', reasons: 'الأسباب', listSeparator: '، ' },
};

/** The labels for a document language: Arabic, English or French, and English for the others. */
export function contributionLabels(language: Language): ContributionLabels {
  const known = LABELS[language];
  // en-GB: ITU English prints "4 September 2017"; `nu-latn`: ITU Arabic prints Western digits (2017, not ٢٠١٧).
  const locale = known === undefined || language === 'en' ? 'en-GB' : language;
  return { locale: `${locale}-u-nu-latn`, ...(known ?? LABELS.en!) };
}

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

/** The dates of a meeting as one range: "9–20 October 2017". */
export function formatDateRange(labels: ContributionLabels, startsOn: string, endsOn: string): string {
  return new Intl.DateTimeFormat(labels.locale, DATE_OPTIONS).formatRange(utcDate(startsOn), utcDate(endsOn));
}

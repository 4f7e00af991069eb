import type { Instrument } from '@tansiq/api';
import { useQuery } from '@tanstack/react-query';
import { useLocale } from '../../lib/use-locale.ts';
import { instrumentsQuery } from './texts.queries.ts';

/** A version as the pages name it: its English label, and its labels per language when the answer has them. */
export interface NamedVersion {
  id: string;
  label: string;
  labels?: Record<string, string>;
}

/**
 * A version's label in a language: as the version's text in that language prints it ("المراجَع في دبي، 2014",
 * "Rév. Dubaï, 2014"), else the English label; with the language it is written in.
 */
export function versionLabelIn(
  version: Pick<NamedVersion, 'label'>,
  labels: Record<string, string> | undefined,
  language: string,
): { text: string; language: string } {
  const own = labels?.[language];
  return own === undefined ? { text: version.label, language: 'en' } : { text: own, language };
}

/** Every version's labels per language, by id, from the library's list (one cached query). */
function useLibraryLabels(enabled: boolean): ReadonlyMap<string, Record<string, string>> | undefined {
  const instruments = useQuery({
    // The same query as useAllInstruments: one request serves both.
    ...instrumentsQuery({}),
    enabled,
    select: (list: Instrument[]) =>
      new Map(list.flatMap((instrument) => instrument.versions.map((version) => [version.id, version.labels]))),
  });
  return instruments.data;
}

/**
 * A version's label in the reader's language: from the labels the answer carries, else from the library's list
 * (synoptic and consolidation answers name a version by its English label only); the English label meanwhile.
 */
export function useVersionLabel(version: NamedVersion): { text: string; language: string } {
  const { language } = useLocale();
  const library = useLibraryLabels(version.labels === undefined);
  return versionLabelIn(version, version.labels ?? library?.get(version.id), language);
}

import type { Instrument, InstrumentVersion } from '@tansiq/api';
import type { InstrumentRow, VersionRow } from '@tansiq/db';
import { LANGUAGES } from '@tansiq/domain';
import { presentCorrigendum } from './corrigendum.presenter.ts';
import type { CorrigendumWithChanges } from './corrigendum.service.ts';
import type { VersionView } from './library.service.ts';

type VersionWithLanguages = VersionRow & { languages: string[]; labels: Record<string, string> };

const ref = (row: InstrumentRow) => ({
  id: row.id,
  kind: row.kind as Instrument['kind'],
  number: row.number,
  title: row.title,
});

const versionSummary = (row: VersionWithLanguages) => ({
  id: row.id,
  label: row.label,
  status: row.status as Instrument['versions'][number]['status'],
  adoptedAtMeetingId: row.adoptedAtMeetingId,
  adoptedOn: row.adoptedOn,
  // In the order ITU documents list the languages (Arabic, Chinese, English, French, Russian, Spanish).
  languages: LANGUAGES.filter((language) => row.languages.includes(language)),
  labels: row.labels,
});

/** An instrument as the API gives it, with its versions and lineage. */
export function presentInstrument(
  row: InstrumentRow,
  versions: VersionWithLanguages[],
  lineage: { relation: string; direction: 'outgoing' | 'incoming'; other: InstrumentRow }[],
): Instrument {
  return {
    ...ref(row),
    versions: versions.map(versionSummary),
    lineage: lineage.map((link) => ({
      relation: link.relation as Instrument['lineage'][number]['relation'],
      direction: link.direction,
      instrument: ref(link.other),
    })),
  };
}

/** An instrument in a list: its versions, no lineage. */
export function presentInstrumentInList({ row, versions }: { row: InstrumentRow; versions: VersionWithLanguages[] }) {
  return { ...ref(row), versions: versions.map(versionSummary), lineage: [] };
}

/** For each "<language> <provision>" corrected, the number of the latest corrigendum that corrected it. */
function latestCorrections(corrigenda: readonly CorrigendumWithChanges[]): Map<string, number> {
  const latest = new Map<string, number>();
  for (const corrigendum of corrigenda) {
    for (const change of corrigendum.changes) {
      // In number order: a later corrigendum of the same provision replaces the mark.
      latest.set(`${corrigendum.language} ${change.provisionId}`, corrigendum.number);
    }
  }
  return latest;
}

/** A version as the API gives it, read `reading`: its texts, provisions per language and corrigenda. */
export function presentVersion(
  { version, instrument, texts, provisions, provisionTexts, corrigenda }: VersionView,
  reading: InstrumentVersion['reading'],
): InstrumentVersion {
  const correctedBy = reading === 'corrected' ? latestCorrections(corrigenda) : new Map<string, number>();
  return {
    id: version.id,
    instrument: ref(instrument),
    label: version.label,
    status: version.status as InstrumentVersion['status'],
    adoptedAtMeetingId: version.adoptedAtMeetingId,
    adoptedOn: version.adoptedOn,
    texts: Object.fromEntries(
      texts.map((text) => [text.language, { revision: text.revision, title: text.title, body: text.body }]),
    ),
    provisions: provisions.map((provision) => ({
      id: provision.provisionId,
      section: provision.section as InstrumentVersion['provisions'][number]['section'],
      headingKey: provision.headingKey,
      key: provision.key,
      parent: provision.parent,
      texts: Object.fromEntries(
        provisionTexts
          .filter((text) => text.provisionId === provision.provisionId)
          .map((text) => {
            const corrigendum = correctedBy.get(`${text.language} ${text.provisionId}`);
            return [
              text.language,
              {
                heading: text.heading,
                num: text.num,
                text: text.text,
                ...(corrigendum === undefined ? {} : { corrigendum }),
              },
            ];
          }),
      ),
    })),
    reading,
    corrigenda: corrigenda.map((corrigendum) => presentCorrigendum(corrigendum, provisions)),
  };
}

import type { ClassCounts, Synoptic, SynopticSummary } from '@tansiq/api';
import type { InstrumentRow } from '@tansiq/db';
import { DIVERGENCE_CLASSES, type Synoptic as CompiledSynoptic } from '@tansiq/domain';
import type { VersionCompilation } from './synoptic.service.ts';

export const presentInstrumentRef = (row: InstrumentRow) => ({
  id: row.id,
  kind: row.kind as Synoptic['instrument']['kind'],
  number: row.number,
  title: row.title,
});

/** How many rows fall in each divergence class. */
export function classCounts(synoptic: CompiledSynoptic): ClassCounts {
  const counts = Object.fromEntries(DIVERGENCE_CLASSES.map((name) => [name, 0])) as ClassCounts;
  for (const row of synoptic.rows) {
    counts[row.class]++;
  }
  return counts;
}

const sourcesOf = (compilation: VersionCompilation) =>
  compilation.authors.map((author) => ({
    source: author.source.source,
    region: compilation.regionOf(author.source.source),
  }));

/** The compilation of one version as the API answers it. */
export function presentSynoptic(compilation: VersionCompilation): Synoptic {
  const { meeting, instrument, version, synoptic } = compilation;
  return {
    meeting: { id: meeting.id, code: meeting.code },
    instrument: presentInstrumentRef(instrument),
    version: { id: version.id, label: version.label, languages: version.languages },
    language: compilation.language,
    proposalLanguage: compilation.proposalLanguage,
    measureLanguage: compilation.measureLanguage,
    sources: compilation.authors.map((author) => ({
      source: author.source.source,
      region: compilation.regionOf(author.source.source),
      language: author.documents[0]!.originalLanguage,
      documents: author.documents.map((document) => ({
        id: document.id,
        number: document.number!,
        addendum: document.addendum,
      })),
      wholeText: author.source.wholeText,
    })),
    rows: synoptic.rows.map((row) => ({
      id: row.id,
      section: row.section,
      heading: row.heading,
      num: row.num,
      base: row.base,
      class: row.class,
      divergence: row.divergence,
      entries: (compilation.entries.get(row.id) ?? []).map((entry) => ({
        source: entry.source,
        mark: entry.mark,
        number: entry.number,
        proposed: entry.proposed,
        text: entry.text,
        language: entry.language,
        diffed: entry.diffed,
        coarse: entry.coarse,
        ops: entry.ops,
        shownAs: entry.shownAs,
        original: entry.original,
      })),
    })),
    divergence: synoptic.divergence,
    classes: classCounts(synoptic),
    pairs: synoptic.pairs,
  };
}

/** One line of a meeting's overview. */
export function presentSummary(compilation: VersionCompilation): SynopticSummary {
  return {
    instrument: presentInstrumentRef(compilation.instrument),
    version: { id: compilation.version.id, label: compilation.version.label },
    language: compilation.language,
    measureLanguage: compilation.measureLanguage,
    sources: sourcesOf(compilation),
    divergence: compilation.synoptic.divergence,
    classes: classCounts(compilation.synoptic),
  };
}

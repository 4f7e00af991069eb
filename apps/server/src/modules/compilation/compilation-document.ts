import type { RegisterProposalRow, VersionProvisionRow, VersionTextRow } from '@tansiq/db';
import {
  printTitleLine,
  isTextLanguage,
  type InstrumentKind,
  type Language,
  type Synoptic,
  type TextLanguage,
} from '@tansiq/domain';
import type { CompilationInstrument, CompilationProposal } from '../../exchange/compilation-docx.ts';
import type { CompilationLabels } from '../../exchange/compilation-labels.ts';
import { labelledValue } from '../../exchange/contribution-labels.ts';
import type { RegisterEntry } from '../../exchange/proposal-register-csv.ts';
import type { SynopticSection } from '../../exchange/synoptic-html.ts';
import { symbolOf } from '../contributions/contribution.presenter.ts';
import { baseIn, placeAddition } from '../synoptic/synoptic-sources.ts';
import type { ProposalInLanguage } from '../translations/translated-proposals.ts';
import type { VersionCompilation } from '../synoptic/synoptic.service.ts';

/**
 * How a meeting's compilations become the compilation document's instruments, the web page's sections and the
 * register's entries. No queries: the service hands in what it read.
 */

/** A version's printed words, per language: its revision line and subject (version_texts). */
export type VersionTexts = Map<string, VersionTextRow[]>;

const textOf = (texts: VersionTexts, versionId: string, language: string) =>
  texts.get(versionId)?.find((text) => text.language === language);

/** The title line as printed in `language`: "RESOLUTION 901 (Rev. Dubai, 2014)", "القرار 901 (...)". */
export function titleLine(
  compilation: Pick<VersionCompilation, 'instrument' | 'version'>,
  texts: VersionTexts,
  language: TextLanguage,
): string {
  const { instrument, version } = compilation;
  const revision = textOf(texts, version.id, language)?.revision ?? version.label;
  return printTitleLine(language, { kind: instrument.kind as InstrumentKind, number: instrument.number, revision });
}

/** The version's subject line in `language`, else the instrument's title in it or in English. */
function subjectOf(compilation: VersionCompilation, texts: VersionTexts, language: string): string | null {
  const title = compilation.instrument.title as Partial<Record<string, string>>;
  return textOf(texts, compilation.version.id, language)?.title ?? title[language] ?? title.en ?? null;
}

/** The symbols of each source's documents in `language`: "WTDC-17/2-E". */
function sourcesOf(compilation: VersionCompilation, language: Language) {
  return compilation.authors.map((author) => ({
    source: author.source.source,
    documents: author.documents.map((document) => symbolOf(document, compilation.meeting.code, language) ?? ''),
  }));
}

/** One compiled version as the compilation document prints it: only the provisions some source proposes on. */
export function compilationInstrument(
  compilation: VersionCompilation,
  texts: VersionTexts,
  labelLanguage: Language,
  reasonsOf: (number: string | null) => string | null,
): CompilationInstrument {
  const language = compilation.language;
  const wholeText: CompilationProposal[] = [];
  const wholeNumbers = new Set<string>();
  for (const { source, shown } of compilation.authors) {
    if (source.wholeText !== null) {
      const { mark, number } = source.wholeText;
      wholeText.push({
        source: source.source,
        mark,
        number,
        language,
        text: null,
        ops: null,
        reasons: reasonsOf(number),
        shownAs: (number === null ? undefined : shown.get(number)?.as) ?? 'original',
      });
      if (number !== null) {
        wholeNumbers.add(number);
      }
    }
  }
  const provisions = compilation.synoptic.rows.flatMap((row) => {
    // A whole-text SUP or NOC shows on every row of its source: it is printed once, under the whole text.
    const proposals = (compilation.entries.get(row.id) ?? [])
      .filter((entry) => entry.number !== null && !wholeNumbers.has(entry.number))
      .map((entry): CompilationProposal => ({
        source: entry.source,
        mark: entry.mark,
        number: entry.number,
        language: entry.language as Language,
        text: entry.text,
        ops: entry.diffed && entry.ops.length > 0 ? entry.ops : null,
        reasons: reasonsOf(entry.number),
        shownAs: entry.shownAs,
      }));
    return proposals.length === 0
      ? []
      : [{ id: row.id, heading: row.heading, num: row.num, base: row.base, proposals }];
  });
  return {
    language,
    titleLine: titleLine(compilation, texts, language),
    title: subjectOf(compilation, texts, language),
    sources: sourcesOf(compilation, labelLanguage),
    wholeText,
    provisions,
  };
}

/** The engine's compilation with each row's entries as shown (texts in another language diffed in theirs). */
export function shownSynoptic(compilation: VersionCompilation): Synoptic {
  return {
    ...compilation.synoptic,
    rows: compilation.synoptic.rows.map((row) => ({ ...row, entries: compilation.entries.get(row.id) ?? row.entries })),
  };
}

/** One compiled version as a section of the meeting's web page. */
export function compilationSection(
  compilation: VersionCompilation,
  texts: VersionTexts,
  labelLanguage: Language,
  labels: Pick<CompilationLabels, 'sources' | 'listSeparator' | 'colon'>,
): SynopticSection {
  const subject = subjectOf(compilation, texts, compilation.language);
  const sources = sourcesOf(compilation, labelLanguage)
    .map(({ source, documents }) => `${source} (${documents.join(labels.listSeparator)})`)
    .join(labels.listSeparator);
  return {
    title: `${titleLine(compilation, texts, compilation.language)}${subject === null ? '' : `: ${subject}`}`,
    language: compilation.language,
    notes: sources === '' ? [] : [labelledValue(labels, labels.sources, sources)],
    synoptic: shownSynoptic(compilation),
  };
}

/**
 * The register's entries, printed in `language` where the library has the words (instrument words, provision
 * headings and numbers; else English, else the first stored) and with each document's symbol in `language`, or
 * in its original language when none is asked. Rows read in a language (`proposalsInLanguage`) bring their texts
 * and reasons as shown there, and say so (text language, shown as, original language).
 */
export function registerEntries(
  rows: readonly (RegisterProposalRow & { shown?: ProposalInLanguage['shown'] })[],
  provisions: readonly VersionProvisionRow[],
  meetingCode: string,
  language: TextLanguage | undefined,
): RegisterEntry[] {
  const words = language ?? 'en';
  const byVersion = new Map<string, VersionProvisionRow[]>();
  for (const provision of provisions) {
    byVersion.set(provision.versionId, [...(byVersion.get(provision.versionId) ?? []), provision]);
  }
  const printedProvision = (versionId: string, provisionId: string): string => {
    const own = byVersion.get(versionId) ?? [];
    const stored = [words, 'en', own[0]?.language].find(
      (candidate) => candidate !== undefined && own.some((row) => row.language === candidate),
    );
    if (stored === undefined) {
      return provisionId;
    }
    const base = baseIn(own, stored);
    const found = base.find((provision) => provision.id === provisionId);
    // A provision a source adds is printed with the heading and number its siblings give it.
    const printed = found ?? placeAddition(base, provisionId);
    return printed.heading === undefined ? provisionId : `${printed.heading} ${printed.num ?? ''}`.trim();
  };
  return rows.map(({ proposal, document, version, instrument, shown }): RegisterEntry => {
    const symbolLanguage = (language ?? document.originalLanguage) as Language;
    const kind = instrument === null ? null : (instrument.kind as InstrumentKind);
    return {
      symbol: symbolOf(document, meetingCode, symbolLanguage) ?? '',
      number: proposal.number,
      source: document.authorCode,
      mark: proposal.mark,
      instrument:
        instrument !== null && kind !== null
          ? printTitleLine(isTextLanguage(words) ? words : 'en', { kind, number: instrument.number, revision: null })
          : (proposal.newTextTag ?? ''),
      version: version?.label ?? '',
      provisionId: proposal.provisionId ?? '',
      provision:
        version !== null && proposal.provisionId !== null ? printedProvision(version.id, proposal.provisionId) : '',
      text: proposal.text ?? '',
      reasons: proposal.reasons ?? '',
      status: document.status,
      textLanguage: shown?.language ?? document.originalLanguage,
      shownAs: shown?.as ?? 'original',
      originalLanguage: document.originalLanguage,
    };
  });
}

import {
  findMemberState,
  listProvisionsOfVersions,
  listRegionsOfSources,
  listVersionProposalsOfMeeting,
  listVersionsWithInstruments,
  type InstrumentRow,
  type MeetingRow,
  type VersionProposalRow,
  type VersionProvisionRow,
  type VersionRow,
} from '@tansiq/db';
import {
  compileSynoptic,
  wordDiff,
  type Synoptic as CompiledSynoptic,
  type SynopticEntry,
  type TextLanguage,
  readingState,
} from '@tansiq/domain';
import { personOf } from '../../policy.ts';
import type { ServiceContext } from '../../context.ts';
import { invalid } from '../../errors.ts';
import { requireMeeting, requireVersion } from '../../lookups.ts';
import { canRead } from '../contributions/document-access.ts';
import { proposalsInLanguage, type ProposalInLanguage, type ShownAs } from '../translations/translated-proposals.ts';
import { baseIn, buildSources, type AuthorProposals, type SourceProposal } from './synoptic-sources.ts';

/** A compiled version: the engine's compilation and what the answer says about its sources. */
export interface VersionCompilation {
  meeting: MeetingRow;
  instrument: InstrumentRow;
  version: VersionRow & { languages: string[] };
  /** The language of the base, headings and numbers shown. */
  language: TextLanguage;
  /**
   * The language most of the version's proposals are written in (among those it is stored in), translations
   * aside: the default compilation language, and a consolidation draft's by default.
   */
  proposalLanguage: TextLanguage;
  /**
   * The language the classes and scores compare texts in: `language` when every proposal with a text can be read
   * in it (written in it, or translated into it and published), else `proposalLanguage` (docs/synoptic.md).
   */
  measureLanguage: TextLanguage;
  authors: AuthorProposals[];
  regionOf: (source: string) => string | null;
  synoptic: CompiledSynoptic;
  /** Each row's entries with the language and diff shown (see languageOfEntries). */
  entries: Map<string, ShownEntry[]>;
}

/**
 * An entry as shown: the engine's, with the language of its text, whether it is diffed, and whether its text is
 * the original, a translation (then `original` holds what its author wrote) or an original awaiting translation.
 */
export type ShownEntry = SynopticEntry & {
  language: string;
  diffed: boolean;
  proposed: boolean;
  shownAs: ShownAs;
  original: { language: string; text: string | null } | null;
};

/** The text languages in the order ties go: English, French, Arabic (the demo's first three), then the others. */
const LANGUAGE_ORDER: readonly TextLanguage[] = ['en', 'fr', 'ar', 'es', 'ru', 'zh'];

/**
 * The proposals the actor may read: the contributions module's rule (a submitted document by its access level,
 * `authors` ones to its authors' side), with the actor's organizations read once rather than per document.
 */
export async function readableProposals<Row extends Pick<VersionProposalRow, 'document'>>(
  ctx: ServiceContext,
  rows: Row[],
): Promise<Row[]> {
  const actor = ctx.actor;
  const state = readingState(personOf(actor));
  const organizations =
    state !== null ? new Set((await findMemberState(ctx.db, state))?.organizations ?? []) : new Set<string>();
  return rows.filter(({ document }) =>
    canRead(
      actor,
      document,
      document.sourceOrganizationCode !== null && organizations.has(document.sourceOrganizationCode),
    ),
  );
}

/**
 * The language of a compilation: the one asked, which the version must be stored in (unless it is only
 * preferred); else the language most of its changes are written in among those stored (ties: English, French,
 * Arabic, Spanish, Russian, Chinese); else the first stored.
 */
function compilationLanguage(
  stored: readonly string[],
  proposals: readonly VersionProposalRow[],
  asked: TextLanguage | undefined,
  preferred = false,
): TextLanguage {
  if (asked !== undefined && (!preferred || stored.includes(asked))) {
    if (!stored.includes(asked)) {
      throw invalid(['query', 'lang'], 'language_not_stored', `The version is not stored in ${asked}.`);
    }
    return asked;
  }
  const counts = new Map<string, number>();
  for (const { document } of proposals) {
    counts.set(document.originalLanguage, (counts.get(document.originalLanguage) ?? 0) + 1);
  }
  const candidates = LANGUAGE_ORDER.filter((language) => stored.includes(language));
  const best = [...candidates].sort((a, b) => (counts.get(b) ?? 0) - (counts.get(a) ?? 0))[0];
  return best ?? (stored[0] as TextLanguage);
}

/**
 * The entries as shown. The engine compares every text with the base in the compilation's language; a text in
 * another language is shown diffed against the base in its own language when the version is stored in it, and
 * otherwise as it is, without a diff. (Its class is still the engine's: a change in another language never
 * reads as `same` or `compatible` with one in the compilation's language, see docs/synoptic.md.)
 */
function showEntries(
  synoptic: CompiledSynoptic,
  authors: readonly AuthorProposals[],
  language: string,
  provisions: readonly VersionProvisionRow[],
): Map<string, ShownEntry[]> {
  const languageOf = new Map(authors.flatMap((author) => [...author.languages]));
  const shownOf = new Map(authors.flatMap((author) => [...author.shown]));
  const baseText = new Map(provisions.map((row) => [`${row.language}\u0000${row.provisionId}`, row.text]));
  const shown = new Map<string, ShownEntry[]>();
  for (const row of synoptic.rows) {
    shown.set(
      row.id,
      row.entries.map((engine) => {
        const proposed = engine.number !== null;
        const how = engine.number === null ? undefined : shownOf.get(engine.number);
        const entry = {
          ...engine,
          proposed,
          shownAs: how?.as ?? 'original',
          original: how?.as === 'translation' ? how.original : null,
        };
        const own = (engine.number === null ? undefined : languageOf.get(engine.number)) ?? language;
        if (own === language || entry.text === null) {
          return { ...entry, language, diffed: true };
        }
        const base = baseText.get(`${own}\u0000${row.id}`);
        if (row.base === null) {
          return { ...entry, language: own, diffed: true };
        }
        if (base === undefined) {
          return { ...entry, language: own, diffed: false, coarse: false, ops: [] };
        }
        const diff = wordDiff(base, entry.text);
        return { ...entry, language: own, diffed: true, coarse: diff.coarse, ops: diff.ops };
      }),
    );
  }
  return shown;
}

function groupBy<T>(items: readonly T[], keyOf: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group === undefined) {
      groups.set(key, [item]);
    } else {
      group.push(item);
    }
  }
  return groups;
}

/** The region of each source of a set of proposals: a Member State's region, or its organization's. */
async function regionsOf(ctx: ServiceContext, rows: readonly VersionProposalRow[]) {
  const { memberStates, organizations } = await listRegionsOfSources(ctx.db);
  const stateRegion = new Map(memberStates.map((state) => [state.iso3, state.regionId]));
  const organizationRegion = new Map(organizations.map((organization) => [organization.code, organization.regionId]));
  const regions = new Map<string, string | null>();
  for (const { document } of rows) {
    regions.set(
      document.authorCode,
      document.sourceMemberStateIso3 !== null
        ? (stateRegion.get(document.sourceMemberStateIso3) ?? null)
        : (organizationRegion.get(document.sourceOrganizationCode ?? '') ?? null),
    );
  }
  return (source: string) => regions.get(source) ?? null;
}

/** How a meeting's compilation is made: which version, in which language, and whom to tell of its progress. */
export interface CompileOptions {
  versionId?: string;
  language?: TextLanguage;
  /** When true, `language` is used for the versions stored in it and the others keep their own. */
  preferLanguage?: boolean;
  /** Called after each version is compiled, with how many are done out of how many. */
  onProgress?: (done: number, total: number) => void;
}

/**
 * Compiles the versions that a meeting's readable proposals aim at (or one of them), in a fixed number of
 * queries whatever the number of proposals: the proposals with their documents, the versions, their provisions
 * in every language, the regions, and the published translations of the proposals into each language a
 * compilation is shown or measured in (one query per language, at most six).
 */
async function compileMeeting(
  ctx: ServiceContext,
  meeting: MeetingRow,
  options: CompileOptions = {},
): Promise<VersionCompilation[]> {
  const rows = await readableProposals(ctx, await listVersionProposalsOfMeeting(ctx.db, meeting.id, options.versionId));
  const versionIds = [...new Set(rows.map((row) => row.proposal.versionId))];
  if (options.versionId !== undefined && !versionIds.includes(options.versionId)) {
    versionIds.push(options.versionId);
  }
  const [versions, provisions, regionOf] = await Promise.all([
    listVersionsWithInstruments(ctx.db, versionIds),
    listProvisionsOfVersions(ctx.db, versionIds),
    regionsOf(ctx, rows),
  ]);
  const proposalsOf = groupBy(rows, (row) => row.proposal.versionId);
  const provisionsOf = groupBy(provisions, (row) => row.versionId);
  // The proposals as the readers of each language see them (translated where published), read once a language.
  const read = new Map<string, Promise<Map<string, ProposalInLanguage[]>>>();
  const readIn = async (language: TextLanguage, versionId: string) => {
    let byVersion = read.get(language);
    if (byVersion === undefined) {
      byVersion = proposalsInLanguage(ctx.db, rows, language).then((shown) =>
        groupBy(shown, (row) => row.proposal.versionId),
      );
      read.set(language, byVersion);
    }
    return (await byVersion).get(versionId) ?? [];
  };
  const compilations: VersionCompilation[] = [];
  for (const [index, { version, instrument }] of versions.entries()) {
    const own = provisionsOf.get(version.id) ?? [];
    const stored = LANGUAGE_ORDER.filter((language) => own.some((row) => row.language === language));
    const proposals = proposalsOf.get(version.id) ?? [];
    const language = compilationLanguage(stored, proposals, options.language, options.preferLanguage);
    const proposalLanguage = compilationLanguage(stored, proposals, undefined);
    const compileIn = (shown: TextLanguage, sources: readonly SourceProposal[]) => {
      const base = baseIn(own, shown);
      const authors = buildSources(sources, base, (other) => (other === shown ? base : baseIn(own, other)));
      return {
        authors,
        synoptic: compileSynoptic(
          base,
          authors.map((author) => author.source),
        ),
      };
    };
    const inLanguage = await readIn(language, version.id);
    // A text awaiting translation would read as a rewrite of the whole base in `language`: measure in the
    // proposals' own language then, through the translations into it.
    const readable = inLanguage.every((row) => row.shown.as !== 'awaiting-translation' || row.proposal.text === null);
    const measureLanguage = readable ? language : proposalLanguage;
    const { authors, synoptic: shown } = compileIn(language, inLanguage);
    const synoptic =
      language === measureLanguage
        ? shown
        : withMeasures(shown, compileIn(measureLanguage, await readIn(measureLanguage, version.id)).synoptic);
    const entries = showEntries(synoptic, authors, language, own);
    options.onProgress?.(index + 1, versions.length);
    compilations.push({
      meeting,
      instrument,
      version: { ...version, languages: stored },
      language,
      proposalLanguage,
      measureLanguage,
      authors,
      regionOf,
      synoptic,
      entries,
    });
  }
  return compilations;
}

/**
 * A compilation shown in one language with the measures of another: each row's class and score, the version's
 * divergence and the source pairs of `measured` (rows matched by id, which a provision keeps in every
 * language; a row `measured` lacks keeps its own).
 */
function withMeasures(shown: CompiledSynoptic, measured: CompiledSynoptic): CompiledSynoptic {
  const byId = new Map(measured.rows.map((row) => [row.id, row]));
  return {
    ...shown,
    rows: shown.rows.map((row) => {
      const other = byId.get(row.id);
      return other === undefined ? row : { ...row, class: other.class, divergence: other.divergence };
    }),
    divergence: measured.divergence,
    pairs: measured.pairs,
  };
}

/**
 * The synoptic compilation of one version at a meeting, its base in `language` (see compilationLanguage), else
 * in `preferred` when the version is stored in it (the reader's language), else in its proposals' language.
 */
export async function getSynoptic(
  ctx: ServiceContext,
  meetingIdOrCode: string,
  versionId: string,
  language?: TextLanguage,
  preferred?: TextLanguage,
): Promise<VersionCompilation> {
  const meeting = await requireMeeting(ctx.db, meetingIdOrCode);
  await requireVersion(ctx.db, versionId, ['params', 'version']);
  const [compilation] = await compileMeeting(ctx, meeting, {
    versionId,
    language: language ?? preferred,
    preferLanguage: language === undefined && preferred !== undefined,
  });
  return compilation!;
}

/**
 * Every version with readable proposals at a meeting, compiled, by instrument kind and number. A `language`
 * given is preferred: versions stored in it are compiled in it, the others in their own.
 */
export async function listSynoptics(
  ctx: ServiceContext,
  meetingIdOrCode: string,
  options: Pick<CompileOptions, 'language' | 'onProgress'> = {},
): Promise<{ meeting: MeetingRow; compilations: VersionCompilation[] }> {
  const meeting = await requireMeeting(ctx.db, meetingIdOrCode);
  const compilations = await compileMeeting(ctx, meeting, { ...options, preferLanguage: true });
  const collator = new Intl.Collator('en', { numeric: true });
  compilations.sort(
    (a, b) =>
      collator.compare(a.instrument.kind, b.instrument.kind) ||
      collator.compare(a.instrument.number, b.instrument.number) ||
      collator.compare(a.version.label, b.version.label),
  );
  return { meeting, compilations };
}

import type { MemberState, Organization, SynopticEntry, TextLanguage } from '@tansiq/api';
import type { z } from 'zod';
import { isTextLanguage } from '@tansiq/domain';

/** What one source does to one provision, as the heatmap colours it and its legend names it. */
export const SOURCE_ACTIONS = ['none', 'keep', 'modify', 'add', 'suppress'] as const;
export type SourceAction = (typeof SOURCE_ACTIONS)[number];

/** The action of an entry: nothing proposed, kept (NOC), modified, added or suppressed. */
export function sourceAction(entry: Pick<SynopticEntry, 'mark' | 'proposed'>): SourceAction {
  if (!entry.proposed) {
    return 'none';
  }
  switch (entry.mark) {
    case 'NOC':
      return 'keep';
    case 'ADD':
    case 'ADD*':
      return 'add';
    case 'SUP':
    case 'SUP*':
      return 'suppress';
    default:
      return 'modify';
  }
}

/** How many steps the colour scale of a divergence score has (0: none … 4: highest). */
export const HEAT_LEVELS = 5;

/** The step of a score in [0, 1] on the colour scale: 0 only for 0, then quarters. */
export function heatLevel(score: number): number {
  if (score <= 0) {
    return 0;
  }
  return Math.min(HEAT_LEVELS - 1, Math.ceil(score * 4));
}

/** A score in [0, 1] as two decimals in the reader's locale and digits ("0.75"): the one formatter's. */
export { formatScore } from '../../lib/format.ts';

/**
 * The name of a source in the reader's language: a Member State by its ISO code, an organization by its
 * proposal prefix (AFCP: the African Telecommunications Union); the code itself when neither is known.
 */
export function sourceName(
  code: string,
  language: string,
  names: { memberStates: readonly MemberState[]; organizations: readonly Organization[] },
): string {
  const state = names.memberStates.find((candidate) => candidate.iso3 === code);
  if (state !== undefined) {
    return state.names[language as keyof MemberState['names']] ?? state.names.en;
  }
  const organization = names.organizations.find((candidate) => candidate.proposalPrefix === code);
  if (organization !== undefined) {
    return organization.name[language as keyof Organization['name']] ?? organization.name.en;
  }
  return code;
}

/** The path of a meeting's compilation overview. */
export const compilationPath = (meetingCode: string) => `/meetings/${encodeURIComponent(meetingCode)}/compilation`;

/**
 * The path of one version's synoptic table at a meeting, its text in `language` when given (`?text=`: `?lang=`
 * is the interface's language, which a link keeps as it is).
 */
export const synopticPath = (meetingCode: string, versionId: string, language?: string) =>
  `${compilationPath(meetingCode)}/${encodeURIComponent(versionId)}${language === undefined ? '' : `?text=${language}`}`;

/**
 * The text language a reader asks a compilation for: `?text=` when it names a text language, else the interface
 * language when it is one. The server takes it as a preference, falling back on the language of the version's
 * proposals when the version has no text in it.
 */
export function textLanguage(asked: string | null, uiLanguage: string): z.infer<typeof TextLanguage> | undefined {
  for (const candidate of [asked, uiLanguage]) {
    if (candidate !== null && isTextLanguage(candidate)) {
      return candidate;
    }
  }
  return undefined;
}

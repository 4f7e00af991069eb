import type { Instrument } from '@tansiq/api';

type Version = Instrument['versions'][number];

/** How a version stands among its instrument's versions: the one it revises, the one that superseded it. */
export interface VersionLinks {
  revises: Version | null;
  supersededBy: Version | null;
}

/**
 * The links between an instrument's versions (given newest first, as the library lists them): each version
 * revises the one before it; a superseded version was superseded by the one after it. An abrogated version has
 * no successor (an abrogation adopts no text).
 */
export function versionLinks(versions: readonly Version[]): Map<string, VersionLinks> {
  return new Map(
    versions.map((version, index) => {
      const newer = index > 0 ? versions[index - 1] : undefined;
      const older = versions[index + 1];
      return [
        version.id,
        {
          revises: older ?? null,
          supersededBy: version.status === 'superseded' && newer !== undefined ? newer : null,
        },
      ];
    }),
  );
}

/** The meetings at which the versions were adopted, each once, in the order of the list. */
export function adoptingMeetingIds(versions: readonly Pick<Version, 'adoptedAtMeetingId'>[]): string[] {
  return [
    ...new Set(
      versions.flatMap((version) => (version.adoptedAtMeetingId === null ? [] : [version.adoptedAtMeetingId])),
    ),
  ];
}

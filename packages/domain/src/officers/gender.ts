import { GENDERS, POST_KINDS, type Gender, type Nomination, type PostKind } from './posts.ts';

/** How many candidates of each gender, and their shares (0 to 1; `null` when there are none). */
export interface GenderCount {
  total: number;
  counts: Record<Gender, number>;
  shares: Record<Gender, number | null>;
}

/** The gender balance of a slate: the whole group, and each post. */
export interface GenderReport {
  group: GenderCount;
  posts: Record<PostKind, GenderCount>;
}

function countGenders(nominations: readonly Nomination[]): GenderCount {
  const counts = Object.fromEntries(GENDERS.map((gender) => [gender, 0])) as Record<Gender, number>;
  for (const nomination of nominations) {
    counts[nomination.gender] += 1;
  }
  const total = nominations.length;
  const shares = Object.fromEntries(
    GENDERS.map((gender) => [gender, total === 0 ? null : counts[gender] / total]),
  ) as Record<Gender, number | null>;
  return { total, counts, shares };
}

/** Counts and shares of each gender among `nominations`, for the group and per post. */
export function genderReport(nominations: readonly Nomination[]): GenderReport {
  const posts = Object.fromEntries(
    POST_KINDS.map((kind) => [kind, countGenders(nominations.filter((nomination) => nomination.post === kind))]),
  ) as Record<PostKind, GenderCount>;
  return { group: countGenders(nominations), posts };
}

import { DomainError, type Issue } from '../errors.ts';
import { REGION_IDS } from '../registry.ts';
import { genderReport, type GenderReport } from './gender.ts';
import { DEFAULT_OFFICER_RULES, seatsOf, type Nomination, type OfficerGroup, type OfficerRules } from './posts.ts';

/**
 * What a slate is: the nominations received (several candidates may compete for a seat) or the appointment
 * proposed (one candidate per seat).
 */
export const SLATE_KINDS = ['nominations', 'appointment'] as const;
export type SlateKind = (typeof SLATE_KINDS)[number];

export const BREACH_SEVERITIES = ['breach', 'warning'] as const;
/** A `breach` makes the slate fail; a `warning` is shown only. */
export type BreachSeverity = (typeof BREACH_SEVERITIES)[number];

/** The nominations, or the candidates to appoint, for one group's posts. */
export interface Slate {
  group: OfficerGroup;
  kind: SlateKind;
  nominations: readonly Nomination[];
}

/** The rules a slate is checked against, in the order breaches are listed. */
export const SLATE_RULES = [
  'seats',
  'max-terms',
  'one-post-per-person',
  'nominating-state',
  'regional-spread',
  'gender-balance',
] as const;
export type SlateRule = (typeof SLATE_RULES)[number];

/** One place where a slate does not meet a rule. A `warning` is shown and does not make the slate fail. */
export interface SlateBreach {
  rule: SlateRule;
  code: string;
  severity: BreachSeverity;
  path: (string | number)[];
  message: string;
  /** The nominations at fault, by id, sorted; none for a vacancy, a region without vice-chair or a share. */
  nominations: string[];
  /** The values in the message, for the client to translate by `code`. */
  params: Record<string, string | number>;
}

/**
 * The result of `checkSlate`: `ok` when no finding is a breach; `allSeatsVacant` when the slate names nobody for
 * any seat, which a reader must be told before any verdict (nothing nominated is not a slate that meets the rules).
 */
export interface SlateCheck {
  group: string;
  kind: SlateKind;
  ok: boolean;
  allSeatsVacant: boolean;
  breaches: SlateBreach[];
  gender: GenderReport;
}

/** Who a nomination names: the registry's id, else the normalised name within the candidate's Member State. */
export function candidateKey(nomination: Nomination): string {
  if (nomination.candidateId !== undefined) {
    return `id:${nomination.candidateId}`;
  }
  const name = nomination.candidateName.normalize('NFKC').trim().replace(/\s+/gu, ' ').toLowerCase();
  return `name:${nomination.candidateState}:${name}`;
}

function assertSlate(slate: Slate): void {
  const issues: Issue[] = [];
  const ids = new Set<string>();
  slate.nominations.forEach((nomination, index) => {
    if (ids.has(nomination.id)) {
      issues.push({ path: ['nominations', index, 'id'], code: 'duplicate_id', message: `${nomination.id} is twice.` });
    }
    ids.add(nomination.id);
    if (nomination.group !== slate.group.id) {
      issues.push({
        path: ['nominations', index, 'group'],
        code: 'other_group',
        message: `A nomination for ${nomination.group} in the slate of ${slate.group.id}.`,
      });
    } else if (seatsOf(slate.group, nomination.post) === 0) {
      issues.push({
        path: ['nominations', index, 'post'],
        code: 'unknown_post',
        message: `${slate.group.id} has no ${nomination.post} post.`,
      });
    }
  });
  if (issues.length > 0) {
    throw new DomainError('validation_failed', 'The slate is not valid.', issues);
  }
}

const byId = (nominations: readonly Nomination[]) => nominations.map((nomination) => nomination.id).sort();

function compareBreaches(a: SlateBreach, b: SlateBreach): number {
  const keys = (breach: SlateBreach) => [
    SLATE_RULES.indexOf(breach.rule),
    JSON.stringify(breach.path),
    breach.code,
    breach.nominations.join('\n'),
  ];
  const [left, right] = [keys(a), keys(b)];
  for (let i = 0; i < left.length; i += 1) {
    if (left[i]! < right[i]!) {
      return -1;
    }
    if (left[i]! > right[i]!) {
      return 1;
    }
  }
  return 0;
}

/**
 * Checks a slate for one group against the rules (docs/domain.md §8): seats, terms, one post per person, the
 * nominating state, the regional spread of vice-chairs and, when a target is configured, the gender balance.
 * Lists every finding in a stable order (rule, then path), whatever the order of the nominations, with the gender
 * report. Throws `validation_failed` for a slate that mixes groups, names an unknown post or repeats an id.
 */
export function checkSlate(slate: Slate, rules: OfficerRules = DEFAULT_OFFICER_RULES): SlateCheck {
  assertSlate(slate);
  const { group, kind, nominations } = slate;
  const appointing = kind === 'appointment';
  // Composition rules bind the appointment; on nominations they warn of what cannot all be appointed.
  const composition = appointing ? 'breach' : 'warning';
  const breaches: SlateBreach[] = [];
  const add = (breach: SlateBreach) => breaches.push(breach);

  for (const post of group.posts) {
    const held = nominations.filter((nomination) => nomination.post === post.kind);
    if (appointing && held.length > post.seats) {
      add({
        rule: 'seats',
        code: 'too_many_appointed',
        severity: 'breach',
        path: ['posts', post.kind],
        message: `${held.length} candidates for ${post.seats} ${post.kind} seat(s) of ${group.id}.`,
        nominations: byId(held),
        params: { post: post.kind, seats: post.seats, count: held.length },
      });
    }
    if (held.length < post.seats) {
      add({
        rule: 'seats',
        code: 'vacant_seats',
        severity: composition,
        path: ['posts', post.kind],
        message: `${post.seats - held.length} of ${post.seats} ${post.kind} seat(s) of ${group.id} without a candidate.`,
        nominations: [],
        params: { post: post.kind, seats: post.seats, count: held.length, vacant: post.seats - held.length },
      });
    }
  }

  if (rules.maxTerms !== null) {
    const maxTerms = rules.maxTerms;
    for (const nomination of nominations.filter((nomination) => nomination.termsServed >= maxTerms)) {
      add({
        rule: 'max-terms',
        code: 'terms_exhausted',
        severity: 'breach',
        path: ['nominations', nomination.id, 'termsServed'],
        message: `${nomination.candidateName} has served ${nomination.termsServed} term(s) as ${nomination.post}; at most ${maxTerms}.`,
        nominations: [nomination.id],
        params: { candidate: nomination.candidateName, post: nomination.post, terms: nomination.termsServed, maxTerms },
      });
    }
  }

  const byCandidate = new Map<string, Nomination[]>();
  for (const nomination of nominations) {
    const key = candidateKey(nomination);
    byCandidate.set(key, [...(byCandidate.get(key) ?? []), nomination]);
  }
  for (const same of byCandidate.values()) {
    const ids = byId(same);
    const first = same.find((nomination) => nomination.id === ids[0])!;
    const posts = [...new Set(same.map((nomination) => nomination.post))].sort();
    if (posts.length > 1) {
      add({
        rule: 'one-post-per-person',
        code: 'several_posts',
        severity: 'breach',
        path: ['nominations', first.id, 'post'],
        message: `${first.candidateName} is a candidate for ${posts.join(' and ')} of ${group.id}.`,
        nominations: ids,
        params: { candidate: first.candidateName, posts: posts.join(', ') },
      });
    }
    for (const post of posts) {
      const twice = byId(same.filter((nomination) => nomination.post === post));
      if (twice.length > 1) {
        add({
          rule: 'one-post-per-person',
          code: 'nominated_twice',
          severity: composition,
          path: ['nominations', twice[0]!, 'candidateName'],
          message: `${first.candidateName} is named ${twice.length} times for ${post} of ${group.id}.`,
          nominations: twice,
          params: { candidate: first.candidateName, post, count: twice.length },
        });
      }
    }
  }

  if (rules.candidateOfOtherState !== 'off') {
    const severity = rules.candidateOfOtherState;
    for (const nomination of nominations.filter((item) => item.candidateState !== item.nominatingState)) {
      add({
        rule: 'nominating-state',
        code: 'candidate_of_other_state',
        severity,
        path: ['nominations', nomination.id, 'candidateState'],
        message: `${nomination.nominatingState} nominates ${nomination.candidateName} of ${nomination.candidateState}.`,
        nominations: [nomination.id],
        params: {
          candidate: nomination.candidateName,
          nominatingState: nomination.nominatingState,
          candidateState: nomination.candidateState,
        },
      });
    }
  }

  const viceChairs = nominations.filter((nomination) => nomination.post === 'vice-chair');
  if (rules.viceChairsPerRegionCap !== null) {
    const cap = rules.viceChairsPerRegionCap;
    const counted = rules.capCountsChair ? nominations : viceChairs;
    for (const region of REGION_IDS) {
      const inRegion = counted.filter((nomination) => nomination.regionId === region);
      // A chair alone is not a spread of vice-chairs: the cap binds once the region has a vice-chair.
      if (inRegion.length > cap && inRegion.some((nomination) => nomination.post === 'vice-chair')) {
        add({
          rule: 'regional-spread',
          code: 'region_over_cap',
          severity: composition,
          path: ['posts', 'vice-chair', 'regions', region],
          message: appointing
            ? `${inRegion.length} officers of ${group.id} from ${region}; at most ${cap}.`
            : `${inRegion.length} candidates of ${group.id} from ${region}; at most ${cap} can be appointed.`,
          nominations: byId(inRegion),
          params: { region, count: inRegion.length, cap },
        });
      }
    }
  }
  if (rules.regionWithoutViceChair !== 'off' && seatsOf(group, 'vice-chair') > 0) {
    for (const region of rules.regionsExpected) {
      if (!viceChairs.some((nomination) => nomination.regionId === region)) {
        add({
          rule: 'regional-spread',
          code: 'region_without_vice_chair',
          severity: rules.regionWithoutViceChair,
          path: ['posts', 'vice-chair', 'regions', region],
          message: `No vice-chair of ${group.id} from ${region}.`,
          nominations: [],
          params: { region },
        });
      }
    }
  }

  const gender = genderReport(nominations);
  if (rules.genderMinShare !== null && gender.group.total > 0) {
    for (const each of ['female', 'male'] as const) {
      const share = gender.group.shares[each]!;
      if (share < rules.genderMinShare) {
        add({
          rule: 'gender-balance',
          code: 'gender_below_target',
          severity: composition,
          path: ['gender', each],
          message: `${gender.group.counts[each]} of ${gender.group.total} candidates of ${group.id} are ${each}; the target is a share of at least ${rules.genderMinShare}.`,
          nominations: [],
          params: {
            gender: each,
            count: gender.group.counts[each],
            total: gender.group.total,
            minShare: rules.genderMinShare,
          },
        });
      }
    }
  }

  breaches.sort(compareBreaches);
  return {
    group: group.id,
    kind,
    ok: breaches.every((breach) => breach.severity !== 'breach'),
    allSeatsVacant: nominations.length === 0 && group.posts.some((post) => post.seats > 0),
    breaches,
    gender,
  };
}

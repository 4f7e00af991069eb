import { DomainError, type Issue } from '../errors.ts';
import { REGION_IDS, isRegionId, type RegionId } from '../registry.ts';

/** The posts a group's officers hold: one chair and some vice-chairs (docs/domain.md §8). */
export const POST_KINDS = ['chair', 'vice-chair'] as const;
export type PostKind = (typeof POST_KINDS)[number];

/** A post of a group and how many seats it has. */
export interface OfficerPost {
  kind: PostKind;
  seats: number;
}

/** A body whose officers the WTDC appoints (SG1, SG2, TDAG), with its posts. */
export interface OfficerGroup {
  /** `SG1`, `SG2`, `TDAG`: the group's code. */
  id: string;
  posts: readonly OfficerPost[];
}

/**
 * The candidate's gender as the nomination states it. `other` is a gender the nomination gives that is neither
 * female nor male; `undisclosed` means none was given (never inferred from a name or title).
 */
export const GENDERS = ['female', 'male', 'other', 'undisclosed'] as const;
export type Gender = (typeof GENDERS)[number];

/** One nomination: a Member State puts a candidate forward for one post of one group. */
export interface Nomination {
  id: string;
  group: string;
  post: PostKind;
  candidateName: string;
  /** The person's id when the registry has one; otherwise the person is known by name and Member State. */
  candidateId?: string;
  gender: Gender;
  /** The Member State that nominates (alpha-3). */
  nominatingState: string;
  /** The candidate's Member State (alpha-3). */
  candidateState: string;
  /** The ITU-D region of the candidate's Member State. */
  regionId: RegionId;
  /** Terms already served in this post of this group. */
  termsServed: number;
}

export const RULE_WEIGHTS = ['breach', 'warning', 'off'] as const;
/** How a rule that docs/domain.md §8 leaves open weighs: a breach, a warning only, or not checked. */
export type RuleWeight = (typeof RULE_WEIGHTS)[number];

export const NOMINATION_STATUSES = ['standing', 'withdrawn', 'appointed'] as const;
/** Where a nomination stands: before the appointment, withdrawn by its state, or appointed. */
export type NominationStatus = (typeof NOMINATION_STATUSES)[number];

export const APPOINTMENT_METHODS = ['consensus', 'election'] as const;
/** How a candidate was appointed: by consensus, or elected by a vote. */
export type AppointmentMethod = (typeof APPOINTMENT_METHODS)[number];

/**
 * The slate rules docs/domain.md §8 marks unconfirmed [U], as configuration; `DEFAULT_OFFICER_RULES` gives the
 * defaults.
 */
export interface OfficerRules {
  /** Terms a person may serve in one post; one who has served them cannot be appointed again. `null`: no limit. */
  maxTerms: number | null;
  /** Vice-chairs one region may hold in a group. `null`: no cap. */
  viceChairsPerRegionCap: number | null;
  /** Whether the chair's region counts towards that cap. */
  capCountsChair: boolean;
  /** The regions the vice-chairs should be spread over. */
  regionsExpected: readonly RegionId[];
  /** How an expected region with no vice-chair weighs. */
  regionWithoutViceChair: RuleWeight;
  /** How a candidate of another Member State than the nominating one weighs. */
  candidateOfOtherState: RuleWeight;
  /**
   * The least share of a group's officers each of women and men should make (0 to 1), or `null`: then the gender
   * balance is reported, never checked.
   */
  genderMinShare: number | null;
}

export const DEFAULT_OFFICER_RULES: Readonly<OfficerRules> = Object.freeze({
  maxTerms: 2,
  viceChairsPerRegionCap: 1,
  capCountsChair: false,
  regionsExpected: REGION_IDS,
  regionWithoutViceChair: 'warning',
  candidateOfOtherState: 'warning',
  genderMinShare: null,
});

/** A group with one chair and `viceChairs` vice-chairs. */
export function officerGroup(id: string, viceChairs: number): OfficerGroup {
  return {
    id,
    posts: [
      { kind: 'chair', seats: 1 },
      { kind: 'vice-chair', seats: viceChairs },
    ],
  };
}

/**
 * The groups whose officers the WTDC appoints (docs/domain.md §8 [C]); six vice-chairs each, one per region, is the
 * configured default [U] (docs/domain.md §8 gives no number).
 */
export const DEFAULT_OFFICER_GROUPS: readonly OfficerGroup[] = [
  officerGroup('SG1', 6),
  officerGroup('SG2', 6),
  officerGroup('TDAG', 6),
];

/** The seats of `kind` in `group` (0 when the group has no such post). */
export function seatsOf(group: OfficerGroup, kind: PostKind): number {
  return group.posts.find((post) => post.kind === kind)?.seats ?? 0;
}

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isCount = (value: unknown): value is number => Number.isSafeInteger(value) && (value as number) >= 0;
const WEIGHTS: readonly RuleWeight[] = ['breach', 'warning', 'off'];

/**
 * Stored or entered rules, checked, with the defaults for what is missing. Throws `validation_failed` listing
 * every bad field.
 */
export function parseOfficerRules(input: unknown): OfficerRules {
  const rules: OfficerRules = { ...DEFAULT_OFFICER_RULES };
  const issues: Issue[] = [];
  const bad = (key: string, message: string, code = 'bad_value') => issues.push({ path: [key], code, message });
  if (input === undefined || input === null) {
    return rules;
  }
  if (!isObject(input)) {
    throw new DomainError('validation_failed', 'The officer rules are not valid.', [
      { path: [], code: 'bad_value', message: 'Give an object of rules.' },
    ]);
  }
  for (const key of Object.keys(input).filter((key) => !(key in DEFAULT_OFFICER_RULES))) {
    bad(key, `Not an officer rule: "${key}".`, 'unknown_field');
  }
  const countOrNull = (key: 'maxTerms' | 'viceChairsPerRegionCap', least: number) => {
    const value = input[key];
    if (value === undefined) {
      return;
    }
    if (value === null || (isCount(value) && value >= least)) {
      rules[key] = value;
    } else {
      bad(key, `Give a whole number, ${least} or more, or null for no limit.`);
    }
  };
  countOrNull('maxTerms', 1);
  countOrNull('viceChairsPerRegionCap', 0);
  if (input.capCountsChair !== undefined) {
    if (typeof input.capCountsChair === 'boolean') {
      rules.capCountsChair = input.capCountsChair;
    } else {
      bad('capCountsChair', 'Give true or false.');
    }
  }
  if (input.regionsExpected !== undefined) {
    const value = input.regionsExpected;
    if (Array.isArray(value) && value.every((id) => typeof id === 'string' && isRegionId(id))) {
      if (new Set(value).size === value.length) {
        rules.regionsExpected = REGION_IDS.filter((id) => value.includes(id));
      } else {
        bad('regionsExpected', 'A region is listed twice.', 'duplicate_region');
      }
    } else {
      bad('regionsExpected', `Give a list of regions among ${REGION_IDS.join(', ')}.`);
    }
  }
  for (const key of ['regionWithoutViceChair', 'candidateOfOtherState'] as const) {
    const value = input[key];
    if (value === undefined) {
      continue;
    }
    if (typeof value === 'string' && (WEIGHTS as readonly string[]).includes(value)) {
      rules[key] = value as RuleWeight;
    } else {
      bad(key, 'Give "breach", "warning" or "off".');
    }
  }
  if (input.genderMinShare !== undefined) {
    const value = input.genderMinShare;
    if (value === null || (typeof value === 'number' && value >= 0 && value <= 0.5)) {
      rules.genderMinShare = value;
    } else {
      // Above one half, women and men could not both reach it.
      bad('genderMinShare', 'Give a share from 0 to 0.5, or null for a report only.');
    }
  }
  if (issues.length > 0) {
    throw new DomainError('validation_failed', 'The officer rules are not valid.', issues);
  }
  return rules;
}

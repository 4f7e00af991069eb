import { DomainError, type Issue } from '../errors.ts';
import { REGION_IDS, isRegionId, type RegionId } from '../registry.ts';
import { GENDERS, POST_KINDS, type Gender, type Nomination, type OfficerGroup, type PostKind } from './posts.ts';

/** What a nomination can be checked against beyond its own fields. */
export interface NominationContext {
  /** The groups open for nomination; a nomination for another group or post is refused. */
  groups?: readonly OfficerGroup[];
  /** The ITU-D region of a Member State (alpha-3), `undefined` for a state the registry does not know. */
  regionOf?: (state: string) => RegionId | undefined;
}

const ISO3 = /^[A-Z]{3}$/;
const NAME_MAX = 200;
const FIELDS = [
  'id',
  'group',
  'post',
  'candidateName',
  'candidateId',
  'gender',
  'nominatingState',
  'candidateState',
  'regionId',
  'termsServed',
];

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const filled = (value: unknown): value is string => typeof value === 'string' && value.trim().length > 0;

/**
 * Every issue of a nomination as entered, each with its field: missing or empty fields, an unknown group, post,
 * gender or region, a state that is not alpha-3 (or, with `regionOf`, not known or of another region), negative
 * or fractional terms.
 */
export function checkNomination(input: unknown, context: NominationContext = {}): Issue[] {
  if (!isObject(input)) {
    return [{ path: [], code: 'bad_value', message: 'Give a nomination object.' }];
  }
  const issues: Issue[] = [];
  const add = (field: string, code: string, message: string) => issues.push({ path: [field], code, message });
  for (const key of Object.keys(input).filter((key) => !FIELDS.includes(key))) {
    add(key, 'unknown_field', `Not a field of a nomination: "${key}".`);
  }
  const missing = (field: string) => input[field] === undefined || input[field] === null || input[field] === '';

  for (const field of ['id', 'group'] as const) {
    if (missing(field)) {
      add(field, 'missing', 'Required.');
    } else if (!filled(input[field])) {
      add(field, 'bad_value', 'Give a non-empty text.');
    }
  }
  if (missing('candidateName')) {
    add('candidateName', 'missing', "Give the candidate's name.");
  } else if (!filled(input.candidateName)) {
    add('candidateName', 'empty_name', "Give the candidate's name.");
  } else if (input.candidateName.trim().length > NAME_MAX) {
    add('candidateName', 'too_long', `At most ${NAME_MAX} characters.`);
  }
  if (input.candidateId !== undefined && !filled(input.candidateId)) {
    add('candidateId', 'bad_value', 'Give a non-empty text, or leave it out.');
  }

  const group = filled(input.group) ? context.groups?.find((known) => known.id === input.group) : undefined;
  if (filled(input.group) && context.groups !== undefined && group === undefined) {
    add('group', 'unknown_group', `Not a group open for nomination: ${input.group}.`);
  }
  if (missing('post')) {
    add('post', 'missing', `Give one of ${POST_KINDS.join(', ')}.`);
  } else if (!(POST_KINDS as readonly unknown[]).includes(input.post)) {
    add('post', 'unknown_post', `Give one of ${POST_KINDS.join(', ')}.`);
  } else if (group !== undefined && !group.posts.some((post) => post.kind === input.post && post.seats > 0)) {
    add('post', 'unknown_post', `${group.id} has no ${String(input.post)} post.`);
  }
  if (missing('gender')) {
    add('gender', 'missing', `Give one of ${GENDERS.join(', ')} ("undisclosed" when none is given).`);
  } else if (!(GENDERS as readonly unknown[]).includes(input.gender)) {
    add('gender', 'bad_value', `Give one of ${GENDERS.join(', ')}.`);
  }

  for (const field of ['nominatingState', 'candidateState'] as const) {
    const value = input[field];
    if (missing(field)) {
      add(field, 'missing', 'Give an alpha-3 code (EGY).');
    } else if (typeof value !== 'string' || !ISO3.test(value)) {
      add(field, 'bad_state', `Not an alpha-3 code: ${JSON.stringify(value)}.`);
    } else if (context.regionOf !== undefined && context.regionOf(value) === undefined) {
      add(field, 'unknown_state', `Not a Member State: ${value}.`);
    }
  }
  if (missing('regionId')) {
    add('regionId', 'missing', `Give one of ${REGION_IDS.join(', ')}.`);
  } else if (typeof input.regionId !== 'string' || !isRegionId(input.regionId)) {
    add('regionId', 'unknown_region', `Not an ITU-D region: ${JSON.stringify(input.regionId)}.`);
  } else if (typeof input.candidateState === 'string' && context.regionOf !== undefined) {
    const region = context.regionOf(input.candidateState);
    if (region !== undefined && region !== input.regionId) {
      add('regionId', 'region_mismatch', `${input.candidateState} is in the ${region} region, not ${input.regionId}.`);
    }
  }

  const terms = input.termsServed;
  if (terms === undefined || terms === null) {
    add('termsServed', 'missing', 'Give the terms served in this post (0 for none).');
  } else if (typeof terms !== 'number' || !Number.isSafeInteger(terms)) {
    add('termsServed', 'bad_value', 'Give a whole number of terms.');
  } else if (terms < 0) {
    add('termsServed', 'negative_terms', 'Terms served cannot be negative.');
  }
  return issues;
}

/** The nomination, checked and trimmed; throws `validation_failed` listing every issue. */
export function parseNomination(input: unknown, context: NominationContext = {}): Nomination {
  const issues = checkNomination(input, context);
  if (issues.length > 0) {
    throw new DomainError('validation_failed', 'The nomination is not valid.', issues);
  }
  const value = input as Json;
  return {
    id: (value.id as string).trim(),
    group: (value.group as string).trim(),
    post: value.post as PostKind,
    candidateName: (value.candidateName as string).trim().replace(/\s+/gu, ' '),
    ...(value.candidateId === undefined ? {} : { candidateId: (value.candidateId as string).trim() }),
    gender: value.gender as Gender,
    nominatingState: value.nominatingState as string,
    candidateState: value.candidateState as string,
    regionId: value.regionId as RegionId,
    termsServed: value.termsServed as number,
  };
}

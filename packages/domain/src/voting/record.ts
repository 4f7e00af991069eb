import { DomainError, type Issue } from '../errors.ts';

/** The format name a vote record may carry (`"format": "tansiq-vote/1"`). */
export const VOTE_RECORD_FORMAT = 'tansiq-vote/1';

export const VOTE_KINDS = ['question', 'election'] as const;
/** A question (adopt or not) or an election (of candidates to seats). */
export type VoteKind = (typeof VOTE_KINDS)[number];

export const VOTING_METHODS = ['secret', 'roll-call', 'show-of-hands'] as const;
/** How the vote was taken: secret ballot, roll-call (recorded per state) or show of hands (counts entered). */
export type VotingMethod = (typeof VOTING_METHODS)[number];

/** The methods a vote of `kind` may take: an election is by secret ballot or roll-call, never by show of hands. */
export function votingMethodsFor(kind: VoteKind): readonly VotingMethod[] {
  return kind === 'election' ? VOTING_METHODS.filter((method) => method !== 'show-of-hands') : VOTING_METHODS;
}

export const QUESTION_CHOICES = ['yes', 'no', 'abstain', 'blank', 'invalid'] as const;
/** A ballot on a question. */
export type QuestionChoice = (typeof QUESTION_CHOICES)[number];

export const VOTE_STATUSES = ['draft', 'open', 'closed'] as const;
/** Where a vote stands: prepared, open to ballots, or closed and counted. */
export type VoteStatus = (typeof VOTE_STATUSES)[number];

export const MAJORITIES = ['simple', 'two-thirds'] as const;
/** `simple`: more than half of the votes cast; `two-thirds`: at least two thirds of them. */
export type Majority = (typeof MAJORITIES)[number];

export const RUNOFFS = ['top-two', 'none'] as const;
/** The next round of an inconclusive election: two candidates per seat left (ties kept), or all of them. */
export type Runoff = (typeof RUNOFFS)[number];

/** The answers a voter gives on a question; a `blank` or `invalid` ballot gives none. */
export const QUESTION_ANSWERS = ['yes', 'no', 'abstain'] as const satisfies readonly QuestionChoice[];
export type QuestionAnswer = (typeof QUESTION_ANSWERS)[number];

/** A ballot in an election: the candidates it names (`[]` is blank), or an abstention, a blank or a spoilt one. */
export type ElectionChoice = readonly string[] | 'abstain' | 'blank' | 'invalid';

/** The rules docs/domain.md §8 leaves to configuration; `DEFAULT_VOTING_RULES` gives the defaults. */
export interface VotingRules {
  /** `majority`: more than half of the electorate present; a number: at least that many states present. */
  quorum: 'majority' | number;
  /** `simple`: more than half of the votes cast; `two-thirds`: at least two thirds of them. */
  majority: Majority;
  /** A question is postponed when abstentions exceed half of the votes cast. */
  abstentionsPostpone: boolean;
  /** How many other states' proxies one state may hold. */
  maxProxies: number;
  /** The next round of an inconclusive election: two candidates per seat left (ties kept), or all of them. */
  runoff: Runoff;
}

export const DEFAULT_VOTING_RULES: Readonly<VotingRules> = Object.freeze({
  quorum: 'majority',
  majority: 'simple',
  abstentionsPostpone: true,
  maxProxies: 1,
  runoff: 'top-two',
});

/** One ballot; `state` is the state a roll-call ballot counts for (null in a secret ballot). */
export interface Ballot {
  choice: QuestionChoice | ElectionChoice;
  state: string | null;
}

/** The counts entered after a show of hands on a question. */
export interface ShowOfHandsCounts {
  yes: number;
  no: number;
  abstain: number;
}

/** A checked vote record, defaults applied (`parseVoteRecord` makes one). */
export interface VoteRecord {
  kind: VoteKind;
  method: VotingMethod;
  /** The states with the right to vote (alpha-3). */
  electorate: readonly string[];
  /** The delegations in the room; a giver of a proxy is not listed. */
  present: readonly string[];
  /** Giver to holder. */
  proxies: Readonly<Record<string, string>>;
  rules: VotingRules;
  /** Seats to fill: 0 for a question. */
  seats: number;
  /** Candidate ids in the record's order: none for a question. */
  candidates: readonly string[];
  /** The ballots; none after a show of hands. */
  ballots: readonly Ballot[];
  /** The counts of a show of hands, else null. */
  counts: ShowOfHandsCounts | null;
}

const ISO3 = /^[A-Z]{3}$/;
const RECORD_FIELDS = [
  'format',
  'kind',
  'method',
  'electorate',
  'present',
  'proxies',
  'rules',
  'seats',
  'candidates',
  'ballots',
  'counts',
];
const RULE_FIELDS = ['quorum', 'majority', 'abstentionsPostpone', 'maxProxies', 'runoff'];

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isCount = (value: unknown): value is number => Number.isSafeInteger(value) && (value as number) >= 0;
const has = (object: Json, key: string) => Object.prototype.hasOwnProperty.call(object, key);

/** Collects the issues of one record; `at` names the field. */
class Issues {
  readonly list: Issue[] = [];
  add(path: (string | number)[], code: string, message: string): void {
    this.list.push({ path, code, message });
  }
  unknownFields(object: Json, allowed: readonly string[], prefix: (string | number)[]): void {
    for (const key of Object.keys(object).filter((key) => !allowed.includes(key))) {
      this.add([...prefix, key], 'unknown_field', `Not a field of a vote record: "${key}".`);
    }
  }
}

function oneOf<T extends string>(
  object: Json,
  key: string,
  values: readonly T[],
  issues: Issues,
  fallback?: T,
): T | undefined {
  const value = object[key];
  if (value === undefined && fallback !== undefined) {
    return fallback;
  }
  if (typeof value === 'string' && (values as readonly string[]).includes(value)) {
    return value as T;
  }
  issues.add([key], value === undefined ? 'missing' : 'bad_value', `Give one of ${values.join(', ')}.`);
  return undefined;
}

/** A list of distinct alpha-3 codes, each (when `within` is given) in `within`. */
function stateList(object: Json, key: string, issues: Issues, within?: ReadonlySet<string>): string[] {
  const value = object[key];
  if (!Array.isArray(value)) {
    issues.add([key], value === undefined ? 'missing' : 'bad_value', 'Give a list of alpha-3 codes (["EGY", "FRA"]).');
    return [];
  }
  const seen = new Set<string>();
  value.forEach((state: unknown, index) => {
    if (typeof state !== 'string' || !ISO3.test(state)) {
      issues.add([key, index], 'bad_state', `Not an alpha-3 code: ${JSON.stringify(state)}.`);
    } else if (seen.has(state)) {
      issues.add([key, index], 'duplicate_state', `${state} is listed twice.`);
    } else if (within !== undefined && !within.has(state)) {
      issues.add([key, index], 'outside_electorate', `${state} is not in the electorate.`);
    } else {
      seen.add(state);
    }
  });
  return [...seen];
}

function parseRules(object: Json, issues: Issues, electorateSize: number): VotingRules {
  const value = object.rules ?? {};
  if (!isObject(value)) {
    issues.add(['rules'], 'bad_value', 'Give an object of rules.');
    return { ...DEFAULT_VOTING_RULES };
  }
  issues.unknownFields(value, RULE_FIELDS, ['rules']);
  const rules = { ...DEFAULT_VOTING_RULES };
  const bad = (key: string, message: string) => issues.add(['rules', key], 'bad_value', message);
  if (value.quorum !== undefined) {
    if (value.quorum === 'majority' || (isCount(value.quorum) && value.quorum <= electorateSize)) {
      rules.quorum = value.quorum;
    } else {
      bad('quorum', `Give "majority" or a number of states from 0 to the electorate's ${electorateSize}.`);
    }
  }
  if (value.majority !== undefined) {
    if (value.majority === 'simple' || value.majority === 'two-thirds') {
      rules.majority = value.majority;
    } else {
      bad('majority', 'Give "simple" or "two-thirds".');
    }
  }
  if (value.abstentionsPostpone !== undefined) {
    if (typeof value.abstentionsPostpone === 'boolean') {
      rules.abstentionsPostpone = value.abstentionsPostpone;
    } else {
      bad('abstentionsPostpone', 'Give true or false.');
    }
  }
  if (value.maxProxies !== undefined) {
    if (isCount(value.maxProxies)) {
      rules.maxProxies = value.maxProxies;
    } else {
      bad('maxProxies', 'Give a whole number, 0 or more.');
    }
  }
  if (value.runoff !== undefined) {
    if (value.runoff === 'top-two' || value.runoff === 'none') {
      rules.runoff = value.runoff;
    } else {
      bad('runoff', 'Give "top-two" or "none".');
    }
  }
  return rules;
}

/** The proxies that hold: a giver absent, a holder present who gave none, each holder within `maxProxies`. */
function parseProxies(
  object: Json,
  issues: Issues,
  electorate: ReadonlySet<string>,
  present: ReadonlySet<string>,
  maxProxies: number,
): Record<string, string> {
  const value = object.proxies ?? {};
  if (!isObject(value)) {
    issues.add(['proxies'], 'bad_value', 'Give an object from giver to holder ({ "FRA": "BEL" }).');
    return {};
  }
  const proxies: Record<string, string> = {};
  const held = new Map<string, number>();
  for (const [giver, holder] of Object.entries(value)) {
    const at = ['proxies', giver];
    if (!ISO3.test(giver) || !electorate.has(giver)) {
      issues.add(at, 'outside_electorate', `The giver ${giver} is not a state of the electorate.`);
    } else if (typeof holder !== 'string' || !electorate.has(holder)) {
      issues.add(at, 'outside_electorate', `The holder ${JSON.stringify(holder)} is not a state of the electorate.`);
    } else if (present.has(giver)) {
      issues.add(at, 'giver_present', `${giver} gave its proxy yet is listed present.`);
    } else if (has(value, holder)) {
      issues.add(at, 'proxy_chain', `${holder} holds ${giver}'s proxy but gave its own: proxies do not chain.`);
    } else if (!present.has(holder)) {
      issues.add(at, 'holder_absent', `${holder} holds ${giver}'s proxy but is not present.`);
    } else if ((held.get(holder) ?? 0) >= maxProxies) {
      issues.add(
        at,
        'too_many_proxies',
        `${holder} would hold more than ${maxProxies} prox${maxProxies === 1 ? 'y' : 'ies'}.`,
      );
    } else {
      held.set(holder, (held.get(holder) ?? 0) + 1);
      proxies[giver] = holder;
    }
  }
  return proxies;
}

/** Seats and candidates of an election (a question has neither). */
function parseCandidates(object: Json, kind: VoteKind | undefined, issues: Issues): [number, string[]] {
  if (kind !== 'election') {
    for (const key of ['seats', 'candidates'].filter((key) => object[key] !== undefined)) {
      issues.add([key], 'not_an_election', `Only an election has ${key}.`);
    }
    return [0, []];
  }
  const list = object.candidates;
  // A set, not a search of the list: 100,000 candidates took seconds checked against each other.
  const seen = new Set<string>();
  if (!Array.isArray(list) || list.length === 0) {
    issues.add(['candidates'], list === undefined ? 'missing' : 'bad_value', 'Give the list of candidate ids.');
  } else {
    list.forEach((id: unknown, index) => {
      if (typeof id !== 'string' || id === '') {
        issues.add(['candidates', index], 'bad_value', 'A candidate id is a non-empty string.');
      } else if (seen.has(id)) {
        issues.add(['candidates', index], 'duplicate_candidate', `${id} is listed twice.`);
      } else {
        seen.add(id);
      }
    });
  }
  const candidates = [...seen];
  const seats = object.seats ?? 1;
  if (!isCount(seats) || seats < 1 || (candidates.length > 0 && seats > candidates.length)) {
    issues.add(['seats'], 'bad_value', `Give a whole number of seats from 1 to the ${candidates.length} candidates.`);
    return [1, candidates];
  }
  return [seats, candidates];
}

function parseChoice(
  value: unknown,
  kind: VoteKind | undefined,
  candidates: ReadonlySet<string>,
  at: (string | number)[],
  issues: Issues,
): QuestionChoice | ElectionChoice | undefined {
  if (kind === 'election' && Array.isArray(value)) {
    let known = true;
    value.forEach((id: unknown, index) => {
      if (typeof id !== 'string' || !candidates.has(id)) {
        issues.add([...at, index], 'unknown_candidate', `Not a candidate: ${JSON.stringify(id)}.`);
        known = false;
      }
    });
    return known ? (value as string[]) : undefined;
  }
  const allowed: readonly string[] = kind === 'election' ? ['abstain', 'blank', 'invalid'] : QUESTION_CHOICES;
  if (typeof value === 'string' && allowed.includes(value)) {
    return value as QuestionChoice;
  }
  const expected =
    kind === 'election' ? 'a list of candidate ids, "abstain", "blank" or "invalid"' : allowed.join(', ');
  issues.add(at, value === undefined ? 'missing' : 'bad_choice', `Give ${expected}.`);
  return undefined;
}

/** The ballots: one per state voting in its own right and per proxy held, roll-call ones naming that state. */
function parseBallots(
  list: unknown,
  record: Pick<VoteRecord, 'electorate' | 'present' | 'proxies' | 'candidates'> & {
    kind: VoteKind | undefined;
    method: VotingMethod | undefined;
  },
  issues: Issues,
): Ballot[] {
  if (!Array.isArray(list)) {
    issues.add(['ballots'], list === undefined ? 'missing' : 'bad_value', 'Give the list of ballots.');
    return [];
  }
  const voters = record.present.length + Object.keys(record.proxies).length;
  if (list.length > voters) {
    issues.add(['ballots'], 'too_many_ballots', `${list.length} ballots for ${voters} states present or represented.`);
  }
  const canVote = new Set([...record.present, ...Object.keys(record.proxies)]);
  const electorate = new Set(record.electorate);
  const candidates = new Set(record.candidates);
  const voted = new Set<string>();
  const ballots: Ballot[] = [];
  list.forEach((ballot: unknown, index) => {
    const at = ['ballots', index];
    if (!isObject(ballot)) {
      issues.add(at, 'bad_value', 'A ballot is an object with a "choice".');
      return;
    }
    issues.unknownFields(ballot, ['choice', 'state'], at);
    const choice = parseChoice(ballot.choice, record.kind, candidates, [...at, 'choice'], issues);
    let state: string | null = null;
    if (record.method !== 'roll-call') {
      if (ballot.state !== undefined) {
        issues.add([...at, 'state'], 'not_roll_call', 'Only a roll-call ballot names its state.');
      }
    } else if (typeof ballot.state !== 'string' || !electorate.has(ballot.state)) {
      issues.add([...at, 'state'], 'outside_electorate', 'Give the state of the electorate this ballot counts for.');
    } else if (!canVote.has(ballot.state)) {
      issues.add([...at, 'state'], 'not_present', `${ballot.state} is neither present nor represented by proxy.`);
    } else if (voted.has(ballot.state)) {
      issues.add([...at, 'state'], 'duplicate_ballot', `A second ballot for ${ballot.state}.`);
    } else {
      voted.add(ballot.state);
      state = ballot.state;
    }
    if (choice !== undefined) {
      ballots.push({ choice, state });
    }
  });
  return ballots;
}

function parseCounts(value: unknown, voters: number, issues: Issues): ShowOfHandsCounts | null {
  if (!isObject(value)) {
    issues.add(['counts'], value === undefined ? 'missing' : 'bad_value', 'Give { "yes", "no", "abstain" }.');
    return null;
  }
  issues.unknownFields(value, ['yes', 'no', 'abstain'], ['counts']);
  const counts = { yes: 0, no: 0, abstain: 0 };
  for (const key of ['yes', 'no', 'abstain'] as const) {
    const count = value[key] ?? 0;
    if (isCount(count)) {
      counts[key] = count;
    } else {
      issues.add(['counts', key], 'bad_value', 'Give a whole number, 0 or more.');
    }
  }
  const total = counts.yes + counts.no + counts.abstain;
  if (total > voters) {
    issues.add(['counts'], 'too_many_ballots', `${total} hands for ${voters} states present or represented.`);
  }
  return counts;
}

/**
 * Checks a vote record (the `tansiq-vote/1` JSON of `docs/voting.md`) and applies the default rules. Throws
 * `invalid_vote_record` listing every field of an impossible record: more ballots than voters, a present state
 * outside the electorate, an unknown candidate, a proxy that cannot hold, and so on.
 */
export function parseVoteRecord(input: unknown): VoteRecord {
  if (!isObject(input)) {
    throw new DomainError('invalid_vote_record', 'Not a vote record: a vote record is a JSON object.');
  }
  const issues = new Issues();
  issues.unknownFields(input, RECORD_FIELDS, []);
  if (input.format !== undefined && input.format !== VOTE_RECORD_FORMAT) {
    issues.add(['format'], 'unknown_format', `Give "${VOTE_RECORD_FORMAT}" or leave it out.`);
  }
  const kind = oneOf(input, 'kind', VOTE_KINDS, issues);
  const method = oneOf(input, 'method', VOTING_METHODS, issues);
  const electorate = stateList(input, 'electorate', issues);
  if (Array.isArray(input.electorate) && input.electorate.length === 0) {
    issues.add(['electorate'], 'empty', 'The electorate has no state.');
  }
  const electorateSet = new Set(electorate);
  const present = stateList(input, 'present', issues, electorateSet);
  const rules = parseRules(input, issues, electorate.length);
  const proxies = parseProxies(input, issues, electorateSet, new Set(present), rules.maxProxies);
  const [seats, candidates] = parseCandidates(input, kind, issues);
  const voters = present.length + Object.keys(proxies).length;
  let ballots: Ballot[] = [];
  let counts: ShowOfHandsCounts | null = null;
  if (method === 'show-of-hands') {
    if (kind === 'election') {
      issues.add(['method'], 'bad_value', 'An election is by secret ballot or roll-call, not by show of hands.');
    }
    if (input.ballots !== undefined) {
      issues.add(['ballots'], 'show_of_hands', 'A show of hands gives counts, not ballots.');
    }
    counts = parseCounts(input.counts, voters, issues);
  } else {
    if (input.counts !== undefined) {
      issues.add(['counts'], 'not_show_of_hands', 'Only a show of hands gives counts: give ballots.');
    }
    ballots = parseBallots(input.ballots, { kind, method, electorate, present, proxies, candidates }, issues);
  }
  if (issues.list.length > 0 || kind === undefined || method === undefined) {
    throw new DomainError('invalid_vote_record', 'Not a possible vote record.', issues.list);
  }
  return { kind, method, electorate, present, proxies, rules, seats, candidates, ballots, counts };
}

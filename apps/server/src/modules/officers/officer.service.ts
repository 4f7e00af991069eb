import type { CreateNominationBody, NominationsQuery, PutOfficerSettingsBody, SlateCheckQuery } from '@tansiq/api';
import {
  appointNominations,
  findMemberState,
  findOfficerSettings,
  insertNomination,
  listNominationRows,
  lockMeetingOfficers,
  putOfficerSettingsRow,
  withdrawNominationRow,
  type Executor,
  type MeetingRow,
  type NominationRow,
  type OfficerSettingsRow,
} from '@tansiq/db';
import {
  DEFAULT_OFFICER_GROUPS,
  DomainError,
  checkNomination,
  checkSlate,
  parseOfficerRules,
  seatsOf,
  type Issue,
  type Nomination,
  type OfficerGroup,
  type OfficerRules,
  type RegionId,
  type SlateBreach,
  requireNominatingRight,
  requireSecretariat,
  requireWithdrawRight,
} from '@tansiq/domain';
import { actorId } from '../../actor.ts';
import { recordAudit } from '../../audit.ts';
import { personOf } from '../../policy.ts';
import type { ServiceContext } from '../../context.ts';
import { requireMeeting, requireNomination } from '../../lookups.ts';

/** A meeting's groups and rules: those stored, or the defaults. */
export interface OfficerSettingsView {
  meeting: MeetingRow;
  groups: readonly OfficerGroup[];
  rules: OfficerRules;
  row: OfficerSettingsRow | undefined;
}

export async function settingsOf(db: Executor, meeting: MeetingRow): Promise<OfficerSettingsView> {
  const row = await findOfficerSettings(db, meeting.id);
  const groups = row === undefined ? DEFAULT_OFFICER_GROUPS : (row.groups as OfficerGroup[]);
  return { meeting, groups, rules: parseOfficerRules(row?.rules), row };
}

/** A stored nomination as the domain's rules read it. */
export function nominationOf(row: NominationRow): Nomination {
  return {
    id: row.id,
    group: row.groupCode,
    post: row.post as Nomination['post'],
    candidateName: row.candidateName,
    gender: row.gender as Nomination['gender'],
    nominatingState: row.nominatingStateIso3,
    candidateState: row.candidateStateIso3,
    regionId: row.regionId as RegionId,
    termsServed: row.termsServed,
  };
}

/** A refusal by a slate rule, with the domain's code on the nomination's field and the finding's params. */
function refusedBy(breach: PersonalBreach, field: string): DomainError {
  return new DomainError(breach.code, breach.message, [{ path: [field], code: breach.code, message: breach.message }], {
    rule: breach.rule,
    params: breach.params,
  });
}

/** A slate finding that refuses a nomination by itself: its code is also the refusal's. */
type PersonalBreach = SlateBreach & { code: 'terms_exhausted' | 'nominated_twice' };

/** The finding of `code` about `nomination` when the one-post or term rules hold it against it. */
function personalFinding(
  group: OfficerGroup,
  rules: OfficerRules,
  nomination: Nomination,
  others: readonly Nomination[],
  code: PersonalBreach['code'],
): PersonalBreach | undefined {
  const check = checkSlate({ group, kind: 'nominations', nominations: [...others, nomination] }, rules);
  const found = check.breaches.find((breach) => breach.code === code && breach.nominations.includes(nomination.id));
  return found === undefined ? undefined : { ...found, code };
}

/** A meeting's officer settings (the defaults when none are stored). */
export async function getOfficerSettings(ctx: ServiceContext, meeting: string): Promise<OfficerSettingsView> {
  return settingsOf(ctx.db, await requireMeeting(ctx.db, meeting));
}

function groupIssues(groups: PutOfficerSettingsBody['groups']): Issue[] {
  const issues: Issue[] = [];
  const seen = new Set<string>();
  groups.forEach((group, index) => {
    if (seen.has(group.id)) {
      issues.push({ path: ['groups', index, 'id'], code: 'duplicate_group', message: `${group.id} is listed twice.` });
    }
    seen.add(group.id);
    const kinds = new Set<string>();
    group.posts.forEach((post, at) => {
      if (kinds.has(post.kind)) {
        const message = `${group.id} lists the ${post.kind} post twice.`;
        issues.push({ path: ['groups', index, 'posts', at, 'kind'], code: 'duplicate_post', message });
      }
      kinds.add(post.kind);
    });
  });
  return issues;
}

/**
 * Stores a meeting's groups and rules (secretariat). Every bad field is listed at once; a group or post that
 * still has standing or appointed nominations cannot be removed, nor its seats set below those appointed.
 */
export async function putOfficerSettings(
  ctx: ServiceContext,
  meeting: string,
  body: PutOfficerSettingsBody,
): Promise<OfficerSettingsView> {
  requireSecretariat(personOf(ctx.actor), 'set the officer posts and rules');
  const issues = groupIssues(body.groups);
  let rules: OfficerRules | undefined;
  try {
    rules = parseOfficerRules(body.rules);
  } catch (error) {
    if (!(error instanceof DomainError)) {
      throw error;
    }
    issues.push(...error.issues.map((issue) => ({ ...issue, path: ['rules', ...issue.path] })));
  }
  if (issues.length > 0 || rules === undefined) {
    throw new DomainError('validation_failed', 'The officer settings are not valid.', issues);
  }
  const groups: OfficerGroup[] = body.groups.map((group) => ({ id: group.id, posts: group.posts }));
  return ctx.db.transaction(async (tx) => {
    const found = await requireMeeting(tx, meeting);
    await lockMeetingOfficers(tx, found.id);
    const before = await settingsOf(tx, found);
    const held = await listNominationRows(tx, found.id, { status: ['standing', 'appointed'] });
    const inUse: Issue[] = [];
    for (const row of held) {
      const index = groups.findIndex((group) => group.id === row.groupCode);
      const group = groups[index];
      if (group === undefined || seatsOf(group, row.post as Nomination['post']) === 0) {
        const message = `${row.groupCode} ${row.post} has nominations; withdraw them first.`;
        if (!inUse.some((issue) => issue.message === message)) {
          inUse.push({ path: ['groups'], code: 'post_in_use', message });
        }
        continue;
      }
      const appointed = held.filter(
        (other) => other.status === 'appointed' && other.groupCode === row.groupCode && other.post === row.post,
      ).length;
      const seats = seatsOf(group, row.post as Nomination['post']);
      if (
        appointed > seats &&
        !inUse.some((issue) => issue.path[1] === index && issue.code === 'seats_below_appointed')
      ) {
        const message = `${appointed} ${row.post}(s) of ${group.id} are appointed; give at least ${appointed} seats.`;
        inUse.push({ path: ['groups', index, 'posts'], code: 'seats_below_appointed', message });
      }
    }
    if (inUse.length > 0) {
      throw new DomainError('validation_failed', 'The officer settings do not fit the nominations made.', inUse);
    }
    const row = await putOfficerSettingsRow(tx, { meetingId: found.id, groups, rules, updatedAt: ctx.clock.now() });
    await recordAudit(tx, ctx, {
      action: 'officer-settings.update',
      entityType: 'officer-settings',
      entityId: found.id,
      before: before.row === undefined ? null : { groups: before.groups, rules: before.rules },
      after: { meeting: found.code, groups, rules },
    });
    return { meeting: found, groups, rules: parseOfficerRules(row.rules), row };
  });
}

/** A meeting's nominations, oldest first, narrowed by group, post and status. */
export async function listNominations(ctx: ServiceContext, meeting: string, query: NominationsQuery) {
  const found = await requireMeeting(ctx.db, meeting);
  return listNominationRows(ctx.db, found.id, query);
}

export function getNomination(ctx: ServiceContext, id: string): Promise<NominationRow> {
  return requireNomination(ctx.db, id);
}

/**
 * A Member State nominates a candidate (its focal point; the secretariat names the nominating state). The region
 * is the candidate's state's in the registry. Refused: a bad field or a group or post the meeting's settings lack
 * (validation_failed, every field), a candidate who has served the maximum terms (terms_exhausted), and the same
 * person nominated again for the same post while standing or appointed (nominated_twice).
 */
export async function createNomination(
  ctx: ServiceContext,
  meeting: string,
  body: CreateNominationBody,
): Promise<NominationRow> {
  const nominating = requireNominatingRight(personOf(ctx.actor), body.nominatingState);
  return ctx.db.transaction(async (tx) => {
    const found = await requireMeeting(tx, meeting);
    await lockMeetingOfficers(tx, found.id);
    const { groups, rules } = await settingsOf(tx, found);
    const regions = new Map<string, RegionId>();
    for (const iso3 of new Set([body.candidateState, ...(nominating === undefined ? [] : [nominating])])) {
      const state = await findMemberState(tx, iso3);
      if (state !== undefined) {
        regions.set(iso3, state.regionId as RegionId);
      }
    }
    const input = {
      id: 'new',
      group: body.group,
      post: body.post,
      candidateName: body.candidateName,
      gender: body.gender,
      nominatingState: nominating,
      candidateState: body.candidateState,
      regionId: regions.get(body.candidateState),
      termsServed: body.termsServed,
    };
    // The region is not entered: it is the registry's, so its issues would only repeat the candidate state's.
    const issues = checkNomination(input, { groups, regionOf: (iso3) => regions.get(iso3) }).filter(
      (issue) => issue.path[0] !== 'regionId',
    );
    if (issues.length > 0) {
      throw new DomainError('validation_failed', 'The nomination is not valid.', issues);
    }
    const group = groups.find((candidate) => candidate.id === body.group)!;
    const nomination: Nomination = {
      ...input,
      candidateName: body.candidateName.trim().replace(/\s+/gu, ' '),
      nominatingState: nominating!,
      regionId: regions.get(body.candidateState)!,
    };
    const terms = personalFinding(group, rules, nomination, [], 'terms_exhausted');
    if (terms !== undefined) {
      throw refusedBy(terms, 'termsServed');
    }
    const held = await listNominationRows(tx, found.id, {
      group: body.group,
      post: body.post,
      status: ['standing', 'appointed'],
    });
    const twice = personalFinding(group, rules, nomination, held.map(nominationOf), 'nominated_twice');
    if (twice !== undefined) {
      throw refusedBy(twice, 'candidateName');
    }
    const row = await insertNomination(tx, {
      meetingId: found.id,
      groupCode: nomination.group,
      post: nomination.post,
      candidateName: nomination.candidateName,
      gender: nomination.gender,
      nominatingStateIso3: nomination.nominatingState,
      candidateStateIso3: nomination.candidateState,
      regionId: nomination.regionId,
      termsServed: nomination.termsServed,
      createdBy: actorId(ctx.actor) ?? '',
      createdAt: ctx.clock.now(),
    });
    const { id: _id, ...fields } = nominationOf(row);
    await recordAudit(tx, ctx, {
      action: 'nomination.create',
      entityType: 'nomination',
      entityId: row.id,
      before: null,
      after: { meeting: found.code, ...fields, status: row.status },
    });
    return row;
  });
}

function notStanding(row: NominationRow): DomainError {
  const message = `The nomination of ${row.candidateName} is ${row.status}, not standing.`;
  return new DomainError('not_standing', message, [{ path: ['status'], code: 'not_standing', message }]);
}

/** The nominating state's focal point (or the secretariat) withdraws a standing nomination. */
export async function withdrawNomination(ctx: ServiceContext, id: string): Promise<NominationRow> {
  return ctx.db.transaction(async (tx) => {
    const row = await requireNomination(tx, id);
    requireWithdrawRight(personOf(ctx.actor), row.nominatingStateIso3);
    await lockMeetingOfficers(tx, row.meetingId);
    const withdrawn = await withdrawNominationRow(tx, row.id, ctx.clock.now());
    if (withdrawn === undefined) {
      throw notStanding(row);
    }
    await recordAudit(tx, ctx, {
      action: 'nomination.withdraw',
      entityType: 'nomination',
      entityId: row.id,
      before: { status: row.status },
      after: { status: withdrawn.status },
    });
    return withdrawn;
  });
}

/**
 * The secretariat fills a post by consensus with a standing nomination. Refused when the post's seats are all
 * appointed (seats_full), the nomination is not standing (not_standing), or the candidate has served the maximum
 * terms under the rules now in force (terms_exhausted).
 */
export async function appointNomination(ctx: ServiceContext, id: string): Promise<NominationRow> {
  requireSecretariat(personOf(ctx.actor), 'appoint officers');
  return ctx.db.transaction(async (tx) => {
    const row = await requireNomination(tx, id);
    await lockMeetingOfficers(tx, row.meetingId);
    if (row.status !== 'standing') {
      throw notStanding(row);
    }
    const found = await requireMeeting(tx, row.meetingId);
    const { groups, rules } = await settingsOf(tx, found);
    const group = groups.find((candidate) => candidate.id === row.groupCode);
    const post = row.post as Nomination['post'];
    const seats = group === undefined ? 0 : seatsOf(group, post);
    const appointed = await listNominationRows(tx, found.id, { group: row.groupCode, post, status: 'appointed' });
    if (group === undefined || appointed.length >= seats) {
      const message = `All ${seats} ${post} seat(s) of ${row.groupCode} are filled.`;
      throw new DomainError('seats_full', message, [{ path: ['post'], code: 'seats_full', message }], {
        params: { group: row.groupCode, post, seats },
      });
    }
    const terms = personalFinding(group, rules, nominationOf(row), [], 'terms_exhausted');
    if (terms !== undefined) {
      throw refusedBy(terms, 'termsServed');
    }
    const [done] = await appointNominations(tx, [row.id], {
      appointedBy: 'consensus',
      voteId: null,
      at: ctx.clock.now(),
    });
    await recordAudit(tx, ctx, {
      action: 'nomination.appoint',
      entityType: 'nomination',
      entityId: row.id,
      before: { status: row.status, appointedBy: null },
      after: { status: done!.status, appointedBy: done!.appointedBy },
    });
    return done!;
  });
}

/**
 * The slate check of one group: `nominations` checks the standing nominations (what may still be appointed);
 * `appointment` checks the appointed ones (the slate as filled).
 */
export async function slateCheck(ctx: ServiceContext, meeting: string, query: SlateCheckQuery) {
  const found = await requireMeeting(ctx.db, meeting);
  const { groups, rules } = await settingsOf(ctx.db, found);
  const group = groups.find((candidate) => candidate.id === query.group);
  if (group === undefined) {
    const message = `Not a group of this meeting: ${query.group}.`;
    throw new DomainError('validation_failed', message, [{ path: ['query', 'group'], code: 'unknown_group', message }]);
  }
  const status = query.kind === 'nominations' ? 'standing' : 'appointed';
  const rows = await listNominationRows(ctx.db, found.id, { group: group.id, status });
  return { meeting: found, check: checkSlate({ group, kind: query.kind, nominations: rows.map(nominationOf) }, rules) };
}

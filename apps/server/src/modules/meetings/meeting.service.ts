import type { CreateMeetingBody, MeetingsQuery, UpdateMeetingBody } from '@tansiq/api';
import {
  findCycle,
  findMeeting,
  findMemberState,
  insertMeeting,
  listDeadlineRuleRows,
  listMeetingRows,
  meetingCodeTaken,
  updateMeetingRow,
  type Executor,
  type MeetingRow,
} from '@tansiq/db';
import { assertNoIssues, meetingIssues, type DeadlineRule, type Issue, requireSecretariat } from '@tansiq/domain';
import { recordAudit } from '../../audit.ts';
import { personOf } from '../../policy.ts';
import type { ServiceContext } from '../../context.ts';
import { conflict, notFound } from '../../errors.ts';
import { requireCycle, requireMeeting } from '../../lookups.ts';

/** A meeting with the deadline rules that give its deadlines. */
export interface MeetingWithRules {
  meeting: MeetingRow;
  rules: DeadlineRule[];
}

/** Meetings, optionally of one cycle (by id or code), in date order. */
export async function listMeetings(ctx: ServiceContext, query: MeetingsQuery) {
  let cycleId: string | undefined;
  if (query.cycle !== undefined) {
    const cycle = await requireCycle(ctx.db, query.cycle, ['query', 'cycle']);
    cycleId = cycle.id;
  }
  const [page, rules] = await Promise.all([
    listMeetingRows(ctx.db, { cycleId, type: query.type, regionId: query.region }, query),
    listDeadlineRuleRows(ctx.db),
  ]);
  return { ...page, rules };
}

/** One meeting by id or code, with the deadline rules to compute its deadlines. */
export async function getMeeting(ctx: ServiceContext, idOrCode: string): Promise<MeetingWithRules> {
  const [meeting, rules] = await Promise.all([findMeeting(ctx.db, idOrCode), listDeadlineRuleRows(ctx.db)]);
  if (meeting === undefined) {
    throw notFound('meeting', idOrCode, ['params', 'id']);
  }
  return { meeting, rules };
}

/** Checks references that live in the database: the country is a Member State. */
async function referenceIssues(db: Executor, body: { countryIso3?: string | null }): Promise<Issue[]> {
  if (body.countryIso3 && (await findMemberState(db, body.countryIso3)) === undefined) {
    return [{ path: ['countryIso3'], code: 'unknown_member_state', message: `No Member State ${body.countryIso3}.` }];
  }
  return [];
}

/** Creates a meeting in a cycle (secretariat). */
export async function createMeeting(ctx: ServiceContext, body: CreateMeetingBody): Promise<MeetingWithRules> {
  requireSecretariat(personOf(ctx.actor), 'create meetings');
  assertNoIssues(meetingIssues(body));
  return ctx.db.transaction(async (tx) => {
    const cycle = await findCycle(tx, body.cycle);
    const issues = await referenceIssues(tx, body);
    if (cycle === undefined) {
      issues.push({ path: ['cycle'], code: 'unknown_cycle', message: `No cycle "${body.cycle}".` });
    }
    assertNoIssues(issues);
    if (await meetingCodeTaken(tx, body.code)) {
      throw conflict(`A meeting with code "${body.code}" exists already.`, ['code']);
    }
    const { cycle: _cycle, ...values } = body;
    const now = ctx.clock.now();
    const row = await insertMeeting(tx, { ...values, cycleId: cycle!.id, createdAt: now, updatedAt: now });
    await recordAudit(tx, ctx, {
      action: 'meeting.create',
      entityType: 'meeting',
      entityId: row.id,
      before: null,
      after: row,
    });
    return { meeting: { ...row, cycleCode: cycle!.code }, rules: await listDeadlineRuleRows(tx) };
  });
}

/** Changes a meeting (secretariat); the result must satisfy every rule a new meeting must. */
export async function updateMeeting(
  ctx: ServiceContext,
  idOrCode: string,
  body: UpdateMeetingBody,
): Promise<MeetingWithRules> {
  requireSecretariat(personOf(ctx.actor), 'edit meetings');
  return ctx.db.transaction(async (tx) => {
    const current = await requireMeeting(tx, idOrCode, ['params', 'id']);
    const next = { ...current, ...body };
    assertNoIssues([...meetingIssues(next), ...(await referenceIssues(tx, body))]);
    if (body.code !== undefined && (await meetingCodeTaken(tx, body.code, current.id))) {
      throw conflict(`A meeting with code "${body.code}" exists already.`, ['code']);
    }
    const { cycleCode: _cycleCode, ...before } = current;
    const row = await updateMeetingRow(tx, current.id, { ...body, updatedAt: ctx.clock.now() });
    await recordAudit(tx, ctx, {
      action: 'meeting.update',
      entityType: 'meeting',
      entityId: row.id,
      before,
      after: row,
    });
    return { meeting: { ...row, cycleCode: current.cycleCode }, rules: await listDeadlineRuleRows(tx) };
  });
}

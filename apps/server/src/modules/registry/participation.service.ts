import { findCycle, findMeeting, findMemberState, insertParticipation } from '@tansiq/db';
import { assertNoIssues, type Issue, requireSecretariat } from '@tansiq/domain';
import { recordAudit } from '../../audit.ts';
import type { ServiceContext } from '../../context.ts';
import { personOf } from '../../policy.ts';

export interface RecordParticipationInput {
  memberState: string;
  cycle: string;
  /** The meeting attended (id or code), or null for the cycle's conference when nothing more is recorded. */
  meeting: string | null;
}

/** Records that a Member State took part (secretariat). Returns false when it was recorded already. */
export async function recordParticipation(ctx: ServiceContext, input: RecordParticipationInput): Promise<boolean> {
  requireSecretariat(personOf(ctx.actor), 'record participation');
  return ctx.db.transaction(async (tx) => {
    const issues: Issue[] = [];
    // One query at a time: a transaction is one connection.
    const state = await findMemberState(tx, input.memberState);
    const cycle = await findCycle(tx, input.cycle);
    const meeting = input.meeting === null ? null : await findMeeting(tx, input.meeting);
    if (state === undefined) {
      issues.push({
        path: ['memberState'],
        code: 'unknown_member_state',
        message: `No Member State ${input.memberState}.`,
      });
    }
    if (cycle === undefined) {
      issues.push({ path: ['cycle'], code: 'unknown_cycle', message: `No cycle "${input.cycle}".` });
    }
    if (meeting === undefined) {
      issues.push({ path: ['meeting'], code: 'unknown_meeting', message: `No meeting "${input.meeting}".` });
    } else if (meeting !== null && cycle !== undefined && meeting.cycleId !== cycle.id) {
      issues.push({
        path: ['meeting'],
        code: 'meeting_not_in_cycle',
        message: 'The meeting belongs to another cycle.',
      });
    }
    assertNoIssues(issues);
    const values = { memberStateIso3: state!.iso3, cycleId: cycle!.id, meetingId: meeting?.id ?? null };
    const inserted = await insertParticipation(tx, values);
    if (inserted) {
      await recordAudit(tx, ctx, {
        action: 'participation.record',
        entityType: 'member-state',
        entityId: state!.iso3,
        before: null,
        after: values,
      });
    }
    return inserted;
  });
}

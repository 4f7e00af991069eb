import type { PutDeadlineRulesBody } from '@tansiq/api';
import { listDeadlineRuleRows, replaceDeadlineRules } from '@tansiq/db';
import {
  assertNoIssues,
  deadlineRuleIssues,
  type DeadlineRule,
  type MeetingType,
  requireSecretariat,
} from '@tansiq/domain';
import { recordAudit } from '../../audit.ts';
import { personOf } from '../../policy.ts';
import type { ServiceContext } from '../../context.ts';

export function listDeadlineRules(ctx: ServiceContext): Promise<DeadlineRule[]> {
  return listDeadlineRuleRows(ctx.db);
}

/** Replaces the deadline rules of one meeting type (secretariat), after checking that they make sense. */
export async function setDeadlineRules(
  ctx: ServiceContext,
  meetingType: MeetingType,
  body: PutDeadlineRulesBody,
): Promise<DeadlineRule[]> {
  requireSecretariat(personOf(ctx.actor), 'change deadline rules');
  const rules: DeadlineRule[] = body.rules.map((rule) => ({ ...rule, meetingType }));
  assertNoIssues(deadlineRuleIssues(rules));
  return ctx.db.transaction(async (tx) => {
    const before = (await listDeadlineRuleRows(tx)).filter((rule) => rule.meetingType === meetingType);
    await replaceDeadlineRules(tx, meetingType, rules);
    await recordAudit(tx, ctx, {
      action: 'deadline-rules.replace',
      entityType: 'deadline-rules',
      entityId: meetingType,
      before: { rules: before },
      after: { rules },
    });
    return listDeadlineRuleRows(tx);
  });
}

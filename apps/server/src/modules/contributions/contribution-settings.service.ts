import type { MeetingType } from '@tansiq/api';
import { findLatePolicy, findSupportRule, upsertLatePolicy, upsertSupportRule } from '@tansiq/db';
import {
  DEFAULT_LATE_POLICIES,
  assertNoIssues,
  defaultSupportRule,
  supportRuleIssues,
  type SupportRule,
  requireSecretariat,
} from '@tansiq/domain';
import type { z } from 'zod';
import { recordAudit } from '../../audit.ts';
import { personOf } from '../../policy.ts';
import type { ServiceContext } from '../../context.ts';

/** An organization's rule for common proposals: as stored, else the default rule. */
export async function getSupportRule(ctx: ServiceContext, organizationCode: string): Promise<SupportRule> {
  return (await findSupportRule(ctx.db, organizationCode)) ?? defaultSupportRule(organizationCode);
}

/** Whether a meeting type refuses or flags late contributions: as stored, else the default. */
export async function getLatePolicy(
  ctx: ServiceContext,
  meetingType: z.infer<typeof MeetingType>,
): Promise<'refuse' | 'flag'> {
  return ((await findLatePolicy(ctx.db, meetingType)) ?? DEFAULT_LATE_POLICIES[meetingType]) as 'refuse' | 'flag';
}

/** An organization's rule for common proposals (secretariat), checked before it is stored. */
export async function setSupportRule(
  ctx: ServiceContext,
  organizationCode: string,
  rule: SupportRule,
): Promise<SupportRule> {
  requireSecretariat(personOf(ctx.actor), 'configure common-proposal rules');
  assertNoIssues(supportRuleIssues(rule));
  return ctx.db.transaction(async (tx) => {
    const before = (await findSupportRule(tx, organizationCode)) ?? defaultSupportRule(organizationCode);
    await upsertSupportRule(tx, { organizationCode, ...rule });
    await recordAudit(tx, ctx, {
      action: 'support-rule.set',
      entityType: 'organization',
      entityId: organizationCode,
      before: { ...before },
      after: { ...rule },
    });
    return rule;
  });
}

/** Whether a meeting type refuses or flags late contributions (secretariat). */
export async function setLatePolicy(
  ctx: ServiceContext,
  meetingType: z.infer<typeof MeetingType>,
  late: 'refuse' | 'flag',
) {
  requireSecretariat(personOf(ctx.actor), 'configure submission policies');
  return ctx.db.transaction(async (tx) => {
    const before = (await findLatePolicy(tx, meetingType)) ?? DEFAULT_LATE_POLICIES[meetingType];
    await upsertLatePolicy(tx, meetingType, late);
    await recordAudit(tx, ctx, {
      action: 'late-policy.set',
      entityType: 'meeting-type',
      entityId: meetingType,
      before: { late: before },
      after: { late },
    });
    return { late };
  });
}

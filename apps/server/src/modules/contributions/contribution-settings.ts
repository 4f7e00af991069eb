import { MeetingType, OrganizationCode, one } from '@tansiq/api';
import { findLatePolicy, findSupportRule, upsertLatePolicy, upsertSupportRule } from '@tansiq/db';
import {
  DEFAULT_LATE_POLICIES,
  assertNoIssues,
  defaultSupportRule,
  supportRuleIssues,
  type SupportRule,
  requireSecretariat,
} from '@tansiq/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { recordAudit } from '../../audit.ts';
import type { ServiceContext } from '../../context.ts';
import { requireActor } from '../../plugins/authenticate.ts';
import { personOf } from '../../policy.ts';

const Rule = z.object({ minSupporters: z.number().int(), maxObjectionShare: z.number() });
const Policy = z.object({ late: z.enum(['refuse', 'flag']) });

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

/** The contribution settings the secretariat configures: support rules and late policies. */
export const contributionSettingsRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/support-rules/:organization',
    {
      schema: {
        tags: ['contributions'],
        summary: "An organization's rule for common proposals",
        params: z.object({ organization: OrganizationCode }),
        response: { 200: one(Rule) },
      },
    },
    async (request) => {
      const row = await findSupportRule(request.ctx.db, request.params.organization);
      return { data: row ?? defaultSupportRule(request.params.organization) };
    },
  );
  app.put(
    '/support-rules/:organization',
    {
      onRequest: requireActor,
      schema: {
        tags: ['contributions'],
        summary: "Set an organization's rule (secretariat)",
        params: z.object({ organization: OrganizationCode }),
        body: Rule.strict(),
        response: { 200: one(Rule) },
      },
    },
    async (request) => ({ data: await setSupportRule(request.ctx, request.params.organization, request.body) }),
  );
  app.get(
    '/submission-policies/:meetingType',
    {
      schema: {
        tags: ['contributions'],
        summary: 'Whether late contributions are refused or flagged',
        params: z.object({ meetingType: MeetingType }),
        response: { 200: one(Policy) },
      },
    },
    async (request) => ({
      data: {
        late: ((await findLatePolicy(request.ctx.db, request.params.meetingType)) ??
          DEFAULT_LATE_POLICIES[request.params.meetingType]) as 'refuse' | 'flag',
      },
    }),
  );
  app.put(
    '/submission-policies/:meetingType',
    {
      onRequest: requireActor,
      schema: {
        tags: ['contributions'],
        summary: 'Set whether late contributions are refused or flagged (secretariat)',
        params: z.object({ meetingType: MeetingType }),
        body: Policy.strict(),
        response: { 200: one(Policy) },
      },
    },
    async (request) => ({ data: await setLatePolicy(request.ctx, request.params.meetingType, request.body.late) }),
  );
};

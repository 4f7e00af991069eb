import { MeetingType, OrganizationCode, one } from '@tansiq/api';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireActor } from '../../plugins/authenticate.ts';
import { getLatePolicy, getSupportRule, setLatePolicy, setSupportRule } from './contribution-settings.service.ts';

const Rule = z.object({ minSupporters: z.number().int(), maxObjectionShare: z.number() });
const Policy = z.object({ late: z.enum(['refuse', 'flag']) });

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
    async (request) => ({ data: await getSupportRule(request.ctx, request.params.organization) }),
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
    async (request) => ({ data: { late: await getLatePolicy(request.ctx, request.params.meetingType) } }),
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

import { DELEGATION_ROLES, PRESENCES } from '@tansiq/domain';
import { z } from 'zod';
import { EmailAddress, Iso3, plain } from './common.schema.ts';

export const DelegationRole = z.enum(DELEGATION_ROLES).meta({ id: 'DelegationRole' });
export type DelegationRole = z.infer<typeof DelegationRole>;

export const DelegationMemberInput = z
  .object({
    name: plain(z.string().trim().min(1).max(200)),
    role: DelegationRole,
    email: EmailAddress.nullable().default(null),
  })
  .strict();

/** A delegation's whole composition, as its focal point (or the secretariat) registers it. */
export const PutDelegationBody = z
  .object({
    members: z.array(DelegationMemberInput).min(1).max(100),
    votingDelegate: plain(z.string().trim().min(1).max(200))
      .nullable()
      .default(null)
      .meta({ description: 'The name of the member who casts the vote; null for the head.' }),
  })
  .strict();
export type PutDelegationBody = z.infer<typeof PutDelegationBody>;

export const DelegationMember = z.object({
  id: z.string(),
  name: z.string(),
  role: DelegationRole,
  email: z.string().nullable().meta({ description: 'Shown to the secretariat and the state’s focal point only.' }),
  votingDelegate: z.boolean(),
  hasAccount: z.boolean().meta({
    description:
      'An enabled account of the delegation’s Member State signs in with the member’s e-mail address (decided by ' +
      'the server; the address itself is shown as `email` says).',
  }),
});

export const Delegation = z
  .object({
    id: z.string(),
    meetingId: z.string(),
    memberState: z.string(),
    members: z.array(DelegationMember),
    votingDelegate: z.string().nullable().meta({ description: 'The name of the member who casts the vote.' }),
    votingDelegateCanVote: z.boolean().meta({
      description:
        'The voting delegate has an account of the state (`hasAccount`) as a delegate or its focal point: the ' +
        'account that casts the state’s ballots in the web app.',
    }),
    checkedIn: z.object({ at: z.iso.datetime(), by: z.string() }).nullable(),
    presence: z.enum(PRESENCES).meta({ description: 'By proxy: absent, and its proxy’s holder checked in.' }),
    proxyGiven: z.object({ holder: z.string(), givenAt: z.iso.datetime() }).nullable(),
    proxiesHeld: z.array(z.object({ giver: z.string(), givenAt: z.iso.datetime() })),
  })
  .meta({ id: 'Delegation' });
export type Delegation = z.infer<typeof Delegation>;

export const GiveProxyBody = z.object({ holder: Iso3 }).strict();
export type GiveProxyBody = z.infer<typeof GiveProxyBody>;

export const Proxy = z
  .object({
    id: z.string(),
    meetingId: z.string(),
    giver: z.string(),
    holder: z.string(),
    givenAt: z.iso.datetime(),
    withdrawnAt: z.iso.datetime().nullable(),
  })
  .meta({ id: 'Proxy' });
export type Proxy = z.infer<typeof Proxy>;

/** Who counts at a meeting now, and the quorum under the default rule. */
export const Presence = z
  .object({
    meetingId: z.string(),
    delegations: z.number().int().meta({ description: 'Delegations registered: the electorate of the quorum.' }),
    inPerson: z.array(z.string()),
    byProxy: z.array(z.object({ giver: z.string(), holder: z.string() })),
    absent: z.array(z.string()),
    total: z.number().int().meta({ description: 'In person plus by proxy.' }),
    maxProxies: z.number().int(),
    quorum: z.object({
      rule: z.literal('majority'),
      required: z.number().int().meta({ description: 'More than half of the delegations.' }),
      reached: z.boolean(),
    }),
  })
  .meta({ id: 'Presence' });
export type Presence = z.infer<typeof Presence>;

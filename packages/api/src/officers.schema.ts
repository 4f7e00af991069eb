import {
  APPOINTMENT_METHODS,
  BREACH_SEVERITIES,
  GENDERS,
  NOMINATION_STATUSES,
  POST_KINDS,
  RULE_WEIGHTS,
  SLATE_KINDS,
  SLATE_RULES,
} from '@tansiq/domain';
import { z } from 'zod';
import { Iso3, plain } from './common.schema.ts';
import { RegionId } from './registry.schema.ts';

export const PostKind = z.enum(POST_KINDS).meta({ id: 'PostKind' });
export type PostKind = z.infer<typeof PostKind>;
export const Gender = z
  .enum(GENDERS)
  .meta({ id: 'Gender', description: 'As the nomination states it; `undisclosed` when none is given.' });
export type Gender = z.infer<typeof Gender>;
export const NominationStatus = z.enum(NOMINATION_STATUSES).meta({ id: 'NominationStatus' });
export type NominationStatus = z.infer<typeof NominationStatus>;
const RuleWeight = z.enum(RULE_WEIGHTS);

export const OfficerGroupInput = z
  .object({
    id: plain(z.string().regex(/^[A-Z][A-Z0-9-]{0,15}$/, 'Capitals, digits and dashes: SG1, TDAG.')).meta({
      description: 'The group’s code.',
    }),
    posts: z
      .array(z.object({ kind: PostKind, seats: z.number().int().min(0).max(50) }).strict())
      .min(1)
      .max(2),
  })
  .strict();

export const OfficerGroup = z
  .object({ id: z.string(), posts: z.array(z.object({ kind: PostKind, seats: z.number().int() })) })
  .meta({ id: 'OfficerGroup' });
export type OfficerGroup = z.infer<typeof OfficerGroup>;

export const OfficerRules = z
  .object({
    maxTerms: z.number().int().nullable(),
    viceChairsPerRegionCap: z.number().int().nullable(),
    capCountsChair: z.boolean(),
    regionsExpected: z.array(RegionId),
    regionWithoutViceChair: RuleWeight,
    candidateOfOtherState: RuleWeight,
    genderMinShare: z.number().nullable(),
  })
  .meta({ id: 'OfficerRules', description: 'The slate rules with their values (docs/officers.md).' });
export type OfficerRules = z.infer<typeof OfficerRules>;

/** A meeting's groups and posts open for nomination, and the rules its slates are checked against. */
export const OfficerSettings = z
  .object({
    meetingId: z.string(),
    groups: z.array(OfficerGroup),
    rules: OfficerRules,
    isDefault: z.boolean().meta({ description: 'True when nothing is stored: the defaults apply.' }),
    updatedAt: z.iso.datetime().nullable(),
  })
  .meta({ id: 'OfficerSettings' });
export type OfficerSettings = z.infer<typeof OfficerSettings>;

/** The settings the secretariat stores; rules are checked by the domain (`parseOfficerRules`), missing ones default. */
export const PutOfficerSettingsBody = z
  .object({
    groups: z.array(OfficerGroupInput).min(1).max(20),
    rules: z
      .record(z.string(), z.unknown())
      .default({})
      .meta({ description: 'Any of the rules of OfficerRules; those left out take their defaults.' }),
  })
  .strict();
export type PutOfficerSettingsBody = z.infer<typeof PutOfficerSettingsBody>;

/** A Member State's nomination of a candidate for a post; the region comes from the registry. */
export const CreateNominationBody = z
  .object({
    group: plain(z.string().trim().min(1).max(32)),
    post: PostKind,
    candidateName: plain(z.string().max(1000)).meta({ description: 'At most 200 characters once trimmed.' }),
    gender: Gender.default('undisclosed'),
    candidateState: Iso3,
    termsServed: z.number().int().meta({ description: 'Terms already served in this post of this group.' }),
    nominatingState: Iso3.optional().meta({
      description: 'The nominating Member State: a focal point’s own by default; the secretariat must name it.',
    }),
  })
  .strict();
export type CreateNominationBody = z.infer<typeof CreateNominationBody>;

export const NominationsQuery = z
  .object({ group: z.string().min(1).max(32), post: PostKind, status: NominationStatus })
  .partial()
  .strict();
export type NominationsQuery = z.infer<typeof NominationsQuery>;

export const Nomination = z
  .object({
    id: z.string(),
    meetingId: z.string(),
    group: z.string(),
    post: PostKind,
    candidateName: z.string(),
    gender: Gender,
    nominatingState: z.string(),
    candidateState: z.string(),
    regionId: RegionId,
    termsServed: z.number().int(),
    status: NominationStatus,
    appointedBy: z.enum(APPOINTMENT_METHODS).nullable(),
    voteId: z.string().nullable().meta({ description: 'The election that appointed the candidate.' }),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
  })
  .meta({ id: 'Nomination' });
export type Nomination = z.infer<typeof Nomination>;

export const SlateKind = z
  .enum(SLATE_KINDS)
  .meta({ id: 'SlateKind', description: 'nominations: the standing nominations; appointment: the appointed ones.' });
export type SlateKind = z.infer<typeof SlateKind>;

export const SlateCheckQuery = z.object({ group: z.string().min(1).max(32), kind: SlateKind.default('nominations') });
export type SlateCheckQuery = z.infer<typeof SlateCheckQuery>;

export const SlateBreach = z
  .object({
    rule: z.enum(SLATE_RULES),
    code: z.string(),
    severity: z.enum(BREACH_SEVERITIES),
    path: z.array(z.union([z.string(), z.number()])),
    message: z.string(),
    nominations: z.array(z.string()).meta({ description: 'The nominations at fault, by id.' }),
    params: z.record(z.string(), z.union([z.string(), z.number()])),
  })
  .meta({ id: 'SlateBreach' });
export type SlateBreach = z.infer<typeof SlateBreach>;

const GenderCount = z.object({
  total: z.number().int(),
  counts: z.object({ female: z.number(), male: z.number(), other: z.number(), undisclosed: z.number() }),
  shares: z.object({
    female: z.number().nullable(),
    male: z.number().nullable(),
    other: z.number().nullable(),
    undisclosed: z.number().nullable(),
  }),
});

export const SlateCheck = z
  .object({
    meetingId: z.string(),
    group: z.string(),
    kind: SlateKind,
    ok: z.boolean().meta({ description: 'True when no finding is a breach.' }),
    allSeatsVacant: z
      .boolean()
      .meta({ description: 'True when the slate names nobody for any seat: say so before any verdict of `ok`.' }),
    breaches: z.array(SlateBreach),
    gender: z.object({ group: GenderCount, posts: z.object({ chair: GenderCount, 'vice-chair': GenderCount }) }),
  })
  .meta({ id: 'SlateCheck' });
export type SlateCheck = z.infer<typeof SlateCheck>;

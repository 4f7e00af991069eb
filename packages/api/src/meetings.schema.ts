import { DEADLINE_KINDS, MEETING_TYPES } from '@tansiq/domain';
import { z } from 'zod';
import { CalendarDate, Iso3, Language, LocalizedText, PageQuery, localizedTitle, plain } from './common.schema.ts';
import { OrganizationCode, RegionId } from './registry.schema.ts';

export const MeetingType = z.enum(MEETING_TYPES);
export type MeetingType = z.infer<typeof MeetingType>;

const Code = plain(
  z
    .string()
    .max(64)
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'Lower-case letters, digits and single hyphens.'),
);
const TimeZone = plain(z.string().min(1).max(64));

export const Cycle = z
  .object({
    id: z.uuid(),
    code: z.string(),
    name: z.string(),
    series: z.literal('wtdc'),
    year: z.number().int().meta({ description: 'The year the conference was held (not always its label).' }),
    city: LocalizedText,
    countryIso3: z.string().nullable(),
    theme: z.string().nullable(),
  })
  .meta({ id: 'Cycle' });
export type Cycle = z.infer<typeof Cycle>;

export const CreateCycleBody = z
  .object({
    code: Code,
    name: plain(z.string().trim().min(1).max(200)),
    year: z.number().int().min(1865).max(2200),
    city: localizedTitle(100),
    countryIso3: Iso3.nullable().default(null),
    theme: plain(z.string().trim().max(500)).nullable().default(null),
  })
  .strict();
export type CreateCycleBody = z.infer<typeof CreateCycleBody>;

export const DeadlineKind = z.enum(DEADLINE_KINDS).meta({
  description:
    'contributions: the last day for contributions on time; delayed-contributions: the last day for delayed ' +
    'contributions (original language only), after which a contribution is late; translations: the day by which ' +
    'the contributions received on time are published in every language (it does not time submissions).',
});

export const Deadline = z
  .object({
    kind: DeadlineKind,
    daysBefore: z.number().int(),
    date: CalendarDate,
    closesAt: z.iso.datetime(),
    timeZone: z.string(),
    closed: z.boolean(),
    secondsRemaining: z.number().int().meta({ description: 'At the server clock; 0 once closed.' }),
  })
  .meta({ id: 'Deadline' });
export type Deadline = z.infer<typeof Deadline>;

export const Meeting = z
  .object({
    id: z.uuid(),
    code: z.string(),
    cycleId: z.uuid(),
    cycleCode: z.string(),
    type: MeetingType,
    title: LocalizedText,
    startsOn: CalendarDate,
    endsOn: CalendarDate,
    city: LocalizedText,
    countryIso3: z.string().nullable(),
    timeZone: z.string(),
    languages: z.array(Language),
    regionId: RegionId.nullable(),
    organizationCode: OrganizationCode.nullable(),
    maxProxies: z.number().int(),
    deadlines: z.array(Deadline),
  })
  .meta({ id: 'Meeting' });
export type Meeting = z.infer<typeof Meeting>;

export const MeetingsQuery = PageQuery.extend({
  cycle: z.string().min(1).max(64).optional().meta({ description: 'Cycle id or code.' }),
  type: MeetingType.optional(),
  region: RegionId.optional(),
});
export type MeetingsQuery = z.infer<typeof MeetingsQuery>;

/** A meeting's writable fields, without defaults: a change must not reset the fields it leaves out. */
const MeetingFields = z.object({
  code: Code,
  cycle: plain(z.string().min(1).max(64)).meta({ description: 'Cycle id or code.' }),
  type: MeetingType,
  title: localizedTitle(300),
  startsOn: CalendarDate,
  endsOn: CalendarDate,
  city: localizedTitle(100),
  countryIso3: Iso3.nullable(),
  timeZone: TimeZone,
  languages: z.array(Language).min(1),
  regionId: RegionId.nullable(),
  organizationCode: OrganizationCode.nullable(),
  maxProxies: z
    .number()
    .int()
    .min(0)
    .max(10)
    .meta({ description: 'How many other states’ proxies one delegation may hold (0: no proxies).' }),
});

export const CreateMeetingBody = MeetingFields.extend({
  countryIso3: Iso3.nullable().default(null),
  timeZone: TimeZone.default('UTC'),
  regionId: RegionId.nullable().default(null),
  organizationCode: OrganizationCode.nullable().default(null),
  maxProxies: MeetingFields.shape.maxProxies.optional().meta({ description: 'Default 1.' }),
}).strict();
export type CreateMeetingBody = z.infer<typeof CreateMeetingBody>;

export const UpdateMeetingBody = MeetingFields.omit({ cycle: true })
  .partial()
  .strict()
  .refine((body) => Object.keys(body).length > 0, { message: 'Nothing to change.' });
export type UpdateMeetingBody = z.infer<typeof UpdateMeetingBody>;

export const DeadlineRule = z
  .object({
    meetingType: MeetingType,
    kind: DeadlineKind,
    daysBefore: z.number().int(),
    timeOfDay: z.string(),
    timeZone: z.string(),
  })
  .meta({ id: 'DeadlineRule' });
export type DeadlineRule = z.infer<typeof DeadlineRule>;

export const PutDeadlineRulesBody = z
  .object({
    rules: z.array(
      z
        .object({
          kind: DeadlineKind,
          daysBefore: z.number().int(),
          timeOfDay: z.string().default('23:59:59'),
          timeZone: TimeZone.default('UTC'),
        })
        .strict(),
    ),
  })
  .strict();
export type PutDeadlineRulesBody = z.infer<typeof PutDeadlineRulesBody>;

export const MeetingSummary = Meeting.pick({
  id: true,
  code: true,
  type: true,
  title: true,
  startsOn: true,
  endsOn: true,
  city: true,
  countryIso3: true,
});

export const Participation = z
  .object({
    cycle: Cycle.pick({ id: true, code: true, name: true, year: true, city: true }),
    meeting: MeetingSummary.nullable().meta({
      description:
        "The meeting attended; null when the record says only that the state took part in the cycle's conference.",
    }),
  })
  .meta({ id: 'Participation' });
export type Participation = z.infer<typeof Participation>;

import { CONFIDENCE_MARKS, ENTITY_CATEGORIES, ORGANIZATION_CODES, REGION_IDS } from '@tansiq/domain';
import { z } from 'zod';
import { CalendarDate, Iso3, LocalizedText, plain } from './common.schema.ts';

export const RegionId = z.enum(REGION_IDS);
export const OrganizationCode = z.enum(ORGANIZATION_CODES);

export const Region = z
  .object({
    id: RegionId,
    abbreviation: z.string(),
    name: LocalizedText,
    memberStateCount: z.number().int(),
  })
  .meta({ id: 'Region' });
export type Region = z.infer<typeof Region>;

export const Organization = z
  .object({
    code: OrganizationCode,
    name: LocalizedText,
    proposalPrefix: z.string(),
    regionId: RegionId,
    memberStateCount: z.number().int(),
  })
  .meta({ id: 'Organization' });
export type Organization = z.infer<typeof Organization>;

export const MemberStateNames = z.object({
  ar: z.string(),
  zh: z.string(),
  en: z.string(),
  fr: z.string(),
  ru: z.string(),
  es: z.string(),
});

export const MemberState = z
  .object({
    iso3: z.string(),
    iso2: z.string(),
    names: MemberStateNames,
    regionId: RegionId,
    organizations: z.array(OrganizationCode),
    admittedOn: CalendarDate.nullable(),
    confidence: z
      .enum(CONFIDENCE_MARKS)
      .meta({ description: 'How sure the reference data is of region and memberships.' }),
  })
  .meta({ id: 'MemberState' });
export type MemberState = z.infer<typeof MemberState>;

export const MemberStatesQuery = z.object({
  region: RegionId.optional(),
  organization: OrganizationCode.optional(),
  q: z
    .string()
    .trim()
    .min(1)
    .max(100)
    .optional()
    .meta({ description: 'Part of a name in any of the six languages, or a code.' }),
  asOf: CalendarDate.optional().meta({ description: 'Only the states that were members on this date.' }),
  order: z.enum(['name', 'french']).default('name').meta({ description: '`french`: roll-call order.' }),
});
export type MemberStatesQuery = z.infer<typeof MemberStatesQuery>;

export const EntityCategory = z.enum(ENTITY_CATEGORIES);

export const Entity = z
  .object({
    id: z.uuid(),
    category: EntityCategory,
    name: z.string(),
    countryIso3: z.string(),
  })
  .meta({ id: 'Entity' });
export type Entity = z.infer<typeof Entity>;

export const EntitiesQuery = z.object({
  country: Iso3.optional(),
  category: EntityCategory.optional(),
});
export type EntitiesQuery = z.infer<typeof EntitiesQuery>;

export const CreateEntityBody = z
  .object({
    category: EntityCategory,
    name: plain(z.string().trim().min(1).max(300)),
    countryIso3: Iso3,
  })
  .strict();
export type CreateEntityBody = z.infer<typeof CreateEntityBody>;

import { ROLES } from '@tansiq/domain';
import { z } from 'zod';
import { EmailAddress, Iso3, PageQuery, plain } from './common.schema.ts';
import { OrganizationCode } from './registry.schema.ts';

/** The roles of people in Tansiq. */
export const Role = z.enum(ROLES);
export type Role = z.infer<typeof Role>;

const PersonName = plain(z.string().trim().min(1).max(200));

export const User = z
  .object({
    id: z.uuid(),
    email: z.string(),
    name: z.string(),
    role: Role,
    memberStateIso3: z
      .string()
      .nullable()
      .meta({ description: 'The administration a focal point or delegate acts for.' }),
    entityId: z.uuid().nullable().meta({ description: 'The Sector Member, Associate or Academia entity.' }),
    organizationCode: OrganizationCode.nullable().meta({
      description: 'The organization a regional coordinator serves.',
    }),
    createdAt: z.iso.datetime(),
    disabledAt: z.iso.datetime().nullable(),
  })
  .meta({ id: 'User' });
export type User = z.infer<typeof User>;

/** The signed-in person and the token to send as `x-csrf-token` with every cookie-authenticated write. */
export const Session = z
  .object({ user: User, csrfToken: z.string(), expiresAt: z.iso.datetime() })
  .meta({ id: 'Session' });
export type Session = z.infer<typeof Session>;

export const SignInBody = z.object({ email: EmailAddress, password: z.string().min(1).max(1024) }).strict();
export type SignInBody = z.infer<typeof SignInBody>;

export const ApiToken = z
  .object({
    id: z.uuid(),
    name: z.string(),
    prefix: z.string().meta({ description: 'The first characters of the token, to recognise it.' }),
    createdAt: z.iso.datetime(),
    lastUsedAt: z.iso.datetime().nullable(),
    expiresAt: z.iso.datetime().nullable(),
    revokedAt: z.iso.datetime().nullable(),
  })
  .meta({ id: 'ApiToken' });
export type ApiToken = z.infer<typeof ApiToken>;

/** A token just created: the only answer that carries the secret. */
export const CreatedApiToken = ApiToken.extend({
  token: z.string().meta({ description: 'Send as `Authorization: Bearer <token>`. Shown once.' }),
}).meta({ id: 'CreatedApiToken' });
export type CreatedApiToken = z.infer<typeof CreatedApiToken>;

export const CreateApiTokenBody = z
  .object({
    name: plain(z.string().trim().min(1).max(100)),
    expiresInDays: z.number().int().min(1).max(366).nullable().default(null),
  })
  .strict();
export type CreateApiTokenBody = z.infer<typeof CreateApiTokenBody>;

export const UsersQuery = PageQuery.extend({
  role: Role.optional(),
  memberState: Iso3.optional(),
  organization: OrganizationCode.optional(),
  q: z.string().trim().min(1).max(100).optional().meta({ description: 'Part of a name or e-mail address.' }),
});
export type UsersQuery = z.infer<typeof UsersQuery>;

export const CreateUserBody = z
  .object({
    email: EmailAddress,
    name: PersonName,
    role: Role,
    memberStateIso3: Iso3.nullable().default(null),
    entityId: z.uuid().nullable().default(null),
    organizationCode: OrganizationCode.nullable().default(null),
    password: z
      .string()
      .min(12, 'At least 12 characters.')
      .max(1024)
      .nullable()
      .default(null)
      .meta({ description: 'Omit to have a strong password generated and returned once.' }),
  })
  .strict();
export type CreateUserBody = z.infer<typeof CreateUserBody>;

/** A user just created, with the generated password when none was given (shown once). */
export const CreatedUser = z
  .object({ user: User, generatedPassword: z.string().nullable() })
  .meta({ id: 'CreatedUser' });
export type CreatedUser = z.infer<typeof CreatedUser>;

export const UpdateUserBody = z
  .object({
    name: PersonName.optional(),
    role: Role.optional(),
    disabled: z.boolean().optional(),
  })
  .strict()
  .refine((body) => Object.keys(body).length > 0, { message: 'Nothing to change.' });
export type UpdateUserBody = z.infer<typeof UpdateUserBody>;

export const ChangePasswordBody = z
  .object({
    currentPassword: z.string().min(1).max(1024),
    newPassword: z.string().min(12, 'At least 12 characters.').max(1024),
  })
  .strict();
export type ChangePasswordBody = z.infer<typeof ChangePasswordBody>;

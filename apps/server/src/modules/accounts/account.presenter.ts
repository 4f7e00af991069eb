import type { ApiToken, User } from '@tansiq/api';
import type { ApiTokenRow, UserRow } from '@tansiq/db';

const iso = (date: Date | null) => (date === null ? null : date.toISOString());

export function presentUser(row: UserRow): User {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    role: row.role as User['role'],
    memberStateIso3: row.memberStateIso3,
    entityId: row.entityId,
    organizationCode: row.organizationCode as User['organizationCode'],
    createdAt: row.createdAt.toISOString(),
    disabledAt: iso(row.disabledAt),
  };
}

export function presentApiToken(row: ApiTokenRow): ApiToken {
  return {
    id: row.id,
    name: row.name,
    prefix: row.prefix,
    createdAt: row.createdAt.toISOString(),
    lastUsedAt: iso(row.lastUsedAt),
    expiresAt: iso(row.expiresAt),
    revokedAt: iso(row.revokedAt),
  };
}

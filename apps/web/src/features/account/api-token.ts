import type { ApiToken } from '@tansiq/api';

/** Where an API token stands at an instant. */
export type TokenStatus = 'active' | 'expired' | 'revoked';

export function tokenStatus(token: Pick<ApiToken, 'expiresAt' | 'revokedAt'>, now: Date): TokenStatus {
  if (token.revokedAt !== null) {
    return 'revoked';
  }
  return token.expiresAt !== null && new Date(token.expiresAt) <= now ? 'expired' : 'active';
}

/** Reads the "expires in days" field: blank means never; otherwise a whole number from 1 to 366, or invalid. */
export function readExpiryDays(text: string): number | null | 'invalid' {
  const trimmed = text.trim();
  if (trimmed === '') {
    return null;
  }
  const days = Number(trimmed);
  return Number.isInteger(days) && days >= 1 && days <= 366 ? days : 'invalid';
}

/** Active tokens first (newest first), then the others. */
export function sortTokens(tokens: readonly ApiToken[], now: Date): ApiToken[] {
  const rank = (token: ApiToken) => (tokenStatus(token, now) === 'active' ? 0 : 1);
  return [...tokens].sort((a, b) => rank(a) - rank(b) || b.createdAt.localeCompare(a.createdAt));
}

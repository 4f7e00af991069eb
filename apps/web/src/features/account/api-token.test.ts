import type { ApiToken } from '@tansiq/api';
import { describe, expect, it } from 'vitest';
import { readExpiryDays, sortTokens, tokenStatus } from './api-token.ts';

const now = new Date('2017-09-10T00:00:00Z');

function token(id: string, fields: Partial<ApiToken> = {}): ApiToken {
  return {
    id,
    name: id,
    prefix: 'tsq_abcd',
    createdAt: '2017-09-01T00:00:00.000Z',
    lastUsedAt: null,
    expiresAt: null,
    revokedAt: null,
    ...fields,
  };
}

describe('api tokens', () => {
  it('tells active, expired and revoked tokens apart at the server’s now', () => {
    expect(tokenStatus(token('a'), now)).toBe('active');
    expect(tokenStatus(token('b', { expiresAt: '2017-09-09T00:00:00.000Z' }), now)).toBe('expired');
    expect(tokenStatus(token('c', { expiresAt: '2017-09-11T00:00:00.000Z' }), now)).toBe('active');
    expect(tokenStatus(token('d', { revokedAt: '2017-09-02T00:00:00.000Z' }), now)).toBe('revoked');
  });

  it('lists active tokens first, newest first', () => {
    const tokens = [
      token('old', { createdAt: '2017-09-01T00:00:00.000Z' }),
      token('revoked', { createdAt: '2017-09-05T00:00:00.000Z', revokedAt: '2017-09-06T00:00:00.000Z' }),
      token('new', { createdAt: '2017-09-03T00:00:00.000Z' }),
    ];
    expect(sortTokens(tokens, now).map((t) => t.id)).toEqual(['new', 'old', 'revoked']);
  });

  it('reads the expiry in days', () => {
    expect(readExpiryDays(' ')).toBeNull();
    expect(readExpiryDays('30')).toBe(30);
    for (const text of ['0', '367', '1.5', 'soon']) {
      expect(readExpiryDays(text)).toBe('invalid');
    }
  });
});

import { ApiError } from '@tansiq/api';
import { describe, expect, it } from 'vitest';
import { errorKey, isNotFound, issuesByField, needsSignIn, placeIssues } from './api-errors.ts';

const FIELDS = ['code', 'title.en', 'title.fr', 'startsOn', 'endsOn', 'languages'];

describe('isNotFound', () => {
  const params = (...paths: (string | number)[][]) =>
    new ApiError(
      400,
      'validation_failed',
      'Bad.',
      paths.map((path) => ({ path, code: 'invalid_format', message: 'm' })),
    );

  it('takes a 404, or an address whose own parameter is refused, for a page that does not exist', () => {
    expect(isNotFound(new ApiError(404, 'not_found', 'No member state XXX.'))).toBe(true);
    expect(isNotFound(new ApiError(404, 'route_not_found', 'No route.'))).toBe(true);
    expect(isNotFound(params(['params', 'id']))).toBe(true);
    expect(isNotFound(params(['params', 'iso3'], ['params', 'iso3']))).toBe(true);
  });

  it('leaves every other failure to the error notice with its retry', () => {
    expect(isNotFound(params(['query', 'lang']))).toBe(false);
    expect(isNotFound(params(['params', 'id'], ['query', 'lang']))).toBe(false);
    expect(isNotFound(params())).toBe(false);
    expect(isNotFound(new ApiError(400, 'invalid_json', 'Bad.', [{ path: ['params'], message: 'm' }]))).toBe(false);
    for (const [status, code] of [
      [401, 'unauthenticated'],
      [403, 'forbidden'],
      [409, 'conflict'],
      [500, 'internal_error'],
    ] as const) {
      expect(isNotFound(new ApiError(status, code, 'No.'))).toBe(false);
    }
    expect(isNotFound(new TypeError('Failed to fetch'))).toBe(false);
    expect(isNotFound(undefined)).toBe(false);
  });
});

describe('errorKey', () => {
  it('names translated codes, the network, and the rest as generic', () => {
    expect(errorKey(new ApiError(401, 'invalid_credentials', 'No.'))).toBe('errors.invalid_credentials');
    expect(errorKey(new ApiError(418, 'teapot', 'No.'))).toBe('errors.generic');
    expect(errorKey(new TypeError('Failed to fetch'))).toBe('errors.network');
    expect(errorKey(new Error('?'))).toBe('errors.generic');
  });

  it('asks for a new sign-in on any 401', () => {
    expect(needsSignIn(new ApiError(401, 'session_expired', 'Gone.'))).toBe(true);
    expect(needsSignIn(new ApiError(403, 'forbidden', 'No.'))).toBe(false);
  });
});

describe('placeIssues', () => {
  it('puts each issue on the field its path names, nested and indexed paths included', () => {
    const error = new ApiError(400, 'validation_failed', 'Invalid.', [
      { path: ['endsOn'], code: 'ends_before_start', message: 'Ends before it starts.' },
      { path: ['title', 'en'], code: 'too_small', message: 'Too short.' },
      { path: ['languages', 2], code: 'invalid_value', message: 'Unknown.' },
      { path: ['cycle'], code: 'unknown_cycle', message: 'No cycle.' },
      { path: ['title', 'fr'], code: 'something_new', message: 'Hmm.' },
    ]);
    expect(placeIssues(error, FIELDS)).toEqual([
      { field: 'endsOn', key: 'ends_before_start' },
      { field: 'title.en', key: 'too_small' },
      { field: 'languages', key: 'invalid_value' },
      { field: null, key: 'unknown_cycle' },
      { field: 'title.fr', key: 'generic' },
    ]);
  });

  it('puts a conflict on the code', () => {
    const withPath = new ApiError(409, 'conflict', 'Taken.', [{ path: ['code'], code: 'conflict', message: 'Taken.' }]);
    expect(placeIssues(withPath, FIELDS)).toEqual([{ field: 'code', key: 'conflict' }]);
    expect(placeIssues(new ApiError(409, 'conflict', 'Taken.'), FIELDS, 'code')).toEqual([
      { field: 'code', key: 'conflict' },
    ]);
  });

  it('keeps the first issue of each field', () => {
    const byField = issuesByField([
      { field: 'code', key: 'too_big' },
      { field: 'code', key: 'invalid_format' },
      { field: null, key: 'generic' },
    ]);
    expect([...byField.entries()]).toEqual([['code', { field: 'code', key: 'too_big' }]]);
  });
});

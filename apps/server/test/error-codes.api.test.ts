import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ERROR_TABLE } from '@tansiq/api';
import { DomainError, ERROR_CODES, type ErrorCode } from '@tansiq/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestApp, type TestApp } from './helpers.ts';

const ROOT = path.resolve(import.meta.dirname, '../../..');
/** Where codes are thrown: the server, the command line and the packages they build on. */
const SOURCE_DIRS = ['apps/server/src', 'apps/cli/src', 'packages/domain/src', 'packages/db/src', 'packages/api/src'];

function sourceFiles(dir: string): string[] {
  return readdirSync(path.join(ROOT, dir), { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name))
    .map((entry) => path.join(entry.parentPath, entry.name));
}

const sources = SOURCE_DIRS.flatMap(sourceFiles).map((file) => ({
  file: path.relative(ROOT, file),
  text: readFileSync(file, 'utf8'),
}));

describe('the table of error codes', () => {
  it('has one row for each code of the closed list, and no other', () => {
    expect(Object.keys(ERROR_TABLE).sort()).toEqual([...ERROR_CODES].sort());
    expect(new Set(ERROR_CODES).size).toBe(ERROR_CODES.length);
  });

  it('gives each code an error status and a message key named after it', () => {
    for (const [code, entry] of Object.entries(ERROR_TABLE)) {
      expect(entry.status, code).toBeGreaterThanOrEqual(400);
      expect(entry.status, code).toBeLessThan(600);
      expect(entry.message.split('.').at(-1), code).toBe(code);
    }
  });

  it('holds every code thrown in the server, the command line and the packages', () => {
    const thrown = new Map<string, string>();
    for (const { file, text } of sources) {
      for (const match of text.matchAll(/new DomainError\(\s*'([^']+)'/g)) {
        thrown.set(match[1]!, file);
      }
    }
    expect(thrown.size).toBeGreaterThan(20);
    const missing = [...thrown].filter(([code]) => !(code in ERROR_TABLE)).map(([code, file]) => `${code} (${file})`);
    expect(missing).toEqual([]);
  });

  it('is never bypassed: no code is cast into an ErrorCode', () => {
    // A code that reaches `DomainError` through a variable is typed `ErrorCode`, so the compiler checks it
    // against the list; a cast would let any string through.
    const casts = sources.filter(({ text }) => /as\s+ErrorCode\b/.test(text)).map(({ file }) => file);
    expect(casts).toEqual([]);
  });
});

describe('the status of each code', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await openTestApp({
      routes: (app) => {
        app.get<{ Params: { code: ErrorCode }; Querystring: { issues?: string } }>(
          '/api/test/throw/:code',
          async (request) => {
            const { code } = request.params;
            const issues =
              request.query.issues === undefined ? [] : [{ path: ['field'], code, message: `Refused: ${code}.` }];
            throw new DomainError(code, `Refused: ${code}.`, issues);
          },
        );
      },
    });
  });

  afterAll(async () => {
    await t?.close();
  });

  it.each(ERROR_CODES)('answers %s with its status from the table, with or without issues', async (code) => {
    for (const query of ['', '?issues=1']) {
      const response = await t.app.inject({ method: 'GET', url: `/api/test/throw/${code}${query}` });
      expect(response.statusCode, `${code}${query}`).toBe(ERROR_TABLE[code].status);
      expect(response.json<{ error: { code: string } }>().error.code).toBe(code);
    }
  });

  it('answers an unknown route with route_not_found and its status', async () => {
    const response = await t.app.inject({ method: 'DELETE', url: '/api/v1/no-such-thing' });
    expect(response.statusCode).toBe(ERROR_TABLE.route_not_found.status);
    expect(response.json<{ error: { code: string } }>().error.code).toBe('route_not_found');
  });
});

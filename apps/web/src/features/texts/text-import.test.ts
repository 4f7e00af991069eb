import { ApiError } from '@tansiq/api';
import { describe, expect, it } from 'vitest';
import { importIssues } from './text-import.ts';

const refusal = (status: number, code: string, issues: ApiError['issues']) =>
  new ApiError(status, code, 'refused', issues);

describe('importIssues', () => {
  it('places the file’s refusals on the file', () => {
    expect(importIssues(refusal(400, 'zip_bomb', [{ path: ['file'], code: 'zip_bomb', message: 'm' }]))).toEqual([
      { field: 'file', kind: 'issue', key: 'zip_bomb' },
    ]);
    expect(
      importIssues(
        refusal(415, 'unsupported_media_type', [
          { path: ['headers', 'content-type'], code: 'unsupported_media_type', message: 'm' },
        ]),
      ),
    ).toEqual([{ field: 'file', kind: 'issue', key: 'unsupported_media_type' }]);
  });

  it('gives a parser’s issue its line and reason, and an alignment’s its provision', () => {
    expect(
      importIssues(
        refusal(400, 'unparsable_text', [{ path: ['line', 3], code: 'no_heading', message: 'No heading.' }]),
      ),
    ).toEqual([{ field: 'file', kind: 'line', line: 3, reason: 'No heading.' }]);
    expect(
      importIssues(
        refusal(400, 'provisions_misaligned', [
          { path: ['provisions', 'resolves.3'], code: 'missing', message: 'Missing here.' },
        ]),
      ),
    ).toEqual([{ field: 'file', kind: 'provision', provision: 'resolves.3', reason: 'Missing here.' }]);
  });

  it('places query and service paths on their fields, and nothing for a lost session', () => {
    expect(
      importIssues(
        refusal(400, 'validation_failed', [
          { path: ['query', 'versionLabel'], code: 'too_small', message: 'm' },
          { path: ['adoptedAtMeeting'], code: 'unknown_meeting', message: 'm' },
          { path: ['language'], code: 'conflict', message: 'm' },
        ]),
      ).map((issue) => issue.field),
    ).toEqual(['versionLabel', 'adoptedAtMeeting', 'language']);
    expect(importIssues(refusal(401, 'unauthenticated', []))).toEqual([]);
    expect(importIssues(new TypeError('offline'))).toEqual([]);
  });
});

import { ApiError, type InstrumentVersion } from '@tansiq/api';
import { describe, expect, it } from 'vitest';
import { correctableProvisions, corrigendumIssues } from './corrigendum-form.ts';

const refusal = (status: number, code: string, issues: { path: (string | number)[]; code: string }[]) =>
  new ApiError(
    status,
    code,
    'refused',
    issues.map((issue) => ({ ...issue, message: 'x' })),
  );

describe('corrigendumIssues', () => {
  it('places the API paths on the form’s fields', () => {
    const error = refusal(400, 'validation_failed', [
      { path: ['changes', 0, 'provision'], code: 'unknown_provision' },
      { path: ['changes', 0, 'text'], code: 'no_change' },
      { path: ['language'], code: 'language_not_stored' },
      { path: ['reason'], code: 'too_small' },
    ]);
    expect(corrigendumIssues(error)).toEqual([
      { field: 'provision', key: 'unknown_provision' },
      { field: 'text', key: 'no_change' },
      { field: 'language', key: 'language_not_stored' },
      { field: 'reason', key: 'too_small' },
    ]);
  });

  it('puts a refusal of the version itself on the form', () => {
    const error = refusal(409, 'conflict', [{ path: ['params', 'id'], code: 'version_abrogated' }]);
    expect(corrigendumIssues(error)).toEqual([{ field: null, key: 'version_abrogated' }]);
  });
});

describe('correctableProvisions', () => {
  it('lists the provisions with a text in the language', () => {
    const provision = (id: string, texts: InstrumentVersion['provisions'][number]['texts']) => ({
      id,
      section: 'operative' as const,
      headingKey: 'resolves',
      key: id,
      parent: null,
      texts,
    });
    const version = {
      provisions: [
        provision('resolves.1', { en: { heading: 'resolves', num: '1', text: 'one' } }),
        provision('resolves.2', { fr: { heading: 'décide', num: '2', text: 'deux' } }),
      ],
    } as InstrumentVersion;
    expect(correctableProvisions(version, 'en')).toEqual([
      { id: 'resolves.1', num: '1', heading: 'resolves', text: 'one' },
    ]);
  });
});

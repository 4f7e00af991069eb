import { ApiError, type DocumentTranslation, type TranslationQueue } from '@tansiq/api';
import { describe, expect, it } from 'vitest';
import {
  queueRows,
  translationIssues,
  translationMoves,
  translationPath,
  translationQueuePath,
  wholeTranslationBody,
} from './translations.ts';

const proposals = [
  { proposalId: 'p1', number: 'EGY/1/1' },
  { proposalId: 'p2', number: 'EGY/1/2' },
];

function item(symbol: string, language: 'fr' | 'ru', late = false): TranslationQueue['items'][number] {
  return {
    documentId: symbol,
    symbol,
    series: 'C',
    title: { en: symbol },
    originalLanguage: 'en',
    documentStatus: 'submitted',
    timing: 'on-time',
    language,
    status: 'awaiting',
    volume: { count: 10, unit: 'words' },
    proposals: 1,
    translated: 0,
    due: true,
    late,
    publishedAt: null,
    updatedAt: null,
  };
}

describe('the translation queue', () => {
  it('lists one language or all, late first, then by symbol in number order', () => {
    const queue: TranslationQueue = {
      meetingId: '00000000-0000-4000-8000-000000000000',
      meetingCode: 'wtdc-17',
      deadline: null,
      items: [
        item('WTDC-17/10', 'fr'),
        item('WTDC-17/2', 'fr'),
        item('WTDC-17/2', 'ru'),
        item('WTDC-17/3', 'fr', true),
      ],
      languages: [],
    };
    expect(queueRows(queue, 'fr').map((row) => row.symbol)).toEqual(['WTDC-17/3', 'WTDC-17/2', 'WTDC-17/10']);
    expect(queueRows(queue, null).map((row) => `${row.symbol} ${row.language}`)).toEqual([
      'WTDC-17/3 fr',
      'WTDC-17/2 fr',
      'WTDC-17/2 ru',
      'WTDC-17/10 fr',
    ]);
  });

  it('has addresses for the queue and for a language version', () => {
    expect(translationQueuePath('wtdc-17')).toBe('/meetings/wtdc-17/translations');
    expect(translationQueuePath('wtdc-17', 'ar')).toBe('/meetings/wtdc-17/translations?language=ar');
    expect(translationPath('d1', 'zh')).toBe('/documents/d1/translations/zh');
  });
});

describe('a language version on the screen', () => {
  it('offers the moves of its status', () => {
    expect(translationMoves('awaiting')).toEqual([{ move: 'start', to: 'in-translation' }]);
    expect(translationMoves('in-translation')).toEqual([{ move: 'publish', to: 'published' }]);
    expect(translationMoves('published')).toEqual([{ move: 'reopen', to: 'in-translation' }]);
  });

  it('places a refusal on the proposals it names, by their ids', () => {
    const refused = new ApiError(400, 'invalid_translation', 'Refused.', [
      { path: ['proposals', 'EGY/1/2', 'reasons'], code: 'translation_reasons_required', message: '' },
      { path: ['proposals', 'EGY/1/1', 'text'], code: 'translation_empty_mod', message: '' },
      { path: ['proposals', 'EGY/1/9'], code: 'translation_extra_proposal', message: '' },
    ]);
    expect(translationIssues(refused, proposals)).toEqual([
      { field: 'p2.reasons', proposalId: 'p2', key: 'translations.issues.translation_reasons_required' },
      { field: 'p1.text', proposalId: 'p1', key: 'translations.issues.translation_empty_mod' },
      { field: null, proposalId: null, key: 'translations.issues.translation_extra_proposal' },
    ]);
    const missing = new ApiError(400, 'translation_misaligned', 'Refused.', [
      { path: ['proposals', 'EGY/1/1'], code: 'translation_missing_proposal', message: '' },
    ]);
    expect(translationIssues(missing, proposals)).toEqual([
      { field: 'p1.text', proposalId: 'p1', key: 'translations.issues.translation_missing_proposal' },
    ]);
  });

  it('reads a stale save as such, and leaves a lost session and a server failure to the write error', () => {
    const stale = new ApiError(409, 'stale_translation', 'Changed.', [
      { path: ['expectedRevision'], code: 'stale_translation', message: '' },
    ]);
    expect(translationIssues(stale, proposals)).toEqual([
      { field: null, proposalId: null, key: 'errors.stale_translation' },
    ]);
    expect(translationIssues(new ApiError(401, 'unauthenticated', 'Sign in.'), proposals)).toEqual([]);
    expect(translationIssues(new ApiError(500, 'internal_error', 'Oops.'), proposals)).toEqual([]);
    expect(translationIssues(new ApiError(404, 'not_found', 'Gone.'), proposals)).toEqual([]);
    const published = new ApiError(409, 'conflict', 'Published.', [
      { path: ['status'], code: 'conflict', message: '' },
    ]);
    expect(translationIssues(published, proposals)).toEqual([
      { field: null, proposalId: null, key: 'translations.issues.conflict' },
    ]);
  });

  it('sends the title with every proposal as saved, on the version read', () => {
    const translation = {
      revision: 4,
      proposals: [
        {
          number: 'EGY/1/1',
          mark: 'ADD',
          target: { kind: 'general' },
          text: 'Texte',
          reasons: null,
        },
      ],
    } as unknown as DocumentTranslation;
    expect(wholeTranslationBody(translation, '  Titre  ')).toEqual({
      title: 'Titre',
      proposals: [{ number: 'EGY/1/1', mark: 'ADD', target: { kind: 'general' }, text: 'Texte', reasons: null }],
      expectedRevision: 4,
    });
    expect(wholeTranslationBody(translation, ' ').title).toBeNull();
  });
});

import { ApiError } from '@tansiq/api';
import { describe, expect, it } from 'vitest';
import { agendaIssues, decidableVotes, localizedBody, recordDecisionBody } from './agenda.ts';

describe('the decisions log', () => {
  it('offers the closed votes on this item or on none that no decision records yet', () => {
    const votes = [
      { id: 'a', status: 'closed', agendaItemId: null },
      { id: 'b', status: 'closed', agendaItemId: 'item' },
      { id: 'c', status: 'closed', agendaItemId: 'other' },
      { id: 'd', status: 'open', agendaItemId: 'item' },
      { id: 'e', status: 'closed', agendaItemId: 'item' },
    ] as const;
    expect(decidableVotes(votes, 'item', new Set(['e'])).map((vote) => vote.id)).toEqual(['a', 'b']);
  });
});

describe('the decision form', () => {
  it('sends English, and the reader’s language when typed', () => {
    expect(localizedBody({ en: 'Adopted.', own: '' }, 'fr')).toEqual({ en: 'Adopted.' });
    expect(localizedBody({ en: 'Adopted.', own: ' Adopté. ' }, 'fr')).toEqual({ en: 'Adopted.', fr: 'Adopté.' });
    expect(localizedBody({ en: 'Adopted.', own: 'ignored' }, 'en')).toEqual({ en: 'Adopted.' });
  });

  it('sends a consensus with its outcome, or the chosen vote without one', () => {
    const values = { outcome: 'noted', vote: 'v1', summary: { en: 'Done.', own: 'تم.' } } as const;
    expect(recordDecisionBody({ ...values, method: 'consensus' }, 'ar')).toEqual({
      method: 'consensus',
      outcome: 'noted',
      summary: { en: 'Done.', ar: 'تم.' },
    });
    expect(recordDecisionBody({ ...values, method: 'vote' }, 'en')).toEqual({
      method: 'vote',
      vote: 'v1',
      summary: { en: 'Done.' },
    });
  });

  it('places the refusals of a vote on the vote, in the agenda’s words, and others in the common ones', () => {
    const refused = new ApiError(409, 'vote_refused', 'The vote decided nothing.', [
      { path: ['vote'], code: 'nothing_decided', message: 'x' },
    ]);
    expect(agendaIssues(refused, ['vote', 'summary.en'])).toEqual([
      { field: 'vote', key: 'agenda.issues.nothing_decided' },
    ]);
    const invalid = new ApiError(400, 'validation_failed', 'Invalid.', [
      { path: ['summary', 'en'], code: 'too_small', message: 'x' },
      { path: ['other'], code: 'weird', message: 'x' },
    ]);
    expect(agendaIssues(invalid, ['vote', 'summary.en'])).toEqual([
      { field: 'summary.en', key: 'issues.too_small' },
      { field: null, key: 'issues.generic' },
    ]);
    expect(agendaIssues(new ApiError(403, 'forbidden', 'No.', []), ['vote'])).toEqual([]);
  });
});

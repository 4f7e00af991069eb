import { describe, expect, it } from 'vitest';
import {
  candidateIdOf,
  candidatesFromLines,
  choiceParts,
  createVoteBody,
  emptyVoteForm,
  seatLimitReached,
  toggleCandidate,
  votersOf,
} from './votes.ts';

describe('candidateIdOf', () => {
  it.each([
    ['Regina Fleur Assoumou-Bessou', 'regina-fleur-assoumou-bessou'],
    ['  Éloïse Ñúñez  ', 'eloise-nunez'],
    ['A.B. Smith (USA)', 'a-b-smith-usa'],
    ['x'.repeat(80), 'x'.repeat(64)],
  ])('%s -> %s', (label, id) => {
    expect(candidateIdOf(label, 1)).toBe(id);
  });

  it('gives a label without Latin letters an id by its position', () => {
    expect(candidateIdOf('أحمد رضا شرافت', 3)).toBe('candidate-3');
    expect(candidateIdOf('---', 2)).toBe('candidate-2');
  });

  it('makes ids the API accepts', () => {
    for (const label of ['Ünïcödé', 'a b', '9 lives', '-lead', 'ß']) {
      expect(candidateIdOf(label, 1)).toMatch(/^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/);
    }
  });
});

describe('candidatesFromLines', () => {
  it('takes one label a line, skips blank lines and makes ids unique', () => {
    expect(candidatesFromLines('Ana Silva\n\n  ana silva \nعلي\n')).toEqual([
      { id: 'ana-silva', label: 'Ana Silva' },
      { id: 'ana-silva-2', label: 'ana silva' },
      { id: 'candidate-3', label: 'علي' },
    ]);
  });
});

describe('the seat limit of a ballot', () => {
  it('ticks up to the seats and refuses one more', () => {
    let selected = toggleCandidate([], 'a', 2);
    selected = toggleCandidate(selected, 'b', 2);
    expect(selected).toEqual(['a', 'b']);
    expect(toggleCandidate(selected, 'c', 2)).toEqual(['a', 'b']);
    expect(seatLimitReached(selected, 'c', 2)).toBe(true);
    expect(seatLimitReached(selected, 'a', 2)).toBe(false);
  });

  it('unticks, which frees a seat', () => {
    const selected = toggleCandidate(['a', 'b'], 'a', 2);
    expect(selected).toEqual(['b']);
    expect(seatLimitReached(selected, 'c', 2)).toBe(false);
  });
});

describe('createVoteBody', () => {
  it('sends a question without seats or candidates, the Arabic title only when given', () => {
    const body = createVoteBody({ ...emptyVoteForm(), titleEn: 'Adopt Resolution 9', method: 'roll-call' });
    expect(body).toEqual({
      title: { en: 'Adopt Resolution 9' },
      kind: 'question',
      method: 'roll-call',
      agendaItem: null,
    });
  });

  it('sends an election of listed candidates with their ids', () => {
    const body = createVoteBody({
      ...emptyVoteForm(),
      titleEn: 'Chair',
      titleAr: 'الرئيس',
      kind: 'election',
      candidates: 'Ana\nBo',
      seats: '1',
      agendaItem: 'f1d2',
    });
    expect(body).toEqual({
      title: { en: 'Chair', ar: 'الرئيس' },
      kind: 'election',
      method: 'secret',
      agendaItem: 'f1d2',
      seats: 1,
      candidates: [
        { id: 'ana', label: 'Ana' },
        { id: 'bo', label: 'Bo' },
      ],
    });
  });

  it('sends an election to an officer post, leaving the seats to the post when none is given', () => {
    const body = createVoteBody({
      ...emptyVoteForm('SG1'),
      titleEn: 'SG1 chair',
      kind: 'election',
      source: 'post',
      seats: '',
    });
    expect(body).toMatchObject({ officerPost: { group: 'SG1', post: 'chair' } });
    expect(body).not.toHaveProperty('seats');
    expect(body).not.toHaveProperty('candidates');
  });
});

describe('votersOf and choiceParts', () => {
  it('counts the states present and each proxy held', () => {
    expect(votersOf({ present: ['EGY', 'MAR'], proxies: { TUN: 'EGY' } })).toBe(3);
  });

  it('reads a choice as words or candidate labels, an empty list as blank', () => {
    const vote = { candidates: [{ id: 'ana', label: 'Ana Silva' }] };
    expect(choiceParts(vote, 'yes')).toEqual([{ kind: 'word', value: 'yes' }]);
    expect(choiceParts(vote, [])).toEqual([{ kind: 'word', value: 'blank' }]);
    expect(choiceParts(vote, ['ana'])).toEqual([{ kind: 'candidate', value: 'Ana Silva' }]);
  });
});

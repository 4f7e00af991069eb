import type { Vote } from '@tansiq/api';
import { IntlMessageFormat } from 'intl-messageformat';
import { describe, expect, it } from 'vitest';
import ar from '../../i18n/locales/ar.json';
import en from '../../i18n/locales/en.json';
import {
  candidateIdOf,
  candidatesFromLines,
  candidateStanding,
  choiceParts,
  createVoteBody,
  emptyVoteForm,
  resultExplanation,
  resultFigures,
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
  it('sends a question without seats or candidates, the other languages’ titles only when given', () => {
    const form = emptyVoteForm();
    const body = createVoteBody({ ...form, title: { ...form.title, en: 'Adopt Resolution 9' }, method: 'roll-call' });
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
      title: { ar: 'الرئيس', zh: '主席', en: 'Chair', fr: '  ', ru: 'Председатель', es: '' },
      kind: 'election',
      candidates: 'Ana\nBo',
      seats: '1',
      agendaItem: 'f1d2',
    });
    expect(body).toEqual({
      title: { en: 'Chair', ar: 'الرئيس', zh: '主席', ru: 'Председатель' },
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
      title: { ...emptyVoteForm().title, en: 'SG1 chair' },
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

/** A closed vote's tally: the figures of issue 13 over `overrides`. */
function tally(overrides: Partial<NonNullable<Vote['result']>>): NonNullable<Vote['result']> {
  return {
    ...{ quorum: true, votesCast: 0, abstentions: 0, result: 'adopted', elected: [], nextRound: [] },
    ...{ votesFor: 0, votesAgainst: 0, blankBallots: 0, invalidBallots: 0, majority: 'simple' },
    ...{ majorityRequired: 1, statesCounted: 3, electorate: 3, quorumRequired: 2, candidates: [] },
    ...overrides,
  };
}

describe('the result in full', () => {
  const question = (result: NonNullable<Vote['result']>) => ({ kind: 'question' as const, seats: 0, result });

  it('lists a question’s figures: for, against, abstentions, votes cast, the majority; spoilt ballots if any', () => {
    const adopted = tally({ votesFor: 7, votesAgainst: 3, votesCast: 10, abstentions: 3, majorityRequired: 6 });
    expect(resultFigures(question(adopted))).toEqual([
      { id: 'votesFor', value: 7 },
      { id: 'votesAgainst', value: 3 },
      { id: 'abstentions', value: 3 },
      { id: 'votesCast', value: 10 },
      { id: 'majorityRequired', value: 6 },
    ]);
    expect(resultFigures(question({ ...adopted, invalidBallots: 2 })).map((figure) => figure.id)).toContain(
      'invalidBallots',
    );
    expect(resultFigures({ kind: 'election', result: adopted }).map((figure) => figure.id)).toEqual([
      'votesCast',
      'abstentions',
      'majorityRequired',
    ]);
    expect(resultFigures({ kind: 'question', result: null })).toEqual([]);
  });

  it('says how each result follows from its figures', () => {
    const majority = { required: 6, votesCast: 10 };
    const figures = { votesCast: 10, majorityRequired: 6 };
    expect(resultExplanation(question(tally({ ...figures, votesFor: 7 })))).toEqual({
      key: 'adopted',
      values: { votesFor: 7, ...majority },
    });
    expect(resultExplanation(question(tally({ ...figures, result: 'rejected', votesFor: 4 })))?.key).toBe('rejected');
    expect(
      resultExplanation(question(tally({ ...figures, result: 'rejected', votesFor: 5, votesAgainst: 5 }))),
    ).toEqual({ key: 'tie', values: { votesFor: 5, votesAgainst: 5, ...majority } });
    // No vote at all is no tie.
    expect(resultExplanation(question(tally({ result: 'rejected' })))?.key).toBe('rejected');
    expect(resultExplanation(question(tally({ result: 'postponed', abstentions: 6, votesCast: 4 })))).toEqual({
      key: 'postponed',
      values: { abstentions: 6, votesCast: 4 },
    });
    expect(
      resultExplanation(question(tally({ quorum: false, result: 'no-quorum', statesCounted: 1, quorumRequired: 2 }))),
    ).toEqual({ key: 'no-quorum', values: { statesCounted: 1, electorate: 3, required: 2 } });
    const election = { kind: 'election' as const, seats: 2 };
    expect(
      resultExplanation({ ...election, result: tally({ ...figures, result: 'inconclusive', elected: ['a'] }) }),
    ).toEqual({ key: 'inconclusive', values: { seatsLeft: 1, ...majority } });
    expect(resultExplanation({ ...election, result: tally({ ...figures, result: 'elected' }) })?.key).toBe('elected');
    expect(resultExplanation({ ...election, result: null })).toBeNull();
  });

  it('places each candidate after the round', () => {
    const vote = { result: tally({ result: 'inconclusive', elected: ['a'], nextRound: ['b', 'c'] }) };
    expect(['a', 'b', 'd'].map((id) => candidateStanding(vote, id))).toEqual(['elected', 'next-round', 'out']);
  });
});

describe('counts in words, Arabic plurals right', () => {
  const format = (catalog: typeof en, key: string, locale: string, values: Record<string, unknown>) => {
    const message = key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], catalog);
    // Latin digits for the check, whichever digits the runtime's locale data picks.
    const text = new IntlMessageFormat(message as string, locale).format(values) as string;
    return text.replace(/[٠-٩]/g, (digit) => String(digit.charCodeAt(0) - 0x660));
  };

  it.each([
    [0, 'لم ترد أي ورقة اقتراع من 3'],
    [1, 'وردت ورقة اقتراع واحدة من 3'],
    [2, 'وردت ورقتا اقتراع من 3'],
    [3, 'وردت 3 أوراق اقتراع من 3'],
    [11, 'وردت 11 ورقة اقتراع من 3'],
    [100, 'وردت 100 ورقة اقتراع من 3'],
  ])('%i ballot(s) received: %s', (received, expected) => {
    expect(format(ar, 'votes.received', 'ar', { received, voters: 3 })).toBe(expected);
  });

  it('counts the blank ballots among the abstentions, and the votes of the explanation', () => {
    expect(format(ar, 'votes.figures.blankIncluded', 'ar', { count: 1 })).toBe('منها ورقة بيضاء واحدة');
    expect(format(ar, 'votes.figures.blankIncluded', 'ar', { count: 2 })).toBe('منها ورقتان بيضاوان');
    expect(format(ar, 'votes.figures.blankIncluded', 'ar', { count: 5 })).toBe('منها 5 أوراق بيضاء');
    const rule = format(ar, 'votes.rule.simple', 'ar', { votesCast: 1 });
    expect(rule).toBe('أكثر من نصف الأصوات المدلى بها، وعددها صوت واحد');
    expect(format(ar, 'votes.explain.adopted', 'ar', { votesFor: 1, required: 1, rule })).toBe(
      'صوت مؤيد واحد، والمطلوب 1 (أكثر من نصف الأصوات المدلى بها، وعددها صوت واحد): اعتُمدت المسألة.',
    );
    expect(format(en, 'votes.received', 'en', { received: 1, voters: 1 })).toBe('1 of 1 ballot received');
    expect(format(en, 'votes.received', 'en', { received: 1, voters: 2 })).toBe('1 of 2 ballots received');
  });
});

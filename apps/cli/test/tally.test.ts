/**
 * `tansiq tally FILE --json` (issue 7 item 6): recounts a vote from its record. Each fixture under
 * fixtures/tally is a record the server could export; impossible records exit 2 naming the field.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { run, type Io } from '../src/program.ts';

const FIXTURES = path.resolve(import.meta.dirname, 'fixtures/tally');

async function tansiq(argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const io: Io = { out: (text) => out.push(text), err: (text) => err.push(text), env: {}, readStdin: async () => '' };
  const code = await run(argv, io);
  return { code, stdout: out.join(''), stderr: err.join('') };
}

const tally = (fixture: string, ...flags: string[]) => tansiq(['tally', path.join(FIXTURES, fixture), ...flags]);

describe('tansiq tally --json', () => {
  // The six fields of the result, then (issue 13) the figures it follows from.
  const question = (votesFor: number, votesAgainst: number, blankBallots: number, invalidBallots: number) => ({
    votesFor,
    votesAgainst,
    blankBallots,
    invalidBallots,
  });
  const election = (blankBallots: number, invalidBallots: number, votes: Record<string, number>) => ({
    votesFor: 0,
    votesAgainst: 0,
    blankBallots,
    invalidBallots,
    candidates: Object.entries(votes).map(([id, count]) => ({ id, votes: count })),
  });
  const of12 = (statesCounted: number, majorityRequired: number, majority = 'simple') => ({
    majority,
    majorityRequired,
    statesCounted,
    electorate: 12,
    quorumRequired: 7,
  });
  it.each<[string, object]>([
    [
      'question-adopted.json',
      {
        ...{ quorum: true, votesCast: 9, abstentions: 1, result: 'adopted', elected: [], nextRound: [] },
        ...question(6, 3, 0, 0),
        ...of12(10, 5),
        candidates: [],
      },
    ],
    [
      'question-tie.json',
      {
        ...{ quorum: true, votesCast: 8, abstentions: 1, result: 'rejected', elected: [], nextRound: [] },
        ...question(4, 4, 1, 1),
        ...of12(10, 5),
        candidates: [],
      },
    ],
    [
      'question-postponed.json',
      {
        ...{ quorum: true, votesCast: 4, abstentions: 3, result: 'postponed', elected: [], nextRound: [] },
        ...question(3, 1, 1, 0),
        ...of12(10, 3),
        candidates: [],
      },
    ],
    [
      'question-no-quorum.json',
      {
        ...{ quorum: false, votesCast: 6, abstentions: 0, result: 'no-quorum', elected: [], nextRound: [] },
        ...question(6, 0, 0, 0),
        ...of12(6, 4),
        candidates: [],
      },
    ],
    [
      'question-show-of-hands.json',
      {
        ...{ quorum: true, votesCast: 9, abstentions: 0, result: 'adopted', elected: [], nextRound: [] },
        ...question(6, 3, 0, 0),
        ...of12(9, 6, 'two-thirds'),
        candidates: [],
      },
    ],
    [
      'question-roll-call-proxies.json',
      {
        ...{ quorum: true, votesCast: 8, abstentions: 1, result: 'adopted', elected: [], nextRound: [] },
        ...question(5, 3, 0, 0),
        ...of12(9, 5),
        candidates: [],
      },
    ],
    [
      'election-elected.json',
      {
        ...{ quorum: true, votesCast: 11, abstentions: 1, result: 'elected', elected: ['amina'], nextRound: [] },
        ...of12(12, 6),
        ...election(1, 0, { amina: 7, bruno: 3, chen: 1 }),
      },
    ],
    [
      'election-inconclusive.json',
      {
        quorum: true,
        votesCast: 11,
        abstentions: 1,
        result: 'inconclusive',
        elected: [],
        nextRound: ['amina', 'bruno', 'chen'],
        ...of12(12, 6),
        ...election(0, 0, { amina: 4, bruno: 3, chen: 3, dara: 1 }),
      },
    ],
    [
      'election-two-seats.json',
      {
        ...{ quorum: true, votesCast: 10, abstentions: 1, result: 'elected', elected: ['amina', 'bruno'] },
        nextRound: [],
        ...of12(12, 6),
        ...election(1, 1, { amina: 8, bruno: 6, chen: 4, dara: 2 }),
      },
    ],
    [
      'election-two-seats-open.json',
      {
        quorum: true,
        votesCast: 10,
        abstentions: 1,
        result: 'inconclusive',
        elected: ['amina'],
        nextRound: ['bruno', 'chen'],
        ...of12(12, 6),
        ...election(1, 1, { amina: 8, bruno: 5, chen: 5, dara: 2 }),
      },
    ],
  ])('%s', async (fixture, expected) => {
    const result = await tally(fixture, '--json');
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const answer = JSON.parse(result.stdout) as object;
    expect(answer).toEqual(expected);
    // Every field, always, in the documented order: the first six as before issue 13, the new ones after them.
    expect(Object.keys(answer)).toEqual([
      'quorum',
      'votesCast',
      'abstentions',
      'result',
      'elected',
      'nextRound',
      'votesFor',
      'votesAgainst',
      'blankBallots',
      'invalidBallots',
      'majority',
      'majorityRequired',
      'statesCounted',
      'electorate',
      'quorumRequired',
      'candidates',
    ]);
  });

  it('prints a summary without --json', async () => {
    const result = await tally('election-two-seats-open.json');
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(
      [
        'quorum\tyes',
        'votes cast\t10',
        'abstentions\t1',
        'result\tinconclusive',
        'elected\tamina',
        'next round\tbruno, chen',
        'votes for\t0',
        'votes against\t0',
        'blank ballots\t1',
        'invalid ballots\t1',
        'majority required\t6 (simple)',
        'states counted\t12 of 12 (quorum 7)',
        'votes of amina\t8',
        'votes of bruno\t5',
        'votes of chen\t5',
        'votes of dara\t2',
        '',
      ].join('\n'),
    );
  });
});

describe('tansiq tally: impossible records exit 2 naming the field', () => {
  it.each([
    ['impossible-too-many-ballots.json', 'ballots', /8 ballots for 7 states/],
    ['impossible-present-outside.json', 'present.7', /FRA is not in the electorate/],
    ['impossible-unknown-candidate.json', 'ballots.7.choice.0', /Not a candidate: "zora"/],
    ['impossible-proxy-chain.json', 'proxies.TUN', /proxies do not chain/],
    ['impossible-proxy-giver-present.json', 'proxies.EGY', /listed present/],
    ['impossible-proxy-holder-absent.json', 'proxies.TUN', /QAT .* is not present/],
    ['impossible-too-many-proxies.json', 'proxies.QAT', /more than 1 proxy/],
    ['impossible-roll-call-twice.json', 'ballots.1.state', /second ballot for EGY/],
  ])('%s: %s', async (fixture, field, reason) => {
    const result = await tally(fixture, '--json');
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    const lines = result.stderr.trimEnd().split('\n');
    expect(lines[0]).toBe(`tansiq: ${path.join(FIXTURES, fixture)}: Not a possible vote record.`);
    expect(lines.slice(1)).toHaveLength(1);
    expect(lines[1]).toMatch(new RegExp(`^  ${field.replace(/\./g, '\\.')}: `));
    expect(lines[1]).toMatch(reason);
  });

  it('refuses a file that is not JSON, naming the file', async () => {
    const result = await tally('not-json.txt', '--json');
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^tansiq: .*not-json\.txt: not JSON \(/);
  });

  it('refuses JSON that is not a vote record', async () => {
    const list = await tally('not-a-record.json', '--json');
    expect(list.code).toBe(2);
    expect(list.stderr).toMatch(/not-a-record\.json: Not a vote record/);
    const other = await tally('not-a-vote.json', '--json');
    expect(other.code).toBe(2);
    expect(other.stderr).toContain('  provisions: Not a field of a vote record');
    expect(other.stderr).toContain('  kind: Give one of question, election.');
  });

  it('refuses a missing file', async () => {
    const result = await tally('no-such-record.json', '--json');
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/no-such-record\.json: no such file/);
  });
});

describe('tansiq tally on a large record (issue 12)', () => {
  const scratch = mkdtempSync(path.join(tmpdir(), 'tansiq-tally-'));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));
  // 193 states: AAX, ABX, … HKX.
  const electorate = Array.from(
    { length: 193 },
    (_, i) => `${String.fromCharCode(65 + Math.floor(i / 26))}${String.fromCharCode(65 + (i % 26))}X`,
  );
  const candidates = (n: number) => Array.from({ length: n }, (_, i) => `candidate-${i}`);

  /** Writes a secret-ballot election of `ids` in which state i names `named(i)`, and returns its path. */
  function electionFile(name: string, ids: string[], named: (i: number) => string): string {
    const record = {
      format: 'tansiq-vote/1',
      kind: 'election',
      method: 'secret',
      electorate,
      present: electorate,
      candidates: ids,
      ballots: electorate.map((_, i) => ({ choice: [named(i)] })),
    };
    const file = path.join(scratch, name);
    writeFileSync(file, JSON.stringify(record));
    return file;
  }

  // It took 5 to 9 s (30 s on a slower machine), each candidate searched for in the list before it.
  it('recounts 100,000 candidates at once', async () => {
    const ids = candidates(100_000);
    const last = ids[ids.length - 1]!;
    const file = electionFile('100000.json', ids, (i) => (i < 97 ? last : ids[i]!));
    const started = performance.now();
    const result = await tansiq(['tally', file, '--json']);
    const elapsed = performance.now() - started;
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const tally = JSON.parse(result.stdout) as { candidates: { id: string; votes: number }[] };
    expect(tally).toMatchObject({
      quorum: true,
      votesCast: 193,
      abstentions: 0,
      result: 'elected',
      elected: [last],
      nextRound: [],
      majorityRequired: 97,
    });
    expect(tally.candidates).toHaveLength(100_000);
    expect(tally.candidates[0]).toEqual({ id: last, votes: 97 });
    expect(elapsed).toBeLessThan(2_000);
  });

  it('refuses a record file over 5 MB, naming it', async () => {
    const file = electionFile('large.json', candidates(300_000), () => 'candidate-0');
    const result = await tansiq(['tally', file, '--json']);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(`tansiq: ${file}: larger than 5 MB.\n`);
  });
});

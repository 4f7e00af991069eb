/**
 * `tansiq tally FILE --json` (issue 7 item 6): recounts a vote from its record. Each fixture under
 * fixtures/tally is a record the server could export; impossible records exit 2 naming the field.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
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
  it.each<[string, object]>([
    [
      'question-adopted.json',
      { quorum: true, votesCast: 9, abstentions: 1, result: 'adopted', elected: [], nextRound: [] },
    ],
    [
      'question-tie.json',
      { quorum: true, votesCast: 8, abstentions: 1, result: 'rejected', elected: [], nextRound: [] },
    ],
    [
      'question-postponed.json',
      { quorum: true, votesCast: 4, abstentions: 3, result: 'postponed', elected: [], nextRound: [] },
    ],
    [
      'question-no-quorum.json',
      { quorum: false, votesCast: 6, abstentions: 0, result: 'no-quorum', elected: [], nextRound: [] },
    ],
    [
      'question-show-of-hands.json',
      { quorum: true, votesCast: 9, abstentions: 0, result: 'adopted', elected: [], nextRound: [] },
    ],
    [
      'question-roll-call-proxies.json',
      { quorum: true, votesCast: 8, abstentions: 1, result: 'adopted', elected: [], nextRound: [] },
    ],
    [
      'election-elected.json',
      { quorum: true, votesCast: 11, abstentions: 1, result: 'elected', elected: ['amina'], nextRound: [] },
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
      },
    ],
    [
      'election-two-seats.json',
      { quorum: true, votesCast: 10, abstentions: 1, result: 'elected', elected: ['amina', 'bruno'], nextRound: [] },
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
      },
    ],
  ])('%s', async (fixture, expected) => {
    const result = await tally(fixture, '--json');
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const answer = JSON.parse(result.stdout) as object;
    expect(answer).toEqual(expected);
    // Every field, always, in the documented order.
    expect(Object.keys(answer)).toEqual(['quorum', 'votesCast', 'abstentions', 'result', 'elected', 'nextRound']);
  });

  it('prints a summary without --json', async () => {
    const result = await tally('election-two-seats-open.json');
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(
      'quorum\tyes\nvotes cast\t10\nabstentions\t1\nresult\tinconclusive\nelected\tamina\nnext round\tbruno, chen\n',
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

/**
 * `tansiq tally` on the server's export gives the server's result (issue 7, "Done when"): votes of every method
 * are taken through the API, each closed vote's tansiq-vote/1 record is written to a file as a delegate would
 * download it, and the command's --json output must equal the result the server announced.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { CreateVoteBody, Vote } from '@tansiq/api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signedIn, type SignedIn } from '../../server/test/account-helpers.ts';
import { openTestApp, type TestApp } from '../../server/test/helpers.ts';
import { cast, closeVote, makeVote, openVote, send, votingRoom } from '../../server/test/vote-helpers.ts';
import { run, type Io } from '../src/program.ts';

const scratch = mkdtempSync(path.join(tmpdir(), 'tansiq-tally-export-'));
let t: TestApp;
let secretariat: SignedIn;

beforeAll(async () => {
  t = await openTestApp();
  secretariat = await signedIn(t, 'secretariat');
});

afterAll(async () => {
  await t?.close();
  rmSync(scratch, { recursive: true, force: true });
});

async function tally(file: string) {
  const out: string[] = [];
  const io: Io = { out: (text) => out.push(text), err: () => undefined, env: {}, readStdin: async () => '' };
  const code = await run(['tally', file, '--json'], io);
  return { code, json: JSON.parse(out.join('')) as unknown };
}

/** Takes a vote in a room of five (Morocco's proxy held by Egypt), casting `ballots` by state; answers it closed. */
async function takeVote(body: Partial<CreateVoteBody>, ballots: Record<string, unknown>, counts?: object) {
  const room = await votingRoom(t, ['EGY', 'TUN', 'MAR', 'DZA', 'QAT'], { proxies: { MAR: 'EGY' } });
  const vote = await makeVote(t, secretariat, room.meeting, body);
  await openVote(t, secretariat, vote.id);
  for (const [state, choice] of Object.entries(ballots)) {
    const caster = state === 'MAR' ? room.voters.EGY! : room.voters[state]!;
    await cast(t, body.method === 'roll-call' ? secretariat : caster, vote.id, state, choice);
  }
  if (counts !== undefined) {
    expect((await send(t, 'PUT', `/api/v1/votes/${vote.id}/counts`, secretariat, counts)).statusCode).toBe(200);
  }
  return closeVote(t, secretariat, vote.id);
}

async function recount(vote: Vote) {
  const response = await send(t, 'GET', `/api/v1/votes/${vote.id}/record`);
  expect(response.statusCode).toBe(200);
  const file = path.join(scratch, `vote-${vote.id}.json`);
  writeFileSync(file, response.body);
  return tally(file);
}

const candidates = ['amal', 'badr', 'chen'].map((id) => ({ id, label: id }));

describe('tansiq tally on a server export', () => {
  it.each<[string, string, Partial<CreateVoteBody>, Record<string, unknown>, object?]>([
    [
      'a secret question',
      'adopted',
      { method: 'secret' },
      { EGY: 'yes', MAR: 'yes', TUN: 'no', DZA: 'abstain', QAT: 'yes' },
    ],
    [
      'a postponed question',
      'postponed',
      { method: 'secret' },
      { EGY: 'abstain', MAR: 'abstain', TUN: 'no', DZA: 'abstain' },
    ],
    ['a roll-call', 'rejected', { method: 'roll-call' }, { EGY: 'no', MAR: 'no', TUN: 'yes', QAT: 'invalid' }],
    ['a show of hands', 'adopted', { method: 'show-of-hands' }, {}, { yes: 3, no: 1, abstain: 1 }],
    [
      'an election with a next round',
      'inconclusive',
      { kind: 'election', method: 'secret', seats: 1, candidates },
      { EGY: ['amal'], MAR: ['badr'], TUN: ['chen'], DZA: ['amal'], QAT: ['badr'] },
    ],
    [
      'an election of two',
      'elected',
      { kind: 'election', method: 'secret', seats: 2, candidates },
      { EGY: ['amal', 'badr'], MAR: ['amal', 'chen'], TUN: ['badr', 'amal'], DZA: [], QAT: 'invalid' },
    ],
  ])('recounts %s (%s) to the result the server gave', async (_, result, body, ballots, counts) => {
    const closed = await takeVote(body, ballots, counts);
    expect(closed.result?.result).toBe(result);
    const { code, json } = await recount(closed);
    expect(code).toBe(0);
    expect(json).toEqual(closed.result);
  });
});

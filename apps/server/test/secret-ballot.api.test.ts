/**
 * The threat model of a secret ballot (docs/voting.md, "Secret ballots"): a person who reads every table and
 * every log line after the close cannot link a state to its choice. Twelve states each choose a candidate no
 * other state chooses, so any link would show; the test then reads every row of every table (with the system
 * columns ctid and xmin, which give the physical order and the writing transaction) and every log line.
 */
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signedIn, type SignedIn } from './account-helpers.ts';
import { openTestApp, type TestApp } from './helpers.ts';
import { cast, closeVote, makeVote, openVote, send, votingRoom, type VotingRoom } from './vote-helpers.ts';

const STATES = ['EGY', 'TUN', 'MAR', 'DZA', 'QAT', 'OMN', 'JOR', 'LBN', 'SAU', 'ARE', 'KWT', 'BHR'];
/** Each state's own candidate: ids that occur nowhere else. */
const CHOICE = Object.fromEntries(STATES.map((state, index) => [state, `cand${String(index).padStart(2, '0')}zq`]));

const logLines: string[] = [];
let t: TestApp;
let secretariat: SignedIn;
let room: VotingRoom;
let voteId: string;
let castOrder: string[];
const receipts: Record<string, string> = {};
const receiptChecks: Record<string, Row> = {};

type Row = Record<string, unknown>;
/** Rows of a raw query: both drivers (PGlite and pg) answer `{ rows }`. */
async function rowsOf(statement: string): Promise<Row[]> {
  const result: unknown = await t.db.execute(sql.raw(statement));
  return (result as { rows: Row[] }).rows;
}

/** Every row of every table of the database, as text, with its table and system columns. */
async function everyRow(): Promise<{ table: string; row: Row; text: string }[]> {
  const tables = await rowsOf(
    "select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE'",
  );
  const all: { table: string; row: Row; text: string }[] = [];
  for (const { table_name: table } of tables as { table_name: string }[]) {
    for (const row of await rowsOf(`select ctid::text as ctid, xmin::text as xmin, * from "${table}"`)) {
      all.push({ table, row, text: JSON.stringify(row) });
    }
  }
  return all;
}

/**
 * The states a text names: a code standing alone, not three letters inside a longer run (a random receipt such as
 * `K7QX-2EGY-…` holds one by chance about once in thirty runs, which is no state named).
 */
const statesIn = (text: string) =>
  STATES.filter((state) => new RegExp(`(?<![A-Za-z0-9])${state}(?![A-Za-z0-9])`).test(text));
const choicesIn = (text: string) => Object.values(CHOICE).filter((choice) => text.includes(choice));

beforeAll(async () => {
  t = await openTestApp({ logger: { level: 'trace', stream: { write: (line: string) => logLines.push(line) } } });
  secretariat = await signedIn(t, 'secretariat');
  room = await votingRoom(t, STATES);
  const vote = await makeVote(t, secretariat, room.meeting, {
    title: { en: 'Election of the chair' },
    kind: 'election',
    seats: 1,
    candidates: STATES.map((state) => ({ id: CHOICE[state]!, label: `Candidate of ${state}` })),
  });
  voteId = vote.id;
  await openVote(t, secretariat, voteId);
  castOrder = [...STATES].sort(() => Math.random() - 0.5);
  for (const state of castOrder) {
    receipts[state] = await cast(t, room.voters[state]!, voteId, state, [CHOICE[state]]);
  }
  await closeVote(t, secretariat, voteId);
  // Each voter checks its receipt (the code is in the address of the request: it must not reach the logs).
  for (const state of STATES) {
    const check = await send(t, 'GET', `/api/v1/votes/${voteId}/receipts/${receipts[state]}`, room.voters[state]);
    receiptChecks[state] = check.json<{ data: Row }>().data;
  }
});

afterAll(async () => {
  await t?.close();
});

describe('after a secret ballot, nothing links a state to its choice', () => {
  it('keeps a ballot as its choice and receipt only, in an order that is not the order of voting', async () => {
    const [box] = await rowsOf(`select ballots from ballot_boxes where vote_id = '${voteId}'`);
    const ballots = box!.ballots as { choice: string[]; receipt: string }[];
    expect(ballots).toHaveLength(12);
    expect(ballots.every((ballot) => Object.keys(ballot).sort().join() === 'choice,receipt')).toBe(true);
    const boxOrder = ballots.map((ballot) => ballot.choice[0]);
    expect(boxOrder).not.toEqual(castOrder.map((state) => CHOICE[state]));
    expect(boxOrder).not.toEqual(STATES.map((state) => CHOICE[state]));
    expect(boxOrder).not.toEqual([...STATES].sort().map((state) => CHOICE[state]));
  });

  it('records who voted with the vote and the state only: no id, no time, no order', async () => {
    const columns = await rowsOf(
      "select column_name from information_schema.columns where table_name = 'vote_participations' order by 1",
    );
    expect(columns.map((column) => column.column_name)).toEqual(['member_state_iso3', 'vote_id']);
  });

  it('has no row and no log line that names one state and a choice, and receipts only in the box', async () => {
    const rows = await everyRow();
    expect(rows.length).toBeGreaterThan(100);
    for (const { table, row, text } of rows) {
      const states = statesIn(text);
      const choices = choicesIn(text);
      // A row may name every state and every candidate (the vote's electorate and candidate list), never some.
      if (choices.length > 0 && states.length > 0) {
        expect({ table, states: states.length, choices: choices.length, row }).toMatchObject({
          states: 12,
          choices: 12,
        });
      }
      for (const [state, receipt] of Object.entries(receipts)) {
        if (text.includes(receipt)) {
          expect({ table, state }).toMatchObject({ table: 'ballot_boxes' });
        }
      }
    }
    expect(logLines.length).toBeGreaterThan(20);
    for (const line of logLines) {
      expect(choicesIn(line), line).toEqual([]);
      expect(
        Object.values(receipts).filter((receipt) => line.includes(receipt)),
        line,
      ).toEqual([]);
    }
  });

  it('writes the box last at the close, so its transaction is no voter’s', async () => {
    const [box] = await rowsOf(`select xmin::text as xmin from ballot_boxes where vote_id = '${voteId}'`);
    const voted = await rowsOf(`select xmin::text as xmin from vote_participations where vote_id = '${voteId}'`);
    expect(voted).toHaveLength(12);
    expect(voted.map((row) => row.xmin)).not.toContain(box!.xmin);
  });

  it('says in the audit trail that each state voted, never what, and the secretariat reads no ballot of a state', async () => {
    const audit = await rowsOf(
      `select changes from audit_events where action = 'vote.cast' and entity_id = '${voteId}'`,
    );
    const changes = audit.map((row) => row.changes as { state: { after: string } });
    changes.sort((a, b) => (a.state.after < b.state.after ? -1 : 1));
    expect(changes).toEqual([...STATES].sort().map((state) => ({ state: { before: null, after: state } })));
    const vote = (await send(t, 'GET', `/api/v1/votes/${voteId}`, secretariat)).json<{ data: Row }>().data;
    expect(vote.rollCall).toEqual([]);
    expect(vote.voted).toEqual([...STATES].sort());
    expect(choicesIn(JSON.stringify({ ...vote, candidates: [], result: null }))).toEqual([]);
  });

  it('lets each voter find its ballot, counted, by its receipt', async () => {
    for (const state of STATES) {
      expect(receiptChecks[state]).toMatchObject({ counted: true, choice: [CHOICE[state]] });
    }
  });
});

import type { Command } from 'commander';
import { DomainError, recountVote, type VoteTally } from '@tansiq/domain';
import type { Io } from './program.ts';
import { readPlainText } from './text-command.ts';

/** Reads a vote record file as JSON, refusing a file that is not JSON (exit 2 naming the file). */
async function readVoteRecord(file: string): Promise<unknown> {
  const source = (await readPlainText(file)).replace(/^\uFEFF/, '');
  try {
    return JSON.parse(source);
  } catch (error) {
    throw new DomainError('not_json', `${file}: not JSON (${error instanceof Error ? error.message : String(error)}).`);
  }
}

function printTally(tally: VoteTally, io: Io): void {
  const list = (ids: string[]) => (ids.length === 0 ? '-' : ids.join(', '));
  io.out(`quorum\t${tally.quorum ? 'yes' : 'no'}\n`);
  io.out(`votes cast\t${tally.votesCast}\n`);
  io.out(`abstentions\t${tally.abstentions}\n`);
  io.out(`result\t${tally.result}\n`);
  io.out(`elected\t${list(tally.elected)}\n`);
  io.out(`next round\t${list(tally.nextRound)}\n`);
  io.out(`votes for\t${tally.votesFor}\n`);
  io.out(`votes against\t${tally.votesAgainst}\n`);
  io.out(`blank ballots\t${tally.blankBallots}\n`);
  io.out(`invalid ballots\t${tally.invalidBallots}\n`);
  io.out(`majority required\t${tally.majorityRequired} (${tally.majority})\n`);
  io.out(`states counted\t${tally.statesCounted} of ${tally.electorate} (quorum ${tally.quorumRequired})\n`);
  for (const candidate of tally.candidates) {
    io.out(`votes of ${candidate.id}\t${candidate.votes}\n`);
  }
}

/**
 * Adds `tansiq tally FILE [--json]`: recounts a vote from its record (`tansiq-vote/1`, docs/voting.md) so anyone
 * can check a result. An impossible record exits 2 naming each field. Touches no database.
 */
export function addTallyCommand(program: Command, io: Io): void {
  program
    .command('tally')
    .description('recount a vote from its record (tansiq-vote/1; exit 2 naming the field of an impossible record)')
    .argument('<file>', 'the vote record, JSON')
    .option('--json', 'print the result as JSON')
    .action(async (file: string, options: { json?: boolean }) => {
      const input = await readVoteRecord(file);
      let tally: VoteTally;
      try {
        tally = recountVote(input);
      } catch (error) {
        if (error instanceof DomainError) {
          throw new DomainError(error.code, `${file}: ${error.message}`, error.issues);
        }
        throw error;
      }
      if (options.json) {
        io.out(`${JSON.stringify(tally, null, 2)}\n`);
      } else {
        printTally(tally, io);
      }
    });
}

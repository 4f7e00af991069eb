/** Builders of vote records for the voting tests (JSON as `tansiq tally` reads it). */

/** `n` distinct alpha-3 codes: AAA, AAB, … */
export function states(n: number): string[] {
  return Array.from({ length: n }, (_, i) => {
    const letter = (k: number) => String.fromCharCode(65 + (Math.floor(i / 26 ** k) % 26));
    return `${letter(2)}${letter(1)}${letter(0)}`;
  });
}

export interface QuestionBallots {
  yes?: number;
  no?: number;
  abstain?: number;
  blank?: number;
  invalid?: number;
}

/** How many ballots `ballots` makes. */
export function ballotCount(ballots: QuestionBallots): number {
  return (
    (ballots.yes ?? 0) + (ballots.no ?? 0) + (ballots.abstain ?? 0) + (ballots.blank ?? 0) + (ballots.invalid ?? 0)
  );
}

/** A secret-ballot question with these ballots, every state of an electorate of `electorate` present. */
export function questionRecord(
  ballots: QuestionBallots,
  options: { electorate?: number; present?: number; rules?: Record<string, unknown> } = {},
): Record<string, unknown> {
  const total = ballotCount(ballots);
  const electorate = states(options.electorate ?? Math.max(total, 1));
  return {
    format: 'tansiq-vote/1',
    kind: 'question',
    method: 'secret',
    electorate,
    present: electorate.slice(0, options.present ?? electorate.length),
    ...(options.rules === undefined ? {} : { rules: options.rules }),
    ballots: (['yes', 'no', 'abstain', 'blank', 'invalid'] as const).flatMap((choice) =>
      Array.from({ length: ballots[choice] ?? 0 }, () => ({ choice })),
    ),
  };
}

/** A secret-ballot election: `votes` lists each ballot's choice; every state present. */
export function electionRecord(
  candidates: string[],
  votes: readonly (readonly string[] | string)[],
  options: { seats?: number; electorate?: number; rules?: Record<string, unknown> } = {},
): Record<string, unknown> {
  const electorate = states(options.electorate ?? Math.max(votes.length, 1));
  return {
    kind: 'election',
    method: 'secret',
    electorate,
    present: electorate,
    ...(options.seats === undefined ? {} : { seats: options.seats }),
    ...(options.rules === undefined ? {} : { rules: options.rules }),
    candidates,
    ballots: votes.map((choice) => ({ choice })),
  };
}

/** Ballots: `n` copies of `choice`. */
export const times = <T>(n: number, choice: T): T[] => Array.from({ length: n }, () => choice);

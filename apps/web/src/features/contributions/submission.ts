import type { Deadline } from '@tansiq/api';
import { lastSubmissionDeadline, submissionTiming, type SubmissionTiming } from '@tansiq/domain';

/**
 * The timing a submission would get now, by the domain's own rule (on time up to the contributions deadline,
 * delayed up to the delayed-contributions one, late after), and the deadline that decides it (never the
 * translations deadline, which closes nothing for submissions).
 */
export function expectedTiming(
  now: Date,
  deadlines: readonly Deadline[],
): { timing: SubmissionTiming; deadline: Deadline | null } {
  const timing = submissionTiming(
    now,
    deadlines.map((deadline) => ({ ...deadline, closesAt: new Date(deadline.closesAt) })),
  );
  const kind = timing === 'delayed' ? 'delayed-contributions' : 'contributions';
  const deadline =
    timing === 'late'
      ? lastSubmissionDeadline(deadlines)
      : (deadlines.find((candidate) => candidate.kind === kind) ?? null);
  return { timing, deadline };
}

/** The proposal numbers a submission will give, shown in their form before the document number is known. */
export function numberPattern(authorCode: string, count: number): string {
  return count <= 1 ? `${authorCode}/…/1` : `${authorCode}/…/1–${count}`;
}

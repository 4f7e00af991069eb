import { appointNominations, listNominationRows, type Executor, type MeetingRow, type VoteRow } from '@tansiq/db';
import { seatsOf, type Issue, type PostKind } from '@tansiq/domain';
import { settingsOf } from '../officers/officer.service.ts';

/**
 * The candidates of an election to an officer post: its standing nominations in the order of the candidates' names
 * (id = the nomination's id, label = the candidate and the Member State), and the seats still to fill (the post's seats less those appointed).
 */
export async function candidatesOfPost(
  tx: Executor,
  meeting: MeetingRow,
  officerPost: { group: string; post: PostKind },
): Promise<{ candidates: { id: string; label: string }[]; seats: number } | { issue: Issue }> {
  const { groups } = await settingsOf(tx, meeting);
  const group = groups.find((candidate) => candidate.id === officerPost.group);
  const seats = group === undefined ? 0 : seatsOf(group, officerPost.post);
  if (seats === 0) {
    const message = `The meeting has no ${officerPost.post} post in ${officerPost.group}.`;
    return { issue: { path: ['officerPost'], code: 'unknown_post', message } };
  }
  const nominations = await listNominationRows(tx, meeting.id, { group: officerPost.group, post: officerPost.post });
  const appointed = nominations.filter((row) => row.status === 'appointed').length;
  const standing = nominations.filter((row) => row.status === 'standing');
  if (seats - appointed === 0 || standing.length === 0) {
    const message =
      standing.length === 0
        ? `No nomination stands for ${officerPost.post} of ${officerPost.group}.`
        : `Every ${officerPost.post} seat of ${officerPost.group} is filled.`;
    return { issue: { path: ['officerPost'], code: standing.length === 0 ? 'no_candidates' : 'seats_full', message } };
  }
  const byName = new Intl.Collator('en', { sensitivity: 'base' });
  standing.sort((a, b) => byName.compare(a.candidateName, b.candidateName) || (a.id < b.id ? -1 : 1));
  return {
    candidates: standing.map((row) => ({ id: row.id, label: `${row.candidateName} (${row.candidateStateIso3})` })),
    seats: seats - appointed,
  };
}

/** After an election to an officer post: those elected are appointed by that election. Answers their ids. */
export async function appointElected(tx: Executor, vote: VoteRow, elected: readonly string[], at: Date) {
  if (vote.officerGroup === null || elected.length === 0) {
    return [];
  }
  const rows = await appointNominations(tx, [...elected], { appointedBy: 'election', voteId: vote.id, at });
  return rows.map((row) => row.id).sort();
}

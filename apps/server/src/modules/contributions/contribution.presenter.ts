import type { Contribution, Proposal } from '@tansiq/api';
import type { DocumentRow, MeetingRow, ProposalRow, SignatureRow } from '@tansiq/db';
import type { Language } from '@tansiq/domain';
import { symbolOf } from './contribution.service.ts';

const iso = (date: Date | null) => (date === null ? null : date.toISOString());

function target(row: ProposalRow): Proposal['target'] {
  switch (row.targetKind) {
    case 'provision':
      return { kind: 'provision', versionId: row.versionId!, provisionId: row.provisionId! };
    case 'text':
      return { kind: 'text', versionId: row.versionId! };
    case 'new-text':
      return { kind: 'new-text', tag: row.newTextTag! };
    default:
      return { kind: 'general' };
  }
}

export function presentProposal(row: ProposalRow, baseText: string | null): Proposal {
  return {
    id: row.id,
    position: row.position,
    mark: row.mark as Proposal['mark'],
    target: target(row),
    text: row.text,
    reasons: row.reasons,
    number: row.number,
    baseText,
    diff: row.diff === null ? null : { ...row.diff, ops: row.diff.ops as NonNullable<Proposal['diff']>['ops'] },
  };
}

/** The fields every view of a document shares. */
export function presentDocumentHead(row: DocumentRow, meeting: Pick<MeetingRow, 'code'>) {
  return {
    id: row.id,
    meetingId: row.meetingId,
    meetingCode: meeting.code,
    series: row.series as Contribution['series'],
    symbol: symbolOf(row, meeting.code, row.originalLanguage as Language),
    status: row.status as Contribution['status'],
    timing: row.timing as Contribution['timing'],
    submittedAt: iso(row.submittedAt),
    title: row.title,
    originalLanguage: row.originalLanguage as Contribution['originalLanguage'],
    targetBody: row.targetBody,
    access: row.access as Contribution['access'],
    authorCode: row.authorCode,
    source: {
      memberStateIso3: row.sourceMemberStateIso3,
      organizationCode: row.sourceOrganizationCode as Contribution['source']['organizationCode'],
    },
  };
}

export function presentSignature(row: SignatureRow) {
  return {
    memberStateIso3: row.memberStateIso3,
    stance: row.stance as 'support' | 'object',
    signedAt: row.signedAt.toISOString(),
    withdrawnAt: iso(row.withdrawnAt),
  };
}

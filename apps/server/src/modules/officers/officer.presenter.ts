import type { Nomination, OfficerSettings, SlateCheck } from '@tansiq/api';
import type { NominationRow } from '@tansiq/db';
import type { SlateCheck as DomainSlateCheck } from '@tansiq/domain';
import type { OfficerSettingsView } from './officer.service.ts';

export function presentOfficerSettings(view: OfficerSettingsView): OfficerSettings {
  return {
    meetingId: view.meeting.id,
    groups: view.groups.map((group) => ({
      id: group.id,
      posts: group.posts.map((post) => ({ kind: post.kind, seats: post.seats })),
    })),
    rules: { ...view.rules, regionsExpected: [...view.rules.regionsExpected] },
    isDefault: view.row === undefined,
    updatedAt: view.row?.updatedAt.toISOString() ?? null,
  };
}

export function presentNomination(row: NominationRow): Nomination {
  return {
    id: row.id,
    meetingId: row.meetingId,
    group: row.groupCode,
    post: row.post as Nomination['post'],
    candidateName: row.candidateName,
    gender: row.gender as Nomination['gender'],
    nominatingState: row.nominatingStateIso3,
    candidateState: row.candidateStateIso3,
    regionId: row.regionId as Nomination['regionId'],
    termsServed: row.termsServed,
    status: row.status as Nomination['status'],
    appointedBy: row.appointedBy as Nomination['appointedBy'],
    voteId: row.voteId,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

export function presentSlateCheck(meetingId: string, check: DomainSlateCheck): SlateCheck {
  return {
    meetingId,
    group: check.group,
    kind: check.kind,
    ok: check.ok,
    breaches: check.breaches.map((breach) => ({
      rule: breach.rule,
      code: breach.code,
      severity: breach.severity,
      path: breach.path,
      message: breach.message,
      nominations: breach.nominations,
      params: breach.params,
    })),
    gender: check.gender,
  };
}

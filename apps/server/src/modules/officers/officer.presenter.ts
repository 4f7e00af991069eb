import type { Nomination, OfficerSettings, SlateCheck } from '@tansiq/api';
import type { NominationRow } from '@tansiq/db';
import type { SlateCheck as DomainSlateCheck } from '@tansiq/domain';
import { nominationOf, type OfficerSettingsView } from './officer.service.ts';

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

/** A nomination as the API answers it: the domain's reading of it, with its meeting, status and times. */
export function presentNomination(row: NominationRow): Nomination {
  return {
    ...nominationOf(row),
    meetingId: row.meetingId,
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
    allSeatsVacant: check.allSeatsVacant,
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

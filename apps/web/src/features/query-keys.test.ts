import { matchQuery, type QueryKey } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { accountKeys } from './account/account.queries.ts';
import { agendaKeys } from './agenda/agenda.queries.ts';
import { auditKeys } from './audit/audit.queries.ts';
import { sessionKeys } from './auth/session.queries.ts';
import { consolidationKeys } from './consolidation/consolidation.queries.ts';
import { contributionsKeys } from './contributions/contributions.queries.ts';
import { delegationsKeys } from './delegations/delegations.queries.ts';
import { cyclesKeys, meetingsKeys } from './meetings/meetings.queries.ts';
import { officersKeys } from './officers/officers.queries.ts';
import { registryKeys } from './registry/registry.queries.ts';
import { synopticKeys } from './synoptic/synoptic.queries.ts';
import { textsKeys } from './texts/texts.queries.ts';
import { translationKeys } from './translations/translations.queries.ts';
import { usersKeys } from './users/users.queries.ts';
import { votesKeys } from './votes/votes.queries.ts';

/** Whether invalidating `filter` reads the query `key` again (TanStack Query's own prefix match). */
function reaches(filter: QueryKey, key: QueryKey): boolean {
  return matchQuery({ queryKey: filter }, { queryKey: key, queryHash: JSON.stringify(key) } as never);
}

describe('query key factories', () => {
  it("keep every query of a feature under the feature's root, so a write reaches them all", () => {
    const families: [QueryKey, QueryKey[]][] = [
      [votesKeys.all, [votesKeys.list('wtdc-17'), votesKeys.detail('v1'), votesKeys.standing('v1')]],
      [
        officersKeys.all,
        [officersKeys.settings('m'), officersKeys.nominations('m'), officersKeys.slate('m', 'SG1', 'nominations')],
      ],
      [agendaKeys.all, [agendaKeys.items('m'), agendaKeys.decisions('m')]],
      [delegationsKeys.all, [delegationsKeys.list('m'), delegationsKeys.presence('m')]],
      [contributionsKeys.all, [contributionsKeys.list('m'), contributionsKeys.detail('c1')]],
      [
        consolidationKeys.all,
        [consolidationKeys.list('m'), consolidationKeys.draft('d1'), consolidationKeys.preview('d1', 3)],
      ],
      [meetingsKeys.all, [meetingsKeys.every, meetingsKeys.ofCycle('wtdc-17'), meetingsKeys.detail('wtdc-17')]],
      [cyclesKeys.all, [cyclesKeys.list, cyclesKeys.detail('wtdc-17')]],
      [
        synopticKeys.all,
        [synopticKeys.overview('m'), synopticKeys.compilation('m', 'v', 'ar'), synopticKeys.regions('m', 10)],
      ],
      [textsKeys.instruments, [textsKeys.instrumentList({}), textsKeys.instrument('i1')]],
      [textsKeys.versions, [textsKeys.version('v1'), textsKeys.version('v1', 'adopted')]],
      [usersKeys.all, [usersKeys.list({ limit: 500 })]],
      [auditKeys.all, [auditKeys.page({})]],
      [translationKeys.all, [translationKeys.queues, translationKeys.queue('m'), translationKeys.detail('d1', 'fr')]],
      [translationKeys.queues, [translationKeys.queue('m')]],
      [registryKeys.memberStates, [registryKeys.memberState('EGY'), registryKeys.memberStateSearch({ q: 'eg' })]],
    ];
    for (const [root, keys] of families) {
      for (const key of keys) {
        expect(reaches(root, key), `${JSON.stringify(root)} reaches ${JSON.stringify(key)}`).toBe(true);
      }
    }
  });

  it("read a meeting's lists again on its writes, and no other meeting's", () => {
    expect(reaches(agendaKeys.meeting('m'), agendaKeys.items('m'))).toBe(true);
    expect(reaches(agendaKeys.meeting('m'), agendaKeys.decisions('m'))).toBe(true);
    expect(reaches(agendaKeys.meeting('m'), agendaKeys.items('other'))).toBe(false);
    expect(reaches(delegationsKeys.meeting('m'), delegationsKeys.presence('m'))).toBe(true);
    expect(reaches(delegationsKeys.meeting('m'), delegationsKeys.list('other'))).toBe(false);
    expect(reaches(officersKeys.meeting('m'), officersKeys.slate('m', 'TDAG', 'appointment'))).toBe(true);
    expect(reaches(officersKeys.meeting('m'), officersKeys.nominations('other'))).toBe(false);
    expect(reaches(textsKeys.version('v1'), textsKeys.version('v1', 'adopted'))).toBe(true);
    expect(reaches(textsKeys.version('v1'), textsKeys.version('v2'))).toBe(false);
  });

  it('give one query one key wherever it is read', () => {
    // The consolidation workspace reads the synoptic page's compilation of its version and language.
    expect(synopticKeys.compilation('wtdc-17', 'v1', 'ar', undefined)).toEqual(
      synopticKeys.compilation('wtdc-17', 'v1', 'ar'),
    );
    expect(votesKeys.list('wtdc-17')).toEqual(['votes', 'list', 'wtdc-17']);
  });

  it("drop what was read as someone else when the session changes (each personal feature's root)", () => {
    const personal = sessionKeys.personal as readonly QueryKey[];
    for (const root of [
      usersKeys.all,
      auditKeys.all,
      accountKeys.tokens,
      contributionsKeys.all,
      consolidationKeys.all,
    ]) {
      expect(personal).toContainEqual(root);
    }
  });
});

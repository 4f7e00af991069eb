import { readFileSync } from 'node:fs';
import type {
  AgendaItem,
  Delegation,
  Instrument,
  Meeting,
  MemberStateDetail,
  Nomination,
  Presence,
  TranslationQueue,
} from '@tansiq/api';
import { LANGUAGES, rowDivergence, wordDiff, type Language, type SynopticEntry } from '@tansiq/domain';
import { listTextsOfProvision, schema } from '@tansiq/db';
import { and, eq, ne } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_USERS, loadDemo, type DemoLoadResult } from '../src/index.ts';
import { recordParticipation } from '../src/modules/registry/participation.service.ts';
import { demoAccount } from './contribution-helpers.ts';
import {
  MANAGERS,
  REFUSED,
  auditActor,
  auditRowsOf,
  countRows,
  expectDomainError,
  getData,
  makeCycle,
  makeMeeting,
  openTestApp,
  operator,
  type RowCounts,
  type TestApp,
} from './helpers.ts';

let t: TestApp;
let firstDemoLoad: DemoLoadResult;
let afterFirstDemoLoad: RowCounts;

beforeAll(async () => {
  t = await openTestApp();
  firstDemoLoad = await loadDemo(t.as(operator));
  afterFirstDemoLoad = await countRows(t.db);
});

afterAll(async () => {
  await t?.close();
});

describe('recordParticipation', () => {
  it.each([
    ['the system operator', operator, 'KEN'],
    ['a secretariat user', MANAGERS[1]![1], 'BRA'],
  ])('records a participation for %s, once, with one audit row', async (_label, actor, iso3) => {
    const { meeting } = await makeMeeting(t);
    const ctx = t.as(actor);
    const before = await countRows(t.db);

    expect(await recordParticipation(ctx, { memberState: iso3, cycle: meeting.cycleCode, meeting: meeting.code })).toBe(
      true,
    );
    // A repeat is no new fact: nothing written, nothing audited.
    expect(await recordParticipation(ctx, { memberState: iso3, cycle: meeting.cycleCode, meeting: meeting.id })).toBe(
      false,
    );

    expect(await countRows(t.db)).toEqual({
      ...before,
      participations: before.participations + 1,
      auditEvents: before.auditEvents + 1,
    });
    const audit = await auditRowsOf(t.db, iso3);
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      ...auditActor(actor),
      action: 'participation.record',
      entityType: 'member-state',
      requestId: ctx.requestId,
      changes: {
        memberStateIso3: { before: null, after: iso3 },
        cycleId: { before: null, after: meeting.cycleId },
        meetingId: { before: null, after: meeting.id },
      },
    });
    const state = await getData<MemberStateDetail>(t, `/api/v1/member-states/${iso3}`);
    expect(state.participation.map((entry) => [entry.cycle.code, entry.meeting?.code])).toEqual([
      [meeting.cycleCode, meeting.code],
    ]);
  });

  it('records a cycle-only participation with meeting null', async () => {
    const cycle = await makeCycle(t);
    expect(await recordParticipation(t.as(operator), { memberState: 'CHL', cycle: cycle.code, meeting: null })).toBe(
      true,
    );
    const state = await getData<MemberStateDetail>(t, '/api/v1/member-states/CHL');
    expect(state.participation).toEqual([
      {
        cycle: { id: cycle.id, code: cycle.code, name: cycle.name, year: cycle.year, city: cycle.city },
        meeting: null,
      },
    ]);
  });

  it.each([
    ['an unknown Member State', { memberState: 'XYZ' }, ['memberState'], 'unknown_member_state'],
    ['an unknown cycle', { cycle: 'wtdc-1865' }, ['cycle'], 'unknown_cycle'],
    ['an unknown meeting', { meeting: 'no-such-meeting' }, ['meeting'], 'unknown_meeting'],
    ['a meeting of another cycle', { meeting: 'wtdc-17' }, ['meeting'], 'meeting_not_in_cycle'],
  ])('refuses %s with validation_failed and the path, writing nothing', async (_label, overrides, path, issue) => {
    const { meeting } = await makeMeeting(t);
    const before = await countRows(t.db);
    const input = { memberState: 'PER', cycle: meeting.cycleCode, meeting: meeting.code, ...overrides };
    await expectDomainError(recordParticipation(t.as(operator), input), 'validation_failed', { path, issue });
    expect(await countRows(t.db)).toEqual(before);
  });

  it.each(REFUSED)('refuses %s with %s and writes nothing', async (_label, code, actor) => {
    const { meeting } = await makeMeeting(t);
    const before = await countRows(t.db);
    const input = { memberState: 'PER', cycle: meeting.cycleCode, meeting: meeting.code };
    await expectDomainError(recordParticipation(t.as(actor), input), code);
    expect(await countRows(t.db)).toEqual(before);
  });
});

describe('loadDemo', () => {
  it('creates the WTDC cycles, the WTDC-17 meetings and Egypt’s participation, auditing each', () => {
    // 9 cycles, 16 meetings of WTDC-17, 8 participations of Egypt, 6 sample texts (Resolution 901 in the six
    // languages), 12 accounts, 6 documents, 24 language versions of them (23 published, 1 in translation);
    // at WTDC-17, 3 delegations and 2 check-ins, 5 agenda items and 4 nominations.
    expect(firstDemoLoad).toEqual({ created: 95, existing: 0 });
    expect(afterFirstDemoLoad).toMatchObject({
      cycles: 9,
      meetings: 16,
      participations: 8,
      delegations: 3,
      delegationMembers: 5,
      agendaItems: 5,
      // A published language version is saved, then published: two writes, two audit rows.
      auditEvents: 94 + 23 * 2 + 1,
    });
  });

  it('is idempotent: a second load creates nothing and writes nothing', async () => {
    const before = await countRows(t.db);
    const translations = await translationRows();
    expect(await loadDemo(t.as(operator))).toEqual({ created: 0, existing: 95 });
    expect(await countRows(t.db)).toEqual(before);
    expect(await translationRows()).toEqual(translations);
  });
});

describe('the demo’s WTDC-17, as a newcomer finds it (issue 13)', () => {
  it('has Egypt and Tunisia checked in and Jordan registered but absent, Egypt headed by its focal point', async () => {
    const presence = await getData<Presence>(t, '/api/v1/meetings/wtdc-17/presence');
    expect(presence).toMatchObject({ delegations: 3, inPerson: ['EGY', 'TUN'], byProxy: [], absent: ['JOR'] });
    expect(presence.quorum).toEqual({ rule: 'majority', required: 2, reached: true });
    const delegations = await getData<Delegation[]>(t, '/api/v1/meetings/wtdc-17/delegations');
    const egypt = delegations.find((delegation) => delegation.memberState === 'EGY')!;
    // Each head is its state's demo focal point, so signing in as one votes for that state.
    expect(delegations.map((delegation) => [delegation.memberState, delegation.votingDelegateCanVote])).toEqual([
      ['EGY', true],
      ['JOR', true],
      ['TUN', true],
    ]);
    expect(egypt.members.map((member) => [member.name, member.role, member.votingDelegate, member.hasAccount])).toEqual(
      [
        ['Amina Said', 'head', true, true],
        ['Omar Fathy', 'delegate', false, true],
        ['Laila Nour', 'adviser', false, false],
      ],
    );
    const [head] = await t.db
      .select()
      .from(schema.delegationMembers)
      .where(eq(schema.delegationMembers.delegationId, egypt.id));
    expect(head).toMatchObject({ name: 'Amina Said', email: 'focal.egypt@example.org' });
    // Registered by the focal points, checked in by the secretariat: the audit trail says who.
    const audit = await auditRowsOf(t.db, egypt.id);
    expect(audit.map((row) => row.action)).toEqual(['delegation.register', 'delegation.check-in']);
  });

  it('has an agenda with the documents on its items, and nominations for the officer posts', async () => {
    const items = await getData<AgendaItem[]>(t, '/api/v1/meetings/wtdc-17/agenda-items');
    expect(items.map((item) => item.number)).toEqual(['1', '2', '3', '4', '5']);
    // Item 4 takes up the five submitted contributions on Resolution 901.
    expect(items[3]!.documents).toHaveLength(5);
    const nominations = await getData<Nomination[]>(t, '/api/v1/meetings/wtdc-17/nominations');
    const listed = nominations.map((entry) => [entry.group, entry.post, entry.candidateName, entry.nominatingState]);
    expect(listed.sort()).toEqual([
      ['SG1', 'vice-chair', 'Nadia Fahmy', 'EGY'],
      ['SG1', 'vice-chair', 'Omar Khalil', 'JOR'],
      ['SG2', 'chair', 'Carlos Andrade', 'BRA'],
      ['SG2', 'chair', 'Leila Ben Salem', 'TUN'],
    ]);
  });

  // The UN's six languages are of equal status: a reader in any of them finds the demo's own records in theirs.
  it('titles its meetings, agenda items and sample text in the six languages (issue 15)', async () => {
    const inSix = (text: Partial<Record<string, string>>) =>
      LANGUAGES.filter((language) => (text[language] ?? '').trim() === '');
    const meetings = await getData<Meeting[]>(t, '/api/v1/meetings?cycle=wtdc-17');
    const wtdc17 = meetings.filter((meeting) => meeting.cycleCode === 'wtdc-17');
    expect(wtdc17).toHaveLength(16);
    expect(wtdc17.filter((meeting) => inSix(meeting.title).length > 0).map(({ code }) => code)).toEqual([]);
    expect(wtdc17.filter((meeting) => inSix(meeting.city).length > 0).map(({ code }) => code)).toEqual([]);
    const conference = wtdc17.find((meeting) => meeting.code === 'wtdc-17')!;
    expect(conference.title.ru).toBe('Всемирная конференция по развитию электросвязи 2017 года (ВКРЭ-17)');
    // A regional meeting's title ends with its region's name, joined as each language writes it.
    const rpm = wtdc17.find((meeting) => meeting.code === 'rpm-cis-2016')!;
    expect(rpm.title.zh).toBe('WTDC-17区域性筹备会议：独联体');
    expect(rpm.title.es).toBe('Reunión Preparatoria Regional para la CMDT-17: Comunidad de Estados Independientes');
    expect(rpm.title.fr).toBe('Réunion préparatoire régionale pour la CMDT-17 : Communauté des États indépendants');
    const items = await getData<AgendaItem[]>(t, '/api/v1/meetings/wtdc-17/agenda-items');
    expect(items.filter((item) => inSix(item.title).length > 0).map(({ number }) => number)).toEqual([]);
    expect(items[0]!.title).toMatchObject({
      zh: '会议开幕',
      ru: 'Открытие конференции',
      es: 'Apertura de la conferencia',
    });
    const [instrument] = await getData<Instrument[]>(t, '/api/v1/instruments?kind=resolution&q=901');
    expect(inSix(instrument!.title)).toEqual([]);
  });

  it('leaves sample Resolution 901 in force and not consolidated at WTDC-17', async () => {
    const [instrument] = await t.db.select().from(schema.instruments).where(eq(schema.instruments.number, '901'));
    const versions = await t.db
      .select()
      .from(schema.instrumentVersions)
      .where(eq(schema.instrumentVersions.instrumentId, instrument!.id));
    expect(versions.map((version) => [version.label, version.status])).toEqual([['Rev. Dubai, 2014', 'in-force']]);
    expect(await t.db.$count(schema.consolidationDrafts)).toBe(0);
  });

  it('is listed in the README: every account the demo makes (and start-up prints), and no other', () => {
    const readme = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8');
    const table = readme.slice(
      readme.indexOf('The demo has one account per role'),
      readme.indexOf('Demo accounts exist'),
    );
    const listed = [...table.matchAll(/^\| `([^`]+@example\.org)` \| (.+) \|$/gm)].map((match) => match[1]);
    expect(listed.sort()).toEqual(DEMO_USERS.map((user) => user.email).sort());
  });
});

/** Every stored language version and proposal translation, in a stable order. */
async function translationRows() {
  return {
    versions: await t.db
      .select()
      .from(schema.documentTranslations)
      .orderBy(schema.documentTranslations.documentId, schema.documentTranslations.language),
    proposals: await t.db
      .select()
      .from(schema.proposalTranslations)
      .orderBy(schema.proposalTranslations.proposalId, schema.proposalTranslations.language),
  };
}

describe('the demo’s translations (issue 16)', () => {
  it('shows the three statuses in the translators’ queue: Brazil’s Chinese awaiting, its Russian begun', async () => {
    const translator = await demoAccount(t, 'translator@example.org');
    const response = await t.app.inject({
      method: 'GET',
      url: '/api/v1/translations?meeting=wtdc-17',
      headers: translator.headers,
    });
    expect(response.statusCode).toBe(200);
    const queue = response.json<{ data: TranslationQueue }>().data;
    // The five submitted contributions (four English originals, Egypt's second in Arabic), each in the five
    // other languages.
    expect(queue.items).toHaveLength(25);
    const byStatus = (status: string) => queue.items.filter((item) => item.status === status);
    expect(byStatus('published')).toHaveLength(23);
    const brazil = (item: TranslationQueue['items'][number]) => [item.title.en, item.language, item.translated];
    expect(byStatus('awaiting').map(brazil)).toEqual([['Proposals of Brazil on Resolution 901 (sample)', 'zh', 0]]);
    expect(byStatus('in-translation').map(brazil)).toEqual([
      ['Proposals of Brazil on Resolution 901 (sample)', 'ru', 1],
    ]);
    expect(queue.languages.find((entry) => entry.language === 'zh')).toMatchObject({ awaiting: 1, published: 4 });
    // Published titles are the documents' titles in those languages.
    const europeFr = queue.items.find(
      (item) => item.language === 'fr' && item.title.en === 'European common proposals on Resolution 901 (sample)',
    );
    expect(europeFr?.title.fr).toBe('Propositions européennes communes sur la Résolution 901 (exemple)');
  });

  it('translates each MOD as the same change to the base in its own language', async () => {
    const mods = await t.db
      .select({ translation: schema.proposalTranslations, proposal: schema.proposals })
      .from(schema.proposalTranslations)
      .innerJoin(schema.proposals, eq(schema.proposals.id, schema.proposalTranslations.proposalId))
      .where(eq(schema.proposals.mark, 'MOD'));
    // Egypt's 1 (and its Arabic one), Africa's 4 and Europe's 2 in five languages; Brazil's 1 in Arabic, French,
    // Spanish and Russian.
    expect(mods).toHaveLength(44);
    for (const { translation, proposal } of mods) {
      const texts = await listTextsOfProvision(t.db, proposal.versionId!, proposal.provisionId!);
      const base = texts.find((text) => text.language === translation.language)!.text;
      const label = `${proposal.number} in ${translation.language}`;
      expect(translation.text, label).not.toBe(base);
      expect(
        translation.diff?.ops.some((op) => op.op !== 'equal'),
        label,
      ).toBe(true);
    }
  });

  // A reader of any language sees the regions agree and disagree where English readers see it.
  it('keeps the compilation’s divergence between regions the same in every published language', async () => {
    const published = await t.db
      .select({ translation: schema.proposalTranslations, proposal: schema.proposals })
      .from(schema.proposalTranslations)
      .innerJoin(schema.proposals, eq(schema.proposals.id, schema.proposalTranslations.proposalId))
      .innerJoin(
        schema.documentTranslations,
        and(
          eq(schema.documentTranslations.documentId, schema.proposalTranslations.documentId),
          eq(schema.documentTranslations.language, schema.proposalTranslations.language),
        ),
      )
      .innerJoin(schema.documents, eq(schema.documents.id, schema.proposals.documentId))
      // The English originals: each language's classes are compared with theirs.
      .where(
        and(
          eq(schema.documentTranslations.status, 'published'),
          ne(schema.proposals.mark, 'ADD'),
          eq(schema.documents.originalLanguage, 'en'),
        ),
      );
    const classes = async (
      language: Language,
      rows: typeof published,
      textOf: (row: (typeof rows)[number]) => string | null,
    ) => {
      const byProvision = new Map<string, typeof rows>();
      for (const row of rows) {
        byProvision.set(row.proposal.provisionId!, [...(byProvision.get(row.proposal.provisionId!) ?? []), row]);
      }
      const found: Record<string, string> = {};
      for (const [provisionId, entries] of byProvision) {
        const texts = await listTextsOfProvision(t.db, entries[0]!.proposal.versionId!, provisionId);
        const base = texts.find((text) => text.language === language)!.text;
        found[provisionId] = rowDivergence(
          base,
          entries.map((row): SynopticEntry => {
            const text = textOf(row);
            const diff = text === null ? null : wordDiff(base, text, { cleanup: true });
            return {
              source: row.proposal.documentId,
              mark: row.proposal.mark as SynopticEntry['mark'],
              number: row.proposal.number,
              text,
              coarse: diff?.coarse ?? false,
              ops: diff?.ops ?? [],
            };
          }),
        ).class;
      }
      return found;
    };
    const languages = [...new Set(published.map((row) => row.translation.language as Language))].sort();
    expect(languages).toEqual(['ar', 'es', 'fr', 'ru', 'zh']);
    for (const language of languages) {
      const rows = published.filter((row) => row.translation.language === language);
      const translated = await classes(language, rows, (row) => row.translation.text);
      // The English originals of the very contributions published in this language.
      const english = await classes('en', rows, (row) => row.proposal.text);
      expect(translated, language).toEqual(english);
      expect(Object.values(english)).toEqual(expect.arrayContaining(['same', 'conflict', 'compatible', 'sup-mod']));
    }
  });
});

import { randomUUID } from 'node:crypto';
import type { CreateCycleBody, CreateMeetingBody, ErrorBody } from '@tansiq/api';
import { schema, type CycleRow, type Database } from '@tansiq/db';
import { DomainError, type Issue, type UserScope } from '@tansiq/domain';
import { and, asc, eq } from 'drizzle-orm';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { expect } from 'vitest';
// '@tansiq/db' exports only its runtime; the test database helper lives beside it.
import { openTestDatabase } from '../../../packages/db/src/testing/test-database.ts';
import {
  buildApp,
  fixedClock,
  systemActor,
  type Actor,
  type AppOptions,
  type Clock,
  type Role,
  type ServiceContext,
} from '../src/index.ts';
import { createCycle } from '../src/modules/cycles/cycle.service.ts';
import { createMeeting, type MeetingWithRules } from '../src/modules/meetings/meeting.service.ts';

/** The instant the test clock shows unless a test moves it: 1 Sep 2017, as the demo. */
export const TEST_NOW = new Date('2017-09-01T00:00:00Z');

/** The installation's operator at the console. */
export const operator: Actor = systemActor('test operator');

/** A person of the given role as the services see them (not stored: for service-level checks). */
export function user(role: Role, scope: Partial<UserScope> = {}): Actor {
  return {
    kind: 'user',
    userId: randomUUID(),
    role,
    name: `A ${role}`,
    memberStateIso3: null,
    entityId: null,
    organizationCode: null,
    ...scope,
  };
}

export const anonymousActor: Actor = { kind: 'anonymous' };

/** The two actors that may manage cycles, meetings, rules and participation. */
export const MANAGERS: [string, Actor][] = [
  ['the system operator', operator],
  ['a secretariat user', user('secretariat')],
];

/** Those refused, with the error code each gets. */
export const REFUSED: [string, string, Actor][] = [
  ['a delegate', 'forbidden', user('delegate')],
  ['an anonymous reader', 'unauthenticated', anonymousActor],
];

/** The API on a database of the test file's own, on a fixed clock, without the web app. */
export interface TestApp {
  app: FastifyInstance;
  db: Database;
  clock: Clock & { set(instant: Date): void };
  /** A service context for `actor`, with a request id of its own. */
  as(actor: Actor): ServiceContext;
  close(): Promise<void>;
}

/**
 * The account settings of test apps: production's, but a sign-in limit no test file reaches by signing its
 * people in (the rate-limit test sets its own).
 */
export const TEST_ACCOUNT_OPTIONS: NonNullable<AppOptions['accounts']> = { signInMax: 10_000 };

/**
 * Opens a test database (migrated, reference data loaded) and builds the app on it. `routes` may add routes
 * for the test only, before the app is ready; `accounts` overrides TEST_ACCOUNT_OPTIONS.
 */
export async function openTestApp(
  options: {
    bodyLimit?: number;
    fileLimit?: number;
    routes?: (app: FastifyInstance) => void;
    accounts?: AppOptions['accounts'];
    webDist?: string | null;
    logger?: AppOptions['logger'];
  } = {},
): Promise<TestApp> {
  const handle = await openTestDatabase();
  const clock = fixedClock(TEST_NOW);
  let app: FastifyInstance;
  try {
    app = await buildApp({
      db: handle.db,
      clock,
      webDist: options.webDist ?? null,
      bodyLimit: options.bodyLimit,
      fileLimit: options.fileLimit,
      accounts: { ...TEST_ACCOUNT_OPTIONS, ...options.accounts },
      logger: options.logger,
    });
    options.routes?.(app);
    await app.ready();
  } catch (error) {
    await handle.close();
    throw error;
  }
  return {
    app,
    db: handle.db,
    clock,
    as: (actor) => ({ db: handle.db, clock, actor, requestId: randomUUID() }),
    close: async () => {
      await app.close();
      await handle.close();
    },
  };
}

/** The actor columns an audit row written by `actor` has. */
export function auditActor(actor: Actor): { actorKind: string; actorId: string | null } {
  switch (actor.kind) {
    case 'user':
      return { actorKind: 'user', actorId: actor.userId };
    case 'system':
      return { actorKind: 'system', actorId: actor.name };
    case 'anonymous':
      return { actorKind: 'anonymous', actorId: null };
  }
}

/** The `data` of a GET that must answer 200. */
export async function getData<T>(t: TestApp, url: string): Promise<T> {
  const response = await t.app.inject({ method: 'GET', url });
  expect(response.statusCode, response.body).toBe(200);
  return response.json<{ data: T }>().data;
}

/** A code no other test uses. */
export function uniqueCode(prefix: string): string {
  return `${prefix}-${randomUUID().slice(0, 8)}`;
}

export function cycleBody(overrides: Partial<CreateCycleBody> = {}): CreateCycleBody {
  const code = overrides.code ?? uniqueCode('cycle');
  return {
    code,
    name: code.toUpperCase(),
    year: 2029,
    city: { en: 'Geneva', fr: 'Genève' },
    countryIso3: 'CHE',
    theme: null,
    ...overrides,
  };
}

/** A conference of `cycle` (id or code) opening on 9 Oct 2017, unless overridden. */
export function meetingBody(cycle: string, overrides: Partial<CreateMeetingBody> = {}): CreateMeetingBody {
  return {
    code: uniqueCode('meeting'),
    cycle,
    type: 'conference',
    title: { en: 'Test conference', fr: 'Conférence de test' },
    startsOn: '2017-10-09',
    endsOn: '2017-10-20',
    city: { en: 'Buenos Aires', es: 'Buenos Aires' },
    countryIso3: 'ARG',
    timeZone: 'America/Argentina/Buenos_Aires',
    languages: ['en', 'fr', 'es'],
    regionId: null,
    organizationCode: null,
    ...overrides,
  };
}

export function makeCycle(t: TestApp, overrides: Partial<CreateCycleBody> = {}): Promise<CycleRow> {
  return createCycle(t.as(operator), cycleBody(overrides));
}

/** A meeting in a cycle of its own (or in `overrides.cycle`). */
export async function makeMeeting(t: TestApp, overrides: Partial<CreateMeetingBody> = {}): Promise<MeetingWithRules> {
  const cycle = overrides.cycle ?? (await makeCycle(t)).code;
  return createMeeting(t.as(operator), meetingBody(cycle, overrides));
}

const COUNTED_TABLES = {
  cycles: schema.cycles,
  meetings: schema.meetings,
  deadlineRules: schema.deadlineRules,
  participations: schema.participations,
  entities: schema.entities,
  auditEvents: schema.auditEvents,
  installationFacts: schema.installationFacts,
  users: schema.users,
  sessions: schema.sessions,
  apiTokens: schema.apiTokens,
  instruments: schema.instruments,
  instrumentVersions: schema.instrumentVersions,
  versionTexts: schema.versionTexts,
  provisions: schema.provisions,
  provisionTexts: schema.provisionTexts,
  corrigenda: schema.corrigenda,
  corrigendumChanges: schema.corrigendumChanges,
  documents: schema.documents,
  documentFiles: schema.documentFiles,
  documentTranslations: schema.documentTranslations,
  proposals: schema.proposals,
  proposalTranslations: schema.proposalTranslations,
  commonProposalSignatures: schema.commonProposalSignatures,
  delegations: schema.delegations,
  delegationMembers: schema.delegationMembers,
  proxies: schema.proxies,
  agendaItems: schema.agendaItems,
  agendaItemDocuments: schema.agendaItemDocuments,
  votes: schema.votes,
  voteParticipations: schema.voteParticipations,
  ballotBoxes: schema.ballotBoxes,
  liveEvents: schema.liveEvents,
};

export type RowCounts = Record<keyof typeof COUNTED_TABLES, number>;

/** Row counts of every table a write may touch, to show that a refused write wrote nothing. */
export async function countRows(db: Database): Promise<RowCounts> {
  const counts = {} as RowCounts;
  for (const [name, table] of Object.entries(COUNTED_TABLES)) {
    counts[name as keyof RowCounts] = await db.$count(table);
  }
  return counts;
}

/**
 * Every row of every table a write may touch, each table's rows in a stable order: equal before and after a
 * refused write shows that it neither added, changed nor removed anything.
 */
export async function tableRows(db: Database): Promise<Record<keyof RowCounts, unknown[]>> {
  const rows = {} as Record<keyof RowCounts, unknown[]>;
  for (const [name, table] of Object.entries(COUNTED_TABLES)) {
    const all: unknown[] = await db.select().from(table);
    rows[name as keyof RowCounts] = all
      .map((row) => [JSON.stringify(row), row] as const)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([, row]) => row);
  }
  return rows;
}

/** The audit rows of one entity, of one action if given, in the order they were appended. */
export function auditRowsOf(db: Database, entityId: string, action?: string) {
  const { auditEvents } = schema;
  return db
    .select()
    .from(auditEvents)
    .where(
      action === undefined
        ? eq(auditEvents.entityId, entityId)
        : and(eq(auditEvents.entityId, entityId), eq(auditEvents.action, action)),
    )
    .orderBy(asc(auditEvents.sequence));
}

/** Asserts that `promise` rejects with a DomainError of `code` and, if given, an issue at `path` (with `issue`). */
export async function expectDomainError(
  promise: Promise<unknown>,
  code: string,
  expected?: { path: Issue['path']; issue?: string },
): Promise<DomainError> {
  const error = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(DomainError);
  const domainError = error as DomainError;
  expect(domainError.code).toBe(code);
  if (expected !== undefined) {
    expect(domainError.issues).toContainEqual(
      expect.objectContaining({ path: expected.path, ...(expected.issue ? { code: expected.issue } : {}) }),
    );
  }
  return domainError;
}

/**
 * Asserts an error answer: its status, its code, the one error shape with the request id of the
 * `x-request-id` header and, if given, an issue at `path`.
 */
export function expectApiError(
  response: LightMyRequestResponse,
  status: number,
  code: string,
  expected?: { path: Issue['path']; issue?: string },
): ErrorBody['error'] {
  expect(response.statusCode, response.body).toBe(status);
  expect(response.headers['content-type']).toMatch(/^application\/json/);
  const { error, ...rest } = response.json<ErrorBody>();
  expect(rest).toEqual({});
  expect(Object.keys(error).filter((key) => !['code', 'message', 'issues', 'requestId'].includes(key))).toEqual([]);
  expect(error.code).toBe(code);
  expect(error.message).toEqual(expect.any(String));
  expect(error.requestId).toEqual(expect.any(String));
  expect(response.headers['x-request-id']).toBe(error.requestId);
  if (expected !== undefined) {
    expect(error.issues).toContainEqual(
      expect.objectContaining({ path: expected.path, ...(expected.issue ? { code: expected.issue } : {}) }),
    );
  }
  return error;
}

import type { AddProposalBody, Contribution, CreateContributionBody, CreateUserBody, Instrument } from '@tansiq/api';
import { findUserByEmail, type DocumentRow, type UserRow } from '@tansiq/db';
import type { Role } from '@tansiq/domain';
import type { LightMyRequestResponse } from 'fastify';
import { expect } from 'vitest';
import { DEMO_PASSWORD } from '../src/index.ts';
import { addProposal, createContribution } from '../src/modules/contributions/contribution.service.ts';
import { importInstrumentText } from '../src/modules/library/library.service.ts';
import {
  SESSION_COOKIE,
  bearer,
  createApiToken,
  jsonRequest,
  signIn,
  signedIn,
  type SignedIn,
} from './account-helpers.ts';
import { getData, makeMeeting, operator, tableRows, type TestApp } from './helpers.ts';

let sampleNumber = 7000;

/** A short resolution in ITU layout with a number of its own (so each import makes a new instrument). */
export function sampleResolution(number = String(++sampleNumber)): string {
  return [
    `RESOLUTION ${number} (Rev. Buenos Aires, 2017)`,
    'A sample resolution for tests',
    'The World Telecommunication Development Conference (Buenos Aires, 2017),',
    'considering',
    'a)\tthat tests need texts;',
    'b)\tthat texts need tests,',
    'resolves',
    '1\tto import this text;',
    '2\tto read it back.',
  ].join('\n');
}

/**
 * The sample resolution (see sampleResolution) as its French and Arabic versions print it: the same provisions,
 * so that they align with the English one and a version holds the text in three languages.
 */
export function sampleResolutionIn(language: 'fr' | 'ar', number: string): string {
  const lines =
    language === 'fr'
      ? [
          `RÉSOLUTION ${number} (Rév. Buenos Aires, 2017)`,
          'Une résolution d’exemple pour les essais',
          'La Conférence mondiale de développement des télécommunications (Buenos Aires, 2017),',
          'considérant',
          'a)\tque les essais ont besoin de textes;',
          'b)\tque les textes ont besoin d’essais,',
          'décide',
          '1\td’importer ce texte;',
          '2\tde le relire.',
        ]
      : [
          `القرار ${number} (المراجَع في بوينس آيرس، 2017)`,
          'قرار تجريبي للاختبارات',
          'إن المؤتمر العالمي لتنمية الاتصالات (بوينس آيرس، 2017)،',
          'إذ يضع في اعتباره',
          'أ)\tأن الاختبارات تحتاج إلى نصوص؛',
          'ب)\tأن النصوص تحتاج إلى اختبارات،',
          'يقرر',
          '1\tاستيراد هذا النص؛',
          '2\tقراءته مرة أخرى.',
        ];
  return lines.join('\n');
}

/** A national contribution of Egypt in English to `meeting`, unless overridden. */
export function contributionBody(
  meeting: string,
  overrides: Partial<CreateContributionBody> = {},
): CreateContributionBody {
  return {
    meeting,
    title: { en: 'Proposals for the revision of Resolution 901' },
    originalLanguage: 'en',
    targetBody: 'PLENARY MEETING',
    access: 'public',
    memberState: 'EGY',
    organization: null,
    parentDocument: null,
    ...overrides,
  };
}

/** The body of a common proposal of the Arab group, in Arabic. */
export function arabCommonBody(meeting: string, overrides: Partial<CreateContributionBody> = {}) {
  return contributionBody(meeting, {
    title: { en: 'Arab common proposals', ar: 'مقترحات عربية مشتركة' },
    originalLanguage: 'ar',
    memberState: null,
    organization: 'ARAB',
    ...overrides,
  });
}

/**
 * A version of a resolution of its own (sample text: considering a, b; resolves 1, 2), imported by the operator
 * in English, and in each of `alsoIn` (French, Arabic: sampleResolutionIn) beside it.
 */
export async function makeVersion(t: TestApp, alsoIn: readonly ('fr' | 'ar')[] = []): Promise<string> {
  const number = String(++sampleNumber);
  const imported = (text: string, language: 'en' | 'fr' | 'ar') =>
    importInstrumentText(t.as(operator), {
      text,
      language,
      versionLabel: 'Rev. Buenos Aires, 2017',
      status: 'in-force',
      adoptedAtMeeting: null,
      instrumentTitle: null,
    });
  const { versionId } = await imported(sampleResolution(number), 'en');
  for (const language of alsoIn) {
    await imported(sampleResolutionIn(language, number), language);
  }
  return versionId;
}

/** A MOD of `resolves.2` of a sample version (see makeVersion). */
export function sampleMod(versionId: string): AddProposalBody {
  return {
    mark: 'MOD',
    target: { kind: 'provision', versionId, provisionId: 'resolves.2' },
    text: 'to read it back with care.',
    reasons: null,
  };
}

/**
 * A draft in a meeting of its own (a conference opening on 9 Oct 2017, so on time at the test clock) with
 * `proposals` of a sample version (stored in English and in `alsoIn`), made by the operator: for the Arab group
 * when `arab`, else for Egypt.
 */
export async function makeDraft(
  t: TestApp,
  options: { arab?: boolean; proposals?: number; alsoIn?: readonly ('fr' | 'ar')[] } = {},
): Promise<{ document: DocumentRow; versionId: string; proposalIds: string[] }> {
  const { meeting } = await makeMeeting(t);
  const versionId = await makeVersion(t, options.alsoIn);
  const ctx = t.as(operator);
  const document = await createContribution(
    ctx,
    options.arab === true ? arabCommonBody(meeting.code) : contributionBody(meeting.code),
  );
  const proposalIds: string[] = [];
  for (let index = 0; index < (options.proposals ?? 0); index++) {
    const { row } = await addProposal(ctx, document.id, {
      ...sampleMod(versionId),
      text: `to read it back ${'again '.repeat(index + 1).trim()}.`,
    });
    proposalIds.push(row.id);
  }
  return { document, versionId, proposalIds };
}

/** The id of the version of the demo's sample Resolution 901 (Rev. Dubai, 2014). */
export async function version901(t: TestApp): Promise<string> {
  const list = await getData<Instrument[]>(t, '/api/v1/instruments?kind=resolution&q=901');
  const version = list.find((instrument) => instrument.number === '901')?.versions[0];
  expect(version?.label).toBe('Rev. Dubai, 2014');
  return version!.id;
}

/** Someone who calls the API, with the headers that authenticate them. */
export interface Caller {
  user: UserRow;
  headers: Record<string, string>;
}

/**
 * `person` calling with an API token of their own: unlike a session, it outlives a test that moves the clock
 * (a sign-in at a later instant clears the sessions expired by then).
 */
export async function withToken(t: TestApp, person: SignedIn): Promise<Caller> {
  const { token } = await createApiToken(t, person);
  return { user: person.user, headers: bearer(token) };
}

/** A new user of `role` for `scope` (see scopeFor), calling with an API token. */
export async function tokenCaller(t: TestApp, role: Role, scope: Partial<CreateUserBody> = {}): Promise<Caller> {
  return withToken(t, await signedIn(t, role, scope));
}

/** A demo account (focal.egypt@example.org, coordinator.arab@example.org …), calling with an API token. */
export async function demoAccount(t: TestApp, email: string): Promise<Caller> {
  const user = await findUserByEmail(t.db, email);
  expect(user, email).toBeDefined();
  const { cookie, csrfToken } = await signIn(t, email, DEMO_PASSWORD);
  const cookieHeaders = { cookie: `${SESSION_COOKIE}=${cookie}` };
  return withToken(t, {
    user: user!,
    password: DEMO_PASSWORD,
    cookie,
    csrfToken,
    cookieHeaders,
    headers: { ...cookieHeaders, 'x-csrf-token': csrfToken },
  });
}

/** Calls of the contributions API as `caller` (or anonymously). */
export function contributionsApi(t: TestApp, caller?: Caller) {
  const headers = caller?.headers ?? {};
  const send = (method: 'GET' | 'POST' | 'DELETE', url: string, payload?: unknown) =>
    t.app.inject(jsonRequest(method, `/api/v1/contributions${url}`, payload, headers));
  return {
    create: (body: Partial<CreateContributionBody> & { meeting: string }) => send('POST', '', body),
    get: (id: string) => send('GET', `/${id}`),
    list: (meeting: string) => send('GET', `?meeting=${encodeURIComponent(meeting)}`),
    propose: (id: string, body: Partial<AddProposalBody>) => send('POST', `/${id}/proposals`, body),
    remove: (id: string, proposalId: string) => send('DELETE', `/${id}/proposals/${proposalId}`),
    submit: (id: string) => send('POST', `/${id}/submit`),
    sign: (id: string, stance: 'support' | 'object' = 'support') => send('POST', `/${id}/signatures`, { stance }),
    withdraw: (id: string) => send('DELETE', `/${id}/signatures`),
    exported: (id: string, query: string) => send('GET', `/${id}/export?${query}`),
  };
}

/** The contribution a successful answer carries, after checking its status. */
export function contributionOf(response: LightMyRequestResponse, status = 200): Contribution {
  expect(response.statusCode, response.body).toBe(status);
  return response.json<{ data: Contribution }>().data;
}

/**
 * Every row a contribution write may touch (see tableRows), but API tokens: a token's last use is noted on a
 * request whatever it does, so a refused write by a token caller still touches that column.
 */
export async function storedRows(t: TestApp) {
  const { apiTokens: _, ...rows } = await tableRows(t.db);
  return rows;
}

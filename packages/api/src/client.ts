import { z } from 'zod';
import type {
  ChangePasswordBody,
  CreateApiTokenBody,
  CreateUserBody,
  SignInBody,
  UpdateUserBody,
} from './accounts.schema.ts';
import { ApiToken, CreatedApiToken, CreatedUser, Session, User, type UsersQuery } from './accounts.schema.ts';
import { AuditEvent, type AuditQuery } from './audit.schema.ts';
import type { Language } from './common.schema.ts';
import { Clock, ErrorBody, Health, listOf, one, pageOf } from './common.schema.ts';
import type {
  AddProposalBody,
  CreateContributionBody,
  CreateDocumentBody,
  DocumentFileType,
  SignBody,
} from './contributions.schema.ts';
import { Contribution, ContributionSummary, DocumentHead } from './contributions.schema.ts';
import { MemberStateDetail } from './member-state-detail.schema.ts';
import type { CreateCycleBody, CreateMeetingBody, PutDeadlineRulesBody, UpdateMeetingBody } from './meetings.schema.ts';
import { Cycle, DeadlineRule, Meeting, type MeetingsQuery, type MeetingType } from './meetings.schema.ts';
import type { CreateEntityBody } from './registry.schema.ts';
import {
  Entity,
  MemberState,
  Organization,
  Region,
  type EntitiesQuery,
  type MemberStatesQuery,
} from './registry.schema.ts';
import {
  Corrigendum,
  ImportedText,
  Instrument,
  InstrumentVersion,
  type ImportTextFileQuery,
  type IssueCorrigendumBody,
  type InstrumentsQuery,
  type TextLanguage,
  type TEXT_FILE_MEDIA_TYPES,
} from './instruments.schema.ts';
import { RegionDivergence, Synoptic, SynopticSummary } from './synoptic.schema.ts';
import type { CompilationQuery } from './compilation.schema.ts';
import type {
  AdoptDraftBody,
  ChooseAlternativeBody,
  CreateConsolidationDraftBody,
  EditProvisionTextBody,
  PickProposalsBody,
  PickWholeTextBody,
} from './consolidation.schema.ts';
import {
  AdoptedTranslation,
  AdoptionPreview,
  ConsolidationDraft,
  ConsolidationDraftSummary,
} from './consolidation.schema.ts';
import type { GiveProxyBody, PutDelegationBody } from './delegations.schema.ts';
import { Delegation, Presence, Proxy } from './delegations.schema.ts';
import type {
  CreateNominationBody,
  NominationsQuery,
  PutOfficerSettingsBody,
  SlateCheckQuery,
} from './officers.schema.ts';
import { Nomination, OfficerSettings, SlateCheck } from './officers.schema.ts';
import type { CastBallotBody, CreateVoteBody, OpenVoteBody, ShowOfHandsBody } from './votes.schema.ts';
import { CastReceipt, ReceiptCheck, Vote, VoteRecordExport, VoterStanding } from './votes.schema.ts';
import type { CreateAgendaItemBody, UpdateAgendaItemBody } from './agenda.schema.ts';
import { AgendaItem } from './agenda.schema.ts';
import type { AddStatementBody, RecordDecisionBody } from './decisions.schema.ts';
import { Decision, DecisionStatement } from './decisions.schema.ts';
import type { MoveTranslationBody, SaveProposalTranslationBody, SaveTranslationBody } from './translations.schema.ts';
import { DocumentTranslation, TranslationQueue } from './translations.schema.ts';

/** An error answer from the API, with the code the client translates and every issue. */
export class ApiError extends Error {
  override readonly name = 'ApiError';
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly issues: NonNullable<ErrorBody['error']['issues']> = [],
    readonly requestId?: string,
  ) {
    super(message);
  }
}

export interface ClientOptions {
  /** Origin of the server, e.g. `http://127.0.0.1:3000`; empty for the same origin (the web app). */
  baseUrl?: string;
  fetch?: typeof fetch;
  /** An API token for scripts: sent as a bearer token, so no cookie and no CSRF token are involved. */
  token?: string;
}

/** A request's query: an undefined or null value leaves the parameter out (null is the server's default there). */
type Query = Record<string, string | number | boolean | null | undefined>;
type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

function queryString(query: Query | undefined): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value !== undefined && value !== null) {
      params.set(key, String(value));
    }
  }
  const text = params.toString();
  return text === '' ? '' : `?${text}`;
}

const NoContent = z.null();

/** A file sent as the raw body of a request (an upload), with its media type. */
export interface FileBody {
  data: Blob | ArrayBuffer | Uint8Array<ArrayBuffer>;
  mediaType: string;
}

/**
 * The typed client of the Tansiq API: every answer is checked against the schema the server answers with. In
 * the browser it rides on the session cookie and sends the session's CSRF token with every write; it learns the
 * token from `session()` and `signIn()`.
 */
export function createClient(options: ClientOptions = {}) {
  const baseUrl = options.baseUrl ?? '';
  const doFetch = options.fetch ?? fetch;
  let csrfToken: string | null = null;

  async function request<T extends z.ZodType>(
    schema: T,
    method: Method,
    path: string,
    { query, body, file }: { query?: Query; body?: unknown; file?: FileBody } = {},
  ): Promise<z.infer<T>> {
    const headers: Record<string, string> = { accept: 'application/json' };
    if (body !== undefined) {
      headers['content-type'] = 'application/json';
    }
    if (file !== undefined) {
      headers['content-type'] = file.mediaType;
    }
    if (options.token !== undefined) {
      headers.authorization = `Bearer ${options.token}`;
    } else if (method !== 'GET' && csrfToken !== null) {
      headers['x-csrf-token'] = csrfToken;
    }
    const response = await doFetch(`${baseUrl}${path}${queryString(query)}`, {
      method,
      headers,
      credentials: 'same-origin',
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      ...(file === undefined ? {} : { body: file.data }),
    });
    const payload: unknown = response.status === 204 ? null : await response.json().catch(() => undefined);
    if (!response.ok) {
      const parsed = ErrorBody.safeParse(payload);
      if (parsed.success) {
        const { code, message, issues, requestId } = parsed.data.error;
        throw new ApiError(response.status, code, message, issues, requestId);
      }
      throw new ApiError(response.status, 'internal_error', `HTTP ${response.status}`);
    }
    return schema.parse(payload);
  }

  const get = <T extends z.ZodType>(schema: T, path: string, query?: Query) => request(schema, 'GET', path, { query });
  const remember = (session: Session) => {
    csrfToken = session.csrfToken;
    return session;
  };
  const enc = encodeURIComponent;

  return {
    health: () => get(Health, '/api/health'),
    clock: () => get(one(Clock), '/api/v1/clock'),

    // registry
    regions: () => get(listOf(Region), '/api/v1/regions'),
    organizations: () => get(listOf(Organization), '/api/v1/organizations'),
    memberStates: (query: Partial<MemberStatesQuery> = {}) => get(listOf(MemberState), '/api/v1/member-states', query),
    memberState: (iso3: string) => get(one(MemberStateDetail), `/api/v1/member-states/${enc(iso3)}`),
    entities: (query: Partial<EntitiesQuery> = {}) => get(listOf(Entity), '/api/v1/entities', query),
    createEntity: (body: z.input<typeof CreateEntityBody>) =>
      request(one(Entity), 'POST', '/api/v1/entities', { body }),

    // cycles and meetings
    cycles: () => get(pageOf(Cycle), '/api/v1/cycles'),
    cycle: (idOrCode: string) => get(one(Cycle), `/api/v1/cycles/${enc(idOrCode)}`),
    createCycle: (body: z.input<typeof CreateCycleBody>) => request(one(Cycle), 'POST', '/api/v1/cycles', { body }),
    meetings: (query: Partial<MeetingsQuery> = {}) => get(pageOf(Meeting), '/api/v1/meetings', query),
    meeting: (idOrCode: string) => get(one(Meeting), `/api/v1/meetings/${enc(idOrCode)}`),
    createMeeting: (body: z.input<typeof CreateMeetingBody>) =>
      request(one(Meeting), 'POST', '/api/v1/meetings', { body }),
    updateMeeting: (idOrCode: string, body: z.input<typeof UpdateMeetingBody>) =>
      request(one(Meeting), 'PATCH', `/api/v1/meetings/${enc(idOrCode)}`, { body }),
    deadlineRules: () => get(listOf(DeadlineRule), '/api/v1/deadline-rules'),
    putDeadlineRules: (meetingType: MeetingType, body: z.input<typeof PutDeadlineRulesBody>) =>
      request(listOf(DeadlineRule), 'PUT', `/api/v1/deadline-rules/${enc(meetingType)}`, { body }),

    // session and account
    /** Who is signed in, or null when nobody is (the CSRF token is then forgotten). */
    session: async (): Promise<Session | null> => {
      const session = (await get(one(Session.nullable()), '/api/v1/session')).data;
      if (session === null) {
        csrfToken = null;
        return null;
      }
      return remember(session);
    },
    signIn: async (body: z.input<typeof SignInBody>) =>
      remember((await request(one(Session), 'POST', '/api/v1/session', { body })).data),
    signOut: async () => {
      await request(NoContent, 'DELETE', '/api/v1/session');
      csrfToken = null;
    },
    changePassword: (body: z.input<typeof ChangePasswordBody>) =>
      request(NoContent, 'PUT', '/api/v1/me/password', { body }),
    tokens: () => get(listOf(ApiToken), '/api/v1/me/tokens'),
    createToken: (body: z.input<typeof CreateApiTokenBody>) =>
      request(one(CreatedApiToken), 'POST', '/api/v1/me/tokens', { body }),
    revokeToken: (id: string) => request(NoContent, 'DELETE', `/api/v1/me/tokens/${enc(id)}`),

    // users and audit
    users: (query: Partial<UsersQuery> = {}) => get(pageOf(User), '/api/v1/users', query),
    createUser: (body: z.input<typeof CreateUserBody>) => request(one(CreatedUser), 'POST', '/api/v1/users', { body }),
    updateUser: (id: string, body: z.input<typeof UpdateUserBody>) =>
      request(one(User), 'PATCH', `/api/v1/users/${enc(id)}`, { body }),
    audit: (query: Partial<AuditQuery> = {}) => get(pageOf(AuditEvent), '/api/v1/audit', query),

    // texts library
    instruments: (query: Partial<InstrumentsQuery> = {}) => get(listOf(Instrument), '/api/v1/instruments', query),
    instrument: (id: string) => get(one(Instrument), `/api/v1/instruments/${enc(id)}`),
    /** A version with its provisions, in the languages asked for (all when none), corrected or as adopted. */
    instrumentVersion: (
      id: string,
      languages: readonly z.infer<typeof TextLanguage>[] = [],
      as: 'corrected' | 'adopted' = 'corrected',
    ) =>
      get(one(InstrumentVersion), `/api/v1/instrument-versions/${enc(id)}`, {
        lang: languages.length === 0 ? undefined : languages.join(','),
        as: as === 'corrected' ? undefined : as,
      }),
    /** Issues a corrigendum of an adopted version (secretariat). */
    issueCorrigendum: (versionId: string, body: z.input<typeof IssueCorrigendumBody>) =>
      request(one(Corrigendum), 'POST', `/api/v1/instrument-versions/${enc(versionId)}/corrigenda`, { body }),
    /** Stores a text file (`.txt` as text/plain, `.docx`) as a language version of an instrument version. */
    importInstrumentFile: (
      file: Blob | ArrayBuffer | Uint8Array<ArrayBuffer>,
      mediaType: (typeof TEXT_FILE_MEDIA_TYPES)[number],
      query: z.input<typeof ImportTextFileQuery>,
    ) =>
      request(one(ImportedText), 'POST', '/api/v1/instruments/import/file', {
        query,
        file: { data: file, mediaType },
      }),

    // contributions
    contributions: (meeting: string) => get(listOf(ContributionSummary), '/api/v1/contributions', { meeting }),
    contribution: (id: string) => get(one(Contribution), `/api/v1/contributions/${enc(id)}`),
    createContribution: (body: z.input<typeof CreateContributionBody>) =>
      request(one(Contribution), 'POST', '/api/v1/contributions', { body }),
    addProposal: (id: string, body: z.input<typeof AddProposalBody>) =>
      request(one(Contribution), 'POST', `/api/v1/contributions/${enc(id)}/proposals`, { body }),
    removeProposal: (id: string, proposalId: string) =>
      request(one(Contribution), 'DELETE', `/api/v1/contributions/${enc(id)}/proposals/${enc(proposalId)}`),
    submitContribution: (id: string) => request(one(Contribution), 'POST', `/api/v1/contributions/${enc(id)}/submit`),
    signContribution: (id: string, stance: z.input<typeof SignBody>['stance']) =>
      request(one(Contribution), 'POST', `/api/v1/contributions/${enc(id)}/signatures`, { body: { stance } }),
    withdrawSignature: (id: string) =>
      request(one(Contribution), 'DELETE', `/api/v1/contributions/${enc(id)}/signatures`),
    // synoptic compilation and divergence
    /** Every instrument version with proposals at a meeting, with its divergence and class counts. */
    synopticOverview: (meeting: string) => get(listOf(SynopticSummary), `/api/v1/meetings/${enc(meeting)}/synoptic`),
    /**
     * The synoptic compilation of one version at a meeting, its base in `lang`, else in `prefer` when the version is
     * stored in it, else in its sources' language.
     */
    synoptic: (
      meeting: string,
      versionId: string,
      lang?: z.infer<typeof TextLanguage>,
      prefer?: z.infer<typeof TextLanguage>,
    ) => get(one(Synoptic), `/api/v1/meetings/${enc(meeting)}/synoptic/${enc(versionId)}`, { lang, prefer }),
    /** A meeting's region-by-region divergence matrix and its hot spots. */
    regionDivergence: (meeting: string, limit?: number) =>
      get(one(RegionDivergence), `/api/v1/meetings/${enc(meeting)}/divergence`, { limit }),
    /**
     * The address of a meeting's compilation (the Word document, the proposal register as CSV, or the web page),
     * of one instrument or the whole meeting; in the browser the session cookie goes with it.
     */
    compilationUrl: (meeting: string, options: Partial<z.input<typeof CompilationQuery>> = {}) =>
      `${baseUrl}/api/v1/meetings/${enc(meeting)}/compilation${queryString(options)}`,
    // consolidation drafts and adoption (every write carries the draft's `expectedRevision`)
    /** A meeting's consolidation drafts. */
    consolidationDrafts: (meeting: string) =>
      get(listOf(ConsolidationDraftSummary), `/api/v1/meetings/${enc(meeting)}/consolidation-drafts`),
    consolidationDraft: (id: string) => get(one(ConsolidationDraft), `/api/v1/consolidation-drafts/${enc(id)}`),
    createConsolidationDraft: (body: z.input<typeof CreateConsolidationDraftBody>) =>
      request(one(ConsolidationDraft), 'POST', '/api/v1/consolidation-drafts', { body }),
    /** Replaces the proposals picked for a provision and merges it afresh from the base. */
    pickDraftProposals: (id: string, provisionId: string, body: z.input<typeof PickProposalsBody>) =>
      request(
        one(ConsolidationDraft),
        'PUT',
        `/api/v1/consolidation-drafts/${enc(id)}/provisions/${enc(provisionId)}/picks`,
        { body },
      ),
    /** Settles a bracket with one of its alternatives (by index) or the base. */
    chooseDraftAlternative: (
      id: string,
      provisionId: string,
      bracketId: number,
      body: z.input<typeof ChooseAlternativeBody>,
    ) =>
      request(
        one(ConsolidationDraft),
        'POST',
        `/api/v1/consolidation-drafts/${enc(id)}/provisions/${enc(provisionId)}/brackets/${bracketId}/choice`,
        { body },
      ),
    /** The chair's edit of a provision's text (brackets left as printed). */
    editDraftText: (id: string, provisionId: string, body: z.input<typeof EditProvisionTextBody>) =>
      request(
        one(ConsolidationDraft),
        'PUT',
        `/api/v1/consolidation-drafts/${enc(id)}/provisions/${enc(provisionId)}/text`,
        { body },
      ),
    /** Picks a whole-text SUP or SUP* (abrogation, or a merge into another instrument), or none. */
    pickDraftWholeText: (id: string, body: z.input<typeof PickWholeTextBody>) =>
      request(one(ConsolidationDraft), 'PUT', `/api/v1/consolidation-drafts/${enc(id)}/whole-text`, { body }),
    /** What adopting the draft would store now: the new version's changes by provision, or the abrogation. */
    adoptionPreview: (id: string) =>
      get(one(AdoptionPreview), `/api/v1/consolidation-drafts/${enc(id)}/adoption-preview`),
    /** The adopted text drafted in `language` from the translations of what was merged (nothing stored). */
    adoptedTranslation: (id: string, language: string) =>
      get(one(AdoptedTranslation), `/api/v1/consolidation-drafts/${enc(id)}/adopted-translation/${enc(language)}`),
    /** Adopts the draft (by consensus): the new version in force, the old one superseded. */
    adoptConsolidationDraft: (id: string, body: z.input<typeof AdoptDraftBody>) =>
      request(one(ConsolidationDraft), 'POST', `/api/v1/consolidation-drafts/${enc(id)}/adopt`, { body }),
    /**
     * The address of a contribution's export (a Word document, or JSON), for a link or a download; in the
     * browser the session cookie goes with it.
     */
    contributionExportUrl: (id: string, options: { lang?: z.infer<typeof Language>; format?: 'docx' | 'json' } = {}) =>
      `${baseUrl}/api/v1/contributions/${enc(id)}/export${queryString(options)}`,

    // documents of the secretariat's series, publication, withdrawal, language versions
    createDocument: (body: z.input<typeof CreateDocumentBody>) =>
      request(one(DocumentHead), 'POST', '/api/v1/documents', { body }),
    publishDocument: (id: string) => request(one(DocumentHead), 'POST', `/api/v1/documents/${enc(id)}/publish`),
    withdrawDocument: (id: string) => request(one(DocumentHead), 'POST', `/api/v1/documents/${enc(id)}/withdraw`),
    /** Uploads a language version (`.docx` or PDF), replacing the current one of that language. */
    uploadDocumentFile: (
      id: string,
      language: z.infer<typeof Language>,
      file: Blob | ArrayBuffer | Uint8Array<ArrayBuffer>,
      mediaType: z.infer<typeof DocumentFileType>,
      name?: string,
    ) =>
      request(one(DocumentHead), 'PUT', `/api/v1/documents/${enc(id)}/files/${enc(language)}`, {
        query: { name },
        file: { data: file, mediaType },
      }),
    /** The address of a language version's download; in the browser the session cookie goes with it. */
    documentFileUrl: (id: string, language: z.infer<typeof Language>) =>
      `${baseUrl}/api/v1/documents/${enc(id)}/files/${enc(language)}`,

    // translations of a meeting's documents (every write carries the revision it is based on)
    /** A meeting's translation queue, every language or one (translators, secretariat). */
    translationQueue: (meeting: string, language?: z.infer<typeof Language>) =>
      get(one(TranslationQueue), '/api/v1/translations', { meeting, language }),
    /** A document's version in one language, each proposal beside the original. */
    documentTranslation: (id: string, language: z.infer<typeof Language>) =>
      get(one(DocumentTranslation), `/api/v1/documents/${enc(id)}/translations/${enc(language)}`),
    /** Saves one proposal's translation (`stale_translation` when another save came first). */
    saveProposalTranslation: (
      id: string,
      language: z.infer<typeof Language>,
      proposalId: string,
      body: z.input<typeof SaveProposalTranslationBody>,
    ) =>
      request(
        one(DocumentTranslation),
        'PUT',
        `/api/v1/documents/${enc(id)}/translations/${enc(language)}/proposals/${enc(proposalId)}`,
        { body },
      ),
    /** Stores a whole language version at once: its title and every proposal, aligned with the original. */
    saveTranslation: (id: string, language: z.infer<typeof Language>, body: z.input<typeof SaveTranslationBody>) =>
      request(one(DocumentTranslation), 'PUT', `/api/v1/documents/${enc(id)}/translations/${enc(language)}`, {
        body,
      }),
    /** Moves a language version: in translation, published, or reopened for a correction. */
    moveTranslation: (id: string, language: z.infer<typeof Language>, body: z.input<typeof MoveTranslationBody>) =>
      request(one(DocumentTranslation), 'POST', `/api/v1/documents/${enc(id)}/translations/${enc(language)}/status`, {
        body,
      }),

    // delegations, presence and proxies of a meeting
    delegations: (meeting: string) => get(listOf(Delegation), `/api/v1/meetings/${enc(meeting)}/delegations`),
    /** Registers a Member State's delegation, or replaces its composition. */
    putDelegation: (meeting: string, memberState: string, body: z.input<typeof PutDelegationBody>) =>
      request(one(Delegation), 'PUT', `/api/v1/meetings/${enc(meeting)}/delegations/${enc(memberState)}`, { body }),
    checkIn: (meeting: string, memberState: string) =>
      request(one(Delegation), 'POST', `/api/v1/meetings/${enc(meeting)}/delegations/${enc(memberState)}/check-in`),
    checkOut: (meeting: string, memberState: string) =>
      request(one(Delegation), 'POST', `/api/v1/meetings/${enc(meeting)}/delegations/${enc(memberState)}/check-out`),
    giveProxy: (meeting: string, memberState: string, body: z.input<typeof GiveProxyBody>) =>
      request(one(Proxy), 'POST', `/api/v1/meetings/${enc(meeting)}/delegations/${enc(memberState)}/proxy`, { body }),
    withdrawProxy: (meeting: string, memberState: string) =>
      request(NoContent, 'DELETE', `/api/v1/meetings/${enc(meeting)}/delegations/${enc(memberState)}/proxy`),
    presence: (meeting: string) => get(one(Presence), `/api/v1/meetings/${enc(meeting)}/presence`),

    // agenda items of a meeting
    agendaItems: (meeting: string) => get(listOf(AgendaItem), `/api/v1/meetings/${enc(meeting)}/agenda-items`),
    createAgendaItem: (meeting: string, body: z.input<typeof CreateAgendaItemBody>) =>
      request(one(AgendaItem), 'POST', `/api/v1/meetings/${enc(meeting)}/agenda-items`, { body }),
    updateAgendaItem: (id: string, body: z.input<typeof UpdateAgendaItemBody>) =>
      request(one(AgendaItem), 'PATCH', `/api/v1/agenda-items/${enc(id)}`, { body }),
    deleteAgendaItem: (id: string) => request(NoContent, 'DELETE', `/api/v1/agenda-items/${enc(id)}`),

    // officer posts, nominations and the slate check of a meeting
    officerSettings: (meeting: string) =>
      get(one(OfficerSettings), `/api/v1/meetings/${enc(meeting)}/officer-settings`),
    putOfficerSettings: (meeting: string, body: z.input<typeof PutOfficerSettingsBody>) =>
      request(one(OfficerSettings), 'PUT', `/api/v1/meetings/${enc(meeting)}/officer-settings`, { body }),
    nominations: (meeting: string, query: NominationsQuery = {}) =>
      get(listOf(Nomination), `/api/v1/meetings/${enc(meeting)}/nominations`, query),
    nomination: (id: string) => get(one(Nomination), `/api/v1/nominations/${enc(id)}`),
    /** Nominates a candidate (a focal point for its own state; the secretariat names the nominating state). */
    createNomination: (meeting: string, body: z.input<typeof CreateNominationBody>) =>
      request(one(Nomination), 'POST', `/api/v1/meetings/${enc(meeting)}/nominations`, { body }),
    withdrawNomination: (id: string) => request(one(Nomination), 'POST', `/api/v1/nominations/${enc(id)}/withdraw`),
    /** Fills a post by consensus (secretariat). */
    appointNomination: (id: string) => request(one(Nomination), 'POST', `/api/v1/nominations/${enc(id)}/appoint`),
    slateCheck: (meeting: string, query: z.input<typeof SlateCheckQuery>) =>
      get(one(SlateCheck), `/api/v1/meetings/${enc(meeting)}/slate-check`, query),

    // votes of a meeting
    votes: (meeting: string) => get(listOf(Vote), `/api/v1/meetings/${enc(meeting)}/votes`),
    vote: (id: string) => get(one(Vote), `/api/v1/votes/${enc(id)}`),
    createVote: (meeting: string, body: z.input<typeof CreateVoteBody>) =>
      request(one(Vote), 'POST', `/api/v1/meetings/${enc(meeting)}/votes`, { body }),
    openVote: (id: string, body: z.input<typeof OpenVoteBody> = {}) =>
      request(one(Vote), 'POST', `/api/v1/votes/${enc(id)}/open`, { body }),
    closeVote: (id: string) => request(one(Vote), 'POST', `/api/v1/votes/${enc(id)}/close`),
    /** Casts a ballot (secret ballot: the voting delegate; roll-call: the voting delegate or the secretariat). */
    castBallot: (id: string, body: z.input<typeof CastBallotBody>) =>
      request(one(CastReceipt), 'POST', `/api/v1/votes/${enc(id)}/ballots`, { body }),
    enterCounts: (id: string, body: z.input<typeof ShowOfHandsBody>) =>
      request(one(Vote), 'PUT', `/api/v1/votes/${enc(id)}/counts`, { body }),
    voterStanding: (id: string) => get(one(VoterStanding), `/api/v1/votes/${enc(id)}/standing`),
    checkReceipt: (id: string, receipt: string) =>
      get(one(ReceiptCheck), `/api/v1/votes/${enc(id)}/receipts/${enc(receipt)}`),
    voteRecord: (id: string) => get(VoteRecordExport, `/api/v1/votes/${enc(id)}/record`),
    /** The URL of a meeting's live stream (Server-Sent Events), for an EventSource. */
    liveUrl: (meeting: string) => `${baseUrl}/api/v1/meetings/${enc(meeting)}/live`,

    // decisions log of agenda items
    decisions: (meeting: string) => get(listOf(Decision), `/api/v1/meetings/${enc(meeting)}/decisions`),
    agendaItemDecisions: (id: string) => get(listOf(Decision), `/api/v1/agenda-items/${enc(id)}/decisions`),
    recordDecision: (agendaItem: string, body: z.input<typeof RecordDecisionBody>) =>
      request(one(Decision), 'POST', `/api/v1/agenda-items/${enc(agendaItem)}/decisions`, { body }),
    addDecisionStatement: (decision: string, body: z.input<typeof AddStatementBody>) =>
      request(one(DecisionStatement), 'POST', `/api/v1/decisions/${enc(decision)}/statements`, { body }),
  };
}

export type TansiqClient = ReturnType<typeof createClient>;

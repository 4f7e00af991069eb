import type { z } from 'zod';
import { Clock, ErrorBody, Health, listOf, one, pageOf } from './common.schema.ts';
import { MemberStateDetail } from './member-state-detail.schema.ts';
import { Cycle, DeadlineRule, Meeting, type MeetingsQuery } from './meetings.schema.ts';
import { MemberState, Organization, Region, type MemberStatesQuery } from './registry.schema.ts';

/** An error answer from the API, with the code the client translates and every issue. */
export class ApiError extends Error {
  override readonly name = 'ApiError';
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly issues: ErrorBody['error']['issues'] = [],
    readonly requestId?: string,
  ) {
    super(message);
  }
}

export interface ClientOptions {
  /** Origin of the server, e.g. `http://127.0.0.1:3000`; empty for the same origin (the web app). */
  baseUrl?: string;
  fetch?: typeof fetch;
}

type Query = Record<string, string | number | undefined>;

function queryString(query: Query | undefined): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value !== undefined) {
      params.set(key, String(value));
    }
  }
  const text = params.toString();
  return text === '' ? '' : `?${text}`;
}

/** The typed client of the Tansiq API: every answer is checked against the schema the server answers with. */
export function createClient(options: ClientOptions = {}) {
  const baseUrl = options.baseUrl ?? '';
  const doFetch = options.fetch ?? fetch;

  async function get<T extends z.ZodType>(schema: T, path: string, query?: Query): Promise<z.infer<T>> {
    const response = await doFetch(`${baseUrl}${path}${queryString(query)}`, {
      headers: { accept: 'application/json' },
    });
    const body: unknown = await response.json().catch(() => null);
    if (!response.ok) {
      const parsed = ErrorBody.safeParse(body);
      if (parsed.success) {
        const { code, message, issues, requestId } = parsed.data.error;
        throw new ApiError(response.status, code, message, issues, requestId);
      }
      throw new ApiError(response.status, 'internal_error', `HTTP ${response.status}`);
    }
    return schema.parse(body);
  }

  const enc = encodeURIComponent;
  return {
    health: () => get(Health, '/api/health'),
    clock: () => get(one(Clock), '/api/v1/clock'),
    regions: () => get(listOf(Region), '/api/v1/regions'),
    organizations: () => get(listOf(Organization), '/api/v1/organizations'),
    memberStates: (query: Partial<MemberStatesQuery> = {}) => get(listOf(MemberState), '/api/v1/member-states', query),
    memberState: (iso3: string) => get(one(MemberStateDetail), `/api/v1/member-states/${enc(iso3)}`),
    cycles: () => get(pageOf(Cycle), '/api/v1/cycles'),
    cycle: (idOrCode: string) => get(one(Cycle), `/api/v1/cycles/${enc(idOrCode)}`),
    meetings: (query: Partial<MeetingsQuery> = {}) => get(pageOf(Meeting), '/api/v1/meetings', query),
    meeting: (idOrCode: string) => get(one(Meeting), `/api/v1/meetings/${enc(idOrCode)}`),
    deadlineRules: () => get(listOf(DeadlineRule), '/api/v1/deadline-rules'),
  };
}

export type TansiqClient = ReturnType<typeof createClient>;

import type { AddProposalBody, ConsolidationDraft, CreateContributionBody } from '@tansiq/api';
import type { LightMyRequestResponse } from 'fastify';
import { expect } from 'vitest';
import {
  addProposal,
  createContribution,
  submitContribution,
} from '../src/modules/contributions/contribution.service.ts';
import { withdrawDocument } from '../src/modules/contributions/document.service.ts';
import { jsonRequest } from './account-helpers.ts';
import { contributionBody, makeVersion } from './contribution-helpers.ts';
import { makeMeeting, operator, type TestApp } from './helpers.ts';

/** A proposal on a sample version (contribution-helpers' sampleResolution): [mark, provision or null, text]. */
type Proposal = [AddProposalBody['mark'], string | null, string | null];

/** A contribution of `source` to `meeting` with `proposals` on `versionId`, made by the operator. */
export async function contribute(
  t: TestApp,
  meeting: string,
  versionId: string,
  source: Partial<CreateContributionBody>,
  proposals: Proposal[],
  then: 'submit' | 'withdraw' | 'keep-draft' = 'submit',
): Promise<string[]> {
  const ctx = t.as(operator);
  const document = await createContribution(ctx, contributionBody(meeting, source));
  const ids: string[] = [];
  for (const [mark, provisionId, text] of proposals) {
    const { row } = await addProposal(ctx, document.id, {
      mark,
      target: provisionId === null ? { kind: 'text', versionId } : { kind: 'provision', versionId, provisionId },
      text,
      reasons: mark === 'SUP' || mark === 'SUP*' || mark === 'NOC' ? 'Reasons.' : null,
    });
    ids.push(row.id);
  }
  if (then !== 'keep-draft') {
    await submitContribution(ctx, document.id);
  }
  if (then === 'withdraw') {
    await withdrawDocument(ctx, document.id);
  }
  return ids;
}

/** A meeting, a sample version in force and proposals on it of every kind a pick may meet. */
export interface Fixture {
  meeting: { id: string; code: string };
  versionId: string;
  otherVersionId: string;
  /** Egypt: MOD resolves 1 (with care), ADD considering c, MOD resolves 2. */
  egypt: { resolves1: string; considering: string; resolves2: string };
  /** Tunisia: MOD resolves 1 (at once, colliding with Egypt's), NOC resolves 2. */
  tunisia: { resolves1: string; resolves2: string };
  withdrawn: string;
  unsubmitted: string;
  otherVersion: string;
  french: string;
  wholeTextSup: string;
}

export const RESOLVES_1 = 'to import this text;';

/**
 * Makes a fixture in a meeting of its own in `city` (Kigali by default, so that the revision it adopts is
 * "Rev. Kigali, 2017", a label the sample version does not have).
 */
export async function makeFixture(t: TestApp, city = 'Kigali'): Promise<Fixture> {
  const { meeting } = await makeMeeting(t, { city: { en: city } });
  const [versionId, otherVersionId] = [await makeVersion(t), await makeVersion(t)];
  const on = (source: Partial<CreateContributionBody>, proposals: Proposal[], then?: 'withdraw' | 'keep-draft') =>
    contribute(t, meeting.code, versionId, source, proposals, then);
  const [egyptResolves1, egyptConsidering, egyptResolves2] = await on({ memberState: 'EGY' }, [
    ['MOD', 'resolves.1', 'to import this text with care;'],
    ['ADD', 'considering.c', 'that drafts need chairs,'],
    ['MOD', 'resolves.2', 'to read it back twice.'],
  ]);
  const [tunisiaResolves1, tunisiaResolves2] = await on({ memberState: 'TUN' }, [
    ['MOD', 'resolves.1', 'to import this text at once;'],
    ['NOC', 'resolves.2', null],
  ]);
  const [withdrawn] = await on({ memberState: 'JOR' }, [['MOD', 'resolves.2', 'to read it.']], 'withdraw');
  const [unsubmitted] = await on({ memberState: 'ARE' }, [['MOD', 'resolves.2', 'to read.']], 'keep-draft');
  const [otherVersion] = await contribute(t, meeting.code, otherVersionId, { memberState: 'MAR' }, [
    ['MOD', 'resolves.2', 'to read it back slowly.'],
  ]);
  const [french, wholeTextSup] = await on({ memberState: 'FRA', originalLanguage: 'fr' }, [
    ['MOD', 'resolves.2', 'de le relire.'],
    ['SUP*', null, null],
  ]);
  return {
    meeting: { id: meeting.id, code: meeting.code },
    versionId,
    otherVersionId,
    egypt: { resolves1: egyptResolves1!, considering: egyptConsidering!, resolves2: egyptResolves2! },
    tunisia: { resolves1: tunisiaResolves1!, resolves2: tunisiaResolves2! },
    withdrawn: withdrawn!,
    unsubmitted: unsubmitted!,
    otherVersion: otherVersion!,
    french: french!,
    wholeTextSup: wholeTextSup!,
  };
}

/** Calls of the consolidation API with `headers`. */
export function consolidationApi(t: TestApp, headers: Record<string, string> = {}) {
  const send = (method: 'GET' | 'POST' | 'PUT', url: string, payload?: unknown, extra: Record<string, string> = {}) =>
    t.app.inject(jsonRequest(method, `/api/v1${url}`, payload, { ...headers, ...extra }));
  const provision = (id: string, provisionId: string) =>
    `/consolidation-drafts/${id}/provisions/${encodeURIComponent(provisionId)}`;
  return {
    create: (body: Record<string, unknown>) => send('POST', '/consolidation-drafts', body),
    get: (id: string) => send('GET', `/consolidation-drafts/${id}`),
    list: (meeting: string) => send('GET', `/meetings/${meeting}/consolidation-drafts`),
    pick: (
      id: string,
      provisionId: string,
      proposals: string[],
      expectedRevision?: number,
      extra?: Record<string, string>,
    ) => send('PUT', `${provision(id, provisionId)}/picks`, { expectedRevision, proposals }, extra),
    choose: (id: string, provisionId: string, bracketId: number, choice: number | 'base', expectedRevision?: number) =>
      send('POST', `${provision(id, provisionId)}/brackets/${bracketId}/choice`, { expectedRevision, choice }),
    edit: (id: string, provisionId: string, text: string, expectedRevision?: number) =>
      send('PUT', `${provision(id, provisionId)}/text`, { expectedRevision, text }),
    wholeText: (id: string, proposal: string | null, mergedInto: string | null, expectedRevision?: number) =>
      send('PUT', `/consolidation-drafts/${id}/whole-text`, { expectedRevision, proposal, mergedInto }),
    adopt: (id: string, expectedRevision?: number, extra?: Record<string, string>) =>
      send('POST', `/consolidation-drafts/${id}/adopt`, { expectedRevision }, extra),
  };
}

/** The draft a successful answer carries, after checking its status and that its ETag is its revision. */
export function draftOf(response: LightMyRequestResponse, status = 200): ConsolidationDraft {
  expect(response.statusCode, response.body).toBe(status);
  const draft = response.json<{ data: ConsolidationDraft }>().data;
  expect(response.headers.etag).toBe(`"${draft.revision}"`);
  return draft;
}

/** One provision of a draft. */
export function provisionOf(draft: ConsolidationDraft, id: string) {
  const provision = draft.provisions.find((candidate) => candidate.id === id);
  expect(provision, id).toBeDefined();
  return provision!;
}

import type { DocumentTranslation, TranslationQueue } from '@tansiq/api';
import { listProposals, type DocumentRow } from '@tansiq/db';
import type { LightMyRequestResponse } from 'fastify';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ContributionJson } from '../src/exchange/contribution-json.ts';
import {
  addProposal,
  createContribution,
  submitContribution,
} from '../src/modules/contributions/contribution.service.ts';
import { withdrawDocument } from '../src/modules/contributions/document.service.ts';
import { auditRowsAfter, jsonRequest, lastAuditSequence } from './account-helpers.ts';
import {
  contributionBody,
  contributionsApi,
  makeDraft,
  makeVersion,
  storedRows,
  tokenCaller,
  type Caller,
} from './contribution-helpers.ts';
import { putFile, translatedDocx } from './file-helpers.ts';
import { TEST_NOW, expectApiError, makeMeeting, openTestApp, operator, type TestApp } from './helpers.ts';

let t: TestApp;
let secretariat: Caller;
let translator: Caller;
let otherTranslator: Caller;
let delegate: Caller;

beforeAll(async () => {
  t = await openTestApp();
  secretariat = await tokenCaller(t, 'secretariat');
  translator = await tokenCaller(t, 'translator');
  otherTranslator = await tokenCaller(t, 'translator');
  delegate = await tokenCaller(t, 'delegate', { memberStateIso3: 'EGY' });
});

afterAll(async () => {
  await t?.close();
});

/** A proposal of a sample contribution: its id, number and mark. */
interface SampleProposal {
  id: string;
  number: string;
  mark: string;
}

/** A sample contribution, submitted: its document, the version its proposals aim at, and the proposals. */
interface Sample {
  document: DocumentRow;
  versionId: string;
  mod: SampleProposal;
  add: SampleProposal;
  noc: SampleProposal;
}

/**
 * Egypt's contribution in English, submitted, to `meeting` (else one of its own), on a text stored in English,
 * French and Arabic: a MOD of resolves 2 with reasons, an ADD of considering c without, a NOC of resolves 1 with
 * reasons. 22 words to translate: the title 7, the MOD 6 and its reasons 3, the ADD 4, the NOC's reasons 2.
 */
async function sample(options: { meeting?: string; access?: 'public' | 'authors' } = {}): Promise<Sample> {
  const meeting = options.meeting ?? (await makeMeeting(t)).meeting.code;
  const versionId = await makeVersion(t, ['fr', 'ar']);
  const ctx = t.as(operator);
  const draft = await createContribution(ctx, contributionBody(meeting, { access: options.access ?? 'public' }));
  const target = (provisionId: string) => ({ kind: 'provision' as const, versionId, provisionId });
  await addProposal(ctx, draft.id, {
    mark: 'MOD',
    target: target('resolves.2'),
    text: 'to read it back with care.',
    reasons: 'Care avoids errors.',
  });
  await addProposal(ctx, draft.id, {
    mark: 'ADD',
    target: target('considering.c'),
    text: 'that care needs time,',
    reasons: null,
  });
  await addProposal(ctx, draft.id, { mark: 'NOC', target: target('resolves.1'), text: null, reasons: 'Still needed.' });
  const document = await submitContribution(ctx, draft.id);
  const [mod, add, noc] = (await listProposals(t.db, document.id)).map((row) => ({
    id: row.id,
    number: row.number!,
    mark: row.mark,
  }));
  return { document, versionId, mod: mod!, add: add!, noc: noc! };
}

/** The French translation of a sample's proposals, as a whole save sends it. */
function french(s: Sample) {
  const target = (provisionId: string) => ({ kind: 'provision' as const, versionId: s.versionId, provisionId });
  return [
    {
      number: s.mod.number,
      mark: 'MOD' as const,
      target: target('resolves.2'),
      text: 'de le relire avec soin.',
      reasons: 'Le soin évite les erreurs.',
    },
    {
      number: s.add.number,
      mark: 'ADD' as const,
      target: target('considering.c'),
      text: 'que le soin demande du temps,',
      reasons: null,
    },
    { number: s.noc.number, mark: 'NOC' as const, target: target('resolves.1'), text: null, reasons: 'Encore utile.' },
  ];
}

/** Calls of the translations API as `caller` (or anonymously). */
function api(caller?: Caller) {
  const headers = caller?.headers ?? {};
  const send = (method: 'GET' | 'PUT' | 'POST', url: string, payload?: unknown) =>
    t.app.inject(jsonRequest(method, url, payload, headers));
  const version = (id: string, language: string) => `/api/v1/documents/${id}/translations/${language}`;
  return {
    queue: (meeting: string, language?: string) =>
      send(
        'GET',
        `/api/v1/translations?meeting=${encodeURIComponent(meeting)}${language === undefined ? '' : `&language=${language}`}`,
      ),
    get: (id: string, language: string) => send('GET', version(id, language)),
    saveProposal: (
      id: string,
      language: string,
      proposalId: string,
      body: { text: string | null; reasons: string | null; expectedRevision: number },
    ) => send('PUT', `${version(id, language)}/proposals/${proposalId}`, body),
    save: (id: string, language: string, body: unknown) => send('PUT', version(id, language), body),
    move: (id: string, language: string, status: string, expectedRevision: number) =>
      send('POST', `${version(id, language)}/status`, { status, expectedRevision }),
  };
}

function translationOf(response: LightMyRequestResponse): DocumentTranslation {
  expect(response.statusCode, response.body).toBe(200);
  return response.json<{ data: DocumentTranslation }>().data;
}

function queueOf(response: LightMyRequestResponse): TranslationQueue {
  expect(response.statusCode, response.body).toBe(200);
  return response.json<{ data: TranslationQueue }>().data;
}

const proposalIn = (translation: DocumentTranslation, proposal: SampleProposal) =>
  translation.proposals.find((candidate) => candidate.proposalId === proposal.id)!;

/** Runs a write that must be refused as `status` `code` (with an issue at `path`), and checks nothing was written. */
async function refused(
  write: () => Promise<LightMyRequestResponse>,
  status: number,
  code: string,
  expected?: { path: (string | number)[]; issue?: string },
) {
  const before = await storedRows(t);
  const error = expectApiError(await write(), status, code, expected);
  expect(await storedRows(t)).toEqual(before);
  return error;
}

/** Runs a write that must succeed, and checks that it appended exactly one audit row of `action` by `caller`. */
async function audited(
  caller: Caller,
  action: string,
  entity: { type: string; id: string },
  write: () => Promise<LightMyRequestResponse>,
) {
  const since = await lastAuditSequence(t.db);
  const response = await write();
  expect(response.statusCode, response.body).toBe(200);
  const rows = await auditRowsAfter(t.db, since);
  expect(rows).toHaveLength(1);
  expect(rows[0]).toMatchObject({
    actorKind: 'user',
    actorId: caller.user.id,
    action,
    entityType: entity.type,
    entityId: entity.id,
    requestId: response.headers['x-request-id'],
  });
  return response;
}

/** Saves the whole French version over what is stored and publishes it; answers the published version. */
async function publishFrench(s: Sample): Promise<DocumentTranslation> {
  const current = translationOf(await api(translator).get(s.document.id, 'fr'));
  const saved = translationOf(
    await api(translator).save(s.document.id, 'fr', {
      title: 'Propositions de révision de la Résolution 901',
      proposals: french(s),
      expectedRevision: current.revision,
    }),
  );
  return translationOf(await api(translator).move(s.document.id, 'fr', 'published', saved.revision));
}

describe('the queue', () => {
  it('lists each language version of the submitted documents with its words and status, one language on asking', async () => {
    const { meeting } = await makeMeeting(t);
    const s = await sample({ meeting: meeting.code });
    const { document: draft } = await makeDraft(t, { proposals: 1 });
    const queue = queueOf(await api(translator).queue(meeting.code));
    expect(queue).toMatchObject({ meetingCode: meeting.code, deadline: '2017-10-02T23:59:59.000Z' });
    expect(queue.items.map((item) => [item.documentId, item.language])).toEqual(
      ['ar', 'zh', 'fr', 'ru', 'es'].map((language) => [s.document.id, language]),
    );
    expect(queue.items.some((item) => item.documentId === draft.id)).toBe(false);
    expect(queue.items[0]).toMatchObject({
      originalLanguage: 'en',
      documentStatus: 'submitted',
      timing: 'on-time',
      status: 'awaiting',
      volume: { count: 22, unit: 'words' },
      proposals: 3,
      translated: 0,
      due: true,
      late: false,
      publishedAt: null,
    });

    translationOf(
      await api(translator).saveProposal(s.document.id, 'fr', s.mod.id, {
        text: 'de le relire avec soin.',
        reasons: null,
        expectedRevision: 0,
      }),
    );
    const after = queueOf(await api(secretariat).queue(meeting.id));
    expect(after.items.find((item) => item.language === 'fr')).toMatchObject({
      status: 'in-translation',
      translated: 1,
    });
    expect(after.languages.find((totals) => totals.language === 'fr')).toEqual({
      language: 'fr',
      awaiting: 0,
      inTranslation: 1,
      published: 0,
      late: 0,
      volume: 22,
    });
    expect(after.languages.find((totals) => totals.language === 'ar')).toMatchObject({ awaiting: 1, volume: 22 });

    const arabic = queueOf(await api(translator).queue(meeting.code, 'ar'));
    expect(arabic.items.map((item) => item.language)).toEqual(['ar']);
    expect(arabic.languages.map((totals) => totals.language)).toEqual(['ar']);
  });

  it('is late for a due version not published after the translations deadline; a delayed contribution is not due', async () => {
    // A study group opening on 9 Oct 2017: contributions by 25 Aug, delayed ones by 27 Sep, translations by 2 Oct.
    const { meeting } = await makeMeeting(t, { type: 'study-group', startsOn: '2017-10-09', endsOn: '2017-10-13' });
    try {
      t.clock.set(new Date('2017-08-01T00:00:00Z'));
      const onTime = await sample({ meeting: meeting.code });
      t.clock.set(TEST_NOW);
      const delayed = await sample({ meeting: meeting.code });
      await publishFrench(onTime);

      t.clock.set(new Date('2017-10-02T23:59:59Z'));
      const before = queueOf(await api(translator).queue(meeting.code));
      expect(before.deadline).toBe('2017-10-02T23:59:59.000Z');
      expect(before.items.filter((item) => item.late)).toEqual([]);

      t.clock.set(new Date('2017-10-03T00:00:00Z'));
      const queue = queueOf(await api(translator).queue(meeting.code));
      const of = (s: Sample, language: string) =>
        queue.items.find((item) => item.documentId === s.document.id && item.language === language)!;
      expect(of(onTime, 'ar')).toMatchObject({ timing: 'on-time', due: true, late: true, status: 'awaiting' });
      expect(of(onTime, 'fr')).toMatchObject({ due: true, late: false, status: 'published' });
      expect(of(delayed, 'ar')).toMatchObject({ timing: 'delayed', due: false, late: false });
      expect(queue.languages.find((totals) => totals.language === 'ar')).toMatchObject({
        awaiting: 2,
        late: 1,
        // The delayed contribution stays in its original language: it adds nothing to translate.
        volume: 22,
      });
      expect(queue.languages.find((totals) => totals.language === 'fr')).toMatchObject({ published: 1, late: 0 });
    } finally {
      t.clock.set(TEST_NOW);
    }
  });

  it('is for translators and the secretariat, of a meeting that exists', async () => {
    const { meeting } = await makeMeeting(t);
    expectApiError(await api(delegate).queue(meeting.code), 403, 'forbidden');
    expectApiError(await api().queue(meeting.code), 401, 'unauthenticated');
    expectApiError(await api(translator).queue('no-such-meeting'), 404, 'not_found', { path: ['query', 'meeting'] });
    expectApiError(await api(translator).queue(meeting.code, 'de'), 400, 'validation_failed', {
      path: ['query', 'language'],
    });
  });
});

describe('reading a language version', () => {
  it('shows a translator any status, the original and the base in that language beside each proposal', async () => {
    const s = await sample();
    const arabic = translationOf(await api(translator).get(s.document.id, 'ar'));
    expect(arabic).toMatchObject({
      documentId: s.document.id,
      language: 'ar',
      originalLanguage: 'en',
      status: 'awaiting',
      revision: 0,
      title: null,
      originalTitle: 'Proposals for the revision of Resolution 901',
      publishedAt: null,
      volume: { count: 22, unit: 'words' },
    });
    expect(arabic.symbol).toMatch(/-A$/);
    expect(proposalIn(arabic, s.mod)).toMatchObject({
      number: s.mod.number,
      mark: 'MOD',
      original: { language: 'en', text: 'to read it back with care.', reasons: 'Care avoids errors.' },
      baseText: 'قراءته مرة أخرى.',
      text: null,
      reasons: null,
      diff: null,
      revision: 0,
    });
    expect(proposalIn(arabic, s.add).baseText).toBeNull();
    expect(translationOf(await api(secretariat).get(s.document.id, 'ar')).status).toBe('awaiting');
  });

  it('shows other readers a published version only: before, it is not found', async () => {
    const s = await sample();
    for (const reader of [delegate, undefined]) {
      expectApiError(await api(reader).get(s.document.id, 'fr'), 404, 'not_found', { path: ['params', 'language'] });
    }
    translationOf(
      await api(translator).saveProposal(s.document.id, 'fr', s.mod.id, {
        text: 'de le relire avec soin.',
        reasons: null,
        expectedRevision: 0,
      }),
    );
    expectApiError(await api(delegate).get(s.document.id, 'fr'), 404, 'not_found');
    await publishFrench(s);
    for (const reader of [delegate, undefined]) {
      const read = translationOf(await api(reader).get(s.document.id, 'fr'));
      expect(read).toMatchObject({ status: 'published', title: 'Propositions de révision de la Résolution 901' });
      expect(proposalIn(read, s.mod).text).toBe('de le relire avec soin.');
    }
  });

  it('refuses the original language, a language not of the six, and a document the reader may not read', async () => {
    const s = await sample({ access: 'authors' });
    expectApiError(await api(translator).get(s.document.id, 'en'), 400, 'validation_failed', {
      path: ['params', 'language'],
      issue: 'original_language',
    });
    expectApiError(await api(translator).get(s.document.id, 'de'), 400, 'validation_failed', {
      path: ['params', 'language'],
    });
    // An authors-only document: the language services translate it, an observer does not see it at all.
    expect(translationOf(await api(translator).get(s.document.id, 'ar')).status).toBe('awaiting');
    const observer = await tokenCaller(t, 'observer');
    expectApiError(await api(observer).get(s.document.id, 'ar'), 404, 'not_found', { path: ['params', 'id'] });
  });
});

describe('saving one proposal', () => {
  it('diffs a translated MOD against the base in that language, counting revisions, one audit row per save', async () => {
    const s = await sample();
    const saved = translationOf(
      await audited(translator, 'translation.proposal.save', { type: 'proposal', id: s.mod.id }, () =>
        api(translator).saveProposal(s.document.id, 'fr', s.mod.id, {
          text: 'de le relire avec soin.',
          reasons: 'Le soin évite les erreurs.',
          expectedRevision: 0,
        }),
      ),
    );
    expect(saved).toMatchObject({ status: 'in-translation', revision: 1 });
    const mod = proposalIn(saved, s.mod);
    expect(mod).toMatchObject({
      baseText: 'de le relire.',
      text: 'de le relire avec soin.',
      reasons: 'Le soin évite les erreurs.',
      revision: 1,
      translatedAt: TEST_NOW.toISOString(),
    });
    // The diff is against the French base, not the English one: it leads from one French text to the other.
    const ops = mod.diff!.ops;
    expect(
      ops
        .filter((op) => op.op !== 'insert')
        .map((op) => op.text)
        .join(''),
    ).toBe('de le relire.');
    expect(
      ops
        .filter((op) => op.op !== 'delete')
        .map((op) => op.text)
        .join(''),
    ).toBe('de le relire avec soin.');
    expect(
      ops
        .filter((op) => op.op === 'insert')
        .map((op) => op.text)
        .join(''),
    ).toContain('avec soin');
    expect(ops.some((op) => op.op === 'delete')).toBe(false);

    const again = translationOf(
      await audited(translator, 'translation.proposal.save', { type: 'proposal', id: s.mod.id }, () =>
        api(translator).saveProposal(s.document.id, 'fr', s.mod.id, {
          text: 'de le relire avec beaucoup de soin.',
          reasons: 'Le soin évite les erreurs.',
          expectedRevision: 1,
        }),
      ),
    );
    expect(again.revision).toBe(2);
    expect(proposalIn(again, s.mod)).toMatchObject({ text: 'de le relire avec beaucoup de soin.', revision: 2 });

    const stale = await refused(
      () =>
        api(secretariat).saveProposal(s.document.id, 'fr', s.mod.id, {
          text: 'de le relire encore.',
          reasons: null,
          expectedRevision: 1,
        }),
      409,
      'stale_translation',
      { path: ['expectedRevision'], issue: 'stale_translation' },
    );
    expect(stale.message).toContain('revision 2');
  });

  it('refuses a MOD equal to the base in that language, a NOC with text, an unknown proposal, writing nothing', async () => {
    const s = await sample();
    await refused(
      () =>
        api(translator).saveProposal(s.document.id, 'fr', s.mod.id, {
          text: 'de le relire.',
          reasons: null,
          expectedRevision: 0,
        }),
      400,
      'invalid_translation',
      { path: ['proposals', s.mod.number, 'text'], issue: 'translation_empty_mod' },
    );
    await refused(
      () =>
        api(translator).saveProposal(s.document.id, 'ar', s.mod.id, {
          text: 'قراءته مرة أخرى.',
          reasons: null,
          expectedRevision: 0,
        }),
      400,
      'invalid_translation',
      { path: ['proposals', s.mod.number, 'text'], issue: 'translation_empty_mod' },
    );
    await refused(
      () =>
        api(translator).saveProposal(s.document.id, 'fr', s.mod.id, { text: null, reasons: null, expectedRevision: 0 }),
      400,
      'invalid_translation',
      { path: ['proposals', s.mod.number, 'text'], issue: 'translation_text_required' },
    );
    await refused(
      () =>
        api(translator).saveProposal(s.document.id, 'fr', s.noc.id, {
          text: 'de l’importer.',
          reasons: 'Encore utile.',
          expectedRevision: 0,
        }),
      400,
      'invalid_translation',
      { path: ['proposals', s.noc.number, 'text'], issue: 'translation_text_not_allowed' },
    );
    const other = await sample();
    await refused(
      () =>
        api(translator).saveProposal(s.document.id, 'fr', other.mod.id, {
          text: 'de le relire avec soin.',
          reasons: null,
          expectedRevision: 0,
        }),
      404,
      'not_found',
      { path: ['params', 'proposalId'] },
    );
  });

  it('lets one of two translators saving the same proposal at once through, never both', async () => {
    const s = await sample();
    const since = await lastAuditSequence(t.db);
    const answers = await Promise.all(
      [translator, otherTranslator].map((caller, index) =>
        api(caller).saveProposal(s.document.id, 'ar', s.mod.id, {
          text: index === 0 ? 'قراءته مرة أخرى بعناية.' : 'قراءته مرة أخرى بعناية شديدة.',
          reasons: null,
          expectedRevision: 0,
        }),
      ),
    );
    expect(answers.map((answer) => answer.statusCode).sort()).toEqual([200, 409]);
    const winner = answers.find((answer) => answer.statusCode === 200)!;
    const loser = answers.find((answer) => answer.statusCode === 409)!;
    expectApiError(loser, 409, 'stale_translation', { path: ['expectedRevision'] });
    const stored = translationOf(await api(translator).get(s.document.id, 'ar'));
    expect(proposalIn(stored, s.mod)).toMatchObject({
      revision: 1,
      text: proposalIn(translationOf(winner), s.mod).text,
    });
    const rows = await auditRowsAfter(t.db, since);
    expect(rows.map((row) => [row.action, row.entityId])).toEqual([['translation.proposal.save', s.mod.id]]);
  });
});

describe('saving a whole version', () => {
  it('stores every proposal aligned with the original, kept in translation, with one audit row', async () => {
    const s = await sample();
    const saved = translationOf(
      await audited(translator, 'translation.save', { type: 'document', id: s.document.id }, () =>
        api(translator).save(s.document.id, 'fr', {
          title: 'Propositions de révision de la Résolution 901',
          // In another order than the original's: proposals are matched by number.
          proposals: french(s).reverse(),
          expectedRevision: 0,
        }),
      ),
    );
    expect(saved).toMatchObject({
      status: 'in-translation',
      revision: 1,
      title: 'Propositions de révision de la Résolution 901',
    });
    expect(saved.proposals.map((proposal) => [proposal.number, proposal.text, proposal.reasons])).toEqual([
      [s.mod.number, 'de le relire avec soin.', 'Le soin évite les erreurs.'],
      [s.add.number, 'que le soin demande du temps,', null],
      [s.noc.number, null, 'Encore utile.'],
    ]);
    expect(proposalIn(saved, s.mod).diff!.ops.filter((op) => op.op === 'insert')).not.toEqual([]);
    expect(proposalIn(saved, s.add).diff).toBeNull();
    // Until it is published, readers do not see it, and the document's titles are as they were.
    expectApiError(await api(delegate).get(s.document.id, 'fr'), 404, 'not_found');
    await refused(
      () => api(translator).save(s.document.id, 'fr', { title: null, proposals: french(s), expectedRevision: 0 }),
      409,
      'stale_translation',
      { path: ['expectedRevision'] },
    );
  });

  it('refuses proposals that do not align, naming each, and a MOD that changes nothing; writes nothing', async () => {
    const s = await sample();
    const [mod, add, noc] = french(s);
    const error = await refused(
      () =>
        api(translator).save(s.document.id, 'fr', {
          title: null,
          proposals: [
            { ...add!, mark: 'MOD' },
            { ...noc!, target: mod!.target },
            { ...mod!, number: 'EGY/999/9' },
          ],
          expectedRevision: 0,
        }),
      400,
      'translation_misaligned',
    );
    expect(error.issues!.map((issue) => [issue.path, issue.code]).sort()).toEqual(
      [
        [['proposals', s.mod.number], 'translation_missing_proposal'],
        [['proposals', s.add.number], 'translation_mark_changed'],
        [['proposals', s.noc.number], 'translation_target_changed'],
        [['proposals', 'EGY/999/9'], 'translation_extra_proposal'],
      ].sort(),
    );
    await refused(
      () =>
        api(translator).save(s.document.id, 'fr', {
          title: null,
          proposals: [{ ...mod!, text: 'de le relire.' }, add, noc],
          expectedRevision: 0,
        }),
      400,
      'invalid_translation',
      { path: ['proposals', s.mod.number, 'text'], issue: 'translation_empty_mod' },
    );
  });
});

describe('moving a language version', () => {
  it('publishes once every proposal is translated, reopens a published one, and refuses the other moves', async () => {
    const s = await sample();
    const id = s.document.id;
    expectApiError(await refusedMove(id, 'ar', 'published', 0), 409, 'conflict', {
      path: ['status'],
      issue: 'invalid_transition',
    });
    const started = translationOf(
      await audited(translator, 'translation.status', { type: 'document', id }, () =>
        api(translator).move(id, 'fr', 'in-translation', 0),
      ),
    );
    expect(started).toMatchObject({ status: 'in-translation', revision: 1 });
    expectApiError(await refusedMove(id, 'fr', 'in-translation', 1), 409, 'conflict', {
      path: ['status'],
      issue: 'unchanged',
    });
    const one = translationOf(
      await api(translator).saveProposal(id, 'fr', s.mod.id, {
        text: 'de le relire avec soin.',
        reasons: 'Le soin évite les erreurs.',
        expectedRevision: 0,
      }),
    );
    const missing = expectApiError(
      await refusedMove(id, 'fr', 'published', one.revision),
      400,
      'translation_misaligned',
    );
    expect(missing.issues!.map((issue) => [issue.path, issue.code])).toEqual([
      [['proposals', s.add.number], 'translation_missing_proposal'],
      [['proposals', s.noc.number], 'translation_missing_proposal'],
    ]);
    await api(translator).saveProposal(id, 'fr', s.add.id, {
      text: 'que le soin demande du temps,',
      reasons: null,
      expectedRevision: 0,
    });
    const withoutReasons = translationOf(
      await api(translator).saveProposal(id, 'fr', s.noc.id, { text: null, reasons: null, expectedRevision: 0 }),
    );
    expectApiError(await refusedMove(id, 'fr', 'published', withoutReasons.revision), 400, 'invalid_translation', {
      path: ['proposals', s.noc.number, 'reasons'],
      issue: 'translation_reasons_required',
    });
    const complete = translationOf(
      await api(translator).saveProposal(id, 'fr', s.noc.id, {
        text: null,
        reasons: 'Encore utile.',
        expectedRevision: 1,
      }),
    );
    expectApiError(await refusedMove(id, 'fr', 'published', complete.revision - 1), 409, 'stale_translation', {
      path: ['expectedRevision'],
    });

    const published = translationOf(
      await audited(secretariat, 'translation.status', { type: 'document', id }, () =>
        api(secretariat).move(id, 'fr', 'published', complete.revision),
      ),
    );
    expect(published).toMatchObject({ status: 'published', publishedAt: TEST_NOW.toISOString() });
    expect(translationOf(await api(delegate).get(id, 'fr')).status).toBe('published');
    // A published version is not edited: it is reopened for a correction first.
    await refused(
      () =>
        api(translator).saveProposal(id, 'fr', s.mod.id, {
          text: 'de le relire avec grand soin.',
          reasons: 'Le soin évite les erreurs.',
          expectedRevision: 1,
        }),
      409,
      'conflict',
      { path: ['status'] },
    );
    expectApiError(await refusedMove(id, 'fr', 'awaiting', published.revision), 409, 'conflict', {
      path: ['status'],
      issue: 'invalid_transition',
    });
    const reopened = translationOf(
      await audited(translator, 'translation.status', { type: 'document', id }, () =>
        api(translator).move(id, 'fr', 'in-translation', published.revision),
      ),
    );
    expect(reopened.status).toBe('in-translation');
    expectApiError(await api(delegate).get(id, 'fr'), 404, 'not_found');
    translationOf(
      await api(translator).saveProposal(id, 'fr', s.mod.id, {
        text: 'de le relire avec grand soin.',
        reasons: 'Le soin évite les erreurs.',
        expectedRevision: 1,
      }),
    );
  });
});

/** A status move that must be refused, with nothing written; answers the refusal for its code to be checked. */
async function refusedMove(id: string, language: string, status: string, expectedRevision: number) {
  const before = await storedRows(t);
  const response = await api(translator).move(id, language, status, expectedRevision);
  expect(response.statusCode, response.body).toBeGreaterThanOrEqual(400);
  expect(await storedRows(t)).toEqual(before);
  return response;
}

describe('the .docx path', () => {
  it('reads an aligned translated file, stores it and publishes its proposals, with one audit row', async () => {
    const s = await sample();
    const file = await translatedDocx(t, s.document.id, 'ar');
    const since = await lastAuditSequence(t.db);
    const response = await putFile(t, translator.headers, s.document.id, 'ar', file);
    expect(response.statusCode, response.body).toBe(200);
    const rows = await auditRowsAfter(t.db, since);
    expect(rows.map((row) => [row.action, row.actorId])).toEqual([['document.file.upload', translator.user.id]]);
    expect(rows[0]!.changes).toMatchObject({
      translation: { before: null, after: { status: 'published', proposals: 3 } },
    });

    const read = translationOf(await api(delegate).get(s.document.id, 'ar'));
    expect(read.status).toBe('published');
    expect(read.proposals.map((proposal) => [proposal.number, proposal.text, proposal.reasons])).toEqual([
      [s.mod.number, 'قراءته مرة أخرى بعناية.', `أسباب مترجمة ${s.mod.number}`],
      [s.add.number, `نص مترجم ${s.add.number}`, null],
      [s.noc.number, null, `أسباب مترجمة ${s.noc.number}`],
    ]);
    // The MOD's tracked changes were read as the proposed text: the Arabic base with the insertion kept.
    expect(
      proposalIn(read, s.mod)
        .diff!.ops.filter((op) => op.op === 'insert')
        .map((op) => op.text)
        .join(''),
    ).toContain('بعناية');
    const download = await t.app.inject({ method: 'GET', url: `/api/v1/documents/${s.document.id}/files/ar` });
    expect(Buffer.compare(download.rawPayload, file)).toBe(0);
  });

  it('refuses a file that does not align, naming each proposal, and stores nothing', async () => {
    const s = await sample();
    // In the same meeting, so that its proposals are numbered otherwise (EGY/2/1 …).
    const other = await sample({ meeting: s.document.meetingId });
    const error = await refused(
      async () => putFile(t, translator.headers, s.document.id, 'ar', await translatedDocx(t, other.document.id, 'ar')),
      400,
      'translation_misaligned',
    );
    expect(error.issues!.map((issue) => [issue.path, issue.code]).sort()).toEqual(
      [
        ...[s.mod, s.add, s.noc].map((p) => [['proposals', p.number], 'translation_missing_proposal']),
        ...[other.mod, other.add, other.noc].map((p) => [['proposals', p.number], 'translation_extra_proposal']),
      ].sort(),
    );
  });

  it('refuses a file in another language than declared at file, and stores nothing', async () => {
    const s = await sample();
    const english = await contributionsApi(t).exported(s.document.id, 'lang=en');
    expect(english.statusCode).toBe(200);
    for (const declared of ['ar', 'fr']) {
      await refused(
        () => putFile(t, translator.headers, s.document.id, declared, english.rawPayload),
        400,
        'language_mismatch',
        { path: ['file'], issue: 'language_mismatch' },
      );
    }
    // A French translation declared as Spanish: the same script, but its labels are French.
    await refused(
      async () => putFile(t, translator.headers, s.document.id, 'es', await translatedDocx(t, s.document.id, 'fr')),
      400,
      'language_mismatch',
      { path: ['file'] },
    );
  });
});

describe('what is not translated, and who translates', () => {
  it('refuses the original language at params.language, writing nothing', async () => {
    const s = await sample();
    const translate = api(translator);
    for (const write of [
      () => translate.saveProposal(s.document.id, 'en', s.mod.id, { text: 'x', reasons: null, expectedRevision: 0 }),
      () => translate.save(s.document.id, 'en', { title: null, proposals: [], expectedRevision: 0 }),
      () => translate.move(s.document.id, 'en', 'in-translation', 0),
    ]) {
      await refused(write, 400, 'validation_failed', { path: ['params', 'language'], issue: 'original_language' });
    }
  });

  it('refuses a draft (hidden from translators) and a withdrawn contribution, writing nothing', async () => {
    const { document: draft, proposalIds } = await makeDraft(t, { proposals: 1, alsoIn: ['ar'] });
    await refused(
      () =>
        api(secretariat).saveProposal(draft.id, 'ar', proposalIds[0]!, {
          text: 'قراءته مرة أخرى بعناية.',
          reasons: null,
          expectedRevision: 0,
        }),
      409,
      'conflict',
      { path: ['status'] },
    );
    await refused(() => api(secretariat).move(draft.id, 'ar', 'in-translation', 0), 409, 'conflict', {
      path: ['status'],
    });
    await refused(() => api(translator).move(draft.id, 'ar', 'in-translation', 0), 404, 'not_found');

    const s = await sample();
    const file = await translatedDocx(t, s.document.id, 'ar');
    await withdrawDocument(t.as(operator), s.document.id);
    const translate = api(translator);
    for (const write of [
      () =>
        translate.saveProposal(s.document.id, 'ar', s.mod.id, {
          text: 'قراءته مرة أخرى بعناية.',
          reasons: null,
          expectedRevision: 0,
        }),
      () => translate.save(s.document.id, 'fr', { title: null, proposals: french(s), expectedRevision: 0 }),
      () => translate.move(s.document.id, 'ar', 'in-translation', 0),
      () => putFile(t, translator.headers, s.document.id, 'ar', file),
    ]) {
      await refused(write, 409, 'conflict', { path: ['status'] });
    }
  });

  it('refuses every other role, and the anonymous, writing nothing', async () => {
    const s = await sample();
    const body = { text: 'de le relire avec soin.', reasons: null, expectedRevision: 0 };
    for (const [role, scope] of [
      ['delegate', { memberStateIso3: 'EGY' }],
      ['focal-point', { memberStateIso3: 'EGY' }],
      ['regional-coordinator', { organizationCode: 'ARAB' }],
      ['chair', {}],
      ['observer', {}],
    ] as const) {
      const caller = await tokenCaller(t, role, scope);
      await refused(() => api(caller).saveProposal(s.document.id, 'fr', s.mod.id, body), 403, 'forbidden');
      await refused(() => api(caller).move(s.document.id, 'fr', 'in-translation', 0), 403, 'forbidden');
    }
    await refused(() => api().saveProposal(s.document.id, 'fr', s.mod.id, body), 401, 'unauthenticated');
    // The focal point of the authors uploads no translation either: translations are the language services'.
    const focal = await tokenCaller(t, 'focal-point', { memberStateIso3: 'EGY' });
    await refused(
      async () => putFile(t, focal.headers, s.document.id, 'ar', await translatedDocx(t, s.document.id, 'ar')),
      403,
      'forbidden',
    );
  });
});

describe('a contribution exported in a language', () => {
  const xmlOf = (response: LightMyRequestResponse) => {
    expect(response.statusCode, response.body.slice(0, 300)).toBe(200);
    return strFromU8(unzipSync(new Uint8Array(response.rawPayload))['word/document.xml']!);
  };

  it('prints each published translation in that language, and the original where there is none', async () => {
    const s = await sample();
    await publishFrench(s);
    // In Arabic, only saved (in translation): readers of the export still get the original.
    translationOf(
      await api(translator).saveProposal(s.document.id, 'ar', s.mod.id, {
        text: 'قراءته مرة أخرى بعناية.',
        reasons: null,
        expectedRevision: 0,
      }),
    );

    const inFrench = contributionsApi(t).exported(s.document.id, 'lang=fr&format=json');
    const json = (await inFrench).json<ContributionJson>();
    expect(json).toMatchObject({ language: 'fr', title: 'Propositions de révision de la Résolution 901' });
    const [mod, add, noc] = json.proposals;
    expect(mod).toMatchObject({
      number: s.mod.number,
      baseText: 'de le relire.',
      text: 'de le relire avec soin.',
      reasons: 'Le soin évite les erreurs.',
    });
    expect(
      mod!
        .changes!.ops.filter((op) => op.op !== 'insert')
        .map((op) => op.text)
        .join(''),
    ).toBe('de le relire.');
    expect(
      mod!
        .changes!.ops.filter((op) => op.op !== 'delete')
        .map((op) => op.text)
        .join(''),
    ).toBe('de le relire avec soin.');
    expect(add).toMatchObject({ text: 'que le soin demande du temps,', reasons: null });
    expect(noc).toMatchObject({ text: null, reasons: 'Encore utile.' });

    const inArabic = (
      await contributionsApi(t).exported(s.document.id, 'lang=ar&format=json')
    ).json<ContributionJson>();
    expect(inArabic.proposals[0]).toMatchObject({
      baseText: 'to read it back.',
      text: 'to read it back with care.',
      reasons: 'Care avoids errors.',
    });
    expect(inArabic.proposals[2]).toMatchObject({ reasons: 'Still needed.' });

    const xml = xmlOf(await contributionsApi(t).exported(s.document.id, 'lang=fr'));
    expect(xml).toMatch(/<w:ins [^>]*>(?:(?!<\/w:ins>)[\s\S])*avec soin/);
    expect(xml).toContain('Le soin évite les erreurs.');
    expect(xml).not.toContain('Care avoids errors.');
  });
});

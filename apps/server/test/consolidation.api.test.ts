import type { ConsolidationDraft, InstrumentVersion } from '@tansiq/api';
import { renderInstrumentText, type StructuredText } from '@tansiq/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemo } from '../src/index.ts';
import { auditRowsAfter, lastAuditSequence } from './account-helpers.ts';
import { consolidationApi, draftOf, provisionOf } from './consolidation-helpers.ts';
import { demoAccount, storedRows, version901, type Caller } from './contribution-helpers.ts';
import { auditRowsOf, expectApiError, getData, openTestApp, operator, type TestApp } from './helpers.ts';

/**
 * The whole flow on the demo's sample Resolution 901 at WTDC-17 (proposals of Egypt, Africa, Europe and
 * Brazil): the chair opens the draft, picks, settles the brackets, edits, and the plenary adopts
 * "Resolution 901 (Rev. Buenos Aires, 2017)".
 */
/** What the plenary adopts: the demo's text (Rev. Dubai, 2014) with the chair's picks, choices and edit. */
const ADOPTED_901 = `RESOLUTION 901 (Rev. Buenos Aires, 2017)
Community centres for digital skills
The World Telecommunication Development Conference (Buenos Aires, 2017),
considering
a)\tthat digital skills help people use telecommunication/ICT services safely and productively;
b)\tthat community centres can offer training close to where people live;
c)\tthat many rural and remote areas still lack such centres,
d)\tthat the skills in demand change as services change,
recognizing
a)\tthe work of administrations that have opened community centres;
b)\tthat the needs of persons with disabilities call for accessible training material,
noting
that the Telecommunication Development Bureau has gathered experience in this field,
resolves
1\tto promote the establishment and sustainability of community centres for digital skills;
2\tthat the centres should, with the support of the regional offices:
i)\toffer training in the languages of the communities they serve;
ii)\tgive priority to women, young people and older persons;
3\tto share experience among the regions through the study groups,
4\tto encourage centres that run on renewable energy where the electricity grid is unreliable,
instructs the Director of the Telecommunication Development Bureau
1\tto prepare and regularly update guidelines for community centres, based on the outline in Annex 1 to this resolution and on the experience of the regions;
2\tto report to the next conference on the implementation of this resolution,
invites Member States
to share their experience of community centres with the Telecommunication Development Bureau.

ANNEX 1 TO RESOLUTION 901 (Rev. Buenos Aires, 2017)
Outline of the guidelines for community centres
1\tPurpose of the centre and the communities it serves.
2\tTraining plan, including:
a)\tbasic use of devices and services;
b)\tonline safety and privacy;
3\tMeasures of results and reporting.
`;

/** A stored version's English text as the texts library answers it. */
function storedText(version: InstrumentVersion): StructuredText {
  const head = version.texts.en!;
  return {
    language: 'en',
    kind: version.instrument.kind,
    number: version.instrument.number,
    revision: head.revision,
    title: head.title,
    body: head.body,
    provisions: version.provisions.map(({ texts, ...provision }) => ({ ...provision, ...texts.en! })),
  };
}

let t: TestApp;
let chair: Caller;
let v901: string;
let draft: ConsolidationDraft;

beforeAll(async () => {
  t = await openTestApp();
  await loadDemo(t.as(operator));
  chair = await demoAccount(t, 'chair@example.org');
  v901 = await version901(t);
});

afterAll(async () => {
  await t?.close();
});

const api = () => consolidationApi(t, chair.headers);
const idsOf = (provisionId: string, ...sources: string[]) =>
  sources.map((source) => {
    const proposal = provisionOf(draft, provisionId).available.find((candidate) => candidate.source === source);
    expect(proposal, `${source} on ${provisionId}`).toBeDefined();
    return proposal!.id;
  });

/** Applies a write that must succeed and keeps the draft it answers. */
async function step(write: Promise<Parameters<typeof draftOf>[0]>): Promise<ConsolidationDraft> {
  const next = draftOf(await write);
  expect(next.revision).toBe(draft.revision + 1);
  draft = next;
  return draft;
}

describe('consolidating sample Resolution 901 at WTDC-17', () => {
  it('opens a draft owned by the chair: every provision, the added ones placed, the proposals to pick', async () => {
    draft = draftOf(await api().create({ meeting: 'wtdc-17', version: v901, language: 'en' }), 201);
    expect(draft).toMatchObject({
      status: 'open',
      revision: 0,
      language: 'en',
      owner: { id: chair.user.id },
      version: { id: v901, label: 'Rev. Dubai, 2014', status: 'in-force' },
      newLabel: 'Rev. Buenos Aires, 2017',
      openBrackets: 0,
      adoption: null,
    });
    const ids = draft.provisions.map((provision) => provision.id);
    expect(ids.indexOf('considering.d')).toBe(ids.indexOf('considering.c') + 1);
    expect(ids.indexOf('resolves.4')).toBe(ids.indexOf('resolves.3') + 1);
    expect(provisionOf(draft, 'considering.d')).toMatchObject({ added: true, base: null, text: '', suppressed: true });
    expect(provisionOf(draft, 'resolves.1')).toMatchObject({
      added: false,
      picks: [],
      text: 'to encourage the establishment of community centres for digital skills;',
    });
    expect(provisionOf(draft, 'resolves.1').available.map((proposal) => [proposal.source, proposal.mark])).toEqual([
      ['AFCP', 'MOD'],
      ['EUR', 'MOD'],
      ['BRA', 'MOD'],
    ]);
    expect(draftOf(await api().get(draft.id))).toEqual(draft);
    // Drafts are read by signed-in people only.
    expectApiError(await consolidationApi(t).get(draft.id), 401, 'unauthenticated');
    expectApiError(await consolidationApi(t).list('wtdc-17'), 401, 'unauthenticated');
  });

  it('lists the meeting’s drafts to a signed-in reader', async () => {
    const response = await api().list('wtdc-17');
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json<{ data: { id: string }[] }>().data.map((entry) => entry.id)).toEqual([draft.id]);
  });

  it('brackets colliding proposals with their sources, and settles them by the chair’s choice', async () => {
    const [afcp, eur, bra] = idsOf('resolves.1', 'AFCP', 'EUR', 'BRA');
    await step(api().pick(draft.id, 'resolves.1', [afcp!, eur!, bra!], draft.revision));
    const resolves1 = provisionOf(draft, 'resolves.1');
    expect(resolves1.text).toBe('to [support] / [promote] the establishment of community centres for digital skills;');
    expect(resolves1.openBrackets).toEqual([{ id: 0, text: '[support] / [promote]' }]);
    const brackets = resolves1.parts.find((part) => part.kind === 'brackets')!;
    expect(brackets.kind === 'brackets' && brackets.alternatives.map((alternative) => alternative.numbers)).toEqual([
      [resolves1.available[0]!.number],
      [resolves1.available[1]!.number, resolves1.available[2]!.number],
    ]);
    expect(draft.openBrackets).toBe(1);
  });

  it('refuses adoption while brackets are left, listing each, and writes nothing', async () => {
    const before = await storedRows(t);
    const error = expectApiError(await api().adopt(draft.id, draft.revision), 409, 'brackets_left', {
      path: ['provisions', 'resolves.1', 'brackets', 0],
    });
    expect(error.issues).toHaveLength(1);
    expect(await storedRows(t)).toEqual(before);
    expect(draftOf(await api().get(draft.id))).toMatchObject({ status: 'open', revision: draft.revision });
  });

  it('refuses the second of two writes based on one revision: 409 stale_draft with the current revision', async () => {
    const base = draft.revision;
    await step(api().choose(draft.id, 'resolves.1', 0, 1, base));
    expect(provisionOf(draft, 'resolves.1')).toMatchObject({
      text: 'to promote the establishment of community centres for digital skills;',
      edited: true,
      openBrackets: [],
    });
    const second = await api().edit(draft.id, 'resolves.1', 'to encourage something else;', base);
    const error = expectApiError(second, 409, 'stale_draft', { path: ['expectedRevision'] });
    expect(error.message).toContain(`revision ${base + 1}`);
    expect(second.headers.etag).toBe(`"${base + 1}"`);
    expect(draftOf(await api().get(draft.id))).toEqual(draft);
  });

  it('records the chair’s edit as the chair’s, keeping the chosen proposals’ provenance', async () => {
    const text = 'to promote the establishment and sustainability of community centres for digital skills;';
    await step(api().edit(draft.id, 'resolves.1', text, draft.revision));
    const resolves1 = provisionOf(draft, 'resolves.1');
    expect(resolves1.text).toBe(text);
    const changes = resolves1.parts.flatMap((part) =>
      part.kind === 'insert' || part.kind === 'delete'
        ? [[part.kind, part.text.trim(), part.from.kind === 'chair' ? 'chair' : part.from.numbers.join(',')]]
        : [],
    );
    const [, eur, bra] = resolves1.available;
    expect(changes).toEqual([
      ['delete', 'encourage', `${eur!.number},${bra!.number}`],
      ['insert', 'promote', `${eur!.number},${bra!.number}`],
      ['insert', 'and sustainability', 'chair'],
    ]);
  });

  it('refuses an edit that removes a bracket’s alternatives without choosing', async () => {
    const [eur, afcp] = idsOf('recognizing.abis', 'EUR', 'AFCP');
    await step(api().pick(draft.id, 'recognizing.abis', [eur!, afcp!], draft.revision));
    const abis = provisionOf(draft, 'recognizing.abis');
    expect(abis.openBrackets).toHaveLength(1);
    const before = await storedRows(t);
    expectApiError(
      await api().edit(draft.id, 'recognizing.abis', 'the contribution of libraries to this work;', draft.revision),
      400,
      'invalid_edit',
      { path: ['text'], issue: 'brackets_edited' },
    );
    expect(await storedRows(t)).toEqual(before);
    // The chair settles it by choosing Europe's SUP: the provision will be suppressed.
    const supIndex = abis.parts
      .flatMap((part) => (part.kind === 'brackets' ? part.alternatives : []))
      .findIndex((alternative) => alternative.numbers.includes(abis.available.find((p) => p.source === 'EUR')!.number));
    await step(api().choose(draft.id, 'recognizing.abis', 0, supIndex, draft.revision));
    expect(provisionOf(draft, 'recognizing.abis')).toMatchObject({ text: '', suppressed: true });
  });

  it('merges the same change from two sources, compatible changes, ADDs and a NOC', async () => {
    await step(api().pick(draft.id, 'resolves.2', idsOf('resolves.2', 'EGY', 'AFCP'), draft.revision));
    const resolves2 = provisionOf(draft, 'resolves.2');
    expect(resolves2.text).toBe('that the centres should, with the support of the regional offices:');
    const insert = resolves2.parts.find((part) => part.kind === 'insert');
    expect(insert?.kind === 'insert' && insert.from).toEqual({
      kind: 'proposal',
      numbers: resolves2.available.map((proposal) => proposal.number),
    });
    await step(
      api().pick(draft.id, 'instructs-director.1', idsOf('instructs-director.1', 'AFCP', 'EUR'), draft.revision),
    );
    expect(provisionOf(draft, 'instructs-director.1')).toMatchObject({
      openBrackets: [],
      text: 'to prepare and regularly update guidelines for community centres, based on the outline in Annex 1 to this resolution and on the experience of the regions;',
    });
    await step(api().pick(draft.id, 'considering.d', idsOf('considering.d', 'EGY'), draft.revision));
    await step(api().pick(draft.id, 'resolves.4', idsOf('resolves.4', 'BRA'), draft.revision));
    await step(api().pick(draft.id, 'resolves.3', idsOf('resolves.3', 'EGY'), draft.revision));
    expect(provisionOf(draft, 'considering.d')).toMatchObject({
      text: 'that the skills in demand change as services change,',
      suppressed: false,
    });
    expect(provisionOf(draft, 'resolves.3').text).toBe(
      'to share experience among the regions through the study groups,',
    );
  });

  it('adopts by consensus in one transaction: the new version in force with its text, the old superseded', async () => {
    // The plenary of the last day (the clock moves: versions list newest first).
    t.clock.set(new Date('2017-10-20T18:00:00Z'));
    const since = await lastAuditSequence(t.db);
    const adopted = draftOf(await api().adopt(draft.id, draft.revision));
    expect(adopted).toMatchObject({
      status: 'adopted',
      revision: draft.revision + 1,
      version: { id: v901, status: 'superseded' },
      adoption: {
        outcome: 'revised',
        version: { label: 'Rev. Buenos Aires, 2017' },
        adoptedBy: 'consensus',
        adoptedOn: '2017-10-20',
      },
    });
    expect(adopted.adoption!.renumbered).toMatchObject({
      'recognizing.b': 'recognizing.b',
      'resolves.4': 'resolves.4',
    });
    expect(adopted.adoption!.renumbered['recognizing.abis']).toBeUndefined();
    const rows = await auditRowsAfter(t.db, since);
    expect(rows.map((row) => row.action)).toEqual(['consolidation.draft.adopt']);

    const version = await getData<InstrumentVersion>(t, `/api/v1/instrument-versions/${adopted.adoption!.version!.id}`);
    expect(version).toMatchObject({ label: 'Rev. Buenos Aires, 2017', status: 'in-force', adoptedOn: '2017-10-20' });
    expect(renderInstrumentText(storedText(version))).toBe(ADOPTED_901);
    const instrument = await getData<{ versions: { label: string; status: string }[] }>(
      t,
      `/api/v1/instruments/${adopted.instrument.id}`,
    );
    expect(instrument.versions.map((entry) => [entry.label, entry.status])).toEqual([
      ['Rev. Buenos Aires, 2017', 'in-force'],
      ['Rev. Dubai, 2014', 'superseded'],
    ]);
    draft = adopted;
  });

  it('refuses to adopt twice, and any later write: the adopted text is immutable', async () => {
    const before = await storedRows(t);
    expectApiError(await api().adopt(draft.id, draft.revision), 409, 'already_adopted');
    expectApiError(await api().adopt(draft.id, draft.revision - 1), 409, 'already_adopted');
    expectApiError(await api().edit(draft.id, 'resolves.1', 'x', draft.revision), 409, 'already_adopted');
    expect(await storedRows(t)).toEqual(before);
  });

  it('wrote one audit row per write, each naming the chair', async () => {
    const rows = await auditRowsOf(t.db, draft.id);
    expect(rows.map((row) => row.action)).toEqual([
      'consolidation.draft.create',
      'consolidation.draft.pick',
      'consolidation.draft.choose',
      'consolidation.draft.edit',
      'consolidation.draft.pick',
      'consolidation.draft.choose',
      ...Array<string>(5).fill('consolidation.draft.pick'),
      'consolidation.draft.adopt',
    ]);
    expect(new Set(rows.map((row) => row.actorId))).toEqual(new Set([chair.user.id]));
  });
});

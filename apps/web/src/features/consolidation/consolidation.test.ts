import {
  ApiError,
  type ConsolidationDraft,
  type DraftPart,
  type DraftProvision,
  type PickableProposal,
  type Provenance,
  type Vote,
} from '@tansiq/api';
import { describe, expect, it } from 'vitest';
import {
  adoptingVotes,
  adoptionState,
  changesOf,
  defaultDraftLanguage,
  draftErrorMessage,
  draftForVersion,
  draftPath,
  draftSegments,
  draftsPath,
  missingLanguages,
  needsReload,
  provenanceParts,
  provisionMarkers,
  samePicks,
  sourcesByNumber,
  togglePick,
  translationState,
} from './consolidation.ts';

const AFCP: Provenance = { kind: 'proposal', numbers: ['AFCP/12/1'] };
const EUR_BRA: Provenance = { kind: 'proposal', numbers: ['EUR/13/1', 'BRA/14/1'] };

/** Resolves 1 after picking AFCP, EUR and BRA: "to [support] / [promote] the establishment …", then the chair. */
const RESOLVES_1: DraftPart[] = [
  { kind: 'base', text: 'to ' },
  {
    kind: 'brackets',
    id: 0,
    base: 'encourage',
    text: '[support] / [promote]',
    alternatives: [
      {
        numbers: ['AFCP/12/1'],
        text: 'support',
        spans: [
          { kind: 'delete', text: 'encourage', from: AFCP },
          { kind: 'insert', text: 'support', from: AFCP },
        ],
      },
      {
        numbers: ['EUR/13/1', 'BRA/14/1'],
        text: 'promote',
        spans: [
          { kind: 'delete', text: 'encourage', from: EUR_BRA },
          { kind: 'insert', text: 'promote', from: EUR_BRA },
        ],
      },
    ],
  },
  { kind: 'base', text: ' the establishment' },
  { kind: 'insert', text: ' and sustainability', from: { kind: 'chair' } },
  { kind: 'base', text: '' },
  { kind: 'base', text: ' of community centres;' },
];

function provision(overrides: Partial<DraftProvision> = {}): DraftProvision {
  return {
    id: 'resolves.1',
    added: false,
    section: 'operative',
    heading: 'resolves',
    headingKey: 'resolves',
    num: '1',
    parent: null,
    base: 'to encourage the establishment of community centres;',
    picks: [],
    parts: [],
    text: 'to encourage the establishment of community centres;',
    openBrackets: [],
    edited: false,
    suppressed: false,
    available: [],
    ...overrides,
  };
}

describe('draftSegments', () => {
  const segments = draftSegments(RESOLVES_1);

  it('keeps kept text, numbers every change in reading order (alternatives too), and drops empty spans', () => {
    expect(segments.map((segment) => segment.kind)).toEqual(['base', 'brackets', 'base', 'insert', 'base']);
    expect(changesOf(segments).map((change) => [change.index, change.kind, change.text])).toEqual([
      [1, 'delete', 'encourage'],
      [2, 'insert', 'support'],
      [3, 'delete', 'encourage'],
      [4, 'insert', 'promote'],
      [5, 'insert', ' and sustainability'],
    ]);
  });

  it('gives each bracket its alternatives with the proposals that read them so, and each change its provenance', () => {
    const brackets = segments[1];
    expect(brackets?.kind).toBe('brackets');
    if (brackets?.kind !== 'brackets') {
      return;
    }
    expect(brackets).toMatchObject({ id: 0, base: 'encourage' });
    expect(brackets.alternatives.map((alternative) => [alternative.index, alternative.numbers])).toEqual([
      [0, ['AFCP/12/1']],
      [1, ['EUR/13/1', 'BRA/14/1']],
    ]);
    expect(brackets.alternatives[1]?.segments[1]?.from).toEqual(EUR_BRA);
    expect(segments[3]).toMatchObject({ kind: 'insert', from: { kind: 'chair' } });
  });

  it('has no change in a provision left as the base', () => {
    expect(changesOf(draftSegments([{ kind: 'base', text: 'unchanged' }]))).toEqual([]);
    expect(draftSegments([])).toEqual([]);
  });
});

describe('provenance', () => {
  const sources = sourcesByNumber([
    { number: 'AFCP/12/1', source: 'AFCP' },
    { number: 'EUR/13/1', source: 'EUR' },
  ] as DraftProvision['available']);

  it('names the chair, or each proposal with its source (none when it is not offered)', () => {
    expect(provenanceParts({ kind: 'chair' }, sources)).toEqual({ kind: 'chair' });
    expect(provenanceParts(EUR_BRA, sources)).toEqual({
      kind: 'proposals',
      proposals: [
        { number: 'EUR/13/1', source: 'EUR' },
        { number: 'BRA/14/1', source: null },
      ],
    });
  });
});

describe('provisionMarkers', () => {
  it('marks what the draft holds on a provision', () => {
    expect(provisionMarkers(provision())).toEqual([]);
    expect(
      provisionMarkers(provision({ picks: ['a', 'b'], openBrackets: [{ id: 0, text: '[a] / [b]' }], edited: true })),
    ).toEqual(['picked', 'brackets', 'edited']);
    expect(provisionMarkers(provision({ picks: ['sup'], suppressed: true }))).toEqual(['picked', 'suppressed']);
  });

  it('marks an added provision as new, and suppressed only once something was picked on it', () => {
    const added = provision({ id: 'considering.d', added: true, base: null, text: '', suppressed: true });
    expect(provisionMarkers(added)).toEqual(['added']);
    expect(provisionMarkers({ ...added, picks: ['egy'], suppressed: false })).toEqual(['added', 'picked']);
  });
});

describe('picks', () => {
  it('puts a ticked proposal last and removes an unticked one', () => {
    expect(togglePick(['a'], 'b', true)).toEqual(['a', 'b']);
    expect(togglePick(['a', 'b'], 'a', false)).toEqual(['b']);
    expect(togglePick(['a', 'b'], 'a', true)).toEqual(['b', 'a']);
  });

  it('compares picks in order', () => {
    expect(samePicks(['a', 'b'], ['a', 'b'])).toBe(true);
    expect(samePicks(['a', 'b'], ['b', 'a'])).toBe(false);
    expect(samePicks([], ['a'])).toBe(false);
  });
});

describe('adoptionState', () => {
  const wholeText = { proposal: null, mergedInto: null, available: [] };
  const bracketed = provision({ openBrackets: [{ id: 0, text: '[support] / [promote]' }] });

  it('is ready when the draft is open and no bracket is left', () => {
    expect(adoptionState({ status: 'open', provisions: [provision()], wholeText })).toEqual({
      ready: true,
      abrogates: false,
      open: [],
    });
    expect(adoptionState({ status: 'adopted', provisions: [provision()], wholeText }).ready).toBe(false);
  });

  it('lists every open bracket with its provision', () => {
    expect(adoptionState({ status: 'open', provisions: [provision(), bracketed], wholeText })).toEqual({
      ready: false,
      abrogates: false,
      open: [{ provisionId: 'resolves.1', heading: 'resolves', num: '1', bracketId: 0, text: '[support] / [promote]' }],
    });
  });

  it('lets a whole-text SUP abrogate whatever brackets are left', () => {
    const sup = { ...wholeText, proposal: { id: 'x' } } as unknown as ConsolidationDraft['wholeText'];
    expect(adoptionState({ status: 'open', provisions: [bracketed], wholeText: sup })).toMatchObject({
      ready: true,
      abrogates: true,
    });
  });
});

describe('draftForVersion', () => {
  const draft = (id: string, version: string, status: 'open' | 'adopted', updatedAt: string) => ({
    id,
    version: { id: version, label: 'Rev. Dubai, 2014', status: 'in-force' as const },
    status,
    updatedAt,
  });

  it('prefers the open draft of the version, else its latest adopted one', () => {
    const drafts = [
      draft('old', 'v1', 'adopted', '2017-10-01T00:00:00Z'),
      draft('newer', 'v1', 'adopted', '2017-10-05T00:00:00Z'),
      draft('other', 'v2', 'open', '2017-10-06T00:00:00Z'),
    ];
    expect(draftForVersion(drafts, 'v1')?.id).toBe('newer');
    expect(draftForVersion([...drafts, draft('open', 'v1', 'open', '2017-09-01T00:00:00Z')], 'v1')?.id).toBe('open');
    expect(draftForVersion(drafts, 'v3')).toBeUndefined();
  });
});

describe('errors of writes', () => {
  it('reloads on a stale revision or an adoption meanwhile, and reads the codes the workspace explains', () => {
    const stale = new ApiError(409, 'stale_draft', 'The draft is at revision 4.', [
      { path: ['expectedRevision'], message: 'Stale.' },
    ]);
    expect(needsReload(stale)).toBe(true);
    expect(draftErrorMessage(stale)).toBe('consolidation.errors.stale_draft');
    expect(needsReload(new ApiError(409, 'already_adopted', ''))).toBe(true);
    expect(needsReload(new ApiError(409, 'brackets_left', ''))).toBe(false);
    expect(needsReload(new TypeError('fetch failed'))).toBe(false);
  });

  it('reads an edit that touched a bracket from its issue on the text', () => {
    const edit = new ApiError(400, 'invalid_edit', 'Brackets are settled by choosing.', [
      { path: ['text'], message: 'Brackets edited.', code: 'brackets_edited' },
    ]);
    expect(draftErrorMessage(edit)).toBe('consolidation.errors.brackets_edited');
    expect(draftErrorMessage(new ApiError(409, 'invalid_pick', ''))).toBe('consolidation.errors.invalid_pick');
    expect(draftErrorMessage(new ApiError(403, 'forbidden', ''))).toBeNull();
    expect(draftErrorMessage('nope')).toBeNull();
  });
});

describe('paths', () => {
  it('addresses the meeting’s drafts and a draft’s provision', () => {
    expect(draftsPath('WTDC-17')).toBe('/meetings/WTDC-17/consolidation');
    expect(draftPath('d1')).toBe('/consolidation/d1');
    expect(draftPath('d1', 'resolves.1')).toBe('/consolidation/d1?provision=resolves.1');
  });
});

describe('adoptingVotes', () => {
  const closedTally = (result: 'adopted' | 'rejected'): NonNullable<Vote['result']> => ({
    ...{ quorum: true, votesCast: 3, abstentions: 0, result, elected: [], nextRound: [] },
    ...{ votesFor: result === 'adopted' ? 3 : 0, votesAgainst: result === 'adopted' ? 0 : 3 },
    ...{ blankBallots: 0, invalidBallots: 0, majority: 'simple', majorityRequired: 2 },
    ...{ statesCounted: 3, electorate: 3, quorumRequired: 2, candidates: [] },
  });
  const vote = (overrides: Partial<Vote>): Vote => ({
    id: 'v1',
    meetingId: 'm',
    number: 1,
    agendaItemId: null,
    title: { en: 'Adopt Resolution 901' },
    kind: 'question',
    method: 'secret',
    seats: 0,
    candidates: [],
    rules: { quorum: 'majority', majority: 'simple', abstentionsPostpone: true, maxProxies: 1, runoff: 'top-two' },
    officerPost: null,
    consolidationDraftId: 'd1',
    status: 'closed',
    electorate: [],
    present: [],
    proxies: {},
    drawnLetter: null,
    callOrder: [],
    voted: [],
    ballotsReceived: 0,
    rollCall: [],
    counts: null,
    result: closedTally('adopted'),
    openedAt: null,
    closedAt: null,
    ...overrides,
  });

  it('offers only the closed votes on this draft that adopted it', () => {
    const adopted = vote({});
    const rejected = vote({
      id: 'v2',
      result: closedTally('rejected'),
    });
    const open = vote({ id: 'v3', status: 'open', result: null });
    const otherDraft = vote({ id: 'v4', consolidationDraftId: 'd2' });
    expect(adoptingVotes({ id: 'd1' }, [adopted, rejected, open, otherDraft]).map((v) => v.id)).toEqual(['v1']);
    expect(adoptingVotes({ id: 'd9' }, [adopted])).toEqual([]);
  });
});

describe('a draft in one language among the version’s', () => {
  it('opens in the interface language when the version has it, else in the proposals’ language', () => {
    expect(defaultDraftLanguage(['ar', 'en'], 'ar', 'en')).toBe('ar');
    expect(defaultDraftLanguage(['en', 'fr'], 'ar', 'en')).toBe('en');
    expect(defaultDraftLanguage(['en', 'fr'], 'fr', 'en')).toBe('fr');
  });

  const proposal = (overrides: Partial<PickableProposal>): PickableProposal => ({
    id: 'p1',
    number: 'DEU/2/1',
    source: 'DEU',
    mark: 'MOD',
    text: 'تشجيع إنشاء مراكز مجتمعية ميسّرة للمهارات الرقمية؛',
    language: 'ar',
    shownAs: 'translation',
    original: { language: 'en', text: 'to encourage accessible centres;' },
    document: { id: 'd1', number: 2, addendum: null },
    ...overrides,
  });

  it('merges a translated proposal and holds back one awaiting translation, unless it has no text', () => {
    expect(translationState(proposal({}))).toBe('translation');
    expect(translationState(proposal({ shownAs: 'original' }))).toBeNull();
    const awaiting = { shownAs: 'awaiting-translation' as const, language: 'en' };
    expect(translationState(proposal({ ...awaiting, text: 'to encourage accessible centres;' }))).toBe('awaiting');
    // A NOC or SUP brings no text: nothing to translate, so nothing holds it back.
    expect(translationState(proposal({ ...awaiting, mark: 'NOC', text: null }))).toBeNull();
  });

  it('lists the languages an adopted version still lacks, in the languages’ order', () => {
    expect(missingLanguages(['ar'])).toEqual(['zh', 'en', 'fr', 'ru', 'es']);
    expect(missingLanguages(['es', 'ar', 'en'])).toEqual(['zh', 'fr', 'ru']);
    expect(missingLanguages(['ar', 'zh', 'en', 'fr', 'ru', 'es'])).toEqual([]);
  });
});

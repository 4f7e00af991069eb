import type { ConsolidationDraft, DraftProvision, PickableProposal } from '@tansiq/api';
import { describe, expect, it } from 'vitest';
import { adoptionState } from './consolidation.ts';
import {
  NO_EDITS,
  chosenWholeText,
  tickedPicks,
  typedText,
  unsavedWork,
  wholeTextChanged,
  withTicks,
  withTyped,
  withWholeText,
  withoutTyped,
} from './unsaved-work.ts';

const EGY = '11111111-1111-4111-8111-111111111111';
const TUN = '22222222-2222-4222-8222-222222222222';
const SUP = '33333333-3333-4333-8333-333333333333';
const SUP_STAR = '44444444-4444-4444-8444-444444444444';
const TARGET = '55555555-5555-4555-8555-555555555555';

function provision(id: string, overrides: Partial<DraftProvision> = {}): DraftProvision {
  const [heading = '', num = ''] = id.split('.');
  return {
    id,
    added: false,
    section: 'operative',
    heading,
    headingKey: heading,
    num,
    parent: null,
    base: `text of ${id}`,
    picks: [],
    parts: [],
    text: `text of ${id}`,
    openBrackets: [],
    edited: false,
    suppressed: false,
    available: [],
    ...overrides,
  };
}

const wholeTextProposal = (id: string, mark: 'SUP' | 'SUP*') => ({ id, mark }) as PickableProposal;

type Draft = Pick<ConsolidationDraft, 'status' | 'wholeText' | 'provisions'>;

function draftOf(provisions: DraftProvision[], overrides: Partial<Draft> = {}): Draft {
  return {
    status: 'open',
    wholeText: {
      proposal: null,
      mergedInto: null,
      available: [wholeTextProposal(SUP, 'SUP'), wholeTextProposal(SUP_STAR, 'SUP*')],
    },
    provisions,
    ...overrides,
  };
}

const resolves1 = provision('resolves.1');
const resolves2 = provision('resolves.2', { picks: [EGY] });

describe('ticks not merged', () => {
  it('are the draft’s picks until the chair ticks, then the chair’s, and block adoption until merged', () => {
    const draft = draftOf([resolves1, resolves2]);
    expect(tickedPicks(NO_EDITS, resolves1)).toEqual([]);
    expect(unsavedWork(draft, NO_EDITS)).toEqual([]);
    expect(adoptionState(draft, unsavedWork(draft, NO_EDITS)).ready).toBe(true);

    const ticked = withTicks(NO_EDITS, resolves1, [EGY, TUN]);
    expect(tickedPicks(ticked, resolves1)).toEqual([EGY, TUN]);
    const unsaved = unsavedWork(draft, ticked);
    expect(unsaved).toEqual([{ kind: 'picks', provisionId: 'resolves.1', heading: 'resolves', num: '1' }]);
    expect(adoptionState(draft, unsaved).ready).toBe(false);

    // Merged: the draft holds the ticks, nothing is left.
    const merged = draftOf([{ ...resolves1, picks: [EGY, TUN] }, resolves2]);
    expect(unsavedWork(merged, ticked)).toEqual([]);
    expect(adoptionState(merged, unsavedWork(merged, ticked)).ready).toBe(true);
  });

  it('count unticking a merged pick, and the same proposals in another order, but not ticking back to the picks', () => {
    const draft = draftOf([resolves2]);
    expect(unsavedWork(draft, withTicks(NO_EDITS, resolves2, []))).toHaveLength(1);
    const both = { ...resolves2, picks: [EGY, TUN] };
    expect(unsavedWork(draftOf([both]), withTicks(NO_EDITS, both, [TUN, EGY]))).toHaveLength(1);
    expect(unsavedWork(draft, withTicks(NO_EDITS, resolves2, [EGY]))).toEqual([]);
  });

  it('give way to the draft’s picks when the draft changed meanwhile (merged in another tab)', () => {
    const ticked = withTicks(NO_EDITS, resolves1, [TUN]);
    const elsewhere = { ...resolves1, picks: [EGY] };
    expect(tickedPicks(ticked, elsewhere)).toEqual([EGY]);
    expect(unsavedWork(draftOf([elsewhere]), ticked)).toEqual([]);
  });

  it('are kept per provision: ticks on one outlive a visit to another', () => {
    const edits = withTicks(withTicks(NO_EDITS, resolves1, [TUN]), resolves2, [EGY, TUN]);
    expect(tickedPicks(edits, resolves1)).toEqual([TUN]);
    expect(tickedPicks(edits, resolves2)).toEqual([EGY, TUN]);
    expect(unsavedWork(draftOf([resolves1, resolves2]), edits).map((item) => item.kind)).toEqual(['picks', 'picks']);
  });
});

describe('text typed, not saved', () => {
  it('shows in the box and blocks adoption until saved or undone', () => {
    const draft = draftOf([resolves1]);
    expect(typedText(NO_EDITS, resolves1)).toBe('text of resolves.1');
    const typed = withTyped(NO_EDITS, resolves1, 'new text');
    expect(typedText(typed, resolves1)).toBe('new text');
    expect(unsavedWork(draft, typed)).toEqual([
      { kind: 'edit', provisionId: 'resolves.1', heading: 'resolves', num: '1' },
    ]);
    expect(unsavedWork(draftOf([{ ...resolves1, text: 'new text' }]), typed)).toEqual([]);
    const undone = withoutTyped(typed, 'resolves.1');
    expect(typedText(undone, resolves1)).toBe('text of resolves.1');
    expect(unsavedWork(draft, undone)).toEqual([]);
    expect(withoutTyped(NO_EDITS, 'resolves.9')).toEqual(NO_EDITS);
  });

  it('typed back to the draft text is no edit, and the box follows the draft again', () => {
    const back = withTyped(withTyped(NO_EDITS, resolves1, 'new'), resolves1, 'text of resolves.1');
    expect(unsavedWork(draftOf([resolves1]), back)).toEqual([]);
    const moved = { ...resolves1, text: 'merged meanwhile' };
    expect(typedText(back, moved)).toBe('merged meanwhile');
  });

  it('stays when the draft text changes under it, and still blocks adoption', () => {
    const typed = withTyped(NO_EDITS, resolves1, 'mine');
    const moved = { ...resolves1, text: 'merged meanwhile' };
    expect(typedText(typed, moved)).toBe('mine');
    expect(unsavedWork(draftOf([moved]), typed)).toHaveLength(1);
    // Saved, then typed afresh: the new edit is made over the saved text.
    const saved = { ...resolves1, text: 'mine' };
    const again = withTyped(typed, saved, 'mine, again');
    expect(again.texts['resolves.1']).toEqual({ saved: 'mine', value: 'mine, again' });
  });
});

describe('a whole-text choice not saved', () => {
  it('blocks adoption until saved, the target counting for a SUP* only', () => {
    const draft = draftOf([resolves1]);
    expect(chosenWholeText(NO_EDITS, draft)).toEqual({ proposal: '', mergedInto: '' });
    const abrogate = withWholeText(NO_EDITS, draft, { proposal: SUP, mergedInto: '' });
    expect(unsavedWork(draft, abrogate)).toEqual([{ kind: 'whole-text' }]);
    const saved = draftOf([resolves1], {
      wholeText: { ...draft.wholeText, proposal: wholeTextProposal(SUP, 'SUP') },
    });
    expect(unsavedWork(saved, abrogate)).toEqual([]);
    // A target left in the form under a plain SUP is no change: a SUP merges into nothing.
    expect(wholeTextChanged({ proposal: SUP, mergedInto: TARGET }, saved)).toBe(false);
    expect(wholeTextChanged({ proposal: SUP_STAR, mergedInto: '' }, saved)).toBe(true);
  });

  it('gives way to the draft’s choice when the draft changed meanwhile', () => {
    const draft = draftOf([resolves1]);
    const chosen = withWholeText(NO_EDITS, draft, { proposal: SUP_STAR, mergedInto: TARGET });
    const elsewhere = draftOf([resolves1], {
      wholeText: { ...draft.wholeText, proposal: wholeTextProposal(SUP, 'SUP') },
    });
    expect(chosenWholeText(chosen, elsewhere)).toEqual({ proposal: SUP, mergedInto: '' });
    expect(unsavedWork(elsewhere, chosen)).toEqual([]);
  });
});

describe('unsaved work', () => {
  it('lists the whole text first, then each provision in document order, picks before the edit', () => {
    const draft = draftOf([resolves1, resolves2]);
    let edits = withTyped(NO_EDITS, resolves2, 'typed');
    edits = withTicks(edits, resolves2, []);
    edits = withTyped(edits, resolves1, 'typed too');
    edits = withWholeText(edits, draft, { proposal: SUP, mergedInto: '' });
    expect(
      unsavedWork(draft, edits).map((item) =>
        item.kind === 'whole-text' ? item.kind : `${item.kind} ${item.provisionId}`,
      ),
    ).toEqual(['whole-text', 'edit resolves.1', 'picks resolves.2', 'edit resolves.2']);
  });

  it('is nothing once the draft is adopted', () => {
    const edits = withTicks(NO_EDITS, resolves1, [EGY]);
    expect(unsavedWork(draftOf([resolves1], { status: 'adopted' }), edits)).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import {
  blankProposal,
  bringsText,
  changeCounts,
  MARKS,
  marksFor,
  needsReasons,
  proposalBody,
  withChange,
  type ProposalContext,
  type ProposalFormValues,
} from './proposal-form.ts';

const VERSION = '00000000-0000-4000-8000-000000000901';
const BASES: Record<string, string> = {
  'resolves.2': 'that the centres should:',
  'resolves.3': 'to share experience among the regions,',
};
const context: ProposalContext = {
  baseTextOf: (id) => BASES[id] ?? null,
  suggestNewId: (id) => `${id}bis`,
};
const change = (values: ProposalFormValues, next: Partial<ProposalFormValues>) => withChange(values, next, context);

describe('the form adapts to the mark', () => {
  it('asks for text for MOD and ADD, none for SUP and NOC, and reasons for SUP and NOC', () => {
    expect(MARKS.filter(bringsText)).toEqual(['MOD', '(MOD)', 'ADD', 'ADD*', 'OTHER']);
    expect(MARKS.filter(needsReasons)).toEqual(['SUP', 'SUP*', 'NOC']);
  });

  it('offers the marks that fit the target', () => {
    expect(marksFor('general')).toEqual(['OTHER']);
    expect(marksFor('new-text')).toEqual(['ADD', 'ADD*']);
    expect(marksFor('text')).not.toContain('MOD');
    expect(marksFor('provision')).toContain('MOD');
  });
});

describe('editing', () => {
  const chosen = change(blankProposal(VERSION), { provisionId: 'resolves.2' });

  it('starts a modification from the text in force, afresh when the provision changes', () => {
    expect(chosen.text).toBe('that the centres should:');
    const edited = change(chosen, { text: 'that the centres should, with support:' });
    expect(change(edited, { provisionId: 'resolves.3' }).text).toBe('to share experience among the regions,');
  });

  it('keeps an edited text when the mark changes, and drops the untouched text in force', () => {
    const edited = change(chosen, { text: 'that the centres should, with support:' });
    expect(change(edited, { mark: '(MOD)' }).text).toBe('that the centres should, with support:');
    expect(change(chosen, { mark: 'ADD' }).text).toBe('');
    expect(change(edited, { mark: 'SUP' }).text).toBe('');
  });

  it('gives an added provision the id that follows the place chosen for it', () => {
    const adding = change(chosen, { mark: 'ADD' });
    expect(adding.newProvisionId).toBe('resolves.2bis');
    expect(change(adding, { provisionId: 'resolves.3' }).newProvisionId).toBe('resolves.3bis');
    expect(change(adding, { provisionId: '' }).newProvisionId).toBe('');
  });

  it('switches to a mark the new target takes, and forgets the provision of another text', () => {
    expect(change(chosen, { kind: 'general' })).toMatchObject({ kind: 'general', mark: 'OTHER', provisionId: '' });
    expect(change(chosen, { kind: 'text' }).mark).toBe('SUP');
    expect(change(chosen, { versionId: 'another' }).provisionId).toBe('');
  });
});

describe('the body sent', () => {
  it('sends a MOD on its provision with its text, and empty reasons as null', () => {
    const values = { ...change(blankProposal(VERSION), { provisionId: 'resolves.2' }), text: 'that they should:' };
    expect(proposalBody(values)).toEqual({
      mark: 'MOD',
      target: { kind: 'provision', versionId: VERSION, provisionId: 'resolves.2' },
      text: 'that they should:',
      reasons: null,
    });
  });

  it('sends an added provision under its new id, a draft new text with its tag, a SUP without text', () => {
    const adding = { ...change(blankProposal(VERSION), { provisionId: 'resolves.3', mark: 'ADD' }), text: 'new' };
    expect(proposalBody({ ...adding, newProvisionId: ' resolves.4 ' }).target).toEqual({
      kind: 'provision',
      versionId: VERSION,
      provisionId: 'resolves.4',
    });
    const newText = change(blankProposal(), { kind: 'new-text', tag: ' [ARB-1] ' });
    expect(proposalBody(newText).target).toEqual({ kind: 'new-text', tag: '[ARB-1]' });
    const sup = { ...change(blankProposal(VERSION), { kind: 'text', mark: 'SUP' }), text: 'x', reasons: 'Done.' };
    expect(proposalBody(sup)).toEqual({
      mark: 'SUP',
      target: { kind: 'text', versionId: VERSION },
      text: null,
      reasons: 'Done.',
    });
  });
});

describe('change counts', () => {
  it('counts the words inserted and deleted, not spaces or punctuation', () => {
    expect(
      changeCounts([
        { op: 'equal', text: 'that the centres ' },
        { op: 'delete', text: 'should' },
        { op: 'insert', text: 'shall, with the regional offices' },
        { op: 'equal', text: ':' },
        { op: 'insert', text: ' ,' },
      ]),
    ).toEqual({ inserted: 5, deleted: 1 });
  });
});

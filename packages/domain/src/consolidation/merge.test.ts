import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors.ts';
import {
  adoptedText,
  chooseAlternative,
  draftText,
  editDraft,
  mergeProposals,
  openBrackets,
  type DraftPart,
  type ProvisionDraft,
} from './merge.ts';

const BASE = 'to encourage the establishment of community centres for digital skills;';
const BASE_AR = 'تشجيع إنشاء مراكز مجتمعية للمهارات الرقمية؛';

/**
 * The draft as compact strings: `=kept`, `+inserted{numbers}`, `-deleted{numbers}`, `[a|b]` brackets; spans are
 * trimmed, since which side of a word its space goes to is the word diff's choice, not the merge's.
 */
function show(draft: ProvisionDraft): string[] {
  return draft.parts
    .flatMap((part: DraftPart) => (part.kind !== 'brackets' && part.text.trim() === '' ? [] : [part]))
    .map((part: DraftPart) => {
      if (part.kind === 'brackets') {
        return `[${part.alternatives.map((a) => `${a.spans.map((s) => (s.kind === 'base' ? s.text : `${s.kind === 'insert' ? '+' : '-'}${s.text}`)).join('')}{${a.numbers.join(',')}}`).join('|')}]`;
      }
      if (part.kind === 'base') {
        return `=${part.text.trim()}`;
      }
      const who = part.from.kind === 'chair' ? 'chair' : part.from.numbers.join(',');
      return `${part.kind === 'insert' ? '+' : '-'}${part.text.trim()}{${who}}`;
    });
}

function refused(run: () => unknown): DomainError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(DomainError);
    return error as DomainError;
  }
  throw new Error('expected a refusal');
}

describe('mergeProposals', () => {
  it('keeps the base when nothing is picked', () => {
    const draft = mergeProposals(BASE, []);
    expect(show(draft)).toEqual([`=${BASE}`]);
    expect(adoptedText(draft)).toBe(BASE);
  });

  it('applies one proposal with its number on every change', () => {
    const draft = mergeProposals(BASE, [
      { number: 'EGY/12/1', text: 'to promote the establishment of community centres for basic digital skills;' },
    ]);
    expect(show(draft)).toEqual([
      '=to',
      '-encourage{EGY/12/1}',
      '+promote{EGY/12/1}',
      '=the establishment of community centres for',
      '+basic{EGY/12/1}',
      '=digital skills;',
    ]);
    expect(adoptedText(draft)).toBe('to promote the establishment of community centres for basic digital skills;');
  });

  it('merges changes on different words and keeps each one its source', () => {
    const draft = mergeProposals(BASE, [
      { number: 'EGY/12/1', text: 'to promote the establishment of community centres for digital skills;' },
      { number: 'AFCP/7/3', text: 'to encourage the establishment of community centres for basic digital skills;' },
    ]);
    expect(openBrackets(draft)).toEqual([]);
    expect(show(draft)).toContain('+promote{EGY/12/1}');
    expect(show(draft)).toContain('+basic{AFCP/7/3}');
    expect(adoptedText(draft)).toBe('to promote the establishment of community centres for basic digital skills;');
  });

  it('merges identical changes into one with both numbers', () => {
    const text = 'to promote the establishment of community centres for digital skills;';
    const draft = mergeProposals(BASE, [
      { number: 'EGY/12/1', text },
      { number: 'ARB/5/2', text },
    ]);
    expect(show(draft)).toContain('+promote{EGY/12/1,ARB/5/2}');
    expect(adoptedText(draft)).toBe(text);
  });

  it('brackets changes on the same words, each alternative with its sources', () => {
    const draft = mergeProposals(BASE, [
      { number: 'EGY/12/1', text: 'to promote the establishment of community centres for digital skills;' },
      { number: 'ECP/9/4', text: 'to support the establishment of community centres for digital skills;' },
      { number: 'ARB/5/2', text: 'to promote the establishment of community centres for digital skills;' },
    ]);
    expect(show(draft)).toEqual([
      '=to',
      '[-encourage+promote{EGY/12/1,ARB/5/2}|-encourage+support{ECP/9/4}]',
      '=the establishment of community centres for digital skills;',
    ]);
    expect(draftText(draft)).toBe(
      'to [promote] / [support] the establishment of community centres for digital skills;',
    );
    const error = refused(() => adoptedText(draft));
    expect(error.code).toBe('brackets_left');
    expect(error.issues[0]!.path).toEqual(['brackets', 0]);
  });

  it('brackets a suppression against a modification', () => {
    const draft = mergeProposals(BASE, [
      { number: 'ECP/9/1', text: null },
      { number: 'EGY/12/1', text: 'to promote the establishment of community centres for digital skills;' },
    ]);
    const [brackets] = openBrackets(draft);
    expect(brackets!.alternatives.map((a) => a.numbers)).toEqual([['ECP/9/1'], ['EGY/12/1']]);
    expect(draftText(draft)).toBe('[] / [to promote the establishment of community centres for digital skills;]');
    expect(adoptedText(chooseAlternative(draft, 0, 0))).toBe('');
  });

  it('gathers chains of overlapping changes into one bracketed range', () => {
    const base = 'one two three four five six';
    const draft = mergeProposals(base, [
      { number: 'A/1/1', text: 'one TWO THREE four five six' },
      { number: 'B/1/1', text: 'one two 3 4 five six' },
      { number: 'C/1/1', text: 'one two three FOUR FIVE six' },
    ]);
    expect(openBrackets(draft)).toHaveLength(1);
    expect(openBrackets(draft)[0]!.base).toBe('two three four five');
    expect(draftText(draft)).toBe('one [TWO THREE four five] / [two 3 4 five] / [two three FOUR FIVE] six');
  });

  it('adds a new provision, merging identical additions', () => {
    const draft = mergeProposals(null, [
      { number: 'EGY/12/2', text: 'that the skills in demand change as services change,' },
      { number: 'ARB/5/1', text: 'that the skills in demand change as services change,' },
    ]);
    expect(show(draft)).toEqual(['+that the skills in demand change as services change,{EGY/12/2,ARB/5/1}']);
  });

  it('merges Arabic proposals word by word', () => {
    const draft = mergeProposals(BASE_AR, [
      { number: 'EGY/12/1', text: 'دعم إنشاء مراكز مجتمعية للمهارات الرقمية؛' },
      { number: 'ARB/5/2', text: 'تشجيع إنشاء مراكز مجتمعية للمهارات الرقمية الأساسية؛' },
    ]);
    expect(openBrackets(draft)).toEqual([]);
    expect(adoptedText(draft)).toBe('دعم إنشاء مراكز مجتمعية للمهارات الرقمية الأساسية؛');
  });
});

describe('chooseAlternative', () => {
  const draft = mergeProposals(BASE, [
    { number: 'EGY/12/1', text: 'to promote the establishment of community centres for digital skills;' },
    { number: 'ECP/9/4', text: 'to support the establishment of community centres for digital skills;' },
  ]);

  it('settles the brackets with the chosen alternative and its provenance', () => {
    const chosen = chooseAlternative(draft, 0, 1);
    expect(show(chosen)).toEqual([
      '=to',
      '-encourage{ECP/9/4}',
      '+support{ECP/9/4}',
      '=the establishment of community centres for digital skills;',
    ]);
    expect(adoptedText(chosen)).toBe('to support the establishment of community centres for digital skills;');
  });

  it('can keep the text in force', () => {
    expect(adoptedText(chooseAlternative(draft, 0, 'base'))).toBe(BASE);
  });

  it('refuses an unknown bracket or alternative', () => {
    expect(refused(() => chooseAlternative(draft, 7, 0)).issues[0]!.code).toBe('unknown_brackets');
    expect(refused(() => chooseAlternative(draft, 0, 5)).issues[0]!.code).toBe('unknown_alternative');
  });
});

describe('editDraft', () => {
  const merged = mergeProposals(BASE, [
    { number: 'EGY/12/1', text: 'to promote the establishment of community centres for digital skills;' },
  ]);

  it('records the chair’s words as the chair’s and keeps the proposals’ provenance', () => {
    const edited = editDraft(merged, 'to promote the establishment of multipurpose community centres for skills;');
    expect(show(edited)).toEqual([
      '=to',
      '-encourage{EGY/12/1}',
      '+promote{EGY/12/1}',
      '=the establishment of',
      '+multipurpose{chair}',
      '=community centres for',
      '-digital{chair}',
      '=skills;',
    ]);
    expect(adoptedText(edited)).toBe('to promote the establishment of multipurpose community centres for skills;');
  });

  it('drops a proposal’s insertion that the chair removes, keeping the deletion of the base', () => {
    const edited = editDraft(merged, 'to the establishment of community centres for digital skills;');
    expect(show(edited)).toEqual([
      '=to',
      '-encourage{EGY/12/1}',
      '=the establishment of community centres for digital skills;',
    ]);
  });

  it('keeps brackets through an edit elsewhere and refuses an edit that touches them', () => {
    const bracketed = mergeProposals(BASE, [
      { number: 'EGY/12/1', text: 'to promote the establishment of community centres for digital skills;' },
      { number: 'ECP/9/4', text: 'to support the establishment of community centres for digital skills;' },
    ]);
    const text = draftText(bracketed);
    const edited = editDraft(bracketed, text.replace('community centres', 'centres'));
    expect(openBrackets(edited)).toHaveLength(1);
    expect(draftText(edited)).toBe('to [promote] / [support] the establishment of centres for digital skills;');

    const removed = refused(() => editDraft(bracketed, text.replace('[promote] / [support]', 'promote')));
    expect(removed.code).toBe('invalid_edit');
    expect(removed.issues.map((issue) => issue.code)).toContain('brackets_edited');
    const changed = refused(() => editDraft(bracketed, text.replace('[support]', '[sustain]')));
    expect(changed.issues[0]!.code).toBe('brackets_edited');
    expect(refused(() => editDraft(bracketed, `${text}\uE000`)).issues[0]!.code).toBe('invalid_character');
  });

  it('leaves a draft unchanged when the text is unchanged', () => {
    expect(editDraft(merged, draftText(merged))).toEqual(merged);
  });
});

describe('merge laws', () => {
  const words = fc.constantFrom('the', 'centres', 'skills', 'digital', 'مراكز', 'الرقمية', 'تشجيع', '2017', ',', ';');
  const text = fc.array(words, { minLength: 1, maxLength: 12 }).map((list) => list.join(' '));

  it('one pick adopts exactly its text; the base kept gives the base', () => {
    fc.assert(
      fc.property(text, text, (base, proposed) => {
        expect(adoptedText(mergeProposals(base, [{ number: 'X/1/1', text: proposed }]))).toBe(proposed);
        expect(adoptedText(mergeProposals(base, []))).toBe(base);
      }),
    );
  });

  it('a pick that keeps the base or repeats another never brackets', () => {
    fc.assert(
      fc.property(text, text, (base, a) => {
        const kept = mergeProposals(base, [
          { number: 'A/1/1', text: a },
          { number: 'B/1/1', text: base },
        ]);
        expect(openBrackets(kept)).toEqual([]);
        expect(adoptedText(kept)).toBe(a);
        const repeated = mergeProposals(base, [
          { number: 'A/1/1', text: a },
          { number: 'B/1/1', text: a },
        ]);
        expect(openBrackets(repeated)).toEqual([]);
        expect(adoptedText(repeated)).toBe(a);
      }),
    );
  });

  it('settling every bracket for one pick keeps all of that pick’s words', () => {
    fc.assert(
      fc.property(text, text, text, (base, a, b) => {
        const draft = mergeProposals(base, [
          { number: 'A/1/1', text: a },
          { number: 'B/1/1', text: b },
        ]);
        let settled = draft;
        for (const brackets of openBrackets(draft)) {
          const index = brackets.alternatives.findIndex((alternative) => alternative.numbers.includes('A/1/1'));
          settled = chooseAlternative(settled, brackets.id, index === -1 ? 'base' : index);
        }
        // B's changes that collide with none of A's stay; so A's text is B's changes away from the result.
        const result = adoptedText(settled);
        const fromA = mergeProposals(result, [{ number: 'A/1/1', text: a }]);
        for (const part of fromA.parts) {
          if (part.kind === 'delete') {
            expect(b).not.toBe(base); // only B's changes can stand between the result and A's text
          }
        }
        if (b === base) {
          expect(result).toBe(a);
        }
      }),
    );
  });

  it('an edit gives back exactly the edited text and keeps the base recoverable', () => {
    fc.assert(
      fc.property(text, text, text, (base, proposed, edited) => {
        const draft = editDraft(mergeProposals(base, [{ number: 'X/1/1', text: proposed }]), edited);
        expect(adoptedText(draft)).toBe(edited);
        const baseAgain = draft.parts
          .map((part) => (part.kind === 'insert' || part.kind === 'brackets' ? '' : part.text))
          .join('');
        expect(baseAgain).toBe(base);
      }),
    );
  });
});

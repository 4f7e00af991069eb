import { describe, expect, it } from 'vitest';
import { corrigendumLabel, decideCorrigendum } from './corrigendum.ts';

const ids = new Set(['considering.a', 'resolves.1', 'resolves.2']);
const current = new Map([
  ['considering.a', 'that tests need texts;'],
  ['resolves.1', 'to import this text;'],
]);

describe('decideCorrigendum', () => {
  it('keeps each change with the text as it reads now', () => {
    expect(decideCorrigendum(ids, current, [{ provision: 'resolves.1', text: 'to import the text;' }])).toEqual({
      issues: [],
      changes: [{ provision: 'resolves.1', before: 'to import this text;', after: 'to import the text;' }],
    });
  });

  it('lists every refusal with its path', () => {
    const { issues, changes } = decideCorrigendum(ids, current, [
      { provision: 'resolves.9', text: 'x' },
      { provision: 'resolves.1', text: 'to import this text;' },
      { provision: 'considering.a', text: 'that texts need tests;' },
      { provision: 'considering.a', text: 'again' },
      { provision: 'resolves.2', text: 'not stored in this language' },
    ]);
    expect(issues.map((issue) => [issue.path.join('.'), issue.code])).toEqual([
      ['changes.0.provision', 'unknown_provision'],
      ['changes.1.text', 'no_change'],
      ['changes.3.provision', 'duplicate_provision'],
      ['changes.4.provision', 'not_in_language'],
    ]);
    expect(changes.map((change) => change.provision)).toEqual(['considering.a']);
  });

  it('labels a corrigendum by its number', () => {
    expect(corrigendumLabel(2)).toBe('Corrigendum 2');
  });
});

import type { Issue } from '../errors.ts';

/** One provision's new text in a corrigendum, as asked. */
export interface CorrigendumChangeInput {
  provision: string;
  text: string;
}

/** A provision's correction, decided: its text before (as it reads now) and after. */
export interface CorrigendumChange {
  provision: string;
  before: string;
  after: string;
}

/** The label of a corrigendum in English form: "Corrigendum 1". */
export function corrigendumLabel(number: number): string {
  return `Corrigendum ${number}`;
}

/**
 * Decides a corrigendum's changes against the text as it reads now in the corrected language (`current`:
 * provision id to text; a provision of the version missing from it has no text in that language). Every
 * refusal is an issue at `changes.<i>.provision` (`unknown_provision`, `duplicate_provision`,
 * `not_in_language`) or `changes.<i>.text` (`no_change`); the changes come back in the order given.
 */
export function decideCorrigendum(
  provisionIds: ReadonlySet<string>,
  current: ReadonlyMap<string, string>,
  changes: readonly CorrigendumChangeInput[],
): { issues: Issue[]; changes: CorrigendumChange[] } {
  const issues: Issue[] = [];
  const decided: CorrigendumChange[] = [];
  const seen = new Set<string>();
  changes.forEach((change, index) => {
    const at = (field: string): Issue['path'] => ['changes', index, field];
    if (!provisionIds.has(change.provision)) {
      issues.push({
        path: at('provision'),
        code: 'unknown_provision',
        message: `The version has no provision "${change.provision}".`,
      });
      return;
    }
    if (seen.has(change.provision)) {
      issues.push({
        path: at('provision'),
        code: 'duplicate_provision',
        message: `Provision "${change.provision}" is named twice.`,
      });
      return;
    }
    seen.add(change.provision);
    const before = current.get(change.provision);
    if (before === undefined) {
      issues.push({
        path: at('provision'),
        code: 'not_in_language',
        message: `Provision "${change.provision}" has no text in this language.`,
      });
      return;
    }
    if (before === change.text) {
      issues.push({ path: at('text'), code: 'no_change', message: 'The new text is the text as it reads now.' });
      return;
    }
    decided.push({ provision: change.provision, before, after: change.text });
  });
  return { issues, changes: decided };
}

import type { ConsolidationDraft, DraftProvision } from '@tansiq/api';
import { useMemo, useState } from 'react';
import { samePicks } from './consolidation.ts';

/**
 * What the chair has done in the workspace that the draft does not hold yet: proposals ticked but not merged, a
 * text typed but not saved, a whole-text choice not saved. Adoption waits for each (merged, saved or undone), so
 * that the plenary never adopts a text without what the chair sees on the screen. Each entry keeps what the
 * draft held when the chair made it: when the draft moves on meanwhile (a merge in another tab), ticks made
 * against the old picks give way to the draft's, as the boxes always did; typed text stays.
 */
export interface WorkspaceEdits {
  picks: Readonly<Record<string, { saved: readonly string[]; picks: readonly string[] }>>;
  texts: Readonly<Record<string, { saved: string; value: string }>>;
  wholeText: { saved: WholeTextChoice; value: WholeTextChoice } | null;
}

/** A whole-text choice as the form holds it: a proposal id, or '' for none; the instrument a SUP* merges into. */
export interface WholeTextChoice {
  proposal: string;
  mergedInto: string;
}

/** What the chair has ticked and typed on one provision, kept by the workspace until merged or saved. */
export interface ProvisionWork {
  ticked: readonly string[];
  typed: string;
  tick: (picks: readonly string[]) => void;
  type: (value: string) => void;
  undo: () => void;
}

/** Something the chair has to merge, save or undo before adoption. */
export type UnsavedItem =
  { kind: 'whole-text' } | { kind: 'picks' | 'edit'; provisionId: string; heading: string; num: string };

export const NO_EDITS: WorkspaceEdits = { picks: {}, texts: {}, wholeText: null };

/** The proposals ticked on a provision: the chair's ticks, else the draft's picks. */
export function tickedPicks(edits: WorkspaceEdits, provision: Pick<DraftProvision, 'id' | 'picks'>): readonly string[] {
  const entry = edits.picks[provision.id];
  return entry !== undefined && samePicks(entry.saved, provision.picks) ? entry.picks : provision.picks;
}

/** The text in a provision's edit box: what the chair typed, else the draft text. */
export function typedText(edits: WorkspaceEdits, provision: Pick<DraftProvision, 'id' | 'text'>): string {
  const entry = edits.texts[provision.id];
  // Text typed back to what it was typed over is no edit: the box follows the draft again.
  return entry === undefined || entry.value === entry.saved ? provision.text : entry.value;
}

/** The draft's whole-text choice, as the form holds it. */
export function savedWholeText(draft: Pick<ConsolidationDraft, 'wholeText'>): WholeTextChoice {
  return { proposal: draft.wholeText.proposal?.id ?? '', mergedInto: draft.wholeText.mergedInto?.id ?? '' };
}

const sameChoice = (a: WholeTextChoice, b: WholeTextChoice) =>
  a.proposal === b.proposal && a.mergedInto === b.mergedInto;

/** The whole-text choice in the form: the chair's, else the draft's. */
export function chosenWholeText(edits: WorkspaceEdits, draft: Pick<ConsolidationDraft, 'wholeText'>): WholeTextChoice {
  const saved = savedWholeText(draft);
  return edits.wholeText !== null && sameChoice(edits.wholeText.saved, saved) ? edits.wholeText.value : saved;
}

/** True when `value` differs from the draft's whole-text choice (the target counts for a SUP* only). */
export function wholeTextChanged(value: WholeTextChoice, draft: Pick<ConsolidationDraft, 'wholeText'>): boolean {
  const saved = savedWholeText(draft);
  const merges = draft.wholeText.available.find((proposal) => proposal.id === value.proposal)?.mark === 'SUP*';
  return value.proposal !== saved.proposal || (merges && value.mergedInto !== saved.mergedInto);
}

/** Everything not yet in the draft, the whole text first, then provision by provision in document order. */
export function unsavedWork(
  draft: Pick<ConsolidationDraft, 'status' | 'wholeText' | 'provisions'>,
  edits: WorkspaceEdits,
): UnsavedItem[] {
  if (draft.status !== 'open') {
    return [];
  }
  const items: UnsavedItem[] = wholeTextChanged(chosenWholeText(edits, draft), draft) ? [{ kind: 'whole-text' }] : [];
  for (const provision of draft.provisions) {
    const where = { provisionId: provision.id, heading: provision.heading, num: provision.num };
    if (!samePicks(tickedPicks(edits, provision), provision.picks)) {
      items.push({ kind: 'picks', ...where });
    }
    if (typedText(edits, provision) !== provision.text) {
      items.push({ kind: 'edit', ...where });
    }
  }
  return items;
}

/** The edits once the chair ticks `picks` on a provision (against the picks the draft holds now). */
export function withTicks(
  edits: WorkspaceEdits,
  provision: Pick<DraftProvision, 'id' | 'picks'>,
  picks: readonly string[],
): WorkspaceEdits {
  return { ...edits, picks: { ...edits.picks, [provision.id]: { saved: provision.picks, picks } } };
}

/** The edits once the chair types `value` in a provision's box. */
export function withTyped(
  edits: WorkspaceEdits,
  provision: Pick<DraftProvision, 'id' | 'text'>,
  value: string,
): WorkspaceEdits {
  const entry = edits.texts[provision.id];
  // The text typed over: kept while an edit is unsaved, the draft text when the chair starts afresh.
  const saved = entry !== undefined && typedText(edits, provision) !== provision.text ? entry.saved : provision.text;
  return { ...edits, texts: { ...edits.texts, [provision.id]: { saved, value } } };
}

/** The edits once the chair undoes what they typed in a provision's box. */
export function withoutTyped(edits: WorkspaceEdits, provisionId: string): WorkspaceEdits {
  const { [provisionId]: _, ...texts } = edits.texts;
  return { ...edits, texts };
}

/** The edits once the chair chooses `value` in the whole-text form (against the draft's choice now). */
export function withWholeText(
  edits: WorkspaceEdits,
  draft: Pick<ConsolidationDraft, 'wholeText'>,
  value: WholeTextChoice,
): WorkspaceEdits {
  return { ...edits, wholeText: { saved: savedWholeText(draft), value } };
}

/** The workspace's unsaved work: what it leaves unsaved, and each form's values and changes. */
export function useUnsavedWork(draft: ConsolidationDraft) {
  const [edits, setEdits] = useState<WorkspaceEdits>(NO_EDITS);
  const unsaved = useMemo(() => unsavedWork(draft, edits), [draft, edits]);
  const unsavedProvisions = useMemo(
    () => new Set(unsaved.flatMap((item) => (item.kind === 'whole-text' ? [] : [item.provisionId]))),
    [unsaved],
  );
  /** The ticks and typed text of one provision, and how its forms change them. */
  const provisionWork = (provision: DraftProvision): ProvisionWork => ({
    ticked: tickedPicks(edits, provision),
    typed: typedText(edits, provision),
    tick: (picks) => setEdits((current) => withTicks(current, provision, picks)),
    type: (value) => setEdits((current) => withTyped(current, provision, value)),
    undo: () => setEdits((current) => withoutTyped(current, provision.id)),
  });
  return {
    unsaved,
    unsavedProvisions,
    wholeText: chosenWholeText(edits, draft),
    chooseWholeText: (value: WholeTextChoice) => setEdits((current) => withWholeText(current, draft, value)),
    provisionWork,
  };
}

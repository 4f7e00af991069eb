/**
 * The three-way merge of a drafting group: the proposals a chair picks for one provision are merged onto the
 * base text. Changes on different words merge; changes on the same words become alternatives in [square
 * brackets] with their sources; every inserted or deleted span keeps where it came from (proposal numbers, or
 * the chair's own edit), through the chair's later edits, until the text is adopted.
 *
 * Where two changes "collide" is the synoptic compilation's rule (docs/divergence.md): the base characters
 * each replaces overlap, or an insertion falls inside or at the edge of another change. Colliding changes are
 * gathered transitively into one bracketed range of the base; every source of a change in it offers its reading
 * of that range as an alternative.
 */
import { wordDiff } from '../diff/word-diff.ts';
import { DomainError, type Issue } from '../errors.ts';
import { changeBlocks, changesCollide, type ChangeBlock } from '../synoptic/divergence.ts';

/** Who put a span where it is: proposals (by number, several when they make the same change), or the chair. */
export type Provenance = { kind: 'proposal'; numbers: string[] } | { kind: 'chair' };

/** A run of the draft: base text kept, or text inserted or deleted by someone. */
export type DraftSpan =
  | { kind: 'base'; text: string }
  | { kind: 'insert'; text: string; from: Provenance }
  | { kind: 'delete'; text: string; from: Provenance };

/** One reading of a bracketed range: the spans it makes of that range, and the proposals that read it so. */
export interface Alternative {
  numbers: string[];
  spans: DraftSpan[];
}

/** Unagreed text: a range of the base (`base`, possibly empty) and the alternatives proposed for it. */
export interface Brackets {
  kind: 'brackets';
  /** Stable within the draft: the order in which the merge made it (0, 1, ...). */
  id: number;
  base: string;
  alternatives: Alternative[];
}

export type DraftPart = DraftSpan | Brackets;

/** The working text of one provision: its base (null for a provision the draft adds) and its parts in order. */
export interface ProvisionDraft {
  base: string | null;
  parts: DraftPart[];
}

/** A proposal picked for the merge: its number and its text of the provision (null: it suppresses it). */
export interface PickedProposal {
  number: string;
  text: string | null;
}

/** The reserved characters standing for bracketed ranges while the chair's edit is diffed (private use). */
const PLACEHOLDER_BASE = 0xe000;
const PLACEHOLDERS = /[\uE000-\uF8FF]/u;

const sameProvenance = (a: Provenance, b: Provenance) =>
  a.kind === b.kind && (a.kind === 'chair' || a.numbers.join('\n') === (b as typeof a).numbers.join('\n'));

/** True when two spans can be one: same kind and, for changes, same provenance. */
function joinable(a: DraftSpan, b: DraftSpan): boolean {
  if (a.kind === 'base' || b.kind === 'base') {
    return a.kind === b.kind;
  }
  return a.kind === b.kind && sameProvenance(a.from, b.from);
}

/** Adjacent spans of one kind and provenance joined, empty ones dropped. */
function normalize(parts: readonly DraftPart[]): DraftPart[] {
  const result: DraftPart[] = [];
  for (const part of parts) {
    if (part.kind === 'brackets') {
      result.push(part);
      continue;
    }
    if (part.text === '') {
      continue;
    }
    const last = result[result.length - 1];
    if (last !== undefined && last.kind !== 'brackets' && joinable(last, part)) {
      result[result.length - 1] = { ...last, text: last.text + part.text };
      continue;
    }
    result.push(part);
  }
  return result;
}

interface TaggedBlock extends ChangeBlock {
  /** Proposal numbers making exactly this change, in pick order. */
  numbers: string[];
  /** Indexes of the picks making it. */
  picks: number[];
}

function blocksOf(base: string, pick: PickedProposal): ChangeBlock[] {
  if (pick.text === null) {
    return base === '' ? [] : [{ start: 0, end: base.length, inserted: '' }];
  }
  return changeBlocks(wordDiff(base, pick.text).ops);
}

/** The spans of base[start, end) with `blocks` (inside that range, in order) applied, attributed to `from`. */
function applyBlocks(base: string, start: number, end: number, blocks: readonly ChangeBlock[], from: Provenance) {
  const spans: DraftSpan[] = [];
  let at = start;
  for (const block of blocks) {
    spans.push({ kind: 'base', text: base.slice(at, block.start) });
    spans.push({ kind: 'delete', text: base.slice(block.start, block.end), from });
    spans.push({ kind: 'insert', text: block.inserted, from });
    at = block.end;
  }
  spans.push({ kind: 'base', text: base.slice(at, end) });
  return normalize(spans) as DraftSpan[];
}

/**
 * Merges the picked proposals onto `base` (null: a provision that only the picks add). Identical changes merge
 * into one with every number; changes on different words all apply; colliding ones become brackets whose
 * alternatives are each pick's reading of the range (picks reading it alike share an alternative).
 */
export function mergeProposals(base: string | null, picks: readonly PickedProposal[]): ProvisionDraft {
  const text = base ?? '';
  const byKey = new Map<string, TaggedBlock>();
  picks.forEach((pick, index) => {
    for (const block of blocksOf(text, pick)) {
      const key = `${block.start}:${block.end}:${block.inserted}`;
      const known = byKey.get(key);
      if (known === undefined) {
        byKey.set(key, { ...block, numbers: [pick.number], picks: [index] });
      } else if (!known.picks.includes(index)) {
        known.numbers.push(pick.number);
        known.picks.push(index);
      }
    }
  });
  const blocks = [...byKey.values()].sort((a, b) => a.start - b.start || a.end - b.end);
  // Colliding blocks join one cluster (union-find); clusters are disjoint ranges of the base, in order.
  const root = blocks.map((_, index) => index);
  const find = (i: number): number => (root[i] === i ? i : (root[i] = find(root[i]!)));
  for (let i = 0; i < blocks.length; i++) {
    for (let j = i + 1; j < blocks.length && blocks[j]!.start <= blocks[i]!.end; j++) {
      if (changesCollide([blocks[i]!], [blocks[j]!])) {
        root[find(j)] = find(i);
      }
    }
  }
  const clusters = new Map<number, TaggedBlock[]>();
  blocks.forEach((block, index) => {
    const key = find(index);
    clusters.set(key, [...(clusters.get(key) ?? []), block]);
  });
  const parts: DraftPart[] = [];
  let at = 0;
  let bracketId = 0;
  for (const cluster of [...clusters.values()].sort((a, b) => a[0]!.start - b[0]!.start)) {
    const start = Math.min(...cluster.map((block) => block.start));
    const end = Math.max(...cluster.map((block) => block.end));
    parts.push({ kind: 'base', text: text.slice(at, start) });
    at = end;
    if (cluster.length === 1) {
      const [block] = cluster;
      parts.push(...applyBlocks(text, start, end, [block!], { kind: 'proposal', numbers: block!.numbers }));
      continue;
    }
    // Each pick with a change here reads the range its own way; picks reading it alike share an alternative.
    const readers = [...new Set(cluster.flatMap((block) => block.picks))].sort((a, b) => a - b);
    const alternatives: { result: string; numbers: string[]; blocks: ChangeBlock[] }[] = [];
    for (const reader of readers) {
      const own = cluster.filter((block) => block.picks.includes(reader));
      const result = applyBlocks(text, start, end, own, { kind: 'chair' })
        .filter((span) => span.kind !== 'delete')
        .map((span) => span.text)
        .join('');
      const same = alternatives.find((alternative) => alternative.result === result);
      if (same === undefined) {
        alternatives.push({ result, numbers: [picks[reader]!.number], blocks: own });
      } else {
        same.numbers.push(picks[reader]!.number);
      }
    }
    parts.push({
      kind: 'brackets',
      id: bracketId++,
      base: text.slice(start, end),
      alternatives: alternatives.map(({ numbers, blocks: own }) => ({
        numbers,
        spans: applyBlocks(text, start, end, own, { kind: 'proposal', numbers }),
      })),
    });
  }
  parts.push({ kind: 'base', text: text.slice(at) });
  return { base, parts: normalize(parts) };
}

/** The text a reader sees of one alternative: what it keeps and inserts. */
export function alternativeText(alternative: Alternative): string {
  return alternative.spans
    .filter((span) => span.kind !== 'delete')
    .map((span) => span.text)
    .join('');
}

/** How a bracketed range prints: each alternative in square brackets, separated by a slash. */
export function bracketText(brackets: Brackets): string {
  return brackets.alternatives.map((alternative) => `[${alternativeText(alternative)}]`).join(' / ');
}

/** The draft as the chair reads and edits it: kept and inserted text, brackets printed by `bracketText`. */
export function draftText(draft: ProvisionDraft): string {
  return draft.parts
    .map((part) => (part.kind === 'brackets' ? bracketText(part) : part.kind === 'delete' ? '' : part.text))
    .join('');
}

/** The brackets still open in a draft. */
export function openBrackets(draft: ProvisionDraft): Brackets[] {
  return draft.parts.filter((part): part is Brackets => part.kind === 'brackets');
}

/** The text adoption gives: refused while any bracket is open. */
export function adoptedText(draft: ProvisionDraft): string {
  const open = openBrackets(draft);
  if (open.length > 0) {
    throw new DomainError(
      'brackets_left',
      'The draft still holds text in square brackets: choose an alternative for each first.',
      open.map((brackets) => ({
        path: ['brackets', brackets.id],
        code: 'brackets_left',
        message: `Unagreed text: ${bracketText(brackets)}`,
      })),
    );
  }
  return draftText(draft);
}

/**
 * Settles a bracketed range: `choice` is the index of an alternative, or `base` to keep the text in force.
 * The chosen alternative's spans keep their provenance.
 */
export function chooseAlternative(draft: ProvisionDraft, bracketId: number, choice: number | 'base'): ProvisionDraft {
  const index = draft.parts.findIndex((part) => part.kind === 'brackets' && part.id === bracketId);
  const brackets = draft.parts[index] as Brackets | undefined;
  if (brackets === undefined) {
    throw invalidEdit('brackets', 'unknown_brackets', `No open brackets ${bracketId} in this draft.`);
  }
  const chosen = choice === 'base' ? undefined : brackets.alternatives[choice];
  if (choice !== 'base' && chosen === undefined) {
    throw invalidEdit('choice', 'unknown_alternative', `The brackets have no alternative ${choice}.`);
  }
  const spans: DraftSpan[] = chosen?.spans ?? [{ kind: 'base', text: brackets.base }];
  return { ...draft, parts: normalize([...draft.parts.slice(0, index), ...spans, ...draft.parts.slice(index + 1)]) };
}

function invalidEdit(field: string, code: string, message: string, more: Issue[] = []): DomainError {
  return new DomainError('invalid_edit', message, [{ path: [field], code, message }, ...more]);
}

/**
 * Applies the chair's edit: `edited` is the whole text as the chair wants it, brackets still printed as
 * `draftText` prints them (a bracket is settled with `chooseAlternative`, never by typing over it). Kept words
 * keep their provenance; words the chair types are the chair's insertions; base words the chair removes are the
 * chair's deletions; words a proposal inserted and the chair removes are gone.
 */
export function editDraft(draft: ProvisionDraft, edited: string): ProvisionDraft {
  if (PLACEHOLDERS.test(edited)) {
    throw invalidEdit('text', 'invalid_character', 'The text holds a character reserved for private use.');
  }
  // Each bracketed range becomes one placeholder character on both sides, so the diff cannot cut into it.
  let target = '';
  let searchFrom = 0;
  for (const bracket of openBrackets(draft)) {
    const printed = bracketText(bracket);
    const found = edited.indexOf(printed, searchFrom);
    if (found === -1) {
      throw invalidEdit(
        'text',
        'brackets_edited',
        'An edit cannot change or remove text in square brackets: choose an alternative instead.',
        [{ path: ['brackets', bracket.id], code: 'brackets_edited', message: `Changed or removed: ${printed}` }],
      );
    }
    target += edited.slice(searchFrom, found) + String.fromCharCode(PLACEHOLDER_BASE + bracket.id);
    searchFrom = found + printed.length;
  }
  target += edited.slice(searchFrom);
  const visible = draft.parts.map((part) =>
    part.kind === 'brackets'
      ? String.fromCharCode(PLACEHOLDER_BASE + part.id)
      : part.kind === 'delete'
        ? ''
        : part.text,
  );
  const ops = wordDiff(visible.join(''), target).ops;
  if (ops.some((op) => op.op !== 'equal' && PLACEHOLDERS.test(op.text))) {
    throw invalidEdit('text', 'brackets_edited', 'An edit cannot move text in square brackets.');
  }
  const chair: Provenance = { kind: 'chair' };
  const result: DraftPart[] = [];
  let part = 0;
  let offset = 0; // characters of draft.parts[part] already consumed
  // Consumes `length` visible characters from the parts, calling `take` with each piece.
  const consume = (length: number, take: (piece: DraftPart, text: string) => void) => {
    let left = length;
    while (left > 0) {
      const current = draft.parts[part]!;
      const size = visible[part]!.length;
      if (size === 0) {
        result.push(current); // an earlier deletion sits here: it stays where it is
        part++;
        continue;
      }
      const piece = Math.min(left, size - offset);
      take(current, visible[part]!.slice(offset, offset + piece));
      offset += piece;
      left -= piece;
      if (offset === size) {
        part++;
        offset = 0;
      }
    }
  };
  for (const op of ops) {
    if (op.op === 'insert') {
      result.push({ kind: 'insert', text: op.text, from: chair });
    } else if (op.op === 'equal') {
      consume(op.text.length, (piece, text) => result.push(piece.kind === 'brackets' ? piece : { ...piece, text }));
    } else {
      consume(op.text.length, (piece, text) => {
        if (piece.kind === 'base') {
          result.push({ kind: 'delete', text, from: chair });
        }
        // Text some proposal or the chair inserted, removed again: nothing remains of it.
      });
    }
  }
  result.push(...draft.parts.slice(part));
  return { ...draft, parts: normalize(result) };
}

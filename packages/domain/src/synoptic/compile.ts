/**
 * The synoptic compiler: every source's proposal on every provision of one version, side by side against the
 * base, with added provisions where they would go, and the divergence of each row, of the version and of each
 * pair of sources. docs/divergence.md is the reference for the rules below.
 */
import { DomainError, type Issue } from '../errors.ts';
import { wordDiff } from '../diff/word-diff.ts';
import { rowDivergence, sameText } from './divergence.ts';
import type {
  BaseProvision,
  ProvisionChange,
  SourcePair,
  Synoptic,
  SynopticEntry,
  SynopticOptions,
  SynopticRow,
  SynopticSource,
} from './types.ts';

/** The marks that target an existing base provision. */
const ON_BASE = new Set(['MOD', '(MOD)', 'SUP', 'SUP*', 'NOC']);
const ADDS = new Set(['ADD', 'ADD*']);

/** Where added rows go: after a base provision, after an added one, or at the start (id null). */
interface Anchor {
  id: string | null;
  headingKey: string | undefined;
  /** The base provision, for an anchor after one. */
  provision?: BaseProvision;
  /** The added rows placed right after it, in order. */
  followers: AddedRow[];
}

/** An added provision of the compilation. */
interface AddedRow extends Anchor {
  id: string;
  section: BaseProvision['section'];
  heading: string;
  num: string;
  /** The change of each source that adds it, by source index, each with its own text. */
  adders: Map<number, ProvisionChange>;
}

/** Whether two ADDs name one provision: the same id (a contribution's `considering.d`), else the same number. */
function namesSame(a: ProvisionChange, b: ProvisionChange): boolean {
  if (a.provisionId !== null && b.provisionId !== null) {
    return a.provisionId === b.provisionId;
  }
  return (a.num ?? '') !== '' && a.num === b.num;
}

/** Whether two ADDs name different provisions: two ids that differ, else two numbers that differ. */
function namesAnother(a: ProvisionChange, b: ProvisionChange): boolean {
  if (a.provisionId !== null && b.provisionId !== null) {
    return a.provisionId !== b.provisionId;
  }
  return (a.num ?? '') !== '' && (b.num ?? '') !== '' && a.num !== b.num;
}

/**
 * The added row an ADD of source `s` joins among those placed after one anchor, or undefined when it opens a
 * row of its own. It may join a row of the same heading whose ADDs name no other provision and none of them
 * its source's: the first that proposes its very text, else the first that names the same provision (one id,
 * else one number). So two wordings of one new provision share its row, and a row never holds two entries of
 * one source.
 */
function sharedRow(
  followers: readonly AddedRow[],
  change: ProvisionChange,
  s: number,
  siblings: readonly ProvisionChange[],
  options: SynopticOptions,
): AddedRow | undefined {
  const open = followers.filter(
    (row) =>
      !row.adders.has(s) &&
      row.headingKey === change.headingKey &&
      ![...row.adders.values()].some((other) => namesAnother(other, change)),
  );
  const proposes = (row: AddedRow, text: string) =>
    [...row.adders.values()].some((other) => sameText(other.text!, text, options.diff));
  return (
    open.find((row) => proposes(row, change.text!)) ??
    // A row that another ADD of the same source at this place proposes word for word is left to that one: the
    // text joins first whichever source comes first, so reversing the sources gives the same rows.
    open.find(
      (row) =>
        [...row.adders.values()].some((other) => namesSame(other, change)) &&
        !siblings.some((sibling) => proposes(row, sibling.text!)),
    )
  );
}

const noChange = (source: string, number: string | null): SynopticEntry => ({
  source,
  mark: 'NOC',
  number,
  text: null,
  coarse: false,
  ops: [],
});

/** Refuses duplicate sources and proposals aimed at provisions the base does not have. */
function checkInput(base: readonly BaseProvision[], sources: readonly SynopticSource[]): void {
  const issues: Issue[] = [];
  const seen = new Set<string>();
  const ids = new Set(base.map((provision) => provision.id));
  sources.forEach((source, s) => {
    if (seen.has(source.source)) {
      issues.push({
        path: ['sources', s, 'source'],
        code: 'duplicate_source',
        message: `"${source.source}" comes twice.`,
      });
    }
    seen.add(source.source);
    source.changes.forEach((change, c) => {
      const path = ['sources', s, 'changes', c];
      if (ON_BASE.has(change.mark)) {
        if (change.provisionId === null || !ids.has(change.provisionId)) {
          issues.push({
            path: [...path, 'provisionId'],
            code: 'unknown_provision',
            message: `${change.mark} of ${change.provisionId ?? 'no provision'}: the base has no such provision.`,
          });
        } else if ((change.mark === 'MOD' || change.mark === '(MOD)') && change.text === null) {
          issues.push({ path: [...path, 'text'], code: 'missing_text', message: `${change.mark} without a text.` });
        }
      } else if (change.text === null) {
        issues.push({ path: [...path, 'text'], code: 'missing_text', message: `${change.mark} without a text.` });
      } else if (change.provisionId !== null && ids.has(change.provisionId)) {
        issues.push({
          path: [...path, 'provisionId'],
          code: 'provision_exists',
          message: `ADD of ${change.provisionId}: the base has it already.`,
        });
      }
    });
  });
  if (issues.length > 0) {
    throw new DomainError('invalid_compilation', 'The proposals cannot be compiled against this base.', issues);
  }
}

/**
 * Compiles one version: `base` in document order and the sources in the order the caller documents (each
 * source once per row, in that order). A base row shows each source's proposal on it (the last one when a
 * source gives several), else the source's whole-text SUP, else NOC. Added rows follow their `after` provision
 * (the start when null; the end of their heading, or of the text, when absent), several after one provision in
 * source order; the ADDs of several sources at one place (same `after`, same heading) that propose one text or
 * name one provision (id, else number) share a row, each entry with its own text. An added row takes its
 * proposal's id when given and free, else `<after>+n` (`<headingKey>+n` when it opens a heading, `start+n`
 * when neither is known) with the smallest free n. Throws `invalid_compilation` listing every bad input.
 */
export function compileSynoptic(
  base: readonly BaseProvision[],
  sources: readonly SynopticSource[],
  options: SynopticOptions = {},
): Synoptic {
  checkInput(base, sources);
  const diffOptions = { ...options.diff, cleanup: true };
  const baseIndex = new Map(base.map((provision, index) => [provision.id, index]));
  const taken = new Set(baseIndex.keys());
  const start: Anchor = { id: null, headingKey: undefined, followers: [] };
  const afterBase: Anchor[] = base.map((provision) => ({
    id: provision.id,
    headingKey: provision.headingKey,
    provision,
    followers: [],
  }));
  const addedById = new Map<string, AddedRow>();
  const onBase = sources.map(() => new Map<number, ProvisionChange>());

  const guessAnchor = (change: ProvisionChange): Anchor => {
    const headingKey = change.headingKey ?? change.provisionId?.split('.')[0];
    for (let i = base.length - 1; i >= 0; i--) {
      if (base[i]!.headingKey === headingKey) {
        return afterBase[i]!;
      }
    }
    return base.length === 0 ? start : afterBase[base.length - 1]!;
  };
  const anchorOf = (change: ProvisionChange, path: (string | number)[]): Anchor => {
    if (change.after === undefined) {
      return guessAnchor(change);
    }
    if (change.after === null) {
      return start;
    }
    const index = baseIndex.get(change.after);
    if (index !== undefined) {
      return afterBase[index]!;
    }
    const added = addedById.get(change.after);
    if (added !== undefined) {
      return added;
    }
    throw new DomainError('invalid_compilation', 'The proposals cannot be compiled against this base.', [
      { path, code: 'unknown_provision', message: `ADD after ${change.after}: no such provision.` },
    ]);
  };
  const headingOf = (headingKey: string | undefined) =>
    headingKey === undefined ? undefined : base.find((provision) => provision.headingKey === headingKey);
  const freshId = (change: ProvisionChange, anchor: Anchor): string => {
    const prefix =
      anchor.id !== null && (change.headingKey === undefined || anchor.headingKey === change.headingKey)
        ? anchor.id
        : (change.headingKey ?? 'start');
    let n = 1;
    while (taken.has(`${prefix}+${n}`)) {
      n++;
    }
    return `${prefix}+${n}`;
  };

  sources.forEach((source, s) => {
    source.changes.forEach((change, c) => {
      if (!ADDS.has(change.mark)) {
        onBase[s]!.set(baseIndex.get(change.provisionId!)!, change);
        return;
      }
      const anchor = anchorOf(change, ['sources', s, 'changes', c, 'after']);
      const siblings = source.changes.filter(
        (other, o) =>
          o !== c && ADDS.has(other.mark) && other.after === change.after && other.headingKey === change.headingKey,
      );
      const shared = sharedRow(anchor.followers, change, s, siblings, options);
      if (shared !== undefined) {
        shared.adders.set(s, change);
        return;
      }
      const given = change.provisionId;
      const id = given !== null && !taken.has(given) ? given : freshId(change, anchor);
      taken.add(id);
      const like = headingOf(change.headingKey);
      const anchorProvision = anchor.provision ?? (anchor === start ? undefined : (anchor as AddedRow));
      const row: AddedRow = {
        id,
        section: change.section ?? like?.section ?? anchorProvision?.section ?? 'operative',
        heading: change.heading ?? like?.heading ?? anchorProvision?.heading ?? change.headingKey ?? '',
        headingKey: change.headingKey ?? like?.headingKey ?? anchorProvision?.headingKey,
        num: change.num ?? '',
        adders: new Map([[s, change]]),
        followers: [],
      };
      anchor.followers.push(row);
      addedById.set(id, row);
    });
  });

  const rows: SynopticRow[] = [];
  const changedRows = new Array<number>(sources.length).fill(0);
  const pairSums = new Float64Array(sources.length * sources.length);
  const bothChanged = new Uint32Array(sources.length * sources.length);
  let versionSum = 0;
  let versionRows = 0;
  const finish = (row: Omit<SynopticRow, 'class' | 'divergence'>) => {
    const measured = rowDivergence(row.base, row.entries, options);
    rows.push({ ...row, class: measured.class, divergence: measured.divergence });
    for (const s of measured.changers) {
      changedRows[s]!++;
    }
    for (const pair of measured.pairs) {
      pairSums[pair.a * sources.length + pair.b]! += pair.disagreement;
      bothChanged[pair.a * sources.length + pair.b]!++;
    }
    if (measured.changers.length > 0) {
      versionSum += measured.divergence;
      versionRows++;
    }
  };
  const emitAdded = (added: readonly AddedRow[]) => {
    for (const row of added) {
      finish({
        id: row.id,
        section: row.section,
        heading: row.heading,
        num: row.num,
        base: null,
        entries: sources.map((source, s) => {
          const change = row.adders.get(s);
          return change === undefined
            ? noChange(source.source, null)
            : {
                source: source.source,
                mark: change.mark,
                number: change.number,
                text: change.text,
                coarse: false,
                ops: [{ op: 'insert', text: change.text! }],
              };
        }),
      });
      emitAdded(row.followers);
    }
  };

  emitAdded(start.followers);
  base.forEach((provision, i) => {
    finish({
      id: provision.id,
      section: provision.section,
      heading: provision.heading,
      num: provision.num,
      base: provision.text,
      entries: sources.map((source, s) => baseEntry(provision.text, source, onBase[s]!.get(i), diffOptions)),
    });
    emitAdded(afterBase[i]!.followers);
  });

  const pairs: SourcePair[] = [];
  for (let a = 0; a < sources.length; a++) {
    for (let b = a + 1; b < sources.length; b++) {
      const either = changedRows[a]! + changedRows[b]! - bothChanged[a * sources.length + b]!;
      pairs.push({
        a: sources[a]!.source,
        b: sources[b]!.source,
        divergence: either === 0 ? 0 : pairSums[a * sources.length + b]! / either,
      });
    }
  }
  return {
    sources: sources.map((source) => source.source),
    rows,
    divergence: versionRows === 0 ? 0 : versionSum / versionRows,
    pairs,
  };
}

function baseEntry(
  text: string,
  source: SynopticSource,
  change: ProvisionChange | undefined,
  diffOptions: Parameters<typeof wordDiff>[2],
): SynopticEntry {
  if (change === undefined) {
    const whole = source.wholeText;
    if (whole !== null && whole.mark !== 'NOC') {
      return suppressed(source.source, whole.mark, whole.number, text);
    }
    return noChange(source.source, whole?.number ?? null);
  }
  if (change.mark === 'SUP' || change.mark === 'SUP*') {
    return suppressed(source.source, change.mark, change.number, text);
  }
  if (change.mark === 'NOC' || change.text === null) {
    return { ...noChange(source.source, change.number), mark: change.mark };
  }
  const diff = wordDiff(text, change.text, diffOptions);
  return {
    source: source.source,
    mark: change.mark,
    number: change.number,
    text: change.text,
    coarse: diff.coarse,
    // Only the op and its text: the compilation's shape stays the same whatever else the diff reports.
    ops: diff.ops.map(({ op, text: run }) => ({ op, text: run })),
  };
}

function suppressed(source: string, mark: 'SUP' | 'SUP*', number: string | null, base: string): SynopticEntry {
  return {
    source,
    mark,
    number,
    text: null,
    coarse: false,
    ops: base === '' ? [] : [{ op: 'delete', text: base }],
  };
}

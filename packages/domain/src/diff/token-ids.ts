/**
 * Token ids for the diff core: equal tokens get equal small integers. Without ignore options the tokens' hashes
 * (from the scan) serve directly and `exactTokenIds` is the fallback when two of them collide; with ignore
 * options the tokens are keyed by their normalised form.
 */
import { INVISIBLE_MARKS, TOKEN_KIND, type TokenScan } from './tokenize.ts';
import type { WordDiffOptions } from './word-diff.ts';

// Combining marks other than madda and hamza (U+0653-U+0655), and the tatweel.
const DIACRITICS = /\u0640|(?![\u0653-\u0655])\p{Mn}/gu;

/** Gives each distinct token (under the options' normalisation) a small integer id. */
export function normalisedTokenIds(
  base: string,
  scanA: TokenScan,
  changed: string,
  scanB: TokenScan,
  options: WordDiffOptions,
): [Int32Array, Int32Array] {
  const ids = new Map<string, number>();
  const normalised = new Map<string, string>();
  const normalise = (token: string, kind: number): string => {
    if (kind === TOKEN_KIND.space) {
      return options.ignoreSpacing === true ? ' ' : token;
    }
    let key = normalised.get(token);
    if (key === undefined) {
      key = token;
      if (options.ignoreSpacing === true) {
        key = key.replace(INVISIBLE_MARKS, '');
      }
      if (options.ignoreDiacritics === true) {
        key = key.normalize('NFD').replace(DIACRITICS, '').normalize('NFC');
      }
      if (options.ignoreCase === true) {
        key = key.toLowerCase();
      }
      normalised.set(token, key);
    }
    return key;
  };
  const idsOf = (text: string, scan: TokenScan): Int32Array => {
    const result = new Int32Array(scan.count);
    let start = 0;
    for (let t = 0; t < scan.count; t++) {
      const end = scan.ends[t]!;
      const key = normalise(text.slice(start, end), scan.kinds[t]!);
      let id = ids.get(key);
      if (id === undefined) {
        id = ids.size;
        ids.set(key, id);
      }
      result[t] = id;
      start = end;
    }
    return result;
  };
  return [idsOf(base, scanA), idsOf(changed, scanB)];
}

/**
 * Token ids without normalisation, by an open-addressing hash table over the texts' characters: no substring is
 * made, which is most of the cost on long texts.
 */
export function exactTokenIds(
  base: string,
  scanA: TokenScan,
  changed: string,
  scanB: TokenScan,
): [Int32Array, Int32Array] {
  let size = 1024;
  while (size < 2 * (scanA.count + scanB.count)) {
    size *= 2;
  }
  const mask = size - 1;
  const slots = new Int32Array(size);
  const texts = [base, changed];
  // For each id: its hash, and where its first occurrence lies (which text, start, length).
  const idHash: number[] = [];
  const idText: number[] = [];
  const idStart: number[] = [];
  const idLength: number[] = [];
  // Single characters (spaces, punctuation: half the tokens) go by their code unit, without hashing.
  const single = new Int32Array(0x10000);
  const idsOf = (side: number, scan: TokenScan): Int32Array => {
    const text = texts[side]!;
    const result = new Int32Array(scan.count);
    let start = 0;
    for (let t = 0; t < scan.count; t++) {
      const end = scan.ends[t]!;
      const length = end - start;
      if (length === 1) {
        const code = text.charCodeAt(start);
        let held = single[code]!;
        if (held === 0) {
          held = idHash.length + 1;
          idHash.push(0);
          idText.push(side);
          idStart.push(start);
          idLength.push(0);
          single[code] = held;
        }
        result[t] = held - 1;
        start = end;
        continue;
      }
      const hash = scan.hashes[t]!;
      let slot = hash & mask;
      let id = -1;
      for (;;) {
        const held = slots[slot]!;
        if (held === 0) {
          id = idHash.length;
          idHash.push(hash);
          idText.push(side);
          idStart.push(start);
          idLength.push(length);
          slots[slot] = id + 1;
          break;
        }
        const candidate = held - 1;
        if (idHash[candidate] === hash && idLength[candidate] === length) {
          const other = texts[idText[candidate]!]!;
          const from = idStart[candidate]!;
          let c = 0;
          while (c < length && other.charCodeAt(from + c) === text.charCodeAt(start + c)) {
            c++;
          }
          if (c === length) {
            id = candidate;
            break;
          }
        }
        slot = (slot + 1) & mask;
      }
      result[t] = id;
      start = end;
    }
    return result;
  };
  return [idsOf(0, scanA), idsOf(1, scanB)];
}

import type { Issue } from './errors.ts';

/**
 * Characters no stored text may hold: NUL (U+0000). Databases refuse it in text (PostgreSQL: "invalid byte
 * sequence"), and no text a delegate writes holds it.
 */
export const NUL = '\u0000';

/**
 * The bidirectional embedding, override and isolate controls: LRE, RLE, PDF, LRO, RLO (U+202A–U+202E) and LRI,
 * RLI, FSI, PDI (U+2066–U+2069). In a name, a title, a code or an e-mail address they can make a reader see
 * another text than the one stored ("Trojan source"): a file name of RLO (U+202E) then "gpj.exe" shows as
 * "exe.jpg". Provision texts and free text keep them, where Arabic and Latin mix and an isolate is the right way
 * to write a Latin word in an Arabic sentence. The marks LRM, RLM and ALM (U+200E, U+200F, U+061C) only set the
 * direction of neutral characters around them and stay allowed everywhere.
 */
export const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/;

/** True when `value` holds a bidirectional embedding, override or isolate control. */
export function hasBidiControl(value: string): boolean {
  return BIDI_CONTROLS.test(value);
}

/** The Unicode code point of a character, written `U+202E`. */
export function codePointLabel(character: string): string {
  return `U+${(character.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
}

/** The message of a refused bidirectional control, naming the first one found. */
export function bidiControlMessage(value: string): string {
  const found = BIDI_CONTROLS.exec(value)?.[0];
  return `A name, title, code or e-mail address cannot hold a direction control character${
    found === undefined ? '' : ` (${codePointLabel(found)})`
  }: remove it.`;
}

/** Nesting past this depth is not walked further: JSON bodies are a few levels deep. */
const MAX_DEPTH = 64;

/**
 * Every place in `value` (a request's body, query or path parameters as parsed, or any JSON value) where a string
 * or an object key holds NUL, one issue each (`nul_character`) at its path under `path`. Buffers (raw file
 * bodies) are not text and are left alone.
 */
export function nulIssues(value: unknown, path: Issue['path'] = []): Issue[] {
  const issues: Issue[] = [];
  const message = 'This cannot hold the NUL character (U+0000).';
  const walk = (node: unknown, at: Issue['path'], depth: number) => {
    if (typeof node === 'string') {
      if (node.includes(NUL)) {
        issues.push({ path: at, code: 'nul_character', message });
      }
      return;
    }
    if (node === null || typeof node !== 'object' || depth > MAX_DEPTH || ArrayBuffer.isView(node)) {
      return;
    }
    if (Array.isArray(node)) {
      node.forEach((item, index) => walk(item, [...at, index], depth + 1));
      return;
    }
    for (const [key, item] of Object.entries(node)) {
      if (key.includes(NUL)) {
        issues.push({ path: [...at, key], code: 'nul_character', message });
      } else {
        walk(item, [...at, key], depth + 1);
      }
    }
  };
  walk(value, path, 0);
  return issues;
}

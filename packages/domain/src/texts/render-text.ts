import type { StructuredText } from './structured-text.ts';
import { printTitleLine } from './title-line.ts';

/** The group a provision belongs to: the first part of its id (`resolves-2`, `annex-1`). */
function groupOf(id: string): string {
  return id.split('.')[0]!;
}

/**
 * Writes a structured text back in ITU layout as plain text: title line, subject, opening formula, each heading
 * on its own line followed by its items (number, tab, text), annexes with their heading and title. Parsing the
 * result gives the same text back (the title line is rebuilt from kind, number and revision).
 */
export function renderInstrumentText(text: StructuredText): string {
  const lines = [printTitleLine(text.language, text), text.title];
  if (text.body !== '') {
    lines.push(text.body);
  }
  let group: string | null = null;
  for (const provision of text.provisions) {
    const [first = '', ...more] = provision.text.split('\n');
    if (provision.section === 'annex' && provision.parent === null) {
      lines.push('', provision.heading);
      if (provision.text !== '') {
        lines.push(first, ...more);
      }
      group = provision.id;
      continue;
    }
    if (groupOf(provision.id) !== group) {
      lines.push(provision.heading);
      group = groupOf(provision.id);
    }
    lines.push(provision.num === '' ? first : `${provision.num}\t${first}`, ...more);
  }
  return `${lines.join('\n')}\n`;
}

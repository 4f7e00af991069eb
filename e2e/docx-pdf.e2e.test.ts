import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { renderContributionDocx } from '../apps/server/src/exchange/contribution-docx.ts';
import { SAMPLE_CONTRIBUTION_AR } from '../apps/server/src/exchange/sample-contributions.ts';

const run = promisify(execFile);

/** Runs a tool that CI installs (`.ci/run`); a missing tool fails the test with what to install. */
async function tool(command: string, args: string[], debianPackage: string): Promise<string> {
  try {
    const { stdout } = await run(command, args, { timeout: 45_000, maxBuffer: 16 * 1024 * 1024 });
    return stdout;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new Error(`${command} is not installed: apt-get install ${debianPackage} (.ci/run installs it).`);
    }
    throw error;
  }
}

// pdftotext gives Arabic in logical order, but wraps runs in embedding marks, moves neutral punctuation across
// the spaces beside it, and writes the lam-alef ligature back as alef then lam. Both sides are compared as
// words only, with every lam-alef pair in one order: exact enough to find a phrase, blind to those effects.
const BIDI_MARKS = /[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
function comparable(text: string): string {
  return text
    .normalize('NFKC')
    .replace(BIDI_MARKS, '')
    .replace(/ل([اأإآ])/g, '$1ل')
    .replace(/[^\p{L}\p{M}\p{N}]+/gu, ' ')
    .trim();
}

let directory = '';
let converted: Promise<string> | undefined;

/** Renders the sample Arabic contribution, converts it to PDF and extracts the text, once for the file. */
async function convert(): Promise<string> {
  directory = await mkdtemp(join(tmpdir(), 'tansiq-docx-pdf-'));
  const docx = join(directory, 'contribution-ar.docx');
  await writeFile(docx, await renderContributionDocx(SAMPLE_CONTRIBUTION_AR));
  // A profile of its own, so a LibreOffice already running for the user neither blocks nor serves the job.
  const profile = pathToFileURL(join(directory, 'profile')).href;
  await tool(
    'soffice',
    [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', directory, docx],
    'libreoffice-writer-nogui',
  );
  const pdf = join(directory, 'contribution-ar.pdf');
  return comparable(await tool('pdftotext', ['-enc', 'UTF-8', pdf, '-'], 'poppler-utils'));
}

// In the tests rather than in a hook, so that a missing tool fails them instead of leaving them skipped.
const pdfText = () => (converted ??= convert());

afterAll(async () => {
  if (directory !== '') {
    await rm(directory, { recursive: true, force: true });
  }
});

describe('an Arabic contribution in Word, converted to PDF by LibreOffice', () => {
  it('keeps the Arabic text of the header and the proposals', async () => {
    const text = await pdfText();
    for (const words of [
      'مقترحات نموذجية لأعمال المؤتمر',
      'المصدر: الدول العربية',
      'الأصل: العربية',
      'المراجع في بوينس آيرس',
      'الأسباب:',
      'توسيع المشاركة في لجان الدراسات.',
      'أن بناء القدرات أولوية مشتركة للبلدان النامية',
    ]) {
      expect(text).toContain(comparable(words));
    }
  });

  it('shows the tracked change: the inserted and the deleted words, with the mark and number in Latin letters', async () => {
    const text = await pdfText();
    for (const words of ['وأعضاء القطاع', 'المشاركة الفعالة', 'الدراسات بانتظام', 'ARB/23/1', 'MOD', 'WTDC-17/23-A']) {
      expect(text).toContain(comparable(words));
    }
    expect(text).not.toMatch(/[\u0660-\u0669]/);
  });
});

import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { run as tansiq } from '../apps/cli/src/program.ts';
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

const directories: string[] = [];
let converted: Promise<string> | undefined;
let compiled: Promise<{ en: string; ar: string }> | undefined;

/** Converts Word documents of a directory to PDF with LibreOffice (one run) and gives each PDF's text. */
async function pdfTexts(directory: string, names: string[]): Promise<string[]> {
  // A profile of its own, so a LibreOffice already running for the user neither blocks nor serves the job.
  const profile = pathToFileURL(join(directory, 'profile')).href;
  await tool(
    'soffice',
    [
      `-env:UserInstallation=${profile}`,
      '--headless',
      '--convert-to',
      'pdf',
      '--outdir',
      directory,
      ...names.map((name) => join(directory, `${name}.docx`)),
    ],
    'libreoffice-writer-nogui',
  );
  return Promise.all(
    names.map(async (name) =>
      comparable(await tool('pdftotext', ['-enc', 'UTF-8', join(directory, `${name}.pdf`), '-'], 'poppler-utils')),
    ),
  );
}

/** Renders the sample Arabic contribution, converts it to PDF and extracts the text, once for the file. */
async function convert(): Promise<string> {
  const directory = await mkdtemp(join(tmpdir(), 'tansiq-docx-pdf-'));
  directories.push(directory);
  await writeFile(join(directory, 'contribution-ar.docx'), await renderContributionDocx(SAMPLE_CONTRIBUTION_AR));
  const [text] = await pdfTexts(directory, ['contribution-ar']);
  return text!;
}

/**
 * Loads the demo into a data directory of its own and writes the compilation of WTDC-17 in English and in Arabic
 * with `tansiq compile`, as an operator would; then converts both to PDF. Once for the file.
 */
async function compileDemo(): Promise<{ en: string; ar: string }> {
  const directory = await mkdtemp(join(tmpdir(), 'tansiq-compilation-pdf-'));
  directories.push(directory);
  const errors: string[] = [];
  const io = {
    out: () => undefined,
    err: (text: string) => errors.push(text),
    env: { TANSIQ_DATA_DIR: join(directory, 'data') },
    readStdin: async () => '',
  };
  for (const argv of [
    ['demo', 'load'],
    ['compile', 'wtdc-17', '--format', 'docx', '--out', join(directory, 'compilation-en.docx')],
    ['compile', 'wtdc-17', '--lang', 'ar', '--format', 'docx', '--out', join(directory, 'compilation-ar.docx')],
  ]) {
    expect(await tansiq(argv, io), errors.join('')).toBe(0);
  }
  const [en, ar] = await pdfTexts(directory, ['compilation-en', 'compilation-ar']);
  return { en: en!, ar: ar! };
}

// In the tests rather than in a hook, so that a missing tool fails them instead of leaving them skipped.
const pdfText = () => (converted ??= convert());
const compilationTexts = () => (compiled ??= compileDemo());

afterAll(async () => {
  for (const directory of directories) {
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

describe('the compilation of WTDC-17 in Word, written by tansiq compile and converted to PDF by LibreOffice', () => {
  // Every source's proposal on sample Resolution 901. The PDF shows tracked changes, a deleted word touching the
  // word inserted for it ("encouragesupport"): the phrases start at the inserted word.
  const SOURCES = [
    'AFCP/2/1',
    'encouragesupport the establishment',
    'EUR/3/1',
    'encouragepromote the establishment',
    'EUR/3/2',
    'post offices',
    'BRA/4/2',
    'renewable energy where the electricity grid is unreliable',
    'EGY/1/3',
    'The study groups remain the right place to share experience',
  ];

  it('holds the title, the base texts and every source’s proposals in English', async () => {
    const { en } = await compilationTexts();
    for (const words of [
      'Compilation of proposals',
      'RESOLUTION 901',
      'Sources',
      'Reasons',
      // Europe's SUP: the base deleted.
      'the contribution of libraries and schools to this work',
      ...SOURCES,
    ]) {
      expect(en).toContain(comparable(words));
    }
  }, 120_000);

  it('holds the Arabic labels and base texts, with the sources’ texts in their own language', async () => {
    const { ar } = await compilationTexts();
    for (const words of [
      'تجميع المقترحات',
      'المصادر',
      'الأسباب',
      'تشجيع إنشاء مراكز مجتمعية للمهارات الرقمية',
      'أن تقوم المراكز بما يلي',
      'إسهام المكتبات والمدارس في هذا العمل',
      ...SOURCES,
    ]) {
      expect(ar).toContain(comparable(words));
    }
    expect(ar).not.toMatch(/[\u0660-\u0669]/);
  }, 120_000);
});

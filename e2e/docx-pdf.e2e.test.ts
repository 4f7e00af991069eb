import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { run as tansiq } from '../apps/cli/src/program.ts';
import { renderContributionDocx } from '../apps/server/src/exchange/contribution-docx.ts';
import { SAMPLE_CONTRIBUTION_AR, SAMPLE_CONTRIBUTION_EN } from '../apps/server/src/exchange/sample-contributions.ts';
import { documentXml } from './support/contributions.ts';

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
let compiled: Promise<{ en: string; ar: string; directory: string }> | undefined;
let mixed: Promise<{ ar: PdfLine[]; en: PdfLine[] }> | undefined;

/** A line of a PDF page as laid out: its words from left to right, entities decoded, controls dropped. */
type PdfLine = string[];

/**
 * The lines of a PDF as LibreOffice laid them out (`pdftotext -bbox`): words grouped by page and height and sorted
 * by their left edge, so that a full stop printed at the wrong end of a phrase is seen there.
 */
async function pdfLines(pdf: string): Promise<PdfLine[]> {
  const xml = await tool('pdftotext', ['-bbox', '-enc', 'UTF-8', pdf, '-'], 'poppler-utils');
  const lines = new Map<string, { x: number; text: string }[]>();
  xml.split('<page ').forEach((page, pageIndex) => {
    for (const match of page.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)"[^>]*>([^<]*)<\/word>/g)) {
      const key = `${pageIndex}:${Math.round(Number(match[2]))}`;
      const text = match[3]!
        .replace(/&quot;/g, '"')
        .replace(/&amp;/g, '&')
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(BIDI_MARKS, '');
      if (text !== '') {
        lines.set(key, [...(lines.get(key) ?? []), { x: Number(match[1]), text }]);
      }
    }
  });
  return [...lines.values()].map((words) => words.sort((a, b) => a.x - b.x).map((word) => word.text));
}

/** The line holding `word`, read from left to right in its Latin words and ASCII marks only. */
function latinOf(lines: PdfLine[], word: string): string {
  const line = lines.find((candidate) => candidate.some((text) => text.includes(word)));
  expect(line, `no line holds ${word}`).toBeDefined();
  return line!.filter((text) => /^[\x21-\x7e]+$/.test(text)).join(' ');
}

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

/**
 * Renders the sample contributions with reasons in the other language (an English reason and an English
 * quotation in the Arabic one, an Arabic quotation in the English one), converts both and gives their lines.
 */
async function convertMixed(): Promise<{ ar: PdfLine[]; en: PdfLine[] }> {
  const directory = await mkdtemp(join(tmpdir(), 'tansiq-docx-direction-'));
  directories.push(directory);
  const [mod, add] = SAMPLE_CONTRIBUTION_AR.proposals;
  const arabic = {
    ...SAMPLE_CONTRIBUTION_AR,
    proposals: [
      { ...mod!, reasons: 'To widen participation in the study groups.' },
      { ...add!, reasons: 'كما جاء في "capacity building is key." نؤكد ذلك.' },
    ],
  };
  const [first, ...others] = SAMPLE_CONTRIBUTION_EN.proposals;
  const english = {
    ...SAMPLE_CONTRIBUTION_EN,
    proposals: [{ ...first!, reasons: 'In the words of the Arab group, "تعزيز القدرات." We agree.' }, ...others],
  };
  await writeFile(join(directory, 'mixed-ar.docx'), await renderContributionDocx(arabic));
  await writeFile(join(directory, 'mixed-en.docx'), await renderContributionDocx(english));
  await pdfTexts(directory, ['mixed-ar', 'mixed-en']);
  return { ar: await pdfLines(join(directory, 'mixed-ar.pdf')), en: await pdfLines(join(directory, 'mixed-en.pdf')) };
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
async function compileDemo(): Promise<{ en: string; ar: string; directory: string }> {
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
  return { en: en!, ar: ar!, directory };
}

/** Renders the English sample contribution with Chinese, Russian and Spanish labels, converts the three at once. */
async function convertLabelled(): Promise<Record<'zh' | 'ru' | 'es', string>> {
  const directory = await mkdtemp(join(tmpdir(), 'tansiq-docx-labels-'));
  directories.push(directory);
  const languages = ['zh', 'ru', 'es'] as const;
  for (const language of languages) {
    const input = { ...SAMPLE_CONTRIBUTION_EN, language, originalLanguage: 'ru' as const };
    await writeFile(join(directory, `labels-${language}.docx`), await renderContributionDocx(input));
  }
  const [zh, ru, es] = await pdfTexts(
    directory,
    languages.map((language) => `labels-${language}`),
  );
  return { zh: zh!, ru: ru!, es: es! };
}

// In the tests rather than in a hook, so that a missing tool fails them instead of leaving them skipped.
const pdfText = () => (converted ??= convert());
const compilationTexts = () => (compiled ??= compileDemo());
const mixedLines = () => (mixed ??= convertMixed());
let labelled: Promise<Record<'zh' | 'ru' | 'es', string>> | undefined;
const labelledTexts = () => (labelled ??= convertLabelled());

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

describe('text of the other direction in Word, as LibreOffice lays it out', () => {
  it('keeps the full stop of an English reason at its end in an Arabic paragraph', async () => {
    const { ar } = await mixedLines();
    expect(latinOf(ar, 'participation')).toBe('To widen participation in the study groups.');
  }, 120_000);

  it('keeps the full stop of an English quotation inside an Arabic sentence with the quotation', async () => {
    const { ar } = await mixedLines();
    // The Arabic sentence's own full stop stands at its left end, apart.
    expect(latinOf(ar, 'capacity')).toContain('" capacity building is key. "');
  }, 120_000);

  it('keeps the full stop of an Arabic quotation at its end in an English paragraph', async () => {
    const { en } = await mixedLines();
    const line = en.find((words) => words.some((word) => word.includes('agree')))!;
    const arabic = (word: string) => /\p{Script=Arabic}/u.test(word);
    const first = line.findIndex(arabic);
    let last = first;
    line.forEach((word, index) => {
      if (arabic(word)) {
        last = index;
      }
    });
    expect(first).toBeGreaterThan(0);
    // Laid out left to right, the Arabic reads from the right: its full stop belongs at its left, inside the
    // quotation mark, and not at its right beside the word it starts with.
    expect(line.slice(first - 1, first + 1).join('')).toMatch(/^"\.\p{Script=Arabic}/u);
    expect(line[last]).not.toMatch(/\./);
  }, 120_000);
});

describe('a contribution labelled in Chinese, Russian and Spanish, converted to PDF by LibreOffice', () => {
  it('keeps each language’s labels, dates and language names, Chinese in its own characters', async () => {
    const texts = await labelledTexts();
    const printed = {
      zh: ['原文：俄语', '来源：', '理由：', '2017年9月4日', '2017年10月9日至20日'],
      ru: ['Оригинал: русский', 'Источник:', 'Основания:', '4 сентября 2017'],
      es: ['Original: ruso', 'Origen:', 'Motivos:', '4 de septiembre de 2017'],
    };
    // pdftotext puts spaces between Chinese characters and digits: Chinese is compared without spaces.
    const spaceless = (text: string) => text.replace(/\s+/g, '');
    for (const [language, words] of Object.entries(printed)) {
      const text = texts[language as keyof typeof texts];
      for (const expected of words) {
        if (language === 'zh') {
          expect(spaceless(text)).toContain(spaceless(comparable(expected)));
        } else {
          expect(text).toContain(comparable(expected));
        }
      }
    }
  }, 120_000);
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

  it('holds the Arabic labels and base texts, and every source’s proposal in Arabic, translations marked', async () => {
    const { ar } = await compilationTexts();
    for (const words of [
      'تجميع المقترحات',
      'المصادر',
      'الأسباب',
      'تشجيع إنشاء مراكز مجتمعية للمهارات الرقمية',
      'أن تقوم المراكز بما يلي',
      'إسهام المكتبات والمدارس في هذا العمل',
      // Egypt's MOD of instructs 1, written in Arabic, and Europe's, in its published Arabic translation (short
      // phrases: a table cell wraps its lines).
      'الرسمية الست',
      'خبرة المناطق',
      // Africa's and Europe's changes to resolves 1 and Brazil's ADD, in their Arabic translations.
      'دعم',
      'تعزيز',
      'الطاقة المتجددة',
      'ترجمة',
      'EUR/3/3',
      'AFCP/2/1',
      'BRA/4/2',
    ]) {
      expect(ar).toContain(comparable(words));
    }
    // Every demo proposal is published in Arabic: no English proposal text is left in the Arabic compilation.
    expect(ar).not.toContain(comparable('renewable energy where the electricity grid is unreliable'));
    expect(ar).not.toMatch(/[\u0660-\u0669]/);
  }, 120_000);

  it('tracks Egypt’s Arabic MOD and Europe’s translated MOD of instructs 1 as insertions under their sources', async () => {
    const { directory } = await compilationTexts();
    const xml = documentXml(readFileSync(join(directory, 'compilation-ar.docx')));
    const insertions = [...xml.matchAll(/<w:ins\b[^>]*w:author="([^"]*)"[^>]*>([\s\S]*?)<\/w:ins>/g)].map((match) => ({
      author: match[1],
      text: [...(match[2] ?? '').matchAll(/<w:t\b[^>]*>([^<]*)<\/w:t>/g)].map((text) => text[1]).join(''),
    }));
    const by = (author: string) =>
      insertions.filter((insertion) => insertion.author === author).map(({ text }) => text);
    expect(by('EGY').join(' ')).toContain('باللغات الرسمية الست');
    expect(by('EUR').join(' ')).toContain('خبرة المناطق');
  }, 120_000);
});

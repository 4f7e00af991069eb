import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { findMeeting } from '@tansiq/db';
import { openRuntime, readConfig } from '@tansiq/server';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run, type Io } from '../src/program.ts';
import { progressBar } from '../src/progress.ts';

// Each command opens the embedded database on disk: seconds, not milliseconds.
const SLOW = 60_000;

const scratch = mkdtempSync(path.join(tmpdir(), 'tansiq-compile-'));
const env = { TANSIQ_DATA_DIR: path.join(scratch, 'data') };
const out = (name: string) => path.join(scratch, name);

async function tansiq(argv: string[], options: { errIsTty?: boolean } = {}) {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const io: Io = {
    out: (text) => stdout.push(text),
    err: (text) => stderr.push(text),
    env,
    readStdin: async () => '',
    ...options,
  };
  const code = await run(argv, io);
  return { code, stdout: stdout.join(''), stderr: stderr.join('') };
}

let meetingId = '';

beforeAll(async () => {
  const loaded = await tansiq(['demo', 'load']);
  expect(loaded.code, loaded.stderr).toBe(0);
  const runtime = await openRuntime(readConfig(env), 'compile test');
  try {
    meetingId = (await findMeeting(runtime.handle.db, 'wtdc-17'))!.id;
  } finally {
    await runtime.close();
  }
}, SLOW);
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const authorsOf = (docx: Buffer) => {
  const xml = strFromU8(unzipSync(docx)['word/document.xml']!);
  return [...new Set([...xml.matchAll(/<w:(?:ins|del) [^>]*w:author="([^"]*)"/g)].map((match) => match[1]))].sort();
};

describe('tansiq compile', () => {
  it(
    'writes the demo meeting in Word with each source’s tracked changes, and draws a bar on a terminal only',
    async () => {
      const quiet = await tansiq(['compile', 'wtdc-17', '--format', 'docx', '--out', out('wtdc-17.docx')]);
      expect(quiet).toEqual({ code: 0, stdout: `Wrote ${out('wtdc-17.docx')} (1 instrument).\n`, stderr: '' });
      expect(authorsOf(readFileSync(out('wtdc-17.docx')))).toEqual(['AFCP', 'BRA', 'EGY', 'EUR']);

      const shown = await tansiq(['compile', 'wtdc-17', '--lang', 'ar', '--format', 'docx', '--out', out('ar.docx')], {
        errIsTty: true,
      });
      expect(shown.code, shown.stderr).toBe(0);
      expect(shown.stderr).toBe(
        '\rCompiling [###############---------------] 1/2\rCompiling [##############################] 2/2\n',
      );
      const arabic = strFromU8(unzipSync(readFileSync(out('ar.docx')))['word/document.xml']!);
      expect(arabic).toContain('<w:bidi/>');
      // The demo's proposals are written in English: each is marked in Arabic as a translation or awaiting one.
      expect(arabic).toMatch(/\((?:ترجمة|في انتظار الترجمة)\)/);
    },
    SLOW,
  );

  it(
    'writes the register as CSV and one instrument as a web page, the meeting named by code or id',
    async () => {
      const csv = await tansiq(['compile', meetingId, '--format', 'csv', '--out', out('register.csv')], {
        errIsTty: true,
      });
      expect(csv).toEqual({ code: 0, stdout: `Wrote ${out('register.csv')} (13 proposals).\n`, stderr: '' });
      const register = readFileSync(out('register.csv'), 'utf8');
      expect(register.startsWith('\uFEFFsymbol,number,source,mark,')).toBe(true);
      expect(register.split('\r\n')).toHaveLength(15);

      const html = await tansiq([
        'compile',
        'wtdc-17',
        '--instrument',
        'resolution 901',
        '--lang',
        'fr',
        '--format',
        'html',
        '--out',
        out('901.html'),
      ]);
      expect(html.code, html.stderr).toBe(0);
      const page = readFileSync(out('901.html'), 'utf8');
      expect(page).toContain('<html lang="fr" dir="ltr">');
      expect(page).toContain('RÉSOLUTION 901');
    },
    SLOW,
  );

  it(
    'exits 2 naming the argument or option at fault',
    async () => {
      const missing = await tansiq(['compile', 'wtdc-17', '--out', out('x.docx')]);
      expect(missing.code).toBe(2);
      expect(missing.stderr).toMatch(/--format <format>' not specified/);
      const badFormat = await tansiq(['compile', 'wtdc-17', '--format', 'pdf', '--out', out('x.pdf')]);
      expect(badFormat.code).toBe(2);
      expect(badFormat.stderr).toMatch(/Allowed choices are docx, csv, html/);
      const badLang = await tansiq(['compile', 'wtdc-17', '--lang', 'de', '--format', 'docx', '--out', out('x.docx')]);
      expect(badLang.code).toBe(2);
      expect(badLang.stderr).toMatch(/option '--lang <language>' argument 'de' is invalid/);
      expect(badLang.stderr).toMatch(/Allowed choices are ar, zh, en, fr, ru, es/);

      const meeting = await tansiq(['compile', 'no-such-meeting', '--format', 'docx', '--out', out('x.docx')]);
      expect(meeting.code).toBe(2);
      expect(meeting.stderr).toBe('tansiq: No meeting "no-such-meeting".\n  MEETING: No meeting "no-such-meeting".\n');
      const instrument = await tansiq([
        'compile',
        'wtdc-17',
        '--instrument',
        'frobnicate',
        '--format',
        'docx',
        '--out',
        out('x.docx'),
      ]);
      expect(instrument.code).toBe(2);
      expect(instrument.stderr).toMatch(/^ {2}--instrument: "frobnicate" names no instrument/m);
      const unwritable = await tansiq([
        'compile',
        'wtdc-17',
        '--format',
        'csv',
        '--out',
        path.join(scratch, 'no', 'x.csv'),
      ]);
      expect(unwritable.code).toBe(2);
      expect(unwritable.stderr).toMatch(/^ {2}--out: ENOENT$/m);
    },
    SLOW,
  );
});

describe('progressBar', () => {
  it('redraws one line and ends it at the last step', () => {
    const written: string[] = [];
    const bar = progressBar((text) => written.push(text), 'Compiling', 10);
    bar(0, 4);
    bar(0, 4);
    bar(2, 4);
    bar(4, 4);
    expect(written).toEqual([
      '\rCompiling [----------] 0/4',
      '\rCompiling [#####-----] 2/4',
      '\rCompiling [##########] 4/4\n',
    ]);
  });
});

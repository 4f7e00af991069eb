import { Document, Packer, Paragraph } from 'docx';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { run, type Io } from '../src/program.ts';
import { readInstrumentFile } from '../src/text-command.ts';

const GOLDEN = path.resolve(import.meta.dirname, '../../../packages/domain/src/texts/golden');
const goldenNames = readdirSync(GOLDEN)
  .filter((name) => name.endsWith('.txt'))
  .map((name) => name.slice(0, -'.txt'.length));

const scratch = mkdtempSync(path.join(tmpdir(), 'tansiq-text-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Writes `content` to a scratch file named `name` and returns its path. */
function file(name: string, content: string | Buffer): string {
  const where = path.join(scratch, name);
  writeFileSync(where, content);
  return where;
}

async function tansiq(argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const io: Io = { out: (text) => out.push(text), err: (text) => err.push(text), env: {}, readStdin: async () => '' };
  const code = await run(argv, io);
  return { code, stdout: out.join(''), stderr: err.join('') };
}

describe('tansiq text parse', () => {
  it.each(goldenNames)('prints the golden JSON of %s', async (name) => {
    const result = await tansiq(['text', 'parse', path.join(GOLDEN, `${name}.txt`), '--json']);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(readFileSync(path.join(GOLDEN, `${name}.json`), 'utf8'));
  });

  it('prints the same with --lang, and reads a file without an extension', async () => {
    const source = readFileSync(path.join(GOLDEN, 'sample-resolution-901-ar.txt'), 'utf8');
    const expected = readFileSync(path.join(GOLDEN, 'sample-resolution-901-ar.json'), 'utf8');
    const result = await tansiq(['text', 'parse', file('resolution-901', source), '--lang', 'ar', '--json']);
    expect(result).toEqual({ code: 0, stdout: expected, stderr: '' });
  });

  it('prints exactly the fields of the issue, provisions in document order', async () => {
    const result = await tansiq(['text', 'parse', path.join(GOLDEN, 'sample-resolution-901-en.txt'), '--json']);
    const json = JSON.parse(result.stdout) as Record<string, unknown> & { provisions: Record<string, unknown>[] };
    expect(Object.keys(json)).toEqual(['language', 'kind', 'number', 'revision', 'title', 'body', 'provisions']);
    expect(Object.keys(json.provisions[0]!)).toEqual([
      'id',
      'section',
      'heading',
      'headingKey',
      'num',
      'key',
      'parent',
      'text',
    ]);
    expect(json).toMatchObject({ number: '901', revision: 'Rev. Buenos Aires, 2017' });
  });

  it('prints warnings on stderr and still succeeds', async () => {
    const result = await tansiq(['text', 'parse', path.join(GOLDEN, 'sample-resolution-902-en.txt'), '--json']);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe(
      'line 13: warning unknown_heading: "affirming" is not a known heading: its items get ids affirming.*.\n' +
        'line 25: warning repeated_heading: The heading "resolves" comes again: its items get ids resolves-2.*.\n',
    );
  });

  it('prints one line per provision without --json', async () => {
    const result = await tansiq(['text', 'parse', path.join(GOLDEN, 'sample-draft-arb-1-ar.txt')]);
    expect(result.code).toBe(0);
    expect(result.stdout.split('\n')[0]).toBe(
      'resolution [ARB-1] [ar]: التعاون الإقليمي في مجال المحتوى الرقمي العربي',
    );
    expect(result.stdout).toContain('considering.e\t(هـ)\tأن التعليم الإلكتروني');
  });

  it('exits 2 on an unparsable text with "line N: reason" for every problem', async () => {
    const text = 'RESOLUTION 1\nSubject\nThe Conference,\nconsidering\na)\tx;\nc)\ty;\nc)\tz,\nيقرر\n1\tto act,';
    const result = await tansiq(['text', 'parse', file('bad.txt', text), '--json']);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    const lines = result.stderr.trimEnd().split('\n');
    expect(lines.slice(0, 3).map((line) => line.split(':').slice(0, 2).join(':'))).toEqual([
      'line 6: skipped_number',
      'line 7: duplicate_number',
      'line 8: mixed_language',
    ]);
    expect(lines[3]).toMatch(/^tansiq: .*bad\.txt: The text could not be read: 3 problem/);
  });

  it.each([
    ['an empty file', 'empty.txt', '', /^line 1: empty_text: /],
    ['a text without headings', 'flat.txt', 'RESOLUTION 1\nSubject\nSome text.', /^line 1: no_headings: /],
  ])('exits 2 on %s', async (_case, name, content, expected) => {
    const result = await tansiq(['text', 'parse', file(name, content)]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(expected);
  });

  it.each([
    ['a missing file', () => path.join(scratch, 'nowhere.txt'), /nowhere\.txt: no such file/],
    ['a directory', () => scratch, /not a file/],
    ['a file that is not UTF-8', () => file('latin1.txt', Buffer.from([0x52, 0xc9, 0x53, 0xff])), /not UTF-8 text/],
    ['a corrupt .docx file', () => file('text.docx', 'PK'), /text\.docx: .*not a Word document|corrupt/i],
    ['a .pdf file', () => file('text.pdf', '%PDF'), /\.pdf files are not supported yet/],
  ])('exits 2 on %s, with the reason', async (_case, where, expected) => {
    const result = await tansiq(['text', 'parse', where(), '--json']);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(expected);
  });

  it('exits 2 on a language it does not read, naming the option and the six it reads', async () => {
    const result = await tansiq(['text', 'parse', path.join(GOLDEN, 'sample-resolution-901-en.txt'), '--lang', 'de']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/option '--lang <language>' argument 'de' is invalid/);
    expect(result.stderr).toMatch(/Allowed choices are ar, zh, en, fr, ru, es/);
  });

  it.each(['zh', 'ru', 'es'])('reads the %s sample Resolution 901, detected and with --lang', async (language) => {
    const source = path.join(GOLDEN, `sample-resolution-901-${language}.txt`);
    const expected = readFileSync(path.join(GOLDEN, `sample-resolution-901-${language}.json`), 'utf8');
    for (const argv of [[source], [source, '--lang', language]]) {
      const result = await tansiq(['text', 'parse', ...argv, '--json']);
      expect(result.stderr).toBe('');
      expect(JSON.parse(result.stdout)).toEqual(JSON.parse(expected));
    }
  });

  it('says in its help which languages --lang takes', async () => {
    const result = await tansiq(['text', 'parse', '--help']);
    const help = result.stdout.replace(/\s+/g, ' ');
    expect(help).toMatch(/--lang <language> .*\(choices: "ar", "zh", "en", "fr", "ru", "es"\)/);
  });

  it('reads a Word document paragraph by paragraph', async () => {
    const lines = readFileSync(path.join(GOLDEN, 'sample-resolution-901-ar.txt'), 'utf8').split('\n');
    const document = new Document({
      sections: [{ children: lines.map((line) => new Paragraph({ text: line, bidirectional: true })) }],
    });
    const where = file('resolution-901-ar.docx', await Packer.toBuffer(document));
    const result = await tansiq(['text', 'parse', where, '--json']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual(
      JSON.parse(readFileSync(path.join(GOLDEN, 'sample-resolution-901-ar.json'), 'utf8')),
    );
  });

  it('dispatches by extension through readers that can be extended', async () => {
    const readers = { '.docx': async (where: string) => `read ${path.basename(where)}` };
    await expect(readInstrumentFile('/x/Resolution.DOCX', readers)).resolves.toBe('read Resolution.DOCX');
    await expect(readInstrumentFile('/x/a.txt', readers)).rejects.toMatchObject({ code: 'unsupported_file_type' });
  });
});

describe('tansiq text parse on a 4.5 MB file on one line (issue 12)', () => {
  // The resolution's lines joined by spaces and repeated: a paragraph with neither title nor heading. It took 8 to
  // 16 s, each word of the line folded once per language tried.
  const line = readFileSync(path.join(GOLDEN, 'sample-resolution-901-en.txt'), 'utf8')
    .split('\n')
    .map((text) => text.trim())
    .filter((text) => text !== '')
    .join(' ');
  const content = `${line} `.repeat(Math.ceil(4_500_000 / (line.length + 1))).slice(0, 4_500_000);

  it('exits 2 at once: no title and no heading, on line 1', async () => {
    const where = file('one-line.txt', content);
    const started = performance.now();
    const result = await tansiq(['text', 'parse', where, '--json']);
    const elapsed = performance.now() - started;
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(
      'line 1: missing_title: No title line such as "RESOLUTION 1 (Rev. Buenos Aires, 2017)".\n' +
        'line 1: no_headings: The text has no heading such as "considering" or "resolves".\n' +
        `tansiq: ${where}: The text could not be read: 2 problem(s).\n`,
    );
    expect(elapsed).toBeLessThan(3_000);
  });

  it('prints the text whose one paragraph is that line, at once', async () => {
    const golden = readFileSync(path.join(GOLDEN, 'sample-resolution-901-en.txt'), 'utf8');
    const where = file('one-long-paragraph.txt', golden.replace(/^(a\)\t.*)$/m, `$1 ${content}`));
    const started = performance.now();
    const result = await tansiq(['text', 'parse', where, '--json']);
    const elapsed = performance.now() - started;
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const json = JSON.parse(result.stdout) as { provisions: { id: string; text: string }[] };
    expect(json.provisions[0]!.id).toBe('considering.a');
    expect(json.provisions[0]!.text.endsWith(content.trimEnd())).toBe(true);
    expect(elapsed).toBeLessThan(3_000);
  });
});

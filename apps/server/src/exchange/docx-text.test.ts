import { DomainError } from '@tansiq/domain';
import { strToU8, zipSync, type Zippable } from 'fflate';
import { describe, expect, it } from 'vitest';
import { renderContributionDocx } from './contribution-docx.ts';
import { DOCX_LIMITS, readDocxText } from './docx-text.ts';
import { SAMPLE_CONTRIBUTION_EN } from './sample-contributions.ts';

const MiB = 1024 * 1024;
const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const MC = 'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"';

const zip = (files: Zippable) => Buffer.from(zipSync(files, { level: 1 }));
const wordDocument = (body: string) =>
  zip({
    'word/document.xml': strToU8(`<?xml version="1.0"?><w:document ${W} ${MC}><w:body>${body}</w:body></w:document>`),
  });

/** The error `readDocxText` refuses with. */
async function refusal(data: Buffer, options?: Parameters<typeof readDocxText>[1]): Promise<DomainError> {
  const error: unknown = await readDocxText(data, options).then(
    () => undefined,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(DomainError);
  const domainError = error as DomainError;
  expect(domainError.issues[0]).toMatchObject({ path: ['file'], code: domainError.code });
  return domainError;
}

/** A deterministic buffer of noise (a linear congruential sequence), so a failure reproduces. */
function noise(length: number): Buffer {
  const bytes = Buffer.alloc(length);
  let state = 12345;
  for (let index = 0; index < length; index++) {
    state = (state * 1103515245 + 12345) & 0x7fffffff;
    bytes[index] = state >> 16;
  }
  return bytes;
}

/** Sets the uncompressed size of the (single) entry in the local header and the central directory. */
function declareSize(data: Buffer, size: number): Buffer {
  const patched = Buffer.from(data);
  patched.writeUInt32LE(size, 22);
  const central = patched.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
  patched.writeUInt32LE(size, central + 24);
  return patched;
}

// 60 MiB of zeros deflate to about 60 KiB: over the 50 MiB limit and over the ratio limit at once.
const bomb = zip({ 'word/document.xml': new Uint8Array(60 * MiB), '[Content_Types].xml': strToU8('<Types/>') });

describe('readDocxText', () => {
  it('reads a rendered contribution back as one line per paragraph', async () => {
    const text = await readDocxText(await renderContributionDocx(SAMPLE_CONTRIBUTION_EN));
    const lines = text.split('\n');
    expect(lines).toContain('Original: English');
    expect(lines).toContain('MOD\tEGY/23/1');
    expect(lines).toContain('resolves 2');
    expect(lines).toContain('Reasons:\tTo widen participation in the study groups.');
  });

  it('reads the text as it now reads: insertions kept, deletions, moves away and fallbacks left out', async () => {
    const data = wordDocument(
      [
        '<w:p><w:pPr><w:tabs><w:tab w:val="left" w:pos="720"/></w:tabs></w:pPr>',
        '<w:r><w:t>1</w:t></w:r><w:r><w:tab/><w:t xml:space="preserve">kept </w:t></w:r>',
        '<w:ins w:id="1" w:author="A" w:date="2017-01-01T00:00:00Z"><w:r><w:t>added</w:t></w:r></w:ins>',
        '<w:del w:id="2" w:author="A" w:date="2017-01-01T00:00:00Z"><w:r><w:delText>gone</w:delText></w:r></w:del>',
        '<w:moveFrom w:id="3" w:author="A" w:date="2017-01-01T00:00:00Z"><w:r><w:t>moved</w:t></w:r></w:moveFrom>',
        '<w:r><w:t>&amp; more</w:t><w:br/><w:t>next</w:t></w:r></w:p>',
        '<w:p><w:pPr><w:rPr><w:del w:id="4" w:author="A" w:date="2017-01-01T00:00:00Z"/></w:rPr></w:pPr>',
        '<w:r><w:t xml:space="preserve">joined </w:t></w:r></w:p>',
        '<w:p><w:r><w:t>with the next</w:t></w:r></w:p>',
        '<w:p><mc:AlternateContent><mc:Choice Requires="wps"><w:r><w:t>choice</w:t></w:r></mc:Choice>',
        '<mc:Fallback><w:r><w:t>fallback</w:t></w:r></mc:Fallback></mc:AlternateContent></w:p>',
        '<w:p/><w:p><w:r><w:t>ك</w:t></w:r></w:p>',
      ].join(''),
    );
    expect(await readDocxText(data)).toBe('1\tkept added& more\nnext\njoined with the next\nchoice\n\nك');
  });

  it('refuses a buffer that is not a zip as corrupt', async () => {
    expect((await refusal(noise(4096))).code).toBe('corrupt_document');
    expect((await refusal(Buffer.alloc(0))).code).toBe('corrupt_document');
  });

  it('refuses an OLE compound file as encrypted, and names a Word 97-2003 file as such', async () => {
    const ole = Buffer.concat([Buffer.from('d0cf11e0a1b11ae1', 'hex'), Buffer.alloc(504)]);
    const encrypted = Buffer.concat([
      ole,
      Buffer.from('EncryptionInfo', 'utf16le'),
      Buffer.from('EncryptedPackage', 'utf16le'),
    ]);
    expect((await refusal(ole)).code).toBe('encrypted_document');
    expect((await refusal(encrypted)).code).toBe('encrypted_document');
    const legacy = await refusal(Buffer.concat([ole, Buffer.from('WordDocument', 'utf16le')]));
    expect(legacy.code).toBe('corrupt_document');
    expect(legacy.message).toContain('.doc');
  });

  it('refuses a file over the size limit before reading it', async () => {
    const error = await refusal(Buffer.alloc(DOCX_LIMITS.maxBytes + 1));
    expect(error.code).toBe('file_too_large');
    expect(error.details).toMatchObject({ maxBytes: DOCX_LIMITS.maxBytes });
    expect((await refusal(wordDocument('<w:p/>'), { maxBytes: 10 })).code).toBe('file_too_large');
  });

  it('refuses a zip bomb from its declared size, before inflating it', async () => {
    expect(bomb.length).toBeLessThan(DOCX_LIMITS.maxBytes);
    const error = await refusal(bomb);
    expect(error.code).toBe('zip_bomb');
    expect(error.details).toMatchObject({ declaredBytes: 60 * MiB });
  });

  it('refuses a part compressed more than a hundred to one, though under the size limit', async () => {
    const dense = zip({ 'word/document.xml': new Uint8Array(2 * MiB) });
    expect((await refusal(dense)).code).toBe('zip_bomb');
  });

  it('refuses a zip bomb that declares a small size, once it inflates beyond it', async () => {
    const error = await refusal(declareSize(bomb, 1000));
    expect(error.code).toBe('zip_bomb');
    expect(error.message).toContain('more than it declares');
  });

  it('refuses a zip without word/document.xml, a truncated file and broken XML as corrupt', async () => {
    const other = await refusal(zip({ 'content.xml': strToU8('<office:document/>') }));
    expect(other.code).toBe('corrupt_document');
    expect(other.message).toContain('word/document.xml');
    const rendered = await renderContributionDocx(SAMPLE_CONTRIBUTION_EN);
    expect((await refusal(rendered.subarray(0, rendered.length >> 1))).code).toBe('corrupt_document');
    expect((await refusal(wordDocument('<w:p><w:r><w:t>open'))).code).toBe('corrupt_document');
    expect((await refusal(wordDocument('<w:p><w:r><w:t>&custom;</w:t></w:r></w:p>'))).code).toBe('corrupt_document');
  });
});

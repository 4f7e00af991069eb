import { strToU8, zipSync, type Zippable } from 'fflate';
import type { LightMyRequestResponse } from 'fastify';
import { renderContributionDocx } from '../src/exchange/contribution-docx.ts';
import { SAMPLE_CONTRIBUTION_AR, SAMPLE_CONTRIBUTION_EN } from '../src/exchange/sample-contributions.ts';
import type { TestApp } from './helpers.ts';

/** The media type of a Word document. */
export const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
export const PDF = 'application/pdf';
const MiB = 1024 * 1024;
const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';

const zip = (files: Zippable) => Buffer.from(zipSync(files, { level: 1 }));
const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A minimal Word document with one paragraph per line of `text` (tabs kept as Word tabs). */
export function docxOfText(text: string): Buffer {
  const paragraphs = text
    .split('\n')
    .map((line) => {
      const runs = line
        .split('\t')
        .map((part) => `<w:t xml:space="preserve">${escapeXml(part)}</w:t>`)
        .join('<w:tab/>');
      return `<w:p><w:r>${runs}</w:r></w:p>`;
    })
    .join('');
  return zip({
    'word/document.xml': strToU8(`<?xml version="1.0"?><w:document ${W}><w:body>${paragraphs}</w:body></w:document>`),
  });
}

/** A contribution rendered as Word, in English or Arabic (a real .docx of the exchange module). */
export function sampleDocx(language: 'en' | 'ar' = 'en'): Promise<Buffer> {
  return renderContributionDocx(language === 'ar' ? SAMPLE_CONTRIBUTION_AR : SAMPLE_CONTRIBUTION_EN);
}

/** Bad Word files, each with the code the guarded reader refuses it with. */
export const BAD_DOCX: [label: string, data: () => Buffer, code: string][] = [
  ['a corrupt .docx (not a zip)', () => Buffer.from('PK this is not a zip archive at all'), 'corrupt_document'],
  [
    'an encrypted .docx (an OLE compound file with EncryptionInfo)',
    () =>
      Buffer.concat([
        Buffer.from('d0cf11e0a1b11ae1', 'hex'),
        Buffer.alloc(504),
        Buffer.from('EncryptionInfo', 'utf16le'),
        Buffer.from('EncryptedPackage', 'utf16le'),
      ]),
    'encrypted_document',
  ],
  [
    'a zip bomb (60 MiB of zeros in 60 KiB)',
    () => zip({ 'word/document.xml': new Uint8Array(60 * MiB), '[Content_Types].xml': strToU8('<Types/>') }),
    'zip_bomb',
  ],
  ['a zip that is no Word document', () => zip({ 'content.xml': strToU8('<office:document/>') }), 'corrupt_document'],
];

/** A small PDF (only its signature matters to the server). */
export function samplePdf(marker = 'sample'): Buffer {
  return Buffer.from(`%PDF-1.4\n% ${marker}\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n`);
}

/** `PUT /api/v1/documents/{id}/files/{language}` with `data` as the body. */
export function putFile(
  t: TestApp,
  headers: Record<string, string>,
  id: string,
  language: string,
  data: Buffer | string,
  contentType = DOCX,
): Promise<LightMyRequestResponse> {
  return t.app.inject({
    method: 'PUT',
    url: `/api/v1/documents/${id}/files/${language}`,
    headers: { 'content-type': contentType, ...headers },
    payload: data,
  });
}

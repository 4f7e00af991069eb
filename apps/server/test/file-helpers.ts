import { listTextsOfProvision } from '@tansiq/db';
import type { Language } from '@tansiq/domain';
import { strToU8, zipSync, type Zippable } from 'fflate';
import type { LightMyRequestResponse } from 'fastify';
import { renderContributionDocx, type ContributionProposal } from '../src/exchange/contribution-docx.ts';
import { SAMPLE_CONTRIBUTION_AR, SAMPLE_CONTRIBUTION_EN } from '../src/exchange/sample-contributions.ts';
import { contributionForExport } from '../src/modules/contributions/contribution-export.service.ts';
import { getContribution } from '../src/modules/contributions/contribution.service.ts';
import { operator, type TestApp } from './helpers.ts';

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

/** A proposal of a contribution as its translator is given it: the original, and the base in the target language. */
export interface ProposalToTranslate {
  proposal: ContributionProposal;
  /** The provision it aims at, as in force in the translation's language (null: none, or not stored there). */
  baseText: string | null;
}

/** Words each sample translation adds to the base of a MOD, and the text and reasons of its other proposals. */
const SAMPLE_WORDS: Record<Language, { care: string; text: string; reasons: string }> = {
  ar: { care: 'بعناية', text: 'نص مترجم', reasons: 'أسباب مترجمة' },
  zh: { care: '认真地', text: '译文', reasons: '翻译的理由' },
  en: { care: 'with care', text: 'A translated text', reasons: 'Translated reasons' },
  fr: { care: 'avec soin', text: 'Un texte traduit', reasons: 'Des motifs traduits' },
  ru: { care: 'внимательно', text: 'Переведённый текст', reasons: 'Переведённые причины' },
  es: { care: 'con cuidado', text: 'Un texto traducido', reasons: 'Motivos traducidos' },
};

/**
 * A sample translation into `language`: a MOD's base in that language with a few words added (so it changes
 * it), any other text and the reasons as sample phrases of that language, numbered; SUP and NOC keep no text.
 */
export function sampleTranslation(language: Language) {
  const words = SAMPLE_WORDS[language];
  return ({ proposal, baseText }: ProposalToTranslate): { text: string | null; reasons: string | null } => ({
    text:
      proposal.text === null
        ? null
        : (proposal.mark === 'MOD' || proposal.mark === '(MOD)') && baseText !== null
          ? `${baseText.replace(/[.;,،؛。]$/u, '')} ${words.care}.`
          : `${words.text} ${proposal.number ?? ''}`.trim(),
    reasons: proposal.reasons === null ? null : `${words.reasons} ${proposal.number ?? ''}`.trim(),
  });
}

/**
 * A real translated contribution, as a translator returns it: the contribution exported in `language`
 * (`contributionForExport`, the layout the server reads back), each proposal's text and reasons replaced by
 * `translate`'s, a MOD printed as tracked changes against the base in that language, rendered as Word.
 */
export async function translatedDocx(
  t: TestApp,
  id: string,
  language: Language,
  translate: (input: ProposalToTranslate) => { text: string | null; reasons: string | null } = sampleTranslation(
    language,
  ),
): Promise<Buffer> {
  const ctx = t.as(operator);
  const exported = await contributionForExport(ctx, id, language);
  const { proposals: rows } = await getContribution(ctx, id);
  const proposals = await Promise.all(
    exported.proposals.map(async (proposal, index) => {
      const { versionId, provisionId } = rows[index]!.proposal;
      const baseText =
        versionId === null || provisionId === null
          ? null
          : ((await listTextsOfProvision(t.db, versionId, provisionId)).find((text) => text.language === language)
              ?.text ?? null);
      return { ...proposal, ...translate({ proposal, baseText }), baseText, diff: null, diffAlgorithm: null };
    }),
  );
  return renderContributionDocx({ ...exported, proposals });
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

import { DomainError, type ErrorCode } from '@tansiq/domain';
import sax from 'sax';
import yauzl, { type Entry, type ZipFile } from 'yauzl';
import { wordXmlLines } from './wordml-text.ts';

/** Limits on a `.docx` taken from a user. */
export interface DocxLimits {
  /** The largest file accepted, in bytes (default 10 MiB). */
  maxBytes?: number;
  /** The most its parts may hold once inflated, declared or actual, in bytes (default 50 MiB). */
  maxUncompressedBytes?: number;
}

/** Defaults of {@link DocxLimits}. */
export const DOCX_LIMITS = { maxBytes: 10 * 1024 * 1024, maxUncompressedBytes: 50 * 1024 * 1024 } as const;

/** Above this ratio of inflated to compressed size an entry is taken for a zip bomb (text XML stays near 10). */
export const MAX_COMPRESSION_RATIO = 100;
// Tiny parts (settings, styles) may compress far better than prose without being any threat.
const RATIO_FLOOR_BYTES = 1024 * 1024;

const DOCUMENT_PART = 'word/document.xml';
const OLE_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);

function refuse(code: ErrorCode, message: string, details: Record<string, unknown> = {}): DomainError {
  return new DomainError(code, message, [{ path: ['file'], code, message }], details);
}

/**
 * An OLE compound file is what Office writes for an encrypted `.docx` (streams `EncryptionInfo` and
 * `EncryptedPackage`); it is also the old binary `.doc`, which names a `WordDocument` stream instead.
 */
function refuseCompoundFile(data: Buffer): DomainError {
  const has = (name: string) => data.includes(Buffer.from(name, 'utf16le'));
  if (has('WordDocument') && !has('EncryptionInfo')) {
    return refuse('corrupt_document', 'This is a Word 97-2003 .doc file; save it as .docx and try again.');
  }
  return refuse('encrypted_document', 'The document is protected by a password; remove it and try again.');
}

/**
 * Checks every entry's declared size from the zip's central directory, before anything is inflated, and
 * returns the main document part.
 */
async function findDocumentPart(zip: ZipFile, maxUncompressed: number): Promise<Entry> {
  let declared = 0;
  let documentPart: Entry | undefined;
  for await (const entry of zip.eachEntry()) {
    declared += entry.uncompressedSize;
    const ratio = entry.uncompressedSize / Math.max(entry.compressedSize, 1);
    if (declared > maxUncompressed) {
      throw refuse('zip_bomb', `The document would inflate to more than ${maxUncompressed} bytes.`, {
        declaredBytes: declared,
      });
    }
    if (entry.uncompressedSize > RATIO_FLOOR_BYTES && ratio > MAX_COMPRESSION_RATIO) {
      throw refuse('zip_bomb', `The part ${entry.fileName} is compressed ${Math.round(ratio)} to 1.`, { ratio });
    }
    if (entry.fileName.toLowerCase() === DOCUMENT_PART) {
      if (entry.isEncrypted()) {
        throw refuse('encrypted_document', 'The document is encrypted; remove the password and try again.');
      }
      documentPart = entry;
    }
  }
  if (documentPart === undefined) {
    throw refuse('corrupt_document', `The file is a zip archive but not a Word document (no ${DOCUMENT_PART}).`);
  }
  return documentPart;
}

/** Inflates the document part into the XML parser, counting what comes out and stopping at the limit. */
async function parseDocumentPart(zip: ZipFile, entry: Entry, maxUncompressed: number): Promise<string[]> {
  const stream = await zip.openReadStreamPromise(entry);
  const decoder = new TextDecoder('utf-8');
  const { parser, lines } = wordXmlLines(sax.parser(true, { xmlns: true, trim: false, normalize: false }));
  let inflated = 0;
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    inflated += chunk.length;
    if (inflated > maxUncompressed) {
      stream.destroy();
      throw refuse('zip_bomb', `The document inflates to more than ${maxUncompressed} bytes.`);
    }
    parser.write(decoder.decode(chunk, { stream: true }));
  }
  parser.write(decoder.decode()).close();
  return lines;
}

function isDomainError(error: unknown): error is DomainError {
  return error instanceof DomainError;
}

/**
 * The text of a `.docx` taken from a user, one line per paragraph (tabs and line breaks kept, deleted
 * revisions left out, insertions kept), for the plain-text parser. Refuses, with a `DomainError` located at
 * `file`: `file_too_large` over `maxBytes`; `encrypted_document` for a password-protected file; `zip_bomb` when
 * the parts declare, or the document part turns out to hold, more than `maxUncompressedBytes`, or a part is
 * compressed more than {@link MAX_COMPRESSION_RATIO} to 1; `corrupt_document` for anything else that is not a
 * readable Word document.
 */
export async function readDocxText(data: Buffer, options: DocxLimits = {}): Promise<string> {
  const maxBytes = options.maxBytes ?? DOCX_LIMITS.maxBytes;
  const maxUncompressed = options.maxUncompressedBytes ?? DOCX_LIMITS.maxUncompressedBytes;
  if (data.length > maxBytes) {
    throw refuse('file_too_large', `The file is larger than ${maxBytes} bytes.`, { bytes: data.length, maxBytes });
  }
  if (data.subarray(0, OLE_MAGIC.length).equals(OLE_MAGIC)) {
    throw refuseCompoundFile(data);
  }
  if (!data.subarray(0, ZIP_MAGIC.length).equals(ZIP_MAGIC)) {
    throw refuse('corrupt_document', 'The file is not a Word document (.docx).');
  }
  let zip: ZipFile | undefined;
  try {
    zip = await yauzl.fromBufferPromise(data, {
      lazyEntries: true,
      autoClose: false,
      validateEntrySizes: true,
      strictFileNames: false,
    });
    const entry = await findDocumentPart(zip, maxUncompressed);
    return (await parseDocumentPart(zip, entry, maxUncompressed)).join('\n');
  } catch (error) {
    if (isDomainError(error)) {
      throw error;
    }
    const reason = error instanceof Error ? error.message : String(error);
    // yauzl's size check: the part inflates beyond what the central directory declared.
    if (reason.startsWith('too many bytes in the stream')) {
      throw refuse('zip_bomb', 'The document inflates to more than it declares.');
    }
    throw refuse('corrupt_document', 'The Word document is damaged and cannot be read.', { reason });
  } finally {
    zip?.close();
  }
}

import { describe, expect, it } from 'vitest';
import { documentFileName, isDocumentFileType } from './file-names.ts';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const ID = '0f4c2a9e-1111-4222-8333-944445555666';

describe('documentFileName', () => {
  it('names a language version after its symbol in that language, slashes made dashes', () => {
    expect(documentFileName('WTDC-17/23-A', ID, 'ar', DOCX)).toBe('WTDC-17-23-A.docx');
    expect(documentFileName('WTDC-17/23(Add.4)-E', ID, 'en', 'application/pdf')).toBe('WTDC-17-23(Add.4)-E.pdf');
    expect(documentFileName('WTDC-17/INF/5-F', ID, 'fr', DOCX)).toBe('WTDC-17-INF-5-F.docx');
  });

  it('names a draft, which has no symbol, by its id and the language letter', () => {
    expect(documentFileName(null, ID, 'zh', DOCX)).toBe('draft-0f4c2a9e-C.docx');
  });
});

describe('isDocumentFileType', () => {
  it('takes Word and PDF only', () => {
    expect(isDocumentFileType(DOCX)).toBe(true);
    expect(isDocumentFileType('application/pdf')).toBe(true);
    expect(isDocumentFileType('text/plain')).toBe(false);
    expect(isDocumentFileType('constructor')).toBe(false);
  });
});

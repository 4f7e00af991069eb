import { describe, expect, it } from 'vitest';
import { documentMediaType, formatFileSize, sortVersions, textFileMediaType } from './document-files.ts';
import { blankDocument, createDocumentBody, documentField } from './document-form.ts';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

describe('document files', () => {
  it('tells the media type from the extension, as the server expects it', () => {
    expect(documentMediaType('Egypt proposals.DOCX')).toBe(DOCX);
    expect(documentMediaType('note.pdf')).toBe('application/pdf');
    expect(documentMediaType('note.doc')).toBeNull();
    expect(textFileMediaType('resolution-901.txt')).toBe('text/plain');
    expect(textFileMediaType('resolution-901.docx')).toBe(DOCX);
    expect(textFileMediaType('resolution-901.pdf')).toBeNull();
  });

  it('writes sizes in the reader’s locale', () => {
    expect(formatFileSize('en', 900)).toBe('900 byte');
    expect(formatFileSize('en', 15 * 1024 + 300)).toBe('15.3 kB');
    expect(formatFileSize('fr', 2.5 * 1024 * 1024)).toBe('2,5\u202fMo');
  });

  it('lists the original first, then the official order of languages', () => {
    const files = [
      { language: 'fr', original: false },
      { language: 'en', original: true },
      { language: 'ar', original: false },
    ] as const;
    expect(sortVersions(files).map((file) => file.language)).toEqual(['en', 'ar', 'fr']);
  });
});

describe('the register-a-document form', () => {
  const values = {
    series: 'DT',
    originalLanguage: 'ar',
    title: ' جدول الأعمال ',
    titleEn: 'Agenda',
    targetBodyChoice: 'plenary',
    targetBody: '',
    access: 'members',
  } as const;

  it('sends the title in the original language and in English', () => {
    expect(createDocumentBody('wtdc-17', values)).toEqual({
      meeting: 'wtdc-17',
      series: 'DT',
      originalLanguage: 'ar',
      title: { en: 'Agenda', ar: 'جدول الأعمال' },
      targetBody: 'الجلسة العامة',
      access: 'members',
    });
    expect(createDocumentBody('wtdc-17', { ...values, originalLanguage: 'en', title: 'Agenda' }).title).toEqual({
      en: 'Agenda',
    });
  });

  it('addresses a known body by its name in the document’s language, another as typed', () => {
    expect(createDocumentBody('wtdc-17', { ...values, originalLanguage: 'en', title: 'Agenda' }).targetBody).toBe(
      'PLENARY MEETING',
    );
    expect(createDocumentBody('wtdc-17', { ...values, targetBodyChoice: 'committee-4' }).targetBody).toBe('اللجنة 4');
    expect(
      createDocumentBody('wtdc-17', { ...values, targetBodyChoice: 'other', targetBody: ' WORKING GROUP 3/1 ' })
        .targetBody,
    ).toBe('WORKING GROUP 3/1');
  });

  it('starts in the reader’s language when the meeting works in it', () => {
    expect(blankDocument({ languages: ['ar', 'en'] }, 'ar').originalLanguage).toBe('ar');
    expect(blankDocument({ languages: ['en', 'es'] }, 'fr').originalLanguage).toBe('en');
  });

  it('places the API’s issues on the form’s fields', () => {
    expect(documentField(['title', 'ar'], 'ar')).toBe('title');
    expect(documentField(['title', 'en'], 'ar')).toBe('titleEn');
    expect(documentField(['title', 'en'], 'en')).toBe('title');
    expect(documentField(['title'], 'ar')).toBe('title');
    expect(documentField(['series'], 'ar')).toBe('series');
    expect(documentField(['meeting'], 'ar')).toBeNull();
  });
});

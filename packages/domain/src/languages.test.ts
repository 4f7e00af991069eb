import { describe, expect, it } from 'vitest';
import { documentTitleIn } from './languages.ts';

describe('documentTitleIn', () => {
  const arabicOnly = { ar: 'مقترحات لأعمال المؤتمر' };
  const both = { ar: 'مقترحات لأعمال المؤتمر', en: 'Proposals for the work of the conference' };

  it("gives the reader's language when the title has it", () => {
    expect(documentTitleIn(both, 'en', 'ar')).toEqual({ text: both.en, language: 'en' });
    expect(documentTitleIn(both, 'ar', 'ar')).toEqual({ text: both.ar, language: 'ar' });
  });

  it('falls back on the original language, then English, then any language the title has', () => {
    expect(documentTitleIn(arabicOnly, 'en', 'ar')).toEqual({ text: arabicOnly.ar, language: 'ar' });
    expect(documentTitleIn(arabicOnly, 'fr', 'ar')).toEqual({ text: arabicOnly.ar, language: 'ar' });
    // A document made before the rule: an English title alone, whatever its original language.
    expect(documentTitleIn({ en: 'Proposals' }, 'fr', 'ar')).toEqual({ text: 'Proposals', language: 'en' });
    expect(documentTitleIn({ es: 'Propuestas', ru: 'Предложения' }, 'fr', 'ar')).toEqual({
      text: 'Предложения',
      language: 'ru',
    });
  });

  it('passes over blank versions, unknown languages and an empty title', () => {
    expect(documentTitleIn({ en: '  ', fr: 'Propositions' }, 'en', 'en')).toEqual({
      text: 'Propositions',
      language: 'fr',
    });
    expect(documentTitleIn({ ar: 'عنوان' }, 'xx', 'yy')).toEqual({ text: 'عنوان', language: 'ar' });
    expect(documentTitleIn({}, 'en', 'ar')).toBeNull();
    expect(documentTitleIn({ en: '' }, 'en', 'en')).toBeNull();
  });
});

import i18next from 'i18next';
import { createElement, type ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { localized } from '../lib/format.ts';
import { fillSlots, LocalizedText, MarkedText, slot } from './localized-text.tsx';

/** The markup of `element` on a page whose interface is in `language`. */
async function renderIn(language: string, element: ReactNode): Promise<string> {
  // useLocale reads the reader's preferred languages for the formatting locale.
  vi.stubGlobal('navigator', { languages: [language] });
  const i18n = i18next.createInstance();
  await i18n.use(initReactI18next).init({ lng: language, resources: {} });
  return renderToStaticMarkup(createElement(I18nextProvider, { i18n }, element));
}

afterEach(() => {
  vi.unstubAllGlobals();
});

const ENGLISH_ONLY = { en: 'Adoption of the agenda' };
const SIX = {
  ar: 'اعتماد جدول الأعمال',
  zh: '通过议程',
  en: 'Adoption of the agenda',
  fr: 'Adoption de l’ordre du jour',
  ru: 'Утверждение повестки дня',
  es: 'Aprobación del orden del día',
};

describe('localized', () => {
  it('picks the reader’s language when the text has it, and says so', () => {
    expect(localized(SIX, 'zh')).toEqual({ text: '通过议程', language: 'zh' });
    expect(localized(SIX, 'ru')).toEqual({ text: 'Утверждение повестки дня', language: 'ru' });
  });

  it('falls back to English, and says that it is English, when the reader’s language is missing or blank', () => {
    expect(localized(ENGLISH_ONLY, 'ar')).toEqual({ text: 'Adoption of the agenda', language: 'en' });
    expect(localized({ ...ENGLISH_ONLY, es: '  ' }, 'es')).toEqual({ text: 'Adoption of the agenda', language: 'en' });
    expect(localized(SIX, 'de')).toEqual({ text: 'Adoption of the agenda', language: 'en' });
  });
});

describe('LocalizedText', () => {
  it('marks an English-only title on an Arabic page lang="en", left to right', async () => {
    expect(await renderIn('ar', createElement(LocalizedText, { text: ENGLISH_ONLY }))).toBe(
      '<span lang="en" dir="ltr">Adoption of the agenda</span>',
    );
  });

  it('shows a title in the page’s language unmarked, in each of the six', async () => {
    for (const [language, text] of Object.entries(SIX)) {
      expect(await renderIn(language, createElement(LocalizedText, { text: SIX }))).toBe(text);
    }
  });

  it('isolates a title inside a sentence, marked only when it is in another language', async () => {
    expect(await renderIn('ru', createElement(LocalizedText, { text: ENGLISH_ONLY, isolated: true }))).toBe(
      '<bdi lang="en" dir="ltr">Adoption of the agenda</bdi>',
    );
    expect(await renderIn('ru', createElement(LocalizedText, { text: SIX, isolated: true }))).toBe(
      '<bdi>Утверждение повестки дня</bdi>',
    );
  });
});

describe('MarkedText', () => {
  it('marks an Arabic text shown on a Chinese page right to left', () => {
    const markup = renderToStaticMarkup(
      createElement(MarkedText, { shown: { text: 'مقترحات مصر', language: 'ar' }, pageLanguage: 'zh' }),
    );
    expect(markup).toBe('<span lang="ar" dir="rtl">مقترحات مصر</span>');
  });
});

describe('fillSlots', () => {
  it('puts elements in the places a translated sentence gives their slots, in any order', () => {
    const element = createElement('bdi', { lang: 'en' }, 'WTDC-17');
    const sentence = `في ${slot('meeting')} (${slot('year')})`;
    const markup = renderToStaticMarkup(
      createElement('p', null, ...fillSlots(sentence, { meeting: element, year: '2017' })),
    );
    expect(markup).toBe('<p>في <bdi lang="en">WTDC-17</bdi> (2017)</p>');
  });

  it('refuses a slot the caller gives no element for', () => {
    expect(() => fillSlots(`at ${slot('meeting')}`, {})).toThrow(/No element for the slot "meeting"/);
  });
});

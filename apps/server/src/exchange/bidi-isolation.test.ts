import { describe, expect, it } from 'vitest';
import { isolateOpposite, spansToIsolate } from './bidi-isolation.ts';

/** Shows the controls: ⟨L for LRI, ⟨R for RLI, ⟩ for PDI, · for a directional mark. */
const shown = (text: string) =>
  text
    .replace(/\u2066/g, '⟨L')
    .replace(/\u2067/g, '⟨R')
    .replace(/\u2069/g, '⟩')
    .replace(/[\u200e\u200f]/g, '·');
const arabic = (text: string) => shown(isolateOpposite(text, true));
const english = (text: string) => shown(isolateOpposite(text, false));

describe('isolateOpposite in an Arabic paragraph', () => {
  it('isolates an English reason with its full stop, alone or after a label and a tab', () => {
    expect(arabic('The study groups remain the right place.')).toBe('⟨LThe study groups remain the right place.·⟩');
    expect(arabic('\tTo widen participation.')).toBe('\t⟨LTo widen participation.·⟩');
    expect(arabic('الأسباب:\tTo widen participation.')).toBe('الأسباب:\t⟨LTo widen participation.·⟩');
  });

  it('isolates a quotation inside an Arabic sentence, leaving the quotation marks that open outside it', () => {
    expect(arabic('كما جاء في "capacity building is key." نؤكد ذلك.')).toBe(
      'كما جاء في "⟨Lcapacity building is key.·⟩" نؤكد ذلك.',
    );
    // Ending in a digit inside guillemets opened outside: the bidirectional algorithm needs no help.
    expect(arabic('انظر «the Plan, 2017»، ثم تابع')).toBe('انظر «the Plan, 2017»، ثم تابع');
  });

  it('keeps brackets and quotation marks opened inside the English with it', () => {
    expect(arabic('وفقاً للقرار (Resolution 1 (Rev. 2017)).')).toBe('وفقاً للقرار (⟨LResolution 1 (Rev. 2017)·⟩).');
    expect(arabic('يقول: He said "yes".')).toBe('يقول: ⟨LHe said "yes".·⟩');
  });

  it('leaves alone what needs nothing: Arabic text, a symbol or a number ending in a digit, a word', () => {
    for (const text of [
      'توسيع المشاركة في لجان الدراسات.',
      'ARB/23/1',
      'MOD',
      'الوثيقة WTDC-17/23-A',
      'تقنية Wi-Fi 6 في المدارس',
      'القرار 1 (المراجع في بوينس آيرس، 2017)',
      '',
      '...',
      '2017.',
    ]) {
      expect(arabic(text)).toBe(text);
    }
  });

  it('ends an English stretch at an Arabic word, and starts another after it', () => {
    expect(arabic('First point. ثم Second point.')).toBe('⟨LFirst point.·⟩ ثم ⟨LSecond point.·⟩');
    expect(spansToIsolate('First point. ثم Second point.', true)).toEqual([
      { start: 0, end: 12, rtl: false },
      { start: 16, end: 29, rtl: false },
    ]);
  });
});

describe('isolateOpposite in an English paragraph', () => {
  it('isolates an Arabic quotation with its full stop or comma, right to left', () => {
    expect(english('As the Arab group wrote: "تعزيز القدرات." we agree.')).toBe(
      'As the Arab group wrote: "⟨Rتعزيز القدرات.·⟩" we agree.',
    );
    expect(english('Reasons:\tتوسيع المشاركة،')).toBe('Reasons:\t⟨Rتوسيع المشاركة،·⟩');
  });

  it('leaves English, and Arabic ending in a letter or digit, alone', () => {
    for (const text of ['To widen participation.', 'the word تنسيق means coordination', 'القرار 901 of 2017']) {
      expect(english(text)).toBe(text);
    }
  });
});

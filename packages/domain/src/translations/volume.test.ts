import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { LANGUAGES } from '../languages.ts';
import { translationVolume } from './volume.ts';

describe('translationVolume', () => {
  it.each([
    ['en', 'The conference, recalling Resolution 37 (Rev. Dubai, 2014),', 8, 'words'],
    ['fr', 'La Conférence mondiale de développement des télécommunications (Buenos Aires, 2017),', 10, 'words'],
    ['ar', 'إن المؤتمر العالمي لتنمية الاتصالات (بوينس آيرس، 2017)،', 8, 'words'],
    ['ar', 'إِنَّ المُؤْتَمَرَ', 2, 'words'],
    ['ru', 'Всемирная конференция по развитию электросвязи (Буэнос-Айрес, 2017 г.)', 9, 'words'],
    ['es', 'La Conferencia, recordando la Resolución 37,', 6, 'words'],
    ['zh', '世界电信发展大会（2017年，布宜诺斯艾利斯），', 17, 'characters'],
    ['zh', '关于ICT的第37号决议', 9, 'characters'],
    ['en', '', 0, 'words'],
    ['en', ' \n\t ,;:!? — ', 0, 'words'],
  ] as const)('counts a %s text: %s', (language, text, count, unit) => {
    expect(translationVolume(text, language)).toEqual({ count, unit });
  });

  it('does not count a directional mark standing alone between punctuation and a space', () => {
    expect(translationVolume('نص، \u200f كلمة', 'ar').count).toBe(2);
  });

  it('adds up over a text cut at a space, whatever the language', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('word', 'mot', 'كلمة', '词', '2017', ',', '(', ' ', '\n', 'ICT4D'), { maxLength: 30 }),
        fc.array(fc.constantFrom('word', 'كلمة', '词', '37', '.', ' '), { maxLength: 30 }),
        fc.constantFrom(...LANGUAGES),
        (left, right, language) => {
          const a = left.join('');
          const b = right.join('');
          expect(translationVolume(`${a} ${b}`, language).count).toBe(
            translationVolume(a, language).count + translationVolume(b, language).count,
          );
        },
      ),
    );
  });
});

import { describe, expect, it } from 'vitest';
import { readDraftText } from './draft-text.ts';
import { groupByHeading } from './provisions.ts';

const DRAFT_AR = [
  'مشروع قرار جديد [ARB-1]',
  'التعاون الإقليمي في مجال المحتوى الرقمي العربي',
  'إن المؤتمر العالمي لتنمية الاتصالات (بوينس آيرس، 2017)،',
  'إذ يضع في اعتباره',
  '(أ)\tأن المحتوى الرقمي باللغة العربية ما زال محدوداً؛',
  '(ب)\tأن تبادل الخبرات يخفض التكاليف،',
  'يقرر',
  '1\tتشجيع التعاون الإقليمي؛',
  '2\tدعم إنشاء منصة إقليمية،',
  '',
  'الملحق بالقرار [ARB-1]',
  'عناصر المنصة الإقليمية المقترحة',
  '1\tفهرس مشترك.',
].join('\n');

const DRAFT_EN = [
  'DRAFT NEW RESOLUTION [EUR-1]',
  'Digital skills for all',
  'The World Telecommunication Development Conference (Buenos Aires, 2017),',
  'considering',
  'a)\tthat digital skills open the economy,',
  'resolves',
  'to encourage training.',
].join('\n');

describe('readDraftText', () => {
  it('reads an Arabic draft new resolution as the library shows a text: title, headings, items, annex', () => {
    const reading = readDraftText(DRAFT_AR, 'ar');
    expect(reading.kind).toBe('structured');
    if (reading.kind !== 'structured') {
      return;
    }
    expect(reading.language).toBe('ar');
    expect(reading.view.instrument).toEqual({ kind: 'resolution', number: '[ARB-1]' });
    expect(reading.view.texts.ar).toEqual({
      revision: null,
      title: 'التعاون الإقليمي في مجال المحتوى الرقمي العربي',
      body: 'إن المؤتمر العالمي لتنمية الاتصالات (بوينس آيرس، 2017)،',
    });
    expect(reading.view.provisions.map((provision) => provision.id)).toEqual([
      'considering.a',
      'considering.b',
      'resolves.1',
      'resolves.2',
      'annex-1',
      'annex-1.1',
    ]);
    expect(reading.view.provisions[0]!.texts.ar).toEqual({
      heading: 'إذ يضع في اعتباره',
      num: '(أ)',
      text: 'أن المحتوى الرقمي باللغة العربية ما زال محدوداً؛',
    });
    expect(groupByHeading(reading.view.provisions).map((group) => group.headingKey)).toEqual([
      'considering',
      'resolves',
      'annex-1',
    ]);
  });

  it('reads an English draft, and finds the language of a text in one the parser reads when told another', () => {
    const english = readDraftText(DRAFT_EN, 'en');
    expect(english.kind === 'structured' && english.view.provisions.map((provision) => provision.id)).toEqual([
      'considering.a',
      'resolves.1',
    ]);
    const detected = readDraftText(DRAFT_AR, 'es');
    expect(detected.kind === 'structured' && detected.language).toBe('ar');
  });

  it('leaves a text it cannot read as written: no title line, nothing at all', () => {
    for (const text of ['', '   \n ', 'We propose a new resolution on digital skills.', 'considering\na)\tthat x,']) {
      expect(readDraftText(text, 'en')).toEqual({ kind: 'plain' });
    }
  });
});

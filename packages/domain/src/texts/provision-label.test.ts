import { describe, expect, it } from 'vitest';
import { parseInstrumentText } from './parse-text.ts';
import { provisionLabel } from './provision-label.ts';

describe('provisionLabel', () => {
  it.each([
    ['considering.a', 'considering a)', 'considérant a)', 'إذ يضع في اعتباره أ)'],
    ['considering.c', 'considering c)', 'considérant c)', 'إذ يضع في اعتباره ج)'],
    ['considering.j', 'considering j)', 'considérant j)', 'إذ يضع في اعتباره ي)'],
    ['considering.i', 'considering i)', 'considérant i)', 'إذ يضع في اعتباره ط)'],
    ['recognizing.abis', 'recognizing abis)', 'reconnaissant abis)', 'إذ يدرك أ مكرراً)'],
    ['recognizing.ater', 'recognizing ater)', 'reconnaissant ater)', 'إذ يدرك أ ثالثاً)'],
    ['noting.1', 'noting', 'notant', 'إذ يلاحظ'],
    ['resolves.1', 'resolves 1', 'décide 1', 'يقرر 1'],
    ['resolves.2.i', 'resolves 2 i)', 'décide 2 i)', 'يقرر 2 i)'],
    ['resolves.2.ii', 'resolves 2 ii)', 'décide 2 ii)', 'يقرر 2 ii)'],
    ['resolves.2.a', 'resolves 2 a)', 'décide 2 a)', 'يقرر 2 أ)'],
    ['resolves.1bis', 'resolves 1bis', 'décide 1bis', 'يقرر 1bis'],
    ['resolves-further.1', 'resolves further 1', 'décide en outre 1', 'يقرر كذلك 1'],
    [
      'instructs-director.2',
      'instructs the Director of the Telecommunication Development Bureau 2',
      'charge le Directeur du Bureau de développement des télécommunications 2',
      'يكلف مدير مكتب تنمية الاتصالات 2',
    ],
    ['considering-2.b', 'considering b)', 'considérant b)', 'إذ يضع في اعتباره ب)'],
    ['annex-1', 'Annex 1', 'Annexe 1', 'الملحق 1'],
    ['annex-1.2', 'Annex 1, § 2', 'Annexe 1, § 2', 'الملحق 1، الفقرة 2'],
    ['annex-1.2.b', 'Annex 1, § 2 b)', 'Annexe 1, § 2 b)', 'الملحق 1، الفقرة 2 ب)'],
    ['annex-a', 'Annex A', 'Annexe A', 'الملحق A'],
  ])('labels %s in English, French and Arabic', (id, en, fr, ar) => {
    expect(provisionLabel(id, 'en')).toBe(en);
    expect(provisionLabel(id, 'fr')).toBe(fr);
    expect(provisionLabel(id, 'ar')).toBe(ar);
  });

  it('labels a lone operative item by its heading when told it is unnumbered', () => {
    expect(provisionLabel('invites-member-states.1', 'ar', { unnumbered: true })).toBe('يدعو الدول الأعضاء');
    expect(provisionLabel('invites-member-states.1', 'en')).toBe('invites Member States 1');
  });

  it('reads Spanish, Russian and Chinese from their heading words, with Latin letters', () => {
    expect(provisionLabel('considering.b', 'es')).toBe('considerando b)');
    expect(provisionLabel('considering.b', 'ru')).toBe('учитывая b)');
    expect(provisionLabel('resolves.2', 'zh')).toBe('做出决议 2');
    expect(provisionLabel('annex-1.3', 'zh')).toBe('附件 1，§ 3');
  });

  it('falls back to English for another language, and to the id itself when it does not parse', () => {
    expect(provisionLabel('resolves.3', 'de')).toBe('resolves 3');
    expect(provisionLabel('resolves..3', 'ar')).toBe('resolves..3');
    expect(provisionLabel('', 'ar')).toBe('');
  });

  it('names an added row of a compilation by the place it follows', () => {
    expect(provisionLabel('considering.b+1', 'ar')).toBe('إذ يضع في اعتباره ب) +1');
    expect(provisionLabel('recognizing+2', 'en')).toBe('recognizing +2');
    expect(provisionLabel('start+1', 'fr')).toBe('+1');
  });

  it('spaces a heading key made from unknown words', () => {
    expect(provisionLabel('reaffirming.a', 'ar')).toBe('reaffirming أ)');
  });

  it('names every provision of a parsed Arabic text as the text numbers it', () => {
    const source = [
      'القرار 901 (المراجَع في دبي، 2014)',
      'المراكز المجتمعية',
      'إن المؤتمر العالمي لتنمية الاتصالات (دبي، 2014)،',
      'إذ يضع في اعتباره',
      'أ)\tأن المهارات مهمة؛',
      'ب)\tأن المراكز مفيدة،',
      'وإذ يدرك',
      'أ)\tعمل الإدارات؛',
      'أ مكرراً)\tإسهام المكتبات؛',
      'ب)\tالاحتياجات،',
      'يقرر',
      '1\tالتشجيع؛',
      '2\tأن تقوم المراكز بما يلي:',
      'i)\tالتدريب؛',
      'ii)\tالأولوية،',
    ].join('\n');
    const { text } = parseInstrumentText(source, { language: 'ar' });
    const printed = text.provisions.map((provision) => `${provision.heading.replace(/^و/, '')} ${provision.num}`);
    const labels = text.provisions.map((provision) => provisionLabel(provision.id, 'ar'));
    expect(labels).toEqual([
      'إذ يضع في اعتباره أ)',
      'إذ يضع في اعتباره ب)',
      'إذ يدرك أ)',
      'إذ يدرك أ مكرراً)',
      'إذ يدرك ب)',
      'يقرر 1',
      'يقرر 2',
      'يقرر 2 i)',
      'يقرر 2 ii)',
    ]);
    // Items at the top of their heading print exactly as the text numbers them.
    expect(labels.filter((_, index) => text.provisions[index]!.parent === null)).toEqual(
      printed.filter((_, index) => text.provisions[index]!.parent === null),
    );
  });
});

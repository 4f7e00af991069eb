import { LANGUAGES, wordDiff, type Language } from '@tansiq/domain';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { renderCompilationDocx, type CompilationDocument } from './compilation-docx.ts';
import { readDocxText } from './docx-text.ts';

const BASE = 'to encourage the establishment of community centres for digital skills;';
const BASE_AR = 'تشجيع إنشاء مراكز مجتمعية للمهارات الرقمية؛';

const MEETING = {
  name: 'World Telecommunication Development Conference (WTDC-17)',
  city: 'Buenos Aires, Argentina',
  startsOn: '2017-10-09',
  endsOn: '2017-10-20',
};

const ENGLISH: CompilationDocument = {
  language: 'en',
  meeting: MEETING,
  compiledAt: '2017-09-20T14:30:05.123Z',
  instruments: [
    {
      language: 'en',
      titleLine: 'RESOLUTION 901 (Rev. Dubai, 2014)',
      title: 'Community centres for digital skills',
      sources: [
        { source: 'AFCP', documents: ['WTDC-17/3-E'] },
        { source: 'EUR', documents: ['WTDC-17/4-E'] },
        { source: 'EGY', documents: ['WTDC-17/1-E'] },
      ],
      wholeText: [],
      provisions: [
        {
          id: 'resolves.1',
          heading: 'resolves',
          num: '1',
          base: BASE,
          proposals: [
            {
              source: 'AFCP',
              mark: 'MOD',
              number: 'AFCP/3/1',
              language: 'en',
              text: BASE.replace('encourage', 'support'),
              ops: wordDiff(BASE, BASE.replace('encourage', 'support')).ops,
              reasons: 'Encouragement alone has not opened enough centres.',
              shownAs: 'original',
            },
            {
              source: 'EUR',
              mark: 'SUP',
              number: 'EUR/4/2',
              language: 'en',
              text: null,
              ops: null,
              reasons: null,
              shownAs: 'original',
            },
          ],
        },
        {
          id: 'resolves.4',
          heading: 'resolves',
          num: '4',
          base: null,
          proposals: [
            {
              source: 'EGY',
              mark: 'ADD',
              number: 'EGY/1/2',
              language: 'en',
              text: 'to encourage centres that run on renewable energy,',
              ops: null,
              reasons: null,
              shownAs: 'original',
            },
          ],
        },
        {
          id: 'resolves.3',
          heading: 'resolves',
          num: '3',
          base: 'to share experience in the study groups.',
          proposals: [
            {
              source: 'EGY',
              mark: 'NOC',
              number: 'EGY/1/3',
              language: 'en',
              text: null,
              ops: null,
              reasons: 'The study groups remain the right place.',
              shownAs: 'original',
            },
          ],
        },
      ],
    },
    {
      language: 'en',
      titleLine: 'RESOLUTION 902 (Rev. Dubai, 2014)',
      title: null,
      sources: [{ source: 'CHN', documents: ['WTDC-17/9-E'] }],
      wholeText: [
        {
          source: 'CHN',
          mark: 'SUP',
          number: 'CHN/9/1',
          language: 'en',
          text: null,
          ops: null,
          reasons: 'Done.',
          shownAs: 'original',
        },
      ],
      provisions: [],
    },
  ],
};

const ARABIC: CompilationDocument = {
  ...ENGLISH,
  language: 'ar',
  meeting: { ...MEETING, name: 'المؤتمر العالمي لتنمية الاتصالات (WTDC-17)', city: 'بوينس آيرس، الأرجنتين' },
  instruments: [
    {
      language: 'ar',
      titleLine: 'القرار 901 (المراجَع في دبي، 2014)',
      title: null,
      sources: [{ source: 'ARB', documents: ['WTDC-17/5-A'] }],
      wholeText: [],
      provisions: [
        {
          id: 'resolves.1',
          heading: 'يقرر',
          num: '1',
          base: BASE_AR,
          proposals: [
            {
              source: 'ARB',
              mark: 'MOD',
              number: 'ARB/5/1',
              language: 'ar',
              text: BASE_AR.replace('تشجيع', 'دعم'),
              ops: wordDiff(BASE_AR, BASE_AR.replace('تشجيع', 'دعم')).ops,
              reasons: 'التشجيع وحده لا يكفي.',
              shownAs: 'original',
            },
            {
              source: 'EUR',
              mark: 'MOD',
              number: 'EUR/4/1',
              language: 'en',
              text: BASE.replace('encourage', 'promote'),
              ops: wordDiff(BASE, BASE.replace('encourage', 'promote')).ops,
              reasons: null,
              shownAs: 'awaiting-translation',
            },
          ],
        },
      ],
    },
  ],
};

async function documentXml(input: CompilationDocument): Promise<string> {
  return strFromU8(unzipSync(await renderCompilationDocx(input))['word/document.xml']!);
}

const changesOf = (xml: string, tag: 'ins' | 'del') =>
  xml.match(new RegExp(`<w:${tag} [^>]*>[\\s\\S]*?</w:${tag}>`, 'g')) ?? [];
const textOf = (xml: string) =>
  [...xml.matchAll(/<w:(?:t|delText)(?: [^>]*)?>([^<]*)</g)].map((match) => match[1]).join('');
const authorOf = (change: string) => /w:author="([^"]*)"/.exec(change)?.[1];
const paragraphsOf = (xml: string) => xml.match(/<w:p(?=[ >])[\s\S]*?<\/w:p>/g) ?? [];

describe('renderCompilationDocx', () => {
  it('prints the header, the title, each instrument with its sources, and each provision with its base', async () => {
    const text = await readDocxText(await renderCompilationDocx(ENGLISH));
    for (const expected of [
      'World Telecommunication Development Conference (WTDC-17)',
      'Buenos Aires, Argentina, 9',
      'Date: 20 September 2017',
      'Compilation of proposals',
      'RESOLUTION 901 (Rev. Dubai, 2014)',
      'Community centres for digital skills',
      'Sources: AFCP (WTDC-17/3-E), EUR (WTDC-17/4-E), EGY (WTDC-17/1-E)',
      `resolves 1\n1\t${BASE}\nMOD\tAFCP/3/1\n`,
      'resolves 4 (new provision)\nADD\tEGY/1/2\n4\tto encourage centres that run on renewable energy,',
      'NOC\tEGY/1/3\nReasons:\tThe study groups remain the right place.',
      'Whole text\nSUP\tCHN/9/1\nReasons:\tDone.',
    ]) {
      expect(text).toContain(expected);
    }
  });

  it('tracks each proposal’s changes with its source as author and the compilation’s time as date', async () => {
    const xml = await documentXml(ENGLISH);
    const insertions = changesOf(xml, 'ins');
    const deletions = changesOf(xml, 'del');
    expect(insertions.map((change) => [authorOf(change), textOf(change)])).toEqual([
      ['AFCP', 'support'],
      // The number's tab is a <w:tab/>, not text.
      ['EGY', '4to encourage centres that run on renewable energy,'],
    ]);
    // A MOD deletes the words it replaces; a SUP deletes the whole base, number included.
    expect(deletions.map((change) => [authorOf(change), textOf(change)])).toEqual([
      ['AFCP', 'encourage'],
      ['EUR', `1${BASE}`],
    ]);
    for (const change of [...insertions, ...deletions]) {
      expect(change).toContain('w:date="2017-09-20T14:30:05Z"');
    }
    expect(deletions[1]).toContain('<w:delText');
    expect(deletions[1]).toContain('<w:tab/>');
    const ids = [...xml.matchAll(/<w:(?:ins|del) [^>]*w:id="(\d+)"/g)].map((match) => match[1]);
    expect(new Set(ids).size).toBe(ids.length);
    // NOC brings no text, and a second instrument starts on a new page.
    expect(xml).toContain('<w:pageBreakBefore/>');
    expect(xml).not.toContain('<w:bidi');
  });

  it('reads back, changes accepted, as each source’s text', async () => {
    const text = await readDocxText(await renderCompilationDocx(ENGLISH));
    expect(text).toContain(`MOD\tAFCP/3/1\n1\t${BASE.replace('encourage', 'support')}`);
  });

  it('lays Arabic out right to left, keeps an English proposal left to right, with Arabic labels', async () => {
    const xml = await documentXml(ARABIC);
    const body = xml.slice(xml.indexOf('<w:body>'));
    const paragraphs = paragraphsOf(body);
    const arabic = paragraphs.filter((paragraph) => /[\u0600-\u06FF]/.test(textOf(paragraph)));
    expect(arabic.length).toBeGreaterThan(6);
    for (const paragraph of arabic) {
      expect(paragraph).toContain('<w:bidi/>');
    }
    for (const run of body.match(/<w:r>[\s\S]*?<\/w:r>/g) ?? []) {
      if (/[\u0600-\u06FF]/.test(textOf(run))) {
        expect(run).toContain('<w:rtl/>');
      }
    }
    const english = paragraphs.find((paragraph) => textOf(paragraph).includes('promote'))!;
    expect(english).not.toContain('<w:bidi/>');
    expect(body).toContain('<w:bidiVisual/>');
    const insertions = changesOf(xml, 'ins');
    expect(insertions.map((change) => [authorOf(change), textOf(change)])).toEqual([
      ['ARB', 'دعم'],
      ['EUR', 'promote'],
    ]);
    expect(insertions[0]).toContain('<w:rtl/>');
    const text = textOf(xml);
    for (const expected of ['تجميع المقترحات', 'التاريخ: 20 سبتمبر 2017', 'المصادر: ', 'الأسباب:', 'MODARB/5/1']) {
      expect(text).toContain(expected);
    }
    expect(text).not.toMatch(/[\u0660-\u0669]/);
  });

  it('marks a translation and a proposal awaiting one after its number, in the compilation’s language', async () => {
    const [instrument] = ARABIC.instruments;
    const [provision] = instrument!.provisions;
    const translated: CompilationDocument = {
      ...ARABIC,
      instruments: [
        {
          ...instrument!,
          provisions: [
            {
              ...provision!,
              proposals: provision!.proposals.map((proposal) =>
                proposal.source === 'ARB' ? { ...proposal, shownAs: 'translation' } : proposal,
              ),
            },
          ],
        },
      ],
    };
    const xml = await documentXml(translated);
    const text = textOf(xml);
    expect(text).toContain('MODARB/5/1 (ترجمة)');
    expect(text).toContain('MODEUR/4/1 (في انتظار الترجمة)');
    // A translation is tracked against the base in its language like the original it stands for.
    expect(changesOf(xml, 'ins').map((change) => [authorOf(change), textOf(change)])).toEqual([
      ['ARB', 'دعم'],
      ['EUR', 'promote'],
    ]);
    const english = textOf(await documentXml(ENGLISH));
    expect(english).not.toContain('translation');
  });

  it('says so when there is nothing to compile, and prints French labels', async () => {
    const empty = { ...ENGLISH, language: 'fr' as const, instruments: [{ ...ENGLISH.instruments[1]!, wholeText: [] }] };
    const text = await readDocxText(await renderCompilationDocx(empty));
    expect(text).toContain('Compilation des propositions');
    expect(text).toContain('Aucune proposition.');
    expect(text).toContain('20 septembre 2017');
  });

  // English texts compiled under each language's labels: the labels and the layout follow the document's language.
  const PRINTED: Record<Language, string[]> = {
    ar: ['تجميع المقترحات', 'التاريخ: 20 سبتمبر 2017', 'المصادر: ', '\nالنص بأكمله\n', 'الأسباب:\t'],
    zh: [
      '提案汇编',
      '，2017年10月9日至20日',
      '日期：2017年9月20日',
      '来源：AFCP (WTDC-17/3-E)、EUR',
      '\n整个案文\n',
      '理由：\t',
    ],
    en: ['Compilation of proposals', 'Date: 20 September 2017', 'Sources: AFCP', '\nWhole text\n', 'Reasons:\t'],
    fr: ['Compilation des propositions', 'Date: 20 septembre 2017', 'Sources: AFCP', '\nTexte entier\n', 'Motifs:\t'],
    ru: ['Подборка предложений', 'Дата: 20 сентября 2017 г.', 'Источники: AFCP', '\nВесь текст\n', 'Основания:\t'],
    es: [
      'Compilación de propuestas',
      'Fecha: 20 de septiembre de 2017',
      'Orígenes: AFCP',
      '\nTexto completo\n',
      'Motivos:\t',
    ],
  };

  it.each(LANGUAGES)('prints its labels in %s, right to left only in Arabic', async (language) => {
    const input = { ...ENGLISH, language };
    const text = await readDocxText(await renderCompilationDocx(input));
    for (const expected of PRINTED[language]) {
      expect(text).toContain(expected);
    }
    for (const other of LANGUAGES.filter((candidate) => candidate !== language)) {
      expect(text).not.toContain(PRINTED[other][0]);
    }
    const xml = await documentXml(input);
    expect(xml.includes('<w:bidi/>')).toBe(language === 'ar');
    expect(xml.includes('<w:bidiVisual/>')).toBe(language === 'ar');
  });
});

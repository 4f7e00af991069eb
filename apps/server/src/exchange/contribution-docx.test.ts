import { LANGUAGES, WORD_DIFF_ALGORITHM, diffResult, wordDiff, type Language } from '@tansiq/domain';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { renderContributionDocx, type ContributionDocument } from './contribution-docx.ts';
import { contributionJson } from './contribution-json.ts';
import { readDocxText } from './docx-text.ts';
import { SAMPLE_CONTRIBUTION_AR, SAMPLE_CONTRIBUTION_EN } from './sample-contributions.ts';

async function documentXml(input: ContributionDocument): Promise<string> {
  const files = unzipSync(await renderContributionDocx(input));
  return strFromU8(files['word/document.xml']!);
}

const paragraphsOf = (xml: string) => xml.match(/<w:p(?=[ >])[\s\S]*?<\/w:p>/g) ?? [];
const runsOf = (xml: string) => xml.match(/<w:r>[\s\S]*?<\/w:r>/g) ?? [];
const textOf = (xml: string) =>
  [...xml.matchAll(/<w:(?:t|delText)(?: [^>]*)?>([^<]*)</g)].map((match) => match[1]).join('');

/** The lines of a read-back document from a proposal's mark line to its reasons. */
function proposalLines(text: string, markLine: string): string[] {
  const lines = text.split('\n');
  const start = lines.indexOf(markLine);
  const end = lines.findIndex((line, index) => index > start && line.startsWith('Reasons:'));
  expect(start).toBeGreaterThanOrEqual(0);
  return lines.slice(start, end + 1);
}

describe('renderContributionDocx in English', () => {
  it('prints the ITU header', async () => {
    const xml = await documentXml(SAMPLE_CONTRIBUTION_EN);
    const text = textOf(xml);
    for (const expected of [
      'World Telecommunication Development Conference (WTDC-17)',
      'Buenos Aires, Argentina, 9',
      '20 October 2017',
      'PLENARY MEETING',
      'Document WTDC-17/23-E',
      '4 September 2017',
      'Original: English',
      'Source: Egypt (Arab Republic of)',
      'Sample proposals for the work of the conference',
    ]) {
      expect(text).toContain(expected);
    }
    expect(xml).not.toContain('<w:bidi');
  });

  it('shows a MOD as tracked insertions and deletions authored by the proposal number', async () => {
    const xml = await documentXml(SAMPLE_CONTRIBUTION_EN);
    const insertions = xml.match(/<w:ins [^>]*>[\s\S]*?<\/w:ins>/g) ?? [];
    const deletions = xml.match(/<w:del [^>]*>[\s\S]*?<\/w:del>/g) ?? [];
    expect(insertions.map(textOf)).toEqual(['and Sector Members ', 'actively ', 'all']);
    expect(deletions.map(textOf)).toEqual(['the']);
    for (const change of [...insertions, ...deletions]) {
      expect(change).toMatch(/w:author="EGY\/23\/1"/);
      expect(change).toMatch(/w:date="2017-09-04T00:00:00Z"/);
    }
    expect(deletions[0]).toContain('<w:delText');
    const ids = [...xml.matchAll(/<w:(?:ins|del) [^>]*w:id="(\d+)"/g)].map((match) => match[1]);
    expect(new Set(ids).size).toBe(ids.length);
    expect(textOf(xml)).toContain('MODEGY/23/1');
  });

  it('prints ADD with its text, SUP and NOC with their reasons only', async () => {
    const text = await readDocxText(await renderContributionDocx(SAMPLE_CONTRIBUTION_EN));
    expect(proposalLines(text, 'ADD\tEGY/23/2')).toEqual([
      'ADD\tEGY/23/2',
      'RESOLUTION 1 (Rev. Buenos Aires, 2017)',
      'considering c)',
      'c)\tthat capacity building is a shared priority of developing countries,',
      'Reasons:\tTo recall a shared priority.',
    ]);
    expect(proposalLines(text, 'SUP\tEGY/23/3')).toEqual([
      'SUP\tEGY/23/3',
      'RESOLUTION 99 (Sample, 2014)',
      'Reasons:\tIts aims are met by Resolution 1.',
    ]);
    expect(proposalLines(text, 'NOC\tEGY/23/4')).toEqual([
      'NOC\tEGY/23/4',
      'RESOLUTION 2 (Rev. Buenos Aires, 2017)',
      'Reasons:\tThe resolution remains valid as it stands.',
    ]);
    // Read back, a MOD gives the text as modified.
    expect(text).toContain(
      'to invite Member States and Sector Members to take part actively in the work of all study groups;',
    );
  });

  it('leaves out a SUP text even when one is given, and authors a draft’s changes with the source', async () => {
    const [mod, , sup] = SAMPLE_CONTRIBUTION_EN.proposals;
    const xml = await documentXml({
      ...SAMPLE_CONTRIBUTION_EN,
      proposals: [
        { ...mod!, number: null },
        { ...sup!, number: null, text: 'Text that must not print' },
      ],
    });
    expect(xml).toMatch(/<w:ins [^>]*w:author="Egypt \(Arab Republic of\)"/);
    expect(xml).not.toContain('Text that must not print');
    expect(xml).not.toContain('EGY/23/');
  });

  it('uses a stored diff as given and marks inserted and deleted paragraph marks', async () => {
    const diff = wordDiff('first line\nsecond line', 'first line and second line').ops;
    const [mod] = SAMPLE_CONTRIBUTION_EN.proposals;
    const input = { ...SAMPLE_CONTRIBUTION_EN, proposals: [{ ...mod!, diff, baseText: null, text: null }] };
    const xml = await documentXml(input);
    expect(xml).toMatch(/<w:pPr>[\s\S]*?<w:rPr>\s*<w:del [^>]*w:author="EGY\/23\/1"/);
    expect(await readDocxText(await renderContributionDocx(input))).toContain('\nfirst line and second line\n');
  });
});

describe('renderContributionDocx in Arabic', () => {
  it('sets every paragraph right to left and every run of Arabic text right to left', async () => {
    const xml = await documentXml(SAMPLE_CONTRIBUTION_AR);
    const body = xml.slice(xml.indexOf('<w:body>'));
    const paragraphs = paragraphsOf(body);
    expect(paragraphs.length).toBeGreaterThan(20);
    for (const paragraph of paragraphs) {
      expect(paragraph).toContain('<w:bidi/>');
    }
    const arabicRuns = runsOf(body).filter((run) => /[\u0600-\u06FF]/.test(textOf(run)));
    expect(arabicRuns.length).toBeGreaterThan(20);
    for (const run of arabicRuns) {
      expect(run).toContain('<w:rtl/>');
    }
    expect(body).toContain('<w:bidiVisual/>');
  });

  it('prints Arabic labels and text, Western digits and Latin marks, and tracks the MOD', async () => {
    const xml = await documentXml(SAMPLE_CONTRIBUTION_AR);
    const text = textOf(xml);
    for (const expected of [
      'الأصل: العربية',
      'المصدر: الدول العربية',
      'مصر، تونس، الأردن',
      '4 سبتمبر 2017',
      'الأسباب:',
    ]) {
      expect(text).toContain(expected);
    }
    expect(text).toContain('MODARB/23/1');
    expect(text).not.toMatch(/[\u0660-\u0669]/);
    const insertions = (xml.match(/<w:ins [^>]*>[\s\S]*?<\/w:ins>/g) ?? []).map(textOf);
    const deletions = (xml.match(/<w:del [^>]*>[\s\S]*?<\/w:del>/g) ?? []).map(textOf);
    expect(insertions.join('|')).toContain('وأعضاء القطاع');
    expect(insertions.join('|')).toContain('الفعالة');
    expect(deletions.join('|')).toContain('بانتظام');
    const read = await readDocxText(await renderContributionDocx(SAMPLE_CONTRIBUTION_AR));
    expect(read).toContain('دعوة الدول الأعضاء وأعضاء القطاع إلى المشاركة الفعالة في أعمال لجان الدراسات؛');
    expect(read).toContain('ج)\tأن بناء القدرات أولوية مشتركة للبلدان النامية،');
  });
});

describe('text of the other direction', () => {
  const LRI = '\u2066';
  const PDI = '\u2069';
  /** The text of each run of a paragraph, a tab shown as \t. */
  const runTexts = (paragraph: string) =>
    [...paragraph.matchAll(/<w:r>([\s\S]*?)<\/w:r>/g)].map((match) =>
      match[1]!
        .replace(/<w:tab\/>/g, '<w:t>\t</w:t>')
        .replace(/<(?!w:t[ >]|\/w:t>)[^>]*>/g, '')
        .replace(/<\/?w:t[^>]*>/g, '')
        .replace(/&quot;/g, '"'),
    );
  const paragraphWith = (xml: string, words: string) => paragraphsOf(xml).find((p) => textOf(p).includes(words))!;

  it('isolates an English reason in an Arabic paragraph with its full stop, in runs of their own', async () => {
    const [mod, add] = SAMPLE_CONTRIBUTION_AR.proposals;
    const input = {
      ...SAMPLE_CONTRIBUTION_AR,
      proposals: [
        { ...mod!, reasons: 'To widen participation in the study groups.' },
        { ...add!, reasons: 'كما جاء في "capacity building is key." نؤكد ذلك.' },
      ],
    };
    const xml = await documentXml(input);
    expect(runTexts(paragraphWith(xml, 'To widen'))).toEqual([
      'الأسباب:',
      '\t',
      LRI,
      'To widen participation in the study groups.',
      `\u200e${PDI}`,
    ]);
    expect(runTexts(paragraphWith(xml, 'capacity'))).toEqual([
      'الأسباب:',
      '\tكما جاء في "',
      LRI,
      'capacity building is key.',
      `\u200e${PDI}`,
      '" نؤكد ذلك.',
    ]);
    // The English run stays left to right; the Arabic ones right to left.
    const englishRun = runsOf(paragraphWith(xml, 'To widen')).find((run) => textOf(run).startsWith('To widen'))!;
    expect(englishRun).not.toContain('<w:rtl/>');
  });

  it('isolates an Arabic quotation ending in a full stop in an English paragraph, right to left', async () => {
    const [mod] = SAMPLE_CONTRIBUTION_EN.proposals;
    const input = {
      ...SAMPLE_CONTRIBUTION_EN,
      proposals: [{ ...mod!, reasons: 'As written: "تعزيز القدرات." We agree.' }],
    };
    const runs = runTexts(paragraphWith(await documentXml(input), 'As written'));
    expect(runs).toEqual(['Reasons:', '\tAs written: "', '\u2067', 'تعزيز القدرات.', `\u200f${PDI}`, '" We agree.']);
  });

  it('isolates a stretch across tracked changes with controls outside them, so no change holds half of one', async () => {
    const diff = wordDiff('يقول: The plan works.', 'يقول: The new plan works well.').ops;
    const [mod] = SAMPLE_CONTRIBUTION_AR.proposals;
    const input = { ...SAMPLE_CONTRIBUTION_AR, proposals: [{ ...mod!, diff, reasons: null }] };
    const xml = await documentXml(input);
    const changed = paragraphWith(xml, 'plan');
    const changes = changed.match(/<w:(ins|del) [\s\S]*?<\/w:\1>/g) ?? [];
    expect(changes.map(textOf).join('|')).toContain('new');
    for (const change of changes) {
      expect(textOf(change)).not.toMatch(/[\u2066-\u2069\u200e]/);
    }
    const text = textOf(changed);
    expect(text.indexOf(LRI) + 1).toBe(text.indexOf('The'));
    expect(text.endsWith(`well.\u200e${PDI}`)).toBe(true);
    expect(text.split(LRI)).toHaveLength(2);
  });

  it('adds nothing where the direction needs no help: the samples as they are', async () => {
    for (const sample of [SAMPLE_CONTRIBUTION_AR, SAMPLE_CONTRIBUTION_EN]) {
      expect(textOf(await documentXml(sample))).not.toMatch(/[\u2066-\u2069\u200e\u200f]/);
    }
  });
});

describe('labels in each of the six languages', () => {
  // The header and reasons of a document proposed in Russian, as each language prints them; the language's name
  // is CLDR's, in the labels' language ("ruso" in Spanish).
  const PRINTED: Record<Language, string[]> = {
    ar: ['الأصل: الروسية', 'المصدر: ', 'الأسباب:', '4 سبتمبر 2017'],
    zh: ['原文：俄语', '来源：', '理由：', '2017年9月4日'],
    en: ['Original: Russian', 'Source: ', 'Reasons:', '4 September 2017'],
    fr: ['Original: russe', 'Source: ', 'Motifs:', '4 septembre 2017'],
    ru: ['Оригинал: русский', 'Источник: ', 'Основания:', '4 сентября 2017 г.'],
    es: ['Original: ruso', 'Origen: ', 'Motivos:', '4 de septiembre de 2017'],
  };

  it.each(LANGUAGES)('prints the labels, dates and language names in %s', async (language) => {
    const xml = await documentXml({ ...SAMPLE_CONTRIBUTION_EN, language, originalLanguage: 'ru' });
    const text = textOf(xml);
    for (const expected of PRINTED[language]) {
      expect(text).toContain(expected);
    }
    // No other language's labels leak in (English's "Reasons:" in a Spanish document, as before issue 15).
    for (const other of LANGUAGES.filter((candidate) => candidate !== language)) {
      expect(text).not.toContain(PRINTED[other][2]);
    }
  });

  it.each(LANGUAGES)('lays the document out right to left only in Arabic: %s', async (language) => {
    const xml = await documentXml({ ...SAMPLE_CONTRIBUTION_EN, language });
    const body = xml.slice(xml.indexOf('<w:body>'));
    const paragraphs = paragraphsOf(body);
    const rightToLeft = paragraphs.filter((paragraph) => paragraph.includes('<w:bidi/>'));
    if (language === 'ar') {
      expect(rightToLeft).toHaveLength(paragraphs.length);
      expect(body).toContain('<w:bidiVisual/>');
    } else {
      expect(rightToLeft).toEqual([]);
      expect(body).not.toContain('<w:bidiVisual/>');
      expect(body).not.toContain('<w:rtl/>');
    }
  });

  it('sets Chinese runs in SimSun and proofs each script in its language', async () => {
    const styles = async (language: Language) =>
      strFromU8(unzipSync(await renderContributionDocx({ ...SAMPLE_CONTRIBUTION_EN, language }))['word/styles.xml']!);
    const chinese = await styles('zh');
    expect(chinese).toMatch(/<w:rFonts [^>]*w:eastAsia="SimSun"/);
    expect(chinese).toMatch(/<w:lang [^>]*w:eastAsia="zh-CN"/);
    expect(await styles('ru')).toMatch(/<w:lang [^>]*w:val="ru-RU"/);
    expect(await styles('es')).toMatch(/<w:lang [^>]*w:val="es-ES"/);
  });

  it('writes a Chinese document with full-width colons and the enumeration comma between signatories', async () => {
    const input = {
      ...SAMPLE_CONTRIBUTION_EN,
      language: 'zh' as const,
      originalLanguage: 'zh' as const,
      signatories: ['埃及', '突尼斯', '约旦'],
    };
    const text = await readDocxText(await renderContributionDocx(input));
    expect(text).toContain('原文：中文');
    expect(text).toContain('埃及、突尼斯、约旦');
    expect(text).toMatch(/^理由：\t/m);
    expect(text).not.toMatch(/[\u4e00-\u9fff]: /);
  });
});

describe('contributionJson', () => {
  it('exports every key in a fixed order, no text for SUP and NOC, and the changes of a MOD', () => {
    const json = contributionJson(SAMPLE_CONTRIBUTION_EN);
    expect(Object.keys(json)).toEqual([
      'format',
      'symbol',
      'language',
      'originalLanguage',
      'date',
      'meeting',
      'targetBody',
      'source',
      'signatories',
      'title',
      'summary',
      'proposals',
    ]);
    expect(json.format).toBe('tansiq.contribution/1');
    const [mod, add, sup, noc] = json.proposals;
    expect(Object.keys(mod!)).toEqual([
      'number',
      'mark',
      'heading',
      'provision',
      'baseText',
      'text',
      'changes',
      'reasons',
    ]);
    expect(mod!.changes!.algorithm).toBe(WORD_DIFF_ALGORITHM);
    expect(diffResult({ algorithm: WORD_DIFF_ALGORITHM, coarse: false, ops: mod!.changes!.ops })).toBe(mod!.text);
    expect(add).toMatchObject({ mark: 'ADD', baseText: null, changes: null, provision: 'considering c)' });
    expect(sup).toMatchObject({ mark: 'SUP', text: null, changes: null, provision: null });
    expect(noc!.reasons).toBe('The resolution remains valid as it stands.');
    expect(JSON.parse(JSON.stringify(json))).toEqual(json);
    expect(contributionJson(SAMPLE_CONTRIBUTION_AR).signatories).toEqual(['مصر', 'تونس', 'الأردن']);
  });
});

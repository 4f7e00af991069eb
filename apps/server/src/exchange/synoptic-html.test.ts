import { LANGUAGES, compileSynoptic, type BaseProvision, type Language, type ProvisionChange } from '@tansiq/domain';
import { describe, expect, it } from 'vitest';
import { escapeHtml, renderMeetingSynopticHtml, renderSynopticHtml } from './synoptic-html.ts';

const base: BaseProvision[] = [
  {
    id: 'resolves.1',
    section: 'operative',
    heading: 'resolves',
    headingKey: 'resolves',
    num: '1',
    key: '1',
    parent: null,
    text: 'to encourage <b>community</b> centres & "schools"',
  },
];
const mod: ProvisionChange = {
  mark: 'MOD',
  provisionId: 'resolves.1',
  text: 'to promote <b>community</b> centres & "schools"',
  number: 'EGY/12/1',
};
const add: ProvisionChange = {
  mark: 'ADD',
  provisionId: null,
  after: 'resolves.1',
  headingKey: 'resolves',
  text: '<script>alert(1)</script>',
  number: null,
};
const synoptic = compileSynoptic(base, [
  { source: 'EGY', wholeText: null, changes: [mod] },
  { source: "A<'b>", wholeText: null, changes: [add] },
  { source: 'USA', wholeText: { mark: 'SUP', number: 'USA/3/1' }, changes: [] },
]);

describe('renderSynopticHtml', () => {
  const page = renderSynopticHtml(synoptic, { title: 'Resolution 901 <draft>', language: 'en' });

  it('escapes every text: sources, titles, base and proposed texts', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&#60;a href=&#34;x&#34;&#62;&#39;&#38;&#39;&#60;/a&#62;');
    expect(page).not.toContain('<script>');
    expect(page).not.toContain('<b>');
    expect(page).toContain('&#60;script&#62;alert(1)&#60;/script&#62;');
    expect(page).toContain('<title>Resolution 901 &#60;draft&#62;</title>');
    expect(page).toContain('<th scope="col">A&#60;&#39;b&#62;</th>');
  });

  it('shows each source on each row with its mark and number, insertions and deletions marked', () => {
    expect(page).toMatch(/^<!doctype html>\n<html lang="en" dir="ltr">/);
    expect(page).toContain('<div class="mark">MOD <span class="number">EGY/12/1</span></div>');
    expect(page).toContain('<del>encourage</del><ins>promote</ins>');
    expect(page).toContain('<div class="mark">SUP <span class="number">USA/3/1</span></div>');
    expect(page).toContain('<tr class="row c-sup-mod">');
    expect(page).toContain(
      '<span class="num"></span> <span class="added">new</span><div class="id">resolves.1+1</div>',
    );
    expect(page.match(/<tr class="row /g)).toHaveLength(2);
    expect(page.match(/<td class="entry/g)).toHaveLength(6);
    expect(page).toContain('<tr class="heading"><th colspan="6" scope="rowgroup">resolves</th></tr>');
  });

  it('lays an Arabic page out right to left, with Arabic labels', () => {
    const arabic = renderSynopticHtml(synoptic, { title: 'القرار 901', language: 'ar' });
    expect(arabic).toContain('<html lang="ar" dir="rtl">');
    expect(arabic).toContain('<th scope="col">النص الأساسي</th>');
    expect(arabic).toContain('حذف وتعديل');
  });

  it('marks a translation with its original a click away, and a text awaiting translation', () => {
    const translated = {
      ...synoptic,
      rows: synoptic.rows.map((row) => ({
        ...row,
        entries: row.entries.map((entry) =>
          entry.source === 'EGY'
            ? { ...entry, shownAs: 'translation' as const, original: { language: 'en', text: 'to <promote>' } }
            : entry.source === 'USA'
              ? { ...entry, shownAs: 'awaiting-translation' as const, original: null }
              : entry,
        ),
      })),
    };
    const arabic = renderSynopticHtml(translated, { title: 'القرار 901', language: 'ar' });
    expect(arabic).toContain(
      '<div class="mark">MOD <span class="number">EGY/12/1</span></div><div class="shown">ترجمة</div>',
    );
    expect(arabic).toContain(
      '<details class="original"><summary>الأصل</summary><div class="text" lang="en" dir="ltr">to &#60;promote&#62;</div></details>',
    );
    expect(arabic).toContain('<div class="shown">في انتظار الترجمة</div>');
    expect(page).not.toContain('class="shown"');
    expect(page).not.toContain('<details');
  });

  // The base-text column's heading and the divergence line, as each language prints them.
  const PRINTED: Record<Language, [string, string]> = {
    ar: ['النص الأساسي', '<p>التباين: '],
    zh: ['基础案文', '<p>分歧：'],
    en: ['Base text', '<p>Divergence: '],
    fr: ['Texte de base', '<p>Divergence: '],
    ru: ['Базовый текст', '<p>Расхождение: '],
    es: ['Texto de base', '<p>Divergencia: '],
  };

  it.each(LANGUAGES)('labels a page in %s, right to left only in Arabic', (language) => {
    const shown = renderSynopticHtml(synoptic, { title: '901', language });
    const [base, divergence] = PRINTED[language];
    expect(shown).toContain(`<html lang="${language}" dir="${language === 'ar' ? 'rtl' : 'ltr'}">`);
    expect(shown).toContain(`<th scope="col">${base}</th>`);
    expect(shown).toContain(divergence);
  });
});

describe('renderMeetingSynopticHtml', () => {
  it('puts every instrument in a section of its own, escaped, in its language', () => {
    const withLanguage = {
      ...synoptic,
      rows: synoptic.rows.map((row) => ({
        ...row,
        entries: row.entries.map((entry) => ({ ...entry, language: entry.source === 'EGY' ? 'ar' : 'en' })),
      })),
    };
    const page = renderMeetingSynopticHtml(
      [
        { title: 'RESOLUTION 901 <a>', language: 'en', notes: ['Sources: EGY (WTDC-17/1-E)'], synoptic: withLanguage },
        { title: 'القرار 902', language: 'ar', synoptic },
      ],
      { title: 'Compilation of proposals: WTDC-17', language: 'en', intro: ['Buenos Aires & online'] },
    );
    expect(page).toMatch(/^<!doctype html>\n<html lang="en" dir="ltr">/);
    expect(page).toContain('<h1>Compilation of proposals: WTDC-17</h1>');
    expect(page).toContain('<p>Buenos Aires &#38; online</p>');
    expect(page).toContain('<section>\n<h2>RESOLUTION 901 &#60;a&#62;</h2>\n<p>Sources: EGY (WTDC-17/1-E)</p>');
    expect(page).toContain('<section lang="ar" dir="rtl">\n<h2>القرار 902</h2>');
    expect(page.match(/<table>/g)).toHaveLength(2);
    expect(page).toContain('<th scope="col">النص الأساسي</th>');
    // An entry in another language than its section's says so.
    expect(page).toContain('<div class="text" lang="ar" dir="rtl">to <del>encourage</del>');
    expect(page).not.toContain('<script>');
  });
});

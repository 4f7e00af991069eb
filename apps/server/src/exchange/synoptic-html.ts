/**
 * The synoptic compilation as one self-contained HTML page: a table with the base and every source side by side
 * per provision, insertions underlined and deletions struck through, the class and score of each row. Pure
 * string building: every text is escaped, and an Arabic page is laid out right to left.
 */
import {
  isLanguage,
  type DiffOp,
  type DivergenceClass,
  type Language,
  type Synoptic,
  type SynopticEntry,
  type ShownAs,
  type SynopticRow,
} from '@tansiq/domain';

/** What the page needs besides the compilation. */
export interface SynopticHtmlOptions {
  /** The page's title (the instrument and version compared). */
  title: string;
  /** The language of the texts (BCP 47): sets `lang`, `dir` and the labels. */
  language: string;
}

interface Labels {
  /** Ends a label before its value: ": ", or the full-width "：" in Chinese. */
  colon: string;
  provision: string;
  base: string;
  divergence: string;
  added: string;
  keeps: string;
  /** Marks a proposal shown in its published translation. */
  translation: string;
  /** Marks a proposal written in another language and not translated into the page's yet. */
  awaitingTranslation: string;
  /** Opens a translation's original text. */
  original: string;
  classes: Record<DivergenceClass, string>;
}

// The page's own words in the texts' language, one of the six; English for a language outside them.
const LABELS: Record<Language, Labels> = {
  en: {
    colon: ': ',
    provision: 'Provision',
    base: 'Base text',
    divergence: 'Divergence',
    added: 'new',
    keeps: 'no change',
    translation: 'translation',
    awaitingTranslation: 'awaiting translation',
    original: 'Original',
    classes: {
      unchanged: 'unchanged',
      single: 'single',
      same: 'same',
      compatible: 'compatible',
      conflict: 'conflict',
      'sup-mod': 'SUP and MOD',
    },
  },
  fr: {
    colon: ': ',
    provision: 'Disposition',
    base: 'Texte de base',
    divergence: 'Divergence',
    added: 'nouveau',
    keeps: 'aucun changement',
    translation: 'traduction',
    awaitingTranslation: 'en attente de traduction',
    original: 'Original',
    classes: {
      unchanged: 'inchangé',
      single: 'unique',
      same: 'identique',
      compatible: 'compatible',
      conflict: 'conflit',
      'sup-mod': 'SUP et MOD',
    },
  },
  ar: {
    colon: ': ',
    provision: 'الحكم',
    base: 'النص الأساسي',
    divergence: 'التباين',
    added: 'جديد',
    keeps: 'بلا تغيير',
    translation: 'ترجمة',
    awaitingTranslation: 'في انتظار الترجمة',
    original: 'الأصل',
    classes: {
      unchanged: 'بلا تغيير',
      single: 'مقترح واحد',
      same: 'متطابقة',
      compatible: 'متوافقة',
      conflict: 'متعارضة',
      'sup-mod': 'حذف وتعديل',
    },
  },
  zh: {
    colon: '：',
    provision: '条款',
    base: '基础案文',
    divergence: '分歧',
    added: '新',
    keeps: '无修改',
    translation: '译文',
    awaitingTranslation: '待翻译',
    original: '原文',
    classes: {
      unchanged: '无修改',
      single: '单项提案',
      same: '修改相同',
      compatible: '相容',
      conflict: '冲突',
      'sup-mod': '删除与修改',
    },
  },
  ru: {
    colon: ': ',
    provision: 'Положение',
    base: 'Базовый текст',
    divergence: 'Расхождение',
    added: 'новое',
    keeps: 'без изменений',
    translation: 'перевод',
    awaitingTranslation: 'ожидает перевода',
    original: 'Оригинал',
    classes: {
      unchanged: 'без изменений',
      single: 'одно предложение',
      same: 'одинаковые',
      compatible: 'совместимые',
      conflict: 'противоречащие',
      'sup-mod': 'SUP и MOD',
    },
  },
  es: {
    colon: ': ',
    provision: 'Disposición',
    base: 'Texto de base',
    divergence: 'Divergencia',
    added: 'nueva',
    keeps: 'sin cambios',
    translation: 'traducción',
    awaitingTranslation: 'pendiente de traducción',
    original: 'Original',
    classes: {
      unchanged: 'sin cambios',
      single: 'una sola propuesta',
      same: 'mismo cambio',
      compatible: 'compatibles',
      conflict: 'en conflicto',
      'sup-mod': 'SUP y MOD',
    },
  },
};

// Right to left among the six is Arabic alone (`isRightToLeft`); the others a page may be given are kept here.
const RTL = new Set(['ar', 'fa', 'he', 'ur']);

/** Escapes text for HTML content and quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Escaped text with line feeds (paragraphs of one provision) as line breaks. */
const text = (value: string) => escapeHtml(value).replace(/\n/g, '<br>');

function renderOps(ops: readonly DiffOp[]): string {
  return ops
    .map((op) =>
      op.op === 'equal'
        ? text(op.text)
        : op.op === 'insert'
          ? `<ins>${text(op.text)}</ins>`
          : `<del>${text(op.text)}</del>`,
    )
    .join('');
}

/**
 * An entry may say the language of its text (the server's compilation does, when it is not the page's) and
 * whether it is a translation (with its original) or awaits one.
 */
type PageEntry = SynopticEntry & {
  language?: string;
  shownAs?: ShownAs;
  original?: { language: string; text: string | null } | null;
};

const primaryOf = (language: string) => language.toLowerCase().split('-')[0] ?? 'en';
const dirOf = (language: string) => (RTL.has(primaryOf(language)) ? 'rtl' : 'ltr');

/** Whether a text is shown in translation or awaits one; a translation's original opens without a script. */
function shownOf(entry: PageEntry, labels: Labels): { note: string; original: string } {
  if (entry.shownAs === 'awaiting-translation') {
    return { note: `<div class="shown">${escapeHtml(labels.awaitingTranslation)}</div>`, original: '' };
  }
  if (entry.shownAs !== 'translation') {
    return { note: '', original: '' };
  }
  const note = `<div class="shown">${escapeHtml(labels.translation)}</div>`;
  const original = entry.original;
  if (original === null || original === undefined || original.text === null) {
    return { note, original: '' };
  }
  const language = ` lang="${escapeHtml(original.language)}" dir="${dirOf(original.language)}"`;
  return {
    note,
    original: `<details class="original"><summary>${escapeHtml(labels.original)}</summary><div class="text"${language}>${text(original.text)}</div></details>`,
  };
}

function renderEntry(entry: PageEntry, labels: Labels, pageLanguage: string): string {
  const number = entry.number === null ? '' : ` <span class="number">${escapeHtml(entry.number)}</span>`;
  const shown = shownOf(entry, labels);
  const head = `<div class="mark">${escapeHtml(entry.mark)}${number}</div>${shown.note}`;
  if (entry.ops.length === 0 && entry.text === null) {
    return `<td class="entry keeps">${head}<span class="quiet">${escapeHtml(labels.keeps)}</span></td>`;
  }
  const coarse = entry.coarse ? ' coarse' : '';
  const language =
    entry.language === undefined || entry.language === pageLanguage
      ? ''
      : ` lang="${escapeHtml(entry.language)}" dir="${dirOf(entry.language)}"`;
  // A text shown without a diff (its language's base is not stored) is printed as it is.
  const body = entry.ops.length === 0 ? text(entry.text ?? '') : renderOps(entry.ops);
  return `<td class="entry${coarse}">${head}<div class="text"${language}>${body}</div>${shown.original}</td>`;
}

function renderRow(row: SynopticRow, labels: Labels, pageLanguage: string): string {
  const added = row.base === null ? ` <span class="added">${escapeHtml(labels.added)}</span>` : '';
  const provision = `<th scope="row"><span class="num">${escapeHtml(row.num)}</span>${added}<div class="id">${escapeHtml(row.id)}</div></th>`;
  const base = `<td class="base">${row.base === null ? '' : text(row.base)}</td>`;
  const score = `<td class="divergence"><span class="class">${escapeHtml(labels.classes[row.class])}</span> ${row.divergence.toFixed(2)}</td>`;
  const entries = row.entries.map((entry) => renderEntry(entry, labels, pageLanguage)).join('');
  return `<tr class="row c-${row.class}">${provision}${base}${entries}${score}</tr>`;
}

const STYLE = `
body { font-family: system-ui, sans-serif; margin: 1.5rem; color: #1b1b1b; }
table { border-collapse: collapse; width: 100%; }
th, td { border: 1px solid #c8c8c8; padding: .4rem .5rem; vertical-align: top; text-align: start; }
thead th { background: #eef1f5; position: sticky; top: 0; }
tr.heading th { background: #f7f7f7; font-style: italic; }
ins { color: #0b5e1a; background: #e3f5e6; }
del { color: #8d1010; background: #fbe4e4; }
.mark { font-weight: 600; font-size: .85em; }
.number, .id, .quiet, .shown { color: #595959; font-size: .85em; }
.shown { font-style: italic; }
.original summary { cursor: pointer; color: #595959; font-size: .85em; }
.added { font-size: .75em; color: #0b5e1a; }
tr.c-conflict .divergence, tr.c-sup-mod .divergence { background: #fbe4e4; }
tr.c-compatible .divergence { background: #fff4d6; }
.coarse .text { outline: 1px dashed #8d6e10; }
`;

function labelsOf(language: string): Labels {
  const primary = primaryOf(language);
  return isLanguage(primary) ? LABELS[primary] : LABELS.en;
}

/** The table of one compilation: provisions by rows, the base and every source in columns, grouped by heading. */
function synopticTable(synoptic: Synoptic, language: string): string {
  const labels = labelsOf(language);
  const columns = synoptic.sources.length + 3;
  const head = [labels.provision, labels.base, ...synoptic.sources, labels.divergence]
    .map((name) => `<th scope="col">${escapeHtml(name)}</th>`)
    .join('');
  const body: string[] = [];
  let heading: string | null = null;
  for (const row of synoptic.rows) {
    if (row.heading !== heading) {
      heading = row.heading;
      body.push(`<tr class="heading"><th colspan="${columns}" scope="rowgroup">${escapeHtml(heading)}</th></tr>`);
    }
    body.push(renderRow(row, labels, language));
  }
  return ['<table>', `<thead><tr>${head}</tr></thead>`, `<tbody>${body.join('\n')}</tbody>`, '</table>'].join('\n');
}

function page(title: string, language: string, content: string[]): string {
  return [
    '<!doctype html>',
    `<html lang="${escapeHtml(language)}" dir="${dirOf(language)}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(title)}</title>`,
    `<style>${STYLE}</style>`,
    '</head>',
    '<body>',
    `<h1>${escapeHtml(title)}</h1>`,
    ...content,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

const divergenceLine = (synoptic: Synoptic, language: string) =>
  `<p>${escapeHtml(labelsOf(language).divergence)}${labelsOf(language).colon}${synoptic.divergence.toFixed(2)}</p>`;

/** Renders the compilation as a complete HTML page (UTF-8, no scripts, no outside resources). */
export function renderSynopticHtml(synoptic: Synoptic, options: SynopticHtmlOptions): string {
  return page(options.title, options.language, [
    divergenceLine(synoptic, options.language),
    synopticTable(synoptic, options.language),
  ]);
}

/** One instrument's section of a meeting's page. */
export interface SynopticSection {
  /** Its heading: the instrument and version ("RESOLUTION 901 (Rev. Dubai, 2014)"). */
  title: string;
  /** The language of its texts, when not the page's (a version not stored in the page's language). */
  language: string;
  /** Lines printed under the heading (its sources), escaped here. */
  notes?: string[];
  synoptic: Synoptic;
}

/**
 * Renders the compilations of a whole meeting as one page: its title, optional lines under it, then a section
 * per instrument with its heading, notes, divergence and table. Same escaping and direction rules as
 * renderSynopticHtml; a section in another language than the page's says so with `lang` and `dir`.
 */
export function renderMeetingSynopticHtml(
  sections: readonly SynopticSection[],
  options: SynopticHtmlOptions & { intro?: string[] },
): string {
  const content = (options.intro ?? []).map((line) => `<p>${escapeHtml(line)}</p>`);
  for (const section of sections) {
    const language =
      section.language === options.language
        ? ''
        : ` lang="${escapeHtml(section.language)}" dir="${dirOf(section.language)}"`;
    content.push(
      `<section${language}>`,
      `<h2>${escapeHtml(section.title)}</h2>`,
      ...(section.notes ?? []).map((line) => `<p>${escapeHtml(line)}</p>`),
      divergenceLine(section.synoptic, section.language),
      synopticTable(section.synoptic, section.language),
      '</section>',
    );
  }
  return page(options.title, options.language, content);
}

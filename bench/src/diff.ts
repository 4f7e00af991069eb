/**
 * Word diff benchmark (issue 5): our `wordDiff` against diff-match-patch and jsdiff 9, measured in the same run on
 * two generated 20,000-word texts (Arabic, then English) of which about 2% of the words were substituted,
 * inserted or deleted. Every contender is timed from the two strings to its list of changes, tokenizing included,
 * and reports how many tokens it changed (words, spaces and punctuation marks, as our tokenizer cuts them).
 *
 * - ours: `wordDiff` without clean-up (the minimal core) and with its default clean-up;
 * - diff-match-patch: each token (our tokenizer's words, spaces and punctuation) mapped to one character as its
 *   `diff_linesToChars_` does for lines, `Diff_Timeout = 0`, `diff_main(a, b, false)`, no clean-up, then the
 *   characters mapped back to text;
 * - jsdiff: `diffWords`; for Arabic with an `intlSegmenter` that segments in chunks, since Node 20's
 *   `Intl.Segmenter` is quadratic on long strings.
 *
 * Target: ours (no clean-up) at least 5x faster than diff-match-patch, with no more changed tokens. The last line
 * sums the run up: per language, ours against diff-match-patch and against jsdiff, the changed tokens of each,
 * and whether the target is met.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { countChangedTokens, tokenize, wordDiff } from '@tansiq/domain';
import DiffMatchPatch from 'diff-match-patch';
import { diffWords } from 'diff';
import { mulberry32 } from './random.ts';

const WORDS = 20_000;
const CHANGE_RATE = 0.02;
const WARM_UP = Number(process.env.BENCH_WARM_UP ?? 2);
const PASSES = Number(process.env.BENCH_PASSES ?? 3);
const RUNS_PER_BATCH = Number(process.env.BENCH_RUNS ?? 5);

// Garbage is collected before each contender's batch, so that none pays for the one before it.
setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;

const ARABIC_STEMS = (
  'قرر يقرر الدول الأعضاء الاتصالات تنمية مكتب مدير الأمين العام المؤتمر العالمي لتنمية الاتصالات إذ ' +
  'يضع الاعتبار وإذ يدرك أن إلى في من على مع هذا القرار المسائل البلدان النامية أقل البلدان نمواً ' +
  'الجزرية الصغيرة مساعدة تعزيز بناء القدرات البنية التحتية الرقمية الشبكات الطيف الترددي سؤال مسؤولية ' +
  'رئيس جمعية هيئة قطاع الاتحاد الدولي للاتصالات تقرير برنامج عمل خطة بوينس آيرس دبي هيدرأباد يكلف يدعو ' +
  'يطلب يشجع ينظر مواصلة دراسة شؤون ائتلاف مبادرة إقليمية الأنشطة الموارد الميزانية الخبراء اللجنة ' +
  'الفريق الاستشاري المستخدمين'
).split(' ');
const ARABIC_MARKS = ['\u064e', '\u064f', '\u0650', '\u0651', '\u0652', '\u064b', '\u064d'];
const ENGLISH_STEMS = (
  'resolves instructs the Director of Telecommunication Development Bureau Member States Sector Members ' +
  'developing countries least developed small island to assist in and for with on by this Resolution ' +
  'conference world considering recognizing noting that ICT broadband infrastructure capacity building ' +
  'spectrum management digital divide regional initiatives study groups questions report programme ' +
  'action plan budget resources experts cooperation organizations support further encourages invites ' +
  'requests Secretary-General Council Plenipotentiary Union emergency telecommunications cybersecurity ' +
  'accessibility persons disabilities gender youth rural remote areas affordable access services ' +
  'applications innovation'
).split(' ');

/** A vocabulary of a few thousand words: stems with prefixes, suffixes and, in Arabic, diacritics and tatweel. */
function vocabulary(language: 'ar' | 'en', random: () => number): string[] {
  const words = new Set<string>();
  const stems = language === 'ar' ? ARABIC_STEMS : ENGLISH_STEMS;
  while (words.size < 3000) {
    const stem = stems[Math.floor(random() * stems.length)]!;
    let word = stem;
    if (language === 'ar') {
      const roll = random();
      if (roll < 0.3) {
        // Diacritics on some letters.
        word = [...stem]
          .map((letter) => (random() < 0.4 ? letter + ARABIC_MARKS[Math.floor(random() * 7)]! : letter))
          .join('');
      } else if (roll < 0.4) {
        const middle = Math.floor(stem.length / 2);
        word = `${stem.slice(0, middle)}ـ${stem.slice(middle)}`;
      }
      if (random() < 0.3) {
        word = (random() < 0.5 ? 'و' : 'ب') + word;
      }
      if (random() < 0.3) {
        word += ['ها', 'هم', 'ات', 'ين', 'ة'][Math.floor(random() * 5)]!;
      }
    } else {
      if (random() < 0.3) {
        word += ['s', 'ed', 'ing', 'al', 'ly'][Math.floor(random() * 5)]!;
      }
      if (random() < 0.15) {
        word = ['re', 'un', 'co', 'pre'][Math.floor(random() * 4)]! + word;
      }
      if (random() < 0.1) {
        word = word[0]!.toUpperCase() + word.slice(1);
      }
    }
    words.add(word);
  }
  return [...words];
}

/**
 * The separator written after each word: mostly a space, sometimes a comma, a full stop or a semicolon (the
 * language's own), now and then a line break between paragraphs.
 */
function separator(language: 'ar' | 'en', random: () => number): string {
  const roll = random();
  if (roll < 0.05) {
    return `${language === 'ar' ? '،' : ','} `;
  }
  if (roll < 0.1) {
    return random() < 0.2 ? '.\n' : '. ';
  }
  if (roll < 0.11) {
    return `${language === 'ar' ? '؛' : ';'} `;
  }
  return ' ';
}

/**
 * Two texts: a base of WORDS words and a copy with about CHANGE_RATE of its words substituted, inserted or
 * deleted (a third each); a word keeps the punctuation that follows it, an inserted word is followed by a space.
 */
function pair(language: 'ar' | 'en', seed: number): [string, string] {
  const random = mulberry32(seed);
  const vocab = vocabulary(language, random);
  // Skewed draws, so that common words repeat as in real texts.
  const draw = () => vocab[Math.floor(vocab.length * random() * random())]!;
  const base = Array.from({ length: WORDS }, (_, w) => [draw(), w === WORDS - 1 ? '.' : separator(language, random)]);
  const changed: string[][] = [];
  for (const [word, after] of base) {
    const roll = random();
    if (roll < CHANGE_RATE / 3) {
      changed.push([draw(), after!]);
    } else if (roll < (2 * CHANGE_RATE) / 3) {
      changed.push([draw(), ' '], [word!, after!]);
    } else if (roll >= CHANGE_RATE) {
      changed.push([word!, after!]);
    }
  }
  return [base.flat().join(''), changed.flat().join('')];
}

interface Contender {
  name: string;
  /** From two strings to the list of changes, and the count of changed tokens. */
  run: (a: string, b: string) => () => number;
}

function oursRaw(a: string, b: string): () => number {
  const diff = wordDiff(a, b, { cleanup: false });
  return () => countChangedTokens(diff.ops);
}

function oursClean(a: string, b: string): () => number {
  const diff = wordDiff(a, b);
  return () => countChangedTokens(diff.ops);
}

function diffMatchPatch(a: string, b: string): () => number {
  const dmp = new DiffMatchPatch();
  dmp.Diff_Timeout = 0;
  const tokens: string[] = [];
  const codes = new Map<string, number>();
  const toChars = (text: string) => {
    const units: number[] = [];
    for (const token of tokenize(text)) {
      let code = codes.get(token);
      if (code === undefined) {
        code = tokens.length;
        tokens.push(token);
        codes.set(token, code);
      }
      units.push(code);
    }
    let chars = '';
    for (let i = 0; i < units.length; i += 8192) {
      chars += String.fromCharCode(...units.slice(i, i + 8192));
    }
    return chars;
  };
  const chars1 = toChars(a);
  const chars2 = toChars(b);
  const diffs = dmp.diff_main(chars1, chars2, false);
  // Back to text, as diff_charsToLines_ does.
  const changes = diffs.map(([op, chars]) => {
    let text = '';
    for (let i = 0; i < chars.length; i++) {
      text += tokens[chars.charCodeAt(i)]!;
    }
    return { op, text, tokens: chars.length };
  });
  return () => changes.reduce((n, change) => n + (change.op === 0 ? 0 : change.tokens), 0);
}

/**
 * An `Intl.Segmenter` stand-in for jsdiff's `intlSegmenter` option (it calls `resolvedOptions().granularity` and
 * iterates `segment(text)` for `{ segment }` objects): it cuts the text at whitespace into chunks of about 2,000
 * characters and segments each with the real word segmenter, so the cost stays linear.
 */
function chunkedSegmenter(locale: string) {
  const segmenter = new Intl.Segmenter(locale, { granularity: 'word' });
  const CHUNK = 2000;
  return {
    resolvedOptions: () => segmenter.resolvedOptions(),
    *segment(text: string): Generator<Intl.SegmentData> {
      let start = 0;
      while (start < text.length) {
        let end = Math.min(text.length, start + CHUNK);
        if (end < text.length) {
          const space = text.lastIndexOf(' ', end);
          end = space > start ? space : end;
        }
        for (const part of segmenter.segment(text.slice(start, end))) {
          yield { ...part, index: part.index + start, input: text };
        }
        start = end;
      }
    },
  };
}

// Counts jsdiff's changed tokens by a regular expression that cuts these texts as our tokenizer does, so that
// jsdiff's concatenated strings never reach our tokenizer (they would skew its timing through V8's type feedback).
const TOKEN = /[\p{L}\p{M}\p{N}]+|\s+|[^\s\p{L}\p{M}\p{N}]/gu;

function jsdiff(language: 'ar' | 'en'): (a: string, b: string) => () => number {
  const options = language === 'ar' ? { intlSegmenter: chunkedSegmenter('ar') } : {};
  return (a, b) => {
    const changes = diffWords(a, b, options);
    return () =>
      changes.reduce(
        (n, change) => n + (change.added || change.removed ? (change.value.match(TOKEN)?.length ?? 0) : 0),
        0,
      );
  };
}

function median(values: number[]): number {
  const sorted = [...values].sort((x, y) => x - y);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function time(run: () => unknown): number {
  const started = process.hrtime.bigint();
  run();
  return Number(process.hrtime.bigint() - started) / 1e6;
}

/**
 * Times each contender in a batch of its own (garbage collected first, one warm-up run, then RUNS_PER_BATCH timed
 * runs, one only for a contender over 200 ms a run), so that none pays for another's garbage; the batches go
 * round in PASSES passes, each starting one further, so that a busy machine slows them alike. The time kept is
 * the median of all of a contender's runs.
 */
interface Result {
  name: string;
  ms: number;
  changed: number;
}

function measure(contenders: readonly Contender[], a: string, b: string): Omit<Result, 'name'>[] {
  const changed = contenders.map((contender) => {
    let count = 0;
    for (let i = 0; i < WARM_UP; i++) {
      count = contender.run(a, b)();
    }
    return count;
  });
  const times = contenders.map((): number[] => []);
  for (let pass = 0; pass < PASSES; pass++) {
    for (let turn = 0; turn < contenders.length; turn++) {
      const c = (pass + turn) % contenders.length;
      const run = () => contenders[c]!.run(a, b);
      collectGarbage();
      run();
      const samples = times[c]!;
      const batch = samples.length > 0 && median(samples) > 200 ? 1 : RUNS_PER_BATCH;
      for (let r = 0; r < batch; r++) {
        samples.push(time(run));
      }
    }
  }
  return contenders.map((_, c) => ({ ms: median(times[c]!), changed: changed[c]! }));
}

const LANGUAGES = [
  { language: 'ar', name: 'Arabic', seed: 17 },
  { language: 'en', name: 'English', seed: 2017 },
] as const;

function main(): void {
  const pairs = LANGUAGES.map(({ language, seed }) => pair(language, seed));
  // jsdiff (Intl.Segmenter above all) leaves the heap in a state that slows whatever runs after it, by a quarter
  // for diff-match-patch and more for us: it is measured last, for both languages, once the others are done.
  const results: Result[][] = LANGUAGES.map((_, l) => {
    const [a, b] = pairs[l]!;
    const contenders: Contender[] = [
      { name: 'diff-match-patch (baseline)', run: diffMatchPatch },
      { name: 'ours, no clean-up', run: oursRaw },
      { name: 'ours, default clean-up', run: oursClean },
    ];
    return measure(contenders, a, b).map((result, c) => ({ name: contenders[c]!.name, ...result }));
  });
  LANGUAGES.forEach(({ language }, l) => {
    const [a, b] = pairs[l]!;
    const name = language === 'ar' ? 'jsdiff diffWords, chunked segmenter' : 'jsdiff diffWords';
    results[l]!.push({ name, ...measure([{ name, run: jsdiff(language) }], a, b)[0]! });
  });
  const verdicts = LANGUAGES.map(({ name }, l) => {
    const [a, b] = pairs[l]!;
    const [baseline, ours] = results[l]! as [Result, Result];
    const diff = wordDiff(a, b, { cleanup: false });
    console.log(
      `\n${name}: ${WORDS} words, ${tokenize(a).length} and ${tokenize(b).length} tokens, ${diff.granularity} ` +
        `diff; median of ${PASSES} passes of ${RUNS_PER_BATCH} runs each (1 over 200 ms)`,
    );
    console.log(
      `${'contender'.padEnd(38)} ${'ms'.padStart(9)} ${'x dmp'.padStart(7)} ${'changed tokens'.padStart(15)}`,
    );
    for (const result of results[l]!) {
      console.log(
        `${result.name.padEnd(38)} ${result.ms.toFixed(2).padStart(9)} ${(baseline.ms / result.ms).toFixed(2).padStart(7)} ` +
          String(result.changed).padStart(15),
      );
    }
    const jsdiffResult = results[l]![3]!;
    const speed = baseline.ms / ours.ms;
    const met = speed >= 5 && ours.changed <= baseline.changed;
    return {
      met,
      text:
        `${name}: ${speed.toFixed(1)}x faster than diff-match-patch and ` +
        `${(jsdiffResult.ms / ours.ms).toFixed(1)}x faster than jsdiff, ${ours.changed} changed tokens ` +
        `(diff-match-patch ${baseline.changed}, jsdiff ${jsdiffResult.changed}), target ${met ? 'met' : 'NOT met'}`,
    };
  });
  // The last line sums it all up: each ratio, each count, and the verdict.
  console.log(
    `\nSummary (ours without clean-up; target >= 5x faster than diff-match-patch with no more changed tokens): ` +
      `${verdicts.map((verdict) => verdict.text).join('; ')}; target ` +
      `${verdicts.every((verdict) => verdict.met) ? 'met' : 'NOT met'}.`,
  );
}

main();

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors.ts';
import { parseInstrumentText } from '../texts/parse-text.ts';
import { renderInstrumentText } from '../texts/render-text.ts';
import type { StructuredText, TextLanguage } from '../texts/structured-text.ts';
import { adoptDraftRows, adoptVersionDraft, placeOfRevision, revisionLabel, revisionLine } from './adopt.ts';
import {
  chooseAlternative,
  draftText,
  editDraft,
  mergeProposals,
  openBrackets,
  type DraftSpan,
  type ProvisionDraft,
} from './merge.ts';
import { draftRows, pickOf, type AddedProvision, type DraftRow } from './version-draft.ts';

const golden = (name: string) => readFileSync(new URL(`../texts/golden/${name}`, import.meta.url), 'utf8');
const expected = (name: string) => readFileSync(new URL(`./golden/${name}`, import.meta.url), 'utf8');

function baseText(language: TextLanguage): StructuredText {
  return parseInstrumentText(golden(`sample-resolution-901-${language}.txt`), { language }).text;
}

/** A stored proposal as the server hands it to the merge. */
interface Proposal {
  number: string;
  mark: 'ADD' | 'MOD' | 'SUP' | 'NOC';
  text: string | null;
}

/** The per-language words of one drafting session on sample Resolution 901. */
interface Session {
  place: { city: string; year: number };
  /** Proposals picked per provision. */
  picks: Record<string, Proposal[]>;
  additions: AddedProvision[];
  /** Brackets settled: provision → proposal number whose alternative the chair takes, or `base`. */
  choices: Record<string, string>;
  /** The chair's edits after the picks and choices: provision → [from, to] replaced in the draft text. */
  edits: Record<string, [string, string]>;
  /** The words the chair's edit of resolves 1 inserts. */
  chairWords: string;
}

const SESSIONS: Record<'en' | 'ar', Session> = {
  en: {
    place: { city: 'Kigali', year: 2022 },
    picks: {
      'considering.d': [
        { number: 'EGY/12/2', mark: 'ADD', text: 'that the skills in demand change as services change,' },
      ],
      'recognizing.abis': [
        { number: 'ECP/9/2', mark: 'SUP', text: null },
        {
          number: 'AFCP/7/3',
          mark: 'MOD',
          text: 'the contribution of libraries, schools and post offices to this work;',
        },
      ],
      'resolves.1': [
        {
          number: 'AFCP/7/1',
          mark: 'MOD',
          text: 'to support the establishment of community centres for digital skills;',
        },
        {
          number: 'ECP/9/1',
          mark: 'MOD',
          text: 'to promote the establishment of community centres for digital skills;',
        },
        {
          number: 'BRA/3/1',
          mark: 'MOD',
          text: 'to promote the establishment of community centres for digital skills;',
        },
      ],
      'resolves.2': [
        { number: 'EGY/12/1', mark: 'MOD', text: 'that the centres should, with the support of the regional offices:' },
        { number: 'AFCP/7/2', mark: 'MOD', text: 'that the centres should, with the support of the regional offices:' },
      ],
      'resolves.2.i': [{ number: 'ECP/9/3', mark: 'SUP', text: null }],
      'resolves.3': [{ number: 'EGY/12/3', mark: 'NOC', text: null }],
      'resolves.4': [
        {
          number: 'BRA/3/2',
          mark: 'ADD',
          text: 'to encourage centres that run on renewable energy where the electricity grid is unreliable,',
        },
      ],
      'instructs-director.1': [
        {
          number: 'AFCP/7/4',
          mark: 'MOD',
          text: 'to prepare and regularly update guidelines for community centres, based on the outline in Annex 1 to this resolution;',
        },
        {
          number: 'ECP/9/4',
          mark: 'MOD',
          text: 'to prepare guidelines for community centres, based on the outline in Annex 1 to this resolution and on the experience of the regions;',
        },
      ],
      'annex-1.2.a': [{ number: 'ECP/9/5', mark: 'SUP', text: null }],
    },
    additions: [
      { id: 'considering.d', after: 'considering.c', section: 'preamble', heading: 'considering', num: 'd)' },
      { id: 'resolves.4', after: 'resolves.3', section: 'operative', heading: 'resolves', num: '4' },
    ],
    choices: { 'recognizing.abis': 'ECP/9/2', 'resolves.1': 'ECP/9/1' },
    edits: {
      'considering.c': ['such centres,', 'such centres;'],
      'resolves.1': ['establishment of', 'establishment and sustainability of'],
      'resolves.3': ['study groups,', 'study groups;'],
    },
    chairWords: 'and sustainability',
  },
  ar: {
    place: { city: 'كيغالي', year: 2022 },
    picks: {
      'considering.d': [{ number: 'EGY/12/2', mark: 'ADD', text: 'أن المهارات المطلوبة تتغير بتغير الخدمات،' }],
      'recognizing.abis': [
        { number: 'ECP/9/2', mark: 'SUP', text: null },
        { number: 'ARB/5/3', mark: 'MOD', text: 'إسهام المكتبات والمدارس ومكاتب البريد في هذا العمل؛' },
      ],
      'resolves.1': [
        { number: 'EGY/12/1', mark: 'MOD', text: 'دعم إنشاء مراكز مجتمعية للمهارات الرقمية؛' },
        { number: 'ARB/5/1', mark: 'MOD', text: 'تعزيز إنشاء مراكز مجتمعية للمهارات الرقمية؛' },
      ],
      'resolves.2': [
        { number: 'EGY/12/4', mark: 'MOD', text: 'أن تقوم المراكز، بدعم من المكاتب الإقليمية، بما يلي:' },
        { number: 'ARB/5/2', mark: 'MOD', text: 'أن تقوم المراكز، بدعم من المكاتب الإقليمية، بما يلي:' },
      ],
      'resolves.2.i': [{ number: 'ECP/9/3', mark: 'SUP', text: null }],
      'resolves.3': [{ number: 'EGY/12/3', mark: 'NOC', text: null }],
      'resolves.4': [
        {
          number: 'ARB/5/4',
          mark: 'ADD',
          text: 'تشجيع المراكز التي تعمل بالطاقة المتجددة حيث تكون شبكة الكهرباء غير موثوقة،',
        },
      ],
      'instructs-director.1': [
        {
          number: 'EGY/12/5',
          mark: 'MOD',
          text: 'بإعداد مبادئ توجيهية للمراكز المجتمعية وتحديثها بانتظام، استناداً إلى المخطط الوارد في الملحق 1 بهذا القرار؛',
        },
        {
          number: 'ARB/5/5',
          mark: 'MOD',
          text: 'بإعداد مبادئ توجيهية للمراكز المجتمعية، استناداً إلى المخطط الوارد في الملحق 1 بهذا القرار وإلى خبرة المناطق؛',
        },
      ],
      'annex-1.2.a': [{ number: 'ECP/9/5', mark: 'SUP', text: null }],
    },
    additions: [
      { id: 'considering.d', after: 'considering.c', section: 'preamble', heading: 'إذ يضع في اعتباره', num: 'د)' },
      { id: 'resolves.4', after: 'resolves.3', section: 'operative', heading: 'يقرر', num: '4' },
    ],
    choices: { 'recognizing.abis': 'ECP/9/2', 'resolves.1': 'ARB/5/1' },
    edits: {
      'considering.c': ['هذه المراكز،', 'هذه المراكز؛'],
      'resolves.1': ['مراكز مجتمعية', 'مراكز مجتمعية واستدامتها'],
      'resolves.3': ['لجنتي الدراسات،', 'لجنتي الدراسات؛'],
    },
    chairWords: 'واستدامتها',
  },
};

/** Runs a session: picks merged onto the base, brackets settled, the chair's edits applied. */
function draftOf(base: StructuredText, session: Session): DraftRow[] {
  const drafts = new Map<string, ProvisionDraft>();
  const baseOf = (id: string) => base.provisions.find((provision) => provision.id === id)?.text ?? null;
  for (const [id, picks] of Object.entries(session.picks)) {
    drafts.set(
      id,
      mergeProposals(
        baseOf(id),
        picks.map((pick) => pickOf(pick, baseOf(id))),
      ),
    );
  }
  for (const [id, number] of Object.entries(session.choices)) {
    const draft = drafts.get(id)!;
    const [brackets] = openBrackets(draft);
    const index = brackets!.alternatives.findIndex((alternative) => alternative.numbers.includes(number));
    drafts.set(id, chooseAlternative(draft, brackets!.id, number === 'base' ? 'base' : index));
  }
  for (const [id, [from, to]] of Object.entries(session.edits)) {
    const draft = drafts.get(id) ?? mergeProposals(baseOf(id), []);
    drafts.set(id, editDraft(draft, draftText(draft).replace(from, to)));
  }
  return draftRows(base.provisions, session.additions, drafts);
}

function refused(run: () => unknown): DomainError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(DomainError);
    return error as DomainError;
  }
  throw new Error('expected a refusal');
}

const changes = (draft: ProvisionDraft) =>
  draft.parts.filter(
    (part): part is Exclude<DraftSpan, { kind: 'base' }> => part.kind === 'insert' || part.kind === 'delete',
  );

describe('draftRows', () => {
  const base = baseText('en');

  it('places added provisions after the provision the compilation names, by key', () => {
    const rows = draftRows(
      base.provisions,
      [
        { id: 'resolves.5', after: 'resolves.3' },
        { id: 'resolves.4', after: 'resolves.3' },
        { id: 'considering.d', after: 'considering.c' },
        { id: 'considering.d', after: 'considering.c' },
        { id: 'considering.a', after: null },
      ],
      new Map(),
    );
    const ids = rows.map((row) => row.id);
    expect(ids.slice(0, 5)).toEqual([
      'considering.a',
      'considering.b',
      'considering.c',
      'considering.d',
      'recognizing.a',
    ]);
    expect(ids.indexOf('resolves.4')).toBe(ids.indexOf('resolves.3') + 1);
    expect(ids.indexOf('resolves.5')).toBe(ids.indexOf('resolves.3') + 2);
    expect(rows.filter((row) => row.added).map((row) => row.id)).toEqual(['considering.d', 'resolves.4', 'resolves.5']);
    expect(rows.find((row) => row.id === 'considering.d')!.draft).toEqual({ base: null, parts: [] });
  });

  it('keeps the base of every provision without a draft', () => {
    const rows = draftRows(base.provisions, [], new Map());
    expect(rows.map((row) => draftText(row.draft))).toEqual(base.provisions.map((provision) => provision.text));
  });
});

describe('pickOf', () => {
  it('reads SUP as suppression and NOC as the base', () => {
    expect(pickOf({ number: 'A/1/1', mark: 'SUP', text: null }, 'x')).toEqual({ number: 'A/1/1', text: null });
    expect(pickOf({ number: 'A/1/1', mark: 'SUP*', text: null }, 'x')).toEqual({ number: 'A/1/1', text: null });
    expect(pickOf({ number: 'A/1/1', mark: 'NOC', text: null }, 'x')).toEqual({ number: 'A/1/1', text: 'x' });
    expect(pickOf({ number: 'A/1/1', mark: 'MOD', text: 'y' }, 'x')).toEqual({ number: 'A/1/1', text: 'y' });
  });
});

describe.each(['en', 'ar'] as const)('merging then adopting sample Resolution 901 (%s)', (language) => {
  const base = baseText(language);
  const session = SESSIONS[language];
  const rows = draftOf(base, session);
  const row = (id: string) => rows.find((candidate) => candidate.id === id)!;

  it('merges compatible changes, keeping each its number', () => {
    const draft = row('instructs-director.1').draft;
    expect(openBrackets(draft)).toEqual([]);
    const numbers = changes(draft).map((span) => (span.from.kind === 'proposal' ? span.from.numbers : []));
    const [first, second] = session.picks['instructs-director.1']!;
    expect(numbers).toContainEqual([first!.number]);
    expect(numbers).toContainEqual([second!.number]);
  });

  it('brackets colliding changes with their sources until the chair settles them', () => {
    const picks = session.picks['resolves.1']!;
    const merged = mergeProposals(
      base.provisions.find((provision) => provision.id === 'resolves.1')!.text,
      picks.map((pick) => pickOf(pick, null)),
    );
    const [brackets] = openBrackets(merged);
    expect(brackets!.alternatives.flatMap((alternative) => alternative.numbers).sort()).toEqual(
      picks.map((pick) => pick.number).sort(),
    );
    expect(
      refused(() => adoptDraftRows(draftRows(base.provisions, [], new Map([['resolves.1', merged]])), language)),
    ).toMatchObject({ code: 'brackets_left', issues: [{ path: ['provisions', 'resolves.1', 'brackets', 0] }] });
  });

  it('keeps the provenance of the chosen alternative through the chair’s edit', () => {
    const draft = row('resolves.1').draft;
    const chosen = session.choices['resolves.1']!;
    const from = changes(draft).map((span) => (span.from.kind === 'chair' ? 'chair' : span.from.numbers.join(',')));
    expect(from.some((who) => who.split(',').includes(chosen))).toBe(true);
    expect(from).toContain('chair');
    // The chair's words are the chair's insertion, and nothing else is.
    const chair = changes(draft).filter((span) => span.from.kind === 'chair');
    expect(chair.map((span) => `${span.kind}:${span.text.trim()}`)).toEqual([`insert:${session.chairWords}`]);
  });

  it('adopts the exact expected text, renumbered, with the new place and year', () => {
    const adopted = adoptVersionDraft(base, rows, session.place);
    const rendered = renderInstrumentText(adopted.text);
    expect(rendered).toBe(expected(`resolution-901-rev-kigali-2022-${language}.txt`));
    // The adopted text reads back as itself.
    expect(parseInstrumentText(rendered, { language }).text).toEqual(adopted.text);
    expect(adopted.suppressed).toEqual(['recognizing.abis', 'resolves.2.i', 'annex-1.2.a']);
    expect(adopted.renumbered).toMatchObject({
      'considering.d': 'considering.d',
      'recognizing.b': 'recognizing.b',
      'resolves.2.ii': 'resolves.2.i',
      'resolves.4': 'resolves.4',
      'annex-1.2.b': 'annex-1.2.a',
      'annex-1': 'annex-1',
    });
    expect(adopted.renumbered['recognizing.abis']).toBeUndefined();
  });
});

describe('adoptDraftRows', () => {
  const base = baseText('en');

  it('keeps numbers where nothing was added or suppressed', () => {
    const adopted = adoptDraftRows(draftRows(base.provisions, [], new Map()), 'en');
    expect(adopted.provisions).toEqual(base.provisions);
    expect(adopted.suppressed).toEqual([]);
  });

  it('renumbers the items under a heading afresh, sub-items following their item', () => {
    const drafts = new Map([
      ['resolves.1', mergeProposals(base.provisions[7]!.text, [{ number: 'X/1/1', text: null }])],
    ]);
    const adopted = adoptDraftRows(draftRows(base.provisions, [], drafts), 'en');
    const resolves = adopted.provisions.filter((provision) => provision.headingKey === 'resolves');
    expect(resolves.map((provision) => [provision.id, provision.num, provision.parent])).toEqual([
      ['resolves.1', '1', null],
      ['resolves.1.i', 'i)', 'resolves.1'],
      ['resolves.1.ii', 'ii)', 'resolves.1'],
      ['resolves.2', '2', null],
    ]);
    expect(adopted.renumbered).toMatchObject({ 'resolves.2': 'resolves.1', 'resolves.2.i': 'resolves.1.i' });
  });

  it('numbers in abjad letters in Arabic', () => {
    const ar = baseText('ar');
    const drafts = new Map([
      ['considering.a', mergeProposals(ar.provisions[0]!.text, [{ number: 'X/1/1', text: null }])],
    ]);
    const adopted = adoptDraftRows(draftRows(ar.provisions, [], drafts), 'ar');
    expect(adopted.provisions.slice(0, 2).map((provision) => [provision.id, provision.num])).toEqual([
      ['considering.a', 'أ)'],
      ['considering.b', 'ب)'],
    ]);
  });

  it('letters an unnumbered preamble item once another joins it', () => {
    const drafts = new Map([
      ['noting.2', mergeProposals(null, [{ number: 'X/1/1', text: 'that more is to be done,' }])],
    ]);
    const adopted = adoptDraftRows(draftRows(base.provisions, [{ id: 'noting.2', after: 'noting.1' }], drafts), 'en');
    const noting = adopted.provisions.filter((provision) => provision.headingKey === 'noting');
    expect(noting.map((provision) => [provision.id, provision.num])).toEqual([
      ['noting.a', 'a)'],
      ['noting.b', 'b)'],
    ]);
  });

  it('leaves out an added provision nobody picked', () => {
    const adopted = adoptDraftRows(
      draftRows(base.provisions, [{ id: 'resolves.4', after: 'resolves.3' }], new Map()),
      'en',
    );
    expect(adopted.provisions.map((provision) => provision.id)).not.toContain('resolves.4');
    expect(adopted.renumbered['resolves.4']).toBeUndefined();
  });

  it('refuses a suppressed provision that keeps sub-items, and lists every open bracket', () => {
    const suppress = (id: string) => {
      const text = base.provisions.find((provision) => provision.id === id)!.text;
      return [id, mergeProposals(text, [{ number: 'X/1/1', text: null }])] as const;
    };
    const orphan = refused(() =>
      adoptDraftRows(draftRows(base.provisions, [], new Map([suppress('resolves.2')])), 'en'),
    );
    expect(orphan.code).toBe('invalid_adoption');
    expect(orphan.issues.map((issue) => issue.path)).toEqual([
      ['provisions', 'resolves.2.i'],
      ['provisions', 'resolves.2.ii'],
    ]);
    const bracketed = (id: string) => {
      const text = base.provisions.find((provision) => provision.id === id)!.text;
      return [
        id,
        mergeProposals(text, [
          { number: 'A/1/1', text: null },
          { number: 'B/1/1', text: `${text} more` },
        ]),
      ] as const;
    };
    const left = refused(() =>
      adoptDraftRows(
        draftRows(base.provisions, [], new Map([bracketed('considering.a'), bracketed('resolves.3')])),
        'en',
      ),
    );
    expect(left.code).toBe('brackets_left');
    expect(left.issues.map((issue) => issue.path)).toEqual([
      ['provisions', 'considering.a', 'brackets', 0],
      ['provisions', 'resolves.3', 'brackets', 0],
    ]);
  });
});

describe('revision lines', () => {
  it('prints the revision in each language and reads the place back', () => {
    expect(revisionLabel('Buenos Aires', 2017)).toBe('Rev. Buenos Aires, 2017');
    expect(revisionLine('fr', 'Buenos Aires', 2017)).toBe('Rév. Buenos Aires, 2017');
    expect(revisionLine('ar', 'بوينس آيرس', 2017)).toBe('المراجَع في بوينس آيرس، 2017');
    expect(placeOfRevision('en', 'Rev. Dubai, 2014')).toBe('Dubai, 2014');
    expect(placeOfRevision('en', 'Dubai, 2014')).toBe('Dubai, 2014');
    expect(placeOfRevision('ar', 'المراجَع في بوينس آيرس، 2017')).toBe('بوينس آيرس، 2017');
    expect(revisionLine('es', 'Buenos Aires', 2017)).toBe('Rev. Buenos Aires, 2017');
    expect(revisionLine('ru', 'Буэнос-Айрес', 2017)).toBe('Пересм. Буэнос-Айрес, 2017 г.');
    expect(revisionLine('zh', '布宜诺斯艾利斯', 2017)).toBe('2017年，布宜诺斯艾利斯，修订版');
    expect(placeOfRevision('es', 'REV. DUBÁI, 2014')).toBe('DUBÁI, 2014');
    expect(placeOfRevision('ru', 'Пересм. Дубай, 2014 г.')).toBe('Дубай, 2014 г.');
    expect(placeOfRevision('ru', 'Дубай, 2012 г.')).toBe('Дубай, 2012 г.');
    expect(placeOfRevision('zh', '2014年，迪拜，修订版')).toBe('2014年，迪拜');
    expect(placeOfRevision('zh', '2012年，迪拜')).toBe('2012年，迪拜');
  });

  it('moves a Russian and a Chinese opening formula to the new place and year', () => {
    const base = { kind: 'resolution', number: '1', title: 'T' } as const;
    const ru = adoptVersionDraft(
      { ...base, language: 'ru', revision: 'Пересм. Дубай, 2014 г.', body: 'Конференция (Дубай, 2014 г.),' },
      [],
      { city: 'Буэнос-Айрес', year: 2017 },
    );
    expect(ru.text).toMatchObject({
      revision: 'Пересм. Буэнос-Айрес, 2017 г.',
      body: 'Конференция (Буэнос-Айрес, 2017 г.),',
    });
    const zh = adoptVersionDraft(
      { ...base, language: 'zh', revision: '2014年，迪拜，修订版', body: '大会（2014年，迪拜），' },
      [],
      { city: '布宜诺斯艾利斯', year: 2017 },
    );
    expect(zh.text).toMatchObject({
      revision: '2017年，布宜诺斯艾利斯，修订版',
      body: '大会（2017年，布宜诺斯艾利斯），',
    });
  });
});

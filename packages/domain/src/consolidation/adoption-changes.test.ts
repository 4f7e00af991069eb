import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseInstrumentText } from '../texts/parse-text.ts';
import type { Provision, StructuredText, TextLanguage } from '../texts/structured-text.ts';
import { adoptDraftRows } from './adopt.ts';
import { adoptionChanges, type AdoptionChange } from './adoption-changes.ts';
import { chooseAlternative, draftText, editDraft, mergeProposals, openBrackets, type ProvisionDraft } from './merge.ts';
import { draftRows, pickOf, type AddedProvision, type DraftRow } from './version-draft.ts';

const golden = (name: string) => readFileSync(new URL(`../texts/golden/${name}`, import.meta.url), 'utf8');

function baseText(language: TextLanguage): StructuredText {
  return parseInstrumentText(golden(`sample-resolution-901-${language}.txt`), { language }).text;
}

type Mark = 'ADD' | 'MOD' | 'SUP' | 'NOC';

/** A drafting session: picks per provision, brackets settled (by a proposal number or `base`), the chair's edits. */
interface Session {
  picks?: Record<string, [string, Mark, string | null][]>;
  additions?: AddedProvision[];
  choices?: Record<string, string>;
  edits?: Record<string, [string, string]>;
}

function rowsOf(base: StructuredText, session: Session): DraftRow[] {
  const drafts = new Map<string, ProvisionDraft>();
  const baseOf = (id: string) => base.provisions.find((provision) => provision.id === id)?.text ?? null;
  for (const [id, picks] of Object.entries(session.picks ?? {})) {
    const picked = picks.map(([number, mark, text]) => pickOf({ number, mark, text }, baseOf(id)));
    drafts.set(id, mergeProposals(baseOf(id), picked));
  }
  for (const [id, number] of Object.entries(session.choices ?? {})) {
    const draft = drafts.get(id)!;
    const [brackets] = openBrackets(draft);
    const index = brackets!.alternatives.findIndex((alternative) => alternative.numbers.includes(number));
    drafts.set(id, chooseAlternative(draft, brackets!.id, number === 'base' ? 'base' : index));
  }
  for (const [id, [from, to]] of Object.entries(session.edits ?? {})) {
    const draft = drafts.get(id) ?? mergeProposals(baseOf(id), []);
    drafts.set(id, editDraft(draft, draftText(draft).replace(from, to)));
  }
  return draftRows(base.provisions, session.additions ?? [], drafts);
}

/** The changes of a session, with the provisions adoption gives for it. */
function changesOf(language: TextLanguage, session: Session) {
  const base = baseText(language);
  const rows = rowsOf(base, session);
  const adopted = adoptDraftRows(rows, language);
  return { base, rows, adopted, ...adoptionChanges(rows, adopted) };
}

/** A change as [kind, provision, new id, new number, proposals, chair] for compact comparison. */
const brief = (change: AdoptionChange) => [
  change.kind,
  change.provision,
  change.newId,
  change.newNum,
  change.proposals,
  change.chair,
];

const EN_SESSION: Session = {
  picks: {
    'considering.d': [['EGY/12/2', 'ADD', 'that the skills in demand change as services change,']],
    'recognizing.abis': [
      ['ECP/9/2', 'SUP', null],
      ['AFCP/7/3', 'MOD', 'the contribution of libraries, schools and post offices to this work;'],
    ],
    'resolves.1': [
      ['AFCP/7/1', 'MOD', 'to support the establishment of community centres for digital skills;'],
      ['ECP/9/1', 'MOD', 'to promote the establishment of community centres for digital skills;'],
      ['BRA/3/1', 'MOD', 'to promote the establishment of community centres for digital skills;'],
    ],
    'resolves.2': [
      ['EGY/12/1', 'MOD', 'that the centres should, with the support of the regional offices:'],
      ['AFCP/7/2', 'MOD', 'that the centres should, with the support of the regional offices:'],
    ],
    'resolves.2.i': [['ECP/9/3', 'SUP', null]],
    'resolves.3': [['EGY/12/3', 'NOC', null]],
    'resolves.4': [['BRA/3/2', 'ADD', 'to encourage centres that run on renewable energy,']],
    'resolves.5': [],
  },
  additions: [
    { id: 'considering.d', after: 'considering.c', section: 'preamble', heading: 'considering', num: 'd)' },
    { id: 'resolves.4', after: 'resolves.3', section: 'operative', heading: 'resolves', num: '4' },
    // Proposed by someone, picked by nobody: no change.
    { id: 'resolves.5', after: 'resolves.3', section: 'operative', heading: 'resolves', num: '5' },
  ],
  choices: { 'recognizing.abis': 'ECP/9/2', 'resolves.1': 'ECP/9/1' },
  edits: {
    'considering.c': ['such centres,', 'such centres;'],
    'resolves.1': ['establishment of', 'establishment and sustainability of'],
  },
};

describe('adoptionChanges', () => {
  it('says a draft with nothing picked and nothing edited changes nothing', () => {
    const { base, changes, kept, unchanged } = changesOf('en', {});
    expect(changes).toEqual([]);
    expect(kept).toBe(base.provisions.length);
    expect(unchanged).toBe(true);
  });

  it('says so too when the picks keep the text in force (a NOC, a bracket settled on the base)', () => {
    const { base, changes, unchanged } = changesOf('en', {
      picks: {
        'resolves.3': [['EGY/12/3', 'NOC', null]],
        'resolves.1': [
          ['AFCP/7/1', 'MOD', 'to support the establishment of community centres for digital skills;'],
          ['ECP/9/1', 'MOD', 'to promote the establishment of community centres for digital skills;'],
        ],
      },
      choices: { 'resolves.1': 'base' },
    });
    expect(changes).toEqual([]);
    expect(unchanged).toBe(true);
    expect(base.provisions.length).toBeGreaterThan(0);
  });

  it('lists every provision modified, added, suppressed or renumbered, by the proposals the text keeps', () => {
    const { changes, kept, unchanged, base } = changesOf('en', EN_SESSION);
    expect(unchanged).toBe(false);
    expect(changes.map(brief)).toEqual([
      ['modified', 'considering.c', 'considering.c', 'c)', [], true],
      ['added', 'considering.d', 'considering.d', 'd)', ['EGY/12/2'], false],
      // Europe's SUP was chosen over Africa's MOD: only Europe's proposal is named.
      ['suppressed', 'recognizing.abis', null, null, ['ECP/9/2'], false],
      // Europe's and Brazil's reading was chosen over Africa's; the chair added words.
      ['modified', 'resolves.1', 'resolves.1', '1', ['ECP/9/1', 'BRA/3/1'], true],
      ['modified', 'resolves.2', 'resolves.2', '2', ['EGY/12/1', 'AFCP/7/2'], false],
      ['suppressed', 'resolves.2.i', null, null, ['ECP/9/3'], false],
      ['renumbered', 'resolves.2.ii', 'resolves.2.i', 'i)', [], false],
      ['added', 'resolves.4', 'resolves.4', '4', ['BRA/3/2'], false],
    ]);
    // Six base provisions change; recognizing's group is numbered afresh without abis, and b) stays b).
    expect(kept).toBe(base.provisions.length - 6);
    const resolves2 = changes.find((change) => change.provision === 'resolves.2')!;
    expect(resolves2).toMatchObject({
      heading: 'resolves',
      num: '2',
      before: 'that the centres should:',
      after: 'that the centres should, with the support of the regional offices:',
    });
    expect(changes.find((change) => change.provision === 'considering.d')).toMatchObject({
      before: null,
      after: 'that the skills in demand change as services change,',
    });
    expect(changes.find((change) => change.provision === 'recognizing.abis')).toMatchObject({
      before: 'the contribution of libraries and schools to this work;',
      after: null,
    });
  });

  it('is exactly what adoption stores: the base with the changes applied gives the adopted provisions', () => {
    const sessions: [TextLanguage, Session][] = [
      ['en', EN_SESSION],
      ['en', {}],
      ['en', { picks: { 'resolves.1': [['X/1/1', 'SUP', null]] } }],
      ['ar', { picks: { 'considering.a': [['X/1/1', 'SUP', null]] } }],
    ];
    for (const [language, session] of sessions) {
      const { rows, adopted, changes, kept } = changesOf(language, session);
      const byProvision = new Map(changes.map((change) => [change.provision, change]));
      const rebuilt: Pick<Provision, 'id' | 'num' | 'text'>[] = [];
      for (const row of rows) {
        const change = byProvision.get(row.id);
        if (change === undefined) {
          if (!row.added) {
            rebuilt.push({ id: row.id, num: row.num, text: row.draft.base! });
          }
        } else if (change.kind !== 'suppressed') {
          rebuilt.push({ id: change.newId!, num: change.newNum!, text: change.after! });
        }
      }
      expect(rebuilt).toEqual(adopted.provisions.map(({ id, num, text }) => ({ id, num, text })));
      expect(kept + changes.filter((change) => change.kind !== 'added').length).toBe(
        rows.filter((row) => !row.added).length,
      );
    }
  });

  it('numbers an added provision as the adopted Arabic text prints it', () => {
    const { changes } = changesOf('ar', {
      picks: { 'considering.a': [['X/1/1', 'SUP', null]], 'considering.d': [['EGY/1/1', 'ADD', 'أن المهارات تتغير،']] },
      additions: [{ id: 'considering.d', after: 'considering.c', section: 'preamble', heading: 'إذ يضع في اعتباره' }],
    });
    expect(changes.map(brief)).toEqual([
      ['suppressed', 'considering.a', null, null, ['X/1/1'], false],
      ['renumbered', 'considering.b', 'considering.a', 'أ)', [], false],
      ['renumbered', 'considering.c', 'considering.b', 'ب)', [], false],
      ['added', 'considering.d', 'considering.c', 'ج)', ['EGY/1/1'], false],
    ]);
  });

  it('takes no draft at all, and treats a provision adoption left out as suppressed', () => {
    expect(adoptionChanges([], { provisions: [], renumbered: {} })).toEqual({
      changes: [],
      kept: 0,
      unchanged: true,
    });
    const base = baseText('en');
    const rows = rowsOf(base, {});
    const { changes } = adoptionChanges(rows, { provisions: [], renumbered: {} });
    expect(changes).toHaveLength(rows.length);
    expect(changes.every((change) => change.kind === 'suppressed' && change.proposals.length === 0)).toBe(true);
  });
});

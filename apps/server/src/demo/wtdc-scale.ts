import {
  parseInstrumentText,
  renderInstrumentText,
  type BaseProvision,
  type Provision,
  type ProvisionChange,
} from '@tansiq/domain';
import { mulberry32 } from './random.ts';

/*
 * A generated meeting of a WTDC's size (80 instruments, 300 proposals from 30 sources), the one bench:compile
 * compiles (bench/src/compile.ts) and `tansiq demo load --scale wtdc` stores (load-wtdc-scale.ts), so that the
 * benchmarks and a newcomer's screens see the same conference. Deterministic: the same seed makes the same
 * texts and proposals on every run.
 */

/** How many instruments and proposals a WTDC brings (WTDC-17: about 80 resolutions, 300 proposals). */
export const WTDC_SCALE = { instruments: 80, proposals: 300, seed: 2018 } as const;

const WORDS = (
  'the of to and in for with on by that this Member States Sector Members developing countries least developed ' +
  'small island assist Telecommunication Development Bureau Director study groups questions report programme ' +
  'action plan budget resources experts cooperation organizations support further encourage invite request ' +
  'regional initiatives broadband infrastructure capacity building spectrum management digital divide access ' +
  'persons disabilities women youth rural remote areas community centres training skills security confidence ' +
  'emergency telecommunications environment climate change standards conformance interoperability statistics ' +
  'indicators measurement prices affordability investment policy regulation competition consumers protection'
).split(' ');

const HEADINGS: [string, string, 'preamble' | 'operative', 'letter' | 'number'][] = [
  ['considering', 'considering', 'preamble', 'letter'],
  ['recognizing', 'recognizing', 'preamble', 'letter'],
  ['noting', 'noting', 'preamble', 'letter'],
  ['resolves', 'resolves', 'operative', 'number'],
  ['instructs the Director of the Telecommunication Development Bureau', 'instructs-director', 'operative', 'number'],
  ['invites Member States', 'invites-member-states', 'operative', 'number'],
];

/**
 * One generated proposal of `source` on instrument `instrument` (an index into the texts), numbered as the
 * generator numbers it: a change of one provision, or the suppression of the whole text.
 */
export type GeneratedProposal =
  | { instrument: number; source: string; number: string; wholeText: false; change: ProvisionChange }
  | { instrument: number; source: string; number: string; wholeText: true; change: null };

/** The generated meeting: each instrument's text in ITU layout and its provisions, and the proposals in order. */
export interface GeneratedMeeting {
  texts: string[];
  bases: BaseProvision[][];
  proposals: GeneratedProposal[];
}

/**
 * Generates `instruments` texts of 20 to 40 provisions and `proposals` proposals spread over them, each from one
 * of `sources` (drawn uniformly: the draws do not depend on the sources' names, so two lists of one length make
 * the same meeting). About 3% suppress a whole text, 10% suppress a provision, 10% NOC, 15% ADD, the rest MOD.
 */
export function generateMeeting(
  instruments: number,
  proposals: number,
  seed: number,
  sources: readonly string[],
): GeneratedMeeting {
  const random = mulberry32(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const sentence = (min: number, max: number) =>
    Array.from({ length: min + Math.floor(random() * (max - min)) }, () => pick(WORDS)).join(' ');
  const texts: string[] = [];
  const bases: BaseProvision[][] = [];
  for (let i = 0; i < instruments; i++) {
    const provisions: Provision[] = [];
    for (const [heading, headingKey, section, scheme] of HEADINGS) {
      const count = headingKey === 'resolves' ? 6 + Math.floor(random() * 10) : 2 + Math.floor(random() * 5);
      for (let n = 1; n <= count; n++) {
        const key = scheme === 'letter' ? String.fromCharCode(96 + n) : String(n);
        provisions.push({
          id: `${headingKey}.${key}`,
          section,
          heading,
          headingKey,
          num: scheme === 'letter' ? `${key})` : key,
          key,
          parent: null,
          text: `${sentence(12, 50)};`,
        });
      }
    }
    const text = renderInstrumentText({
      language: 'en',
      kind: 'resolution',
      number: String(100 + i),
      revision: 'Rev. Buenos Aires, 2017',
      title: `Generated resolution ${100 + i}`,
      body: 'The World Telecommunication Development Conference (Buenos Aires, 2017),',
      provisions,
    });
    texts.push(text);
    bases.push(parseInstrumentText(text, { language: 'en' }).text.provisions);
  }
  const generated: GeneratedProposal[] = [];
  for (let p = 0; p < proposals; p++) {
    // Proposals gather on a few instruments and provisions, as they do at a conference.
    const i = Math.floor(random() ** 2 * instruments);
    const base = bases[i]!;
    const target = base[Math.floor(random() ** 2 * base.length)]!;
    const source = pick(sources);
    const number = `${source}/${1 + (p % 40)}/${p + 1}`;
    const roll = random();
    let change: ProvisionChange;
    if (roll < 0.03) {
      generated.push({ instrument: i, source, number, wholeText: true, change: null });
      continue;
    } else if (roll < 0.13) {
      change = { mark: 'SUP', provisionId: target.id, text: null, number };
    } else if (roll < 0.23) {
      change = { mark: 'NOC', provisionId: target.id, text: null, number };
    } else if (roll < 0.38) {
      change = {
        mark: 'ADD',
        provisionId: null,
        after: target.id,
        headingKey: target.headingKey,
        text: `${sentence(10, 40)};`,
        number,
      };
    } else {
      const words = target.text.split(' ');
      for (let e = 1 + Math.floor(random() * 4); e > 0; e--) {
        const at = Math.floor(random() * words.length);
        const kind = random();
        if (kind < 0.5) {
          words[at] = pick(WORDS);
        } else if (kind < 0.8) {
          words.splice(at, 0, pick(WORDS), pick(WORDS));
        } else {
          words.splice(at, 1);
        }
      }
      change = { mark: 'MOD', provisionId: target.id, text: words.join(' '), number };
    }
    generated.push({ instrument: i, source, number, wholeText: false, change });
  }
  return { texts, bases, proposals: generated };
}

import { describe, it, expect } from 'vitest';
import { DomainError } from './errors.ts';
import { LANGUAGES } from './languages.ts';
import {
  ORGANIZATIONS,
  REGIONS,
  REGION_IDS,
  compareFrench,
  frenchAlphabeticalOrder,
  isMemberOn,
  memberStateNames,
  parseMemberStatesCsv,
} from './registry.ts';

const HEADER = 'iso3,iso2,admitted,name_en,itu_d_region,rto_memberships,confidence,source';
const EGYPT = 'EGY,EG,,Egypt,arab-states,ARAB;ATU,S,BDT-REG;GOVSTACK;LAS;ATU46';
const PALAU = 'PLW,PW,2024-09-19,Palau,asia-pacific,APT,S,ITUPAL;APT38';
const ISRAEL = 'ISR,IL,,Israel,europe,,S,GOVSTACK';

function csv(...rows: string[]): string {
  return [HEADER, ...rows].join('\n') + '\n';
}

/** The DomainError `run` throws (failing the test when it throws nothing or something else). */
function domainErrorOf(run: () => unknown): DomainError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(DomainError);
    return error as DomainError;
  }
  throw new Error('Expected a DomainError, but nothing was thrown.');
}

/** The issues (path and code) of the validation error that parsing `text` throws. */
function csvIssues(text: string) {
  const error = domainErrorOf(() => parseMemberStatesCsv(text));
  expect(error.code).toBe('validation_failed');
  return error.issues.map(({ path, code }) => ({ path, code }));
}

describe('parseMemberStatesCsv', () => {
  it('reads good rows', () => {
    expect(parseMemberStatesCsv(csv(EGYPT, PALAU, ISRAEL))).toEqual([
      {
        iso3: 'EGY',
        iso2: 'EG',
        admittedOn: null,
        referenceName: 'Egypt',
        regionId: 'arab-states',
        organizations: ['ARAB', 'ATU'],
        confidence: 'S',
        sources: 'BDT-REG;GOVSTACK;LAS;ATU46',
      },
      {
        iso3: 'PLW',
        iso2: 'PW',
        admittedOn: '2024-09-19',
        referenceName: 'Palau',
        regionId: 'asia-pacific',
        organizations: ['APT'],
        confidence: 'S',
        sources: 'ITUPAL;APT38',
      },
      {
        iso3: 'ISR',
        iso2: 'IL',
        admittedOn: null,
        referenceName: 'Israel',
        regionId: 'europe',
        organizations: [],
        confidence: 'S',
        sources: 'GOVSTACK',
      },
    ]);
  });

  it('reads quoted fields, CRLF line ends and blank lines', () => {
    const text = [
      HEADER,
      '',
      'BOL,BO,,"Bolivia, Plurinational State of",americas,CITEL,C,"CITEL ""35"", OAS"',
      '   ',
      'CIV,CI,,Côte d’Ivoire,africa,ATU,U,ATU46',
      '',
    ].join('\r\n');
    const records = parseMemberStatesCsv(text);
    expect(
      records.map(({ iso3, referenceName, confidence, sources }) => ({ iso3, referenceName, confidence, sources })),
    ).toEqual([
      { iso3: 'BOL', referenceName: 'Bolivia, Plurinational State of', confidence: 'C', sources: 'CITEL "35", OAS' },
      { iso3: 'CIV', referenceName: 'Côte d’Ivoire', confidence: 'U', sources: 'ATU46' },
    ]);
  });

  it('reads a file with only the header as no states', () => {
    expect(parseMemberStatesCsv(HEADER)).toEqual([]);
  });

  it.each([
    ['a different header', 'iso3,iso2,name_en\nEGY,EG,Egypt\n'],
    ['a missing header', `${EGYPT}\n`],
    ['an empty file', ''],
  ])('refuses %s', (_case, text) => {
    expect(csvIssues(text)).toEqual([{ path: ['line', 1], code: 'bad_header' }]);
  });

  it.each([
    ['too few fields', 'EGY,EG,,Egypt,arab-states,ARAB;ATU,S'],
    ['too many fields', `${EGYPT},extra`],
    ['an unclosed quote swallowing the commas', 'EGY,EG,,"Egypt,arab-states,ARAB;ATU,S,BDT-REG'],
  ])('reports a row with %s', (_case, row) => {
    expect(csvIssues(csv(PALAU, row))).toEqual([{ path: ['line', 3, '*'], code: 'bad_row' }]);
  });

  it.each([
    ['a bad alpha-3 code', 'EG1,EG,,Egypt,arab-states,ARAB;ATU,S,x', 'iso3', 'bad_code'],
    ['a lower-case alpha-3 code', 'egy,EG,,Egypt,arab-states,ARAB;ATU,S,x', 'iso3', 'bad_code'],
    ['a bad alpha-2 code', 'EGY,EGY,,Egypt,arab-states,ARAB;ATU,S,x', 'iso2', 'bad_code'],
    ['an empty alpha-2 code', 'EGY,,,Egypt,arab-states,ARAB;ATU,S,x', 'iso2', 'bad_code'],
    ['an impossible admission date', 'EGY,EG,2017-02-29,Egypt,arab-states,ARAB;ATU,S,x', 'admitted', 'bad_date'],
    ['a badly written admission date', 'EGY,EG,19/09/2024,Egypt,arab-states,ARAB;ATU,S,x', 'admitted', 'bad_date'],
    ['an empty name', 'EGY,EG,, ,arab-states,ARAB;ATU,S,x', 'name_en', 'required'],
    ['an unknown region', 'EGY,EG,,Egypt,middle-east,ARAB;ATU,S,x', 'itu_d_region', 'unknown_region'],
    ['an empty region', 'EGY,EG,,Egypt,,ARAB;ATU,S,x', 'itu_d_region', 'unknown_region'],
    ['an unknown organization', 'EGY,EG,,Egypt,arab-states,ARAB;AU,S,x', 'rto_memberships', 'unknown_organization'],
    ['an organization listed twice', 'EGY,EG,,Egypt,arab-states,ATU;ARAB;ATU,S,x', 'rto_memberships', 'duplicate'],
    ['a bad confidence mark', 'EGY,EG,,Egypt,arab-states,ARAB;ATU,X,x', 'confidence', 'bad_confidence'],
    ['an empty confidence mark', 'EGY,EG,,Egypt,arab-states,ARAB;ATU,,x', 'confidence', 'bad_confidence'],
  ])('reports %s', (_case, row, field, code) => {
    expect(csvIssues(csv(PALAU, row))).toEqual([{ path: ['line', 3, field], code }]);
  });

  it('reports duplicate codes on the repeating line', () => {
    expect(csvIssues(csv(EGYPT, PALAU, 'EGY,EG,,Egypt again,arab-states,ARAB,C,x'))).toEqual([
      { path: ['line', 4, 'iso3'], code: 'duplicate' },
      { path: ['line', 4, 'iso2'], code: 'duplicate' },
    ]);
    expect(csvIssues(csv(EGYPT, 'EGX,PW,,Not Palau,europe,,U,x', PALAU))).toEqual([
      { path: ['line', 4, 'iso2'], code: 'duplicate' },
    ]);
  });

  it('lists every error of every line, counting blank lines, each with a message', () => {
    const text = [
      HEADER,
      EGYPT,
      '',
      'PLW,PWX,2024-13-19,Palau,oceania,APT;SPC,Q,x',
      'EGY,EG,,Egypt,arab-states,ARAB;ATU,S',
      '',
      'EGY,IL,,,europe,,S,x',
    ].join('\n');
    const error = domainErrorOf(() => parseMemberStatesCsv(text));
    expect(error.code).toBe('validation_failed');
    expect(error.issues.map(({ path, code }) => ({ path, code }))).toEqual([
      { path: ['line', 4, 'iso2'], code: 'bad_code' },
      { path: ['line', 4, 'admitted'], code: 'bad_date' },
      { path: ['line', 4, 'itu_d_region'], code: 'unknown_region' },
      { path: ['line', 4, 'rto_memberships'], code: 'unknown_organization' },
      { path: ['line', 4, 'confidence'], code: 'bad_confidence' },
      { path: ['line', 5, '*'], code: 'bad_row' },
      { path: ['line', 7, 'iso3'], code: 'duplicate' },
      { path: ['line', 7, 'name_en'], code: 'required' },
    ]);
    for (const issue of error.issues) {
      expect(issue.message).not.toBe('');
    }
  });
});

describe('memberStateNames', () => {
  it('gives Egypt a name in each of the six languages', () => {
    const names = memberStateNames('EG');
    expect(Object.keys(names).sort()).toEqual([...LANGUAGES].sort());
    expect(names).toMatchObject({ en: 'Egypt', fr: 'Égypte', ar: 'مصر' });
    for (const name of Object.values(names)) {
      expect(name.trim()).not.toBe('');
    }
    expect(new Set(Object.values(names)).size).toBe(6);
  });

  it.each(['XX', 'EGY', '419', '', 'E'])('throws unknown_country for %j', (code) => {
    expect(domainErrorOf(() => memberStateNames(code)).code).toBe('unknown_country');
  });
});

describe('compareFrench', () => {
  it('ignores accents and case at the base level', () => {
    expect(compareFrench('Égypte', 'egypte')).toBe(0);
    expect(compareFrench('Égypte', 'El Salvador')).toBeLessThan(0);
    expect(compareFrench('Zambie', 'Émirats arabes unis')).toBeGreaterThan(0);
  });
});

describe('frenchAlphabeticalOrder', () => {
  const names = [
    'Maroc',
    'El Salvador',
    'Zambie',
    'Émirats arabes unis',
    'Dominique',
    'Allemagne',
    'Égypte',
    'Mali',
    'Équateur',
    'Nauru',
    'Danemark',
  ];
  const sorted = [
    'Allemagne',
    'Danemark',
    'Dominique',
    'Égypte',
    'El Salvador',
    'Émirats arabes unis',
    'Équateur',
    'Mali',
    'Maroc',
    'Nauru',
    'Zambie',
  ];
  const byName = (name: string) => name;

  it('orders the names as French does, accents ignored at the base level', () => {
    expect(frenchAlphabeticalOrder(names, byName)).toEqual(sorted);
  });

  it('orders the states through the name it is given, without changing its input', () => {
    const states = [
      { iso3: 'SLV', fr: 'El Salvador' },
      { iso3: 'ARE', fr: 'Émirats arabes unis' },
      { iso3: 'EGY', fr: 'Égypte' },
      { iso3: 'DMA', fr: 'Dominique' },
    ];
    const before = [...states];
    expect(frenchAlphabeticalOrder(states, (state) => state.fr).map((state) => state.iso3)).toEqual([
      'DMA',
      'EGY',
      'SLV',
      'ARE',
    ]);
    expect(states).toEqual(before);
  });

  it('starts at the first name from the start letter and wraps round', () => {
    expect(frenchAlphabeticalOrder(names, byName, 'M')).toEqual([
      'Mali',
      'Maroc',
      'Nauru',
      'Zambie',
      'Allemagne',
      'Danemark',
      'Dominique',
      'Égypte',
      'El Salvador',
      'Émirats arabes unis',
      'Équateur',
    ]);
  });

  it('starts at the next name when no name begins with the letter', () => {
    expect(frenchAlphabeticalOrder(names, byName, 'B')).toEqual([...sorted.slice(1), sorted[0]]);
    expect(frenchAlphabeticalOrder(names, byName, 'O')).toEqual([...sorted.slice(10), ...sorted.slice(0, 10)]);
  });

  it('takes the start letter without regard to case or accents', () => {
    const fromE = [...sorted.slice(3), ...sorted.slice(0, 3)];
    expect(frenchAlphabeticalOrder(names, byName, 'E')).toEqual(fromE);
    expect(frenchAlphabeticalOrder(names, byName, 'é')).toEqual(fromE);
  });

  it('keeps the plain order from A, and wraps to A after the last name', () => {
    expect(frenchAlphabeticalOrder(names, byName, 'A')).toEqual(sorted);
    expect(
      frenchAlphabeticalOrder(
        names.filter((name) => name !== 'Zambie'),
        byName,
        'Z',
      ),
    ).toEqual(sorted.filter((name) => name !== 'Zambie'));
  });

  it.each(['ab', '1', '', ' ', '-'])('refuses the start letter %j', (letter) => {
    const error = domainErrorOf(() => frenchAlphabeticalOrder(names, byName, letter));
    expect(error.code).toBe('validation_failed');
    expect(error.issues.map(({ path, code }) => ({ path, code }))).toEqual([
      { path: ['startLetter'], code: 'bad_letter' },
    ]);
  });
});

describe('isMemberOn', () => {
  it('counts a state without an admission date as always a member', () => {
    expect(isMemberOn({ admittedOn: null }, '1865-05-17')).toBe(true);
    expect(isMemberOn({ admittedOn: null }, '2017-10-09')).toBe(true);
  });

  it('counts a state as a member from its admission day', () => {
    const palau = { admittedOn: '2024-09-19' };
    expect(isMemberOn(palau, '2017-10-09')).toBe(false);
    expect(isMemberOn(palau, '2024-09-18')).toBe(false);
    expect(isMemberOn(palau, '2024-09-19')).toBe(true);
    expect(isMemberOn(palau, '2025-01-01')).toBe(true);
  });
});

describe('REGIONS and ORGANIZATIONS', () => {
  it('lists the six regions in order, and an organization serving each', () => {
    expect(REGIONS.map((region) => region.id)).toEqual([...REGION_IDS]);
    expect(REGIONS.map((region) => region.abbreviation)).toEqual(['AFR', 'AMS', 'ARB', 'ASP', 'CIS', 'EUR']);
    expect(ORGANIZATIONS.map((organization) => organization.regionId).sort()).toEqual([...REGION_IDS].sort());
    expect(ORGANIZATIONS.map((organization) => organization.proposalPrefix)).toEqual([
      'AFCP',
      'IAP',
      'ARB',
      'ACP',
      'RCC',
      'EUR',
    ]);
  });

  // The interface is complete in the six languages: a name missing in one shows in English on its pages (CEPT's
  // full name did on Arabic ones).
  it.each(LANGUAGES)('names every region and organization in %s', (language) => {
    expect(REGIONS.filter((region) => !region.name[language]).map((region) => region.id)).toEqual([]);
    expect(ORGANIZATIONS.filter((organization) => !organization.name[language]).map(({ code }) => code)).toEqual([]);
  });
});

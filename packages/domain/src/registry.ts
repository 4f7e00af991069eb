import { isCalendarDate, type CalendarDate } from './calendar.ts';
import { DomainError, type Issue } from './errors.ts';
import { LANGUAGES, type Language, type LocalizedText } from './languages.ts';

/** The six ITU-D regions, by slug. */
export const REGION_IDS = ['africa', 'americas', 'arab-states', 'asia-pacific', 'cis', 'europe'] as const;
export type RegionId = (typeof REGION_IDS)[number];

export interface Region {
  id: RegionId;
  /** The BDT's three-letter abbreviation (AFR, AMS, ARB, ASP, CIS, EUR), used in meeting codes. */
  abbreviation: string;
  name: LocalizedText;
}

export const REGIONS: readonly Region[] = [
  {
    id: 'africa',
    abbreviation: 'AFR',
    name: { en: 'Africa', fr: 'Afrique', ar: 'أفريقيا', zh: '非洲', ru: 'Африка', es: 'África' },
  },
  {
    id: 'americas',
    abbreviation: 'AMS',
    name: {
      en: 'Americas',
      fr: 'Amériques',
      ar: 'الأمريكتان',
      zh: '美洲',
      ru: 'Северная и Южная Америка',
      es: 'Américas',
    },
  },
  {
    id: 'arab-states',
    abbreviation: 'ARB',
    name: {
      en: 'Arab States',
      fr: 'États arabes',
      ar: 'الدول العربية',
      zh: '阿拉伯国家',
      ru: 'Арабские государства',
      es: 'Estados Árabes',
    },
  },
  {
    id: 'asia-pacific',
    abbreviation: 'ASP',
    name: {
      en: 'Asia and the Pacific',
      fr: 'Asie-Pacifique',
      ar: 'آسيا والمحيط الهادئ',
      zh: '亚太地区',
      ru: 'Азиатско-Тихоокеанский регион',
      es: 'Asia-Pacífico',
    },
  },
  {
    id: 'cis',
    abbreviation: 'CIS',
    name: {
      en: 'Commonwealth of Independent States',
      fr: 'Communauté des États indépendants',
      ar: 'كومنولث الدول المستقلة',
      zh: '独联体',
      ru: 'Содружество Независимых Государств',
      es: 'Comunidad de Estados Independientes',
    },
  },
  {
    id: 'europe',
    abbreviation: 'EUR',
    name: { en: 'Europe', fr: 'Europe', ar: 'أوروبا', zh: '欧洲', ru: 'Европа', es: 'Europa' },
  },
];

export function isRegionId(value: string): value is RegionId {
  return (REGION_IDS as readonly string[]).includes(value);
}

/** The regional telecommunication organizations (RTOs), by code. */
export const ORGANIZATION_CODES = ['ATU', 'CITEL', 'ARAB', 'APT', 'RCC', 'CEPT'] as const;
export type OrganizationCode = (typeof ORGANIZATION_CODES)[number];

/** The kinds of member entity that take part without voting: Sector Members, Associates and Academia. */
export const ENTITY_CATEGORIES = ['sector-member', 'associate', 'academia'] as const;
export type EntityCategory = (typeof ENTITY_CATEGORIES)[number];

export interface Organization {
  code: OrganizationCode;
  name: LocalizedText;
  /** The prefix of its common proposals (`ARB/19A4/3`). */
  proposalPrefix: string;
  /** The ITU-D region it mainly serves (membership itself is per state and may cross regions). */
  regionId: RegionId;
}

/**
 * The organizations, named as ITU documents name them in each of the six languages (the Arabic names as ITU-D's
 * Arabic documents write them, with the acronym kept in Latin letters where they cite it).
 */
export const ORGANIZATIONS: readonly Organization[] = [
  {
    code: 'ATU',
    name: {
      en: 'African Telecommunications Union',
      fr: 'Union africaine des télécommunications',
      ar: 'الاتحاد الأفريقي للاتصالات',
      zh: '非洲电信联盟',
      ru: 'Африканский союз электросвязи',
      es: 'Unión Africana de Telecomunicaciones',
    },
    proposalPrefix: 'AFCP',
    regionId: 'africa',
  },
  {
    code: 'CITEL',
    name: {
      en: 'Inter-American Telecommunication Commission',
      fr: 'Commission interaméricaine des télécommunications',
      es: 'Comisión Interamericana de Telecomunicaciones',
      ar: 'لجنة البلدان الأمريكية للاتصالات',
      zh: '美洲国家电信委员会',
      ru: 'Межамериканская комиссия по электросвязи',
    },
    proposalPrefix: 'IAP',
    regionId: 'americas',
  },
  {
    code: 'ARAB',
    name: {
      en: 'Arab group (League of Arab States)',
      fr: 'Groupe arabe (Ligue des États arabes)',
      ar: 'المجموعة العربية (جامعة الدول العربية)',
      zh: '阿拉伯集团（阿拉伯国家联盟）',
      ru: 'Арабская группа (Лига арабских государств)',
      es: 'Grupo Árabe (Liga de los Estados Árabes)',
    },
    proposalPrefix: 'ARB',
    regionId: 'arab-states',
  },
  {
    code: 'APT',
    name: {
      en: 'Asia-Pacific Telecommunity',
      fr: 'Télécommunauté Asie-Pacifique',
      ar: 'جماعة آسيا والمحيط الهادئ للاتصالات',
      zh: '亚太电信组织',
      ru: 'Азиатско-Тихоокеанское сообщество электросвязи',
      es: 'Telecomunidad Asia-Pacífico',
    },
    proposalPrefix: 'ACP',
    regionId: 'asia-pacific',
  },
  {
    code: 'RCC',
    name: {
      en: 'Regional Commonwealth in the field of Communications',
      fr: 'Communauté régionale des communications',
      ru: 'Региональное содружество в области связи',
      ar: 'الكومنولث الإقليمي في مجال الاتصالات',
      zh: '区域通信联合体',
      es: 'Comunidad Regional de Comunicaciones',
    },
    proposalPrefix: 'RCC',
    regionId: 'cis',
  },
  {
    code: 'CEPT',
    name: {
      en: 'European Conference of Postal and Telecommunications Administrations',
      fr: 'Conférence européenne des administrations des postes et des télécommunications',
      ar: 'المؤتمر الأوروبي لإدارات البريد والاتصالات',
      zh: '欧洲邮电主管部门大会',
      ru: 'Европейская конференция администраций почт и электросвязи',
      es: 'Conferencia Europea de Administraciones de Correos y Telecomunicaciones',
    },
    proposalPrefix: 'EUR',
    regionId: 'europe',
  },
];

export function isOrganizationCode(value: string): value is OrganizationCode {
  return (ORGANIZATION_CODES as readonly string[]).includes(value);
}

/** How sure the reference data is of a row: confirmed, secondary, unconfirmed. */
export const CONFIDENCE_MARKS = ['C', 'S', 'U'] as const;
export type Confidence = (typeof CONFIDENCE_MARKS)[number];

/** A Member State as the reference data gives it. Names in six languages come from `memberStateNames`. */
export interface MemberStateRecord {
  iso3: string;
  iso2: string;
  /** Admission date when the state joined during or after the periods Tansiq covers; null when always a member. */
  admittedOn: CalendarDate | null;
  /** Short English name as the reference file gives it (Intl.DisplayNames gives the six official names). */
  referenceName: string;
  regionId: RegionId;
  organizations: OrganizationCode[];
  confidence: Confidence;
  sources: string;
}

const CSV_HEADER = 'iso3,iso2,admitted,name_en,itu_d_region,rto_memberships,confidence,source';

/** Splits one CSV line, honouring double-quoted fields. */
function splitCsvLine(line: string): string[] {
  const fields: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') {
        quoted = false;
      } else {
        field += ch;
      }
    } else if (ch === '"') {
      quoted = true;
    } else if (ch === ',') {
      fields.push(field);
      field = '';
    } else {
      field += ch;
    }
  }
  fields.push(field);
  return fields;
}

/**
 * Parses the Member State reference file (`member-states.csv`) and checks every row: codes, region,
 * organizations, dates, uniqueness. Throws `validation_failed` with every problem found, by line.
 */
export function parseMemberStatesCsv(text: string): MemberStateRecord[] {
  // Blank lines are skipped but still counted, so that issues name the line as an editor shows it.
  const lines = text
    .split(/\r?\n/)
    .map((line, index) => ({ line, lineNo: index + 1 }))
    .filter(({ line }) => line.trim() !== '');
  const issues: Issue[] = [];
  if (lines[0]?.line.trim() !== CSV_HEADER) {
    throw new DomainError('validation_failed', `The Member State file must start with the header: ${CSV_HEADER}`, [
      { path: ['line', lines[0]?.lineNo ?? 1], code: 'bad_header', message: 'Unexpected header.' },
    ]);
  }
  const records: MemberStateRecord[] = [];
  const seen3 = new Set<string>();
  const seen2 = new Set<string>();
  lines.slice(1).forEach(({ line, lineNo }) => {
    const fields = splitCsvLine(line);
    const issue = (field: string, code: string, message: string) =>
      issues.push({ path: ['line', lineNo, field], code, message });
    if (fields.length !== 8) {
      issue('*', 'bad_row', `Expected 8 fields, found ${fields.length}.`);
      return;
    }
    const [iso3, iso2, admitted, name, region, rtos, confidence, sources] = fields as [
      string,
      string,
      string,
      string,
      string,
      string,
      string,
      string,
    ];
    if (!/^[A-Z]{3}$/.test(iso3)) issue('iso3', 'bad_code', `Not an alpha-3 code: "${iso3}".`);
    if (!/^[A-Z]{2}$/.test(iso2)) issue('iso2', 'bad_code', `Not an alpha-2 code: "${iso2}".`);
    if (seen3.has(iso3)) issue('iso3', 'duplicate', `Duplicate alpha-3 code ${iso3}.`);
    if (seen2.has(iso2)) issue('iso2', 'duplicate', `Duplicate alpha-2 code ${iso2}.`);
    seen3.add(iso3);
    seen2.add(iso2);
    if (admitted !== '' && !isCalendarDate(admitted)) issue('admitted', 'bad_date', `Not a date: "${admitted}".`);
    if (name.trim() === '') issue('name_en', 'required', 'The name is empty.');
    if (!isRegionId(region)) issue('itu_d_region', 'unknown_region', `Unknown region "${region}".`);
    const organizations = rtos === '' ? [] : rtos.split(';');
    for (const code of organizations) {
      if (!isOrganizationCode(code))
        issue('rto_memberships', 'unknown_organization', `Unknown organization "${code}".`);
    }
    if (new Set(organizations).size !== organizations.length) {
      issue('rto_memberships', 'duplicate', 'An organization is listed twice.');
    }
    if (confidence !== 'C' && confidence !== 'S' && confidence !== 'U') {
      issue('confidence', 'bad_confidence', `Confidence must be C, S or U, not "${confidence}".`);
    }
    records.push({
      iso3,
      iso2,
      admittedOn: admitted === '' ? null : admitted,
      referenceName: name,
      regionId: region as RegionId,
      organizations: organizations as OrganizationCode[],
      confidence: confidence as Confidence,
      sources,
    });
  });
  if (issues.length > 0) {
    throw new DomainError('validation_failed', 'The Member State file has errors.', issues);
  }
  return records;
}

/** True when the state was a Member State on `date` (admitted on or before it). */
export function isMemberOn(state: { admittedOn: CalendarDate | null }, date: CalendarDate): boolean {
  return state.admittedOn === null || state.admittedOn <= date;
}

const displayNames = new Map<Language, Intl.DisplayNames>(
  LANGUAGES.map((language) => [language, new Intl.DisplayNames([language], { type: 'region', fallback: 'none' })]),
);

const namesCache = new Map<string, Readonly<Record<Language, string>>>();

/**
 * The state's name in the six languages, from the runtime's CLDR data (`Intl.DisplayNames`, which takes
 * alpha-2 codes). Throws when CLDR has no name, so a bad code cannot slip through as a blank name. Memoized:
 * the answer depends only on the code and the runtime.
 */
export function memberStateNames(iso2: string): Readonly<Record<Language, string>> {
  const cached = namesCache.get(iso2);
  if (cached !== undefined) {
    return cached;
  }
  // Intl.DisplayNames throws a RangeError on malformed codes (`EGY`) and names areas (`419`): neither is a state.
  if (!/^[A-Z]{2}$/.test(iso2)) {
    throw new DomainError('unknown_country', `Not an alpha-2 region code: ${iso2}.`);
  }
  const names = {} as Record<Language, string>;
  for (const language of LANGUAGES) {
    const name = displayNames.get(language)?.of(iso2);
    if (name === undefined || name === iso2) {
      throw new DomainError('unknown_country', `No ${language} name for region code ${iso2}.`);
    }
    names[language] = name;
  }
  const frozen = Object.freeze(names);
  namesCache.set(iso2, frozen);
  return frozen;
}

const frenchCollator = new Intl.Collator('fr', { sensitivity: 'base', ignorePunctuation: false });

/** Compares two names in French alphabetical order (the ITU's roll-call order). */
export function compareFrench(a: string, b: string): number {
  return frenchCollator.compare(a, b);
}

/**
 * Orders states by their French names (`frenchName` picks it). With `startLetter`, the order starts at the
 * first name at or after that letter and wraps round, as a roll-call does after a letter is drawn by lot.
 */
export function frenchAlphabeticalOrder<T>(
  states: readonly T[],
  frenchName: (state: T) => string,
  startLetter?: string,
): T[] {
  const sorted = [...states].sort((a, b) => compareFrench(frenchName(a), frenchName(b)));
  if (startLetter === undefined) {
    return sorted;
  }
  if (!/^\p{L}$/u.test(startLetter)) {
    throw new DomainError('validation_failed', 'The start letter must be a single letter.', [
      { path: ['startLetter'], code: 'bad_letter', message: `Not a single letter: "${startLetter}".` },
    ]);
  }
  const start = sorted.findIndex((state) => compareFrench(frenchName(state).charAt(0), startLetter) >= 0);
  return start <= 0 ? sorted : [...sorted.slice(start), ...sorted.slice(0, start)];
}

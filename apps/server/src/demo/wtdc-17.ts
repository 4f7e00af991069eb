import type { CreateCycleBody, CreateMeetingBody, CreateUserBody } from '@tansiq/api';
import { REGIONS, type LocalizedText, type RegionId } from '@tansiq/domain';

/** The WTDC series (docs/domain.md §3): history with year and city. A label is not always the year held. */
export const WTDC_CYCLES: CreateCycleBody[] = [
  {
    code: 'wtdc-94',
    name: 'WTDC-94',
    year: 1994,
    city: {
      en: 'Buenos Aires',
      fr: 'Buenos Aires',
      ar: 'بوينس آيرس',
      es: 'Buenos Aires',
      ru: 'Буэнос-Айрес',
      zh: '布宜诺斯艾利斯',
    },
    countryIso3: 'ARG',
    theme: null,
  },
  {
    code: 'wtdc-98',
    name: 'WTDC-98',
    year: 1998,
    city: { en: 'Valletta', fr: 'La Valette', ar: 'فاليتا' },
    countryIso3: 'MLT',
    theme: null,
  },
  {
    code: 'wtdc-02',
    name: 'WTDC-02',
    year: 2002,
    city: { en: 'Istanbul', fr: 'Istanbul', ar: 'إسطنبول' },
    countryIso3: 'TUR',
    theme: null,
  },
  {
    code: 'wtdc-06',
    name: 'WTDC-06',
    year: 2006,
    city: { en: 'Doha', fr: 'Doha', ar: 'الدوحة' },
    countryIso3: 'QAT',
    theme: null,
  },
  {
    code: 'wtdc-10',
    name: 'WTDC-10',
    year: 2010,
    city: { en: 'Hyderabad', fr: 'Hyderabad', ar: 'حيدر آباد' },
    countryIso3: 'IND',
    theme: null,
  },
  {
    code: 'wtdc-14',
    name: 'WTDC-14',
    year: 2014,
    city: { en: 'Dubai', fr: 'Dubaï', ar: 'دبي' },
    countryIso3: 'ARE',
    theme: null,
  },
  {
    code: 'wtdc-17',
    name: 'WTDC-17',
    year: 2017,
    city: {
      en: 'Buenos Aires',
      fr: 'Buenos Aires',
      ar: 'بوينس آيرس',
      es: 'Buenos Aires',
      ru: 'Буэнос-Айрес',
      zh: '布宜诺斯艾利斯',
    },
    countryIso3: 'ARG',
    theme: 'ICT for Sustainable Development Goals (ICT4SDGs)',
  },
  {
    code: 'wtdc-21',
    name: 'WTDC-21',
    year: 2022,
    city: { en: 'Kigali', fr: 'Kigali', ar: 'كيغالي' },
    countryIso3: 'RWA',
    theme: null,
  },
  {
    code: 'wtdc-25',
    name: 'WTDC-25',
    year: 2025,
    city: { en: 'Baku', fr: 'Bakou', ar: 'باكو' },
    countryIso3: 'AZE',
    theme: null,
  },
];

const ALL_LANGUAGES: CreateMeetingBody['languages'] = ['ar', 'zh', 'en', 'fr', 'ru', 'es'];

function regionName(regionId: RegionId): LocalizedText {
  return REGIONS.find((region) => region.id === regionId)!.name;
}

function titled(en: string, fr: string, ar: string, regionId?: RegionId): LocalizedText {
  if (regionId === undefined) {
    return { en, fr, ar };
  }
  const name = regionName(regionId);
  return { en: `${en}: ${name.en}`, fr: `${fr} : ${name.fr}`, ar: `${ar}: ${name.ar}` };
}

interface RegionalPreparation {
  region: RegionId;
  code: string;
  rdfOn: string;
  rpm: [string, string];
  city: LocalizedText;
  countryIso3: string;
  timeZone: string;
  languages: CreateMeetingBody['languages'];
}

/** The six RPMs of the WTDC-17 cycle, each after its one-day Regional Development Forum (docs/domain.md §3). */
const PREPARATIONS: RegionalPreparation[] = [
  {
    region: 'cis',
    code: 'cis-2016',
    rdfOn: '2016-11-08',
    rpm: ['2016-11-09', '2016-11-11'],
    city: { en: 'Bishkek', fr: 'Bichkek', ar: 'بيشكيك' },
    countryIso3: 'KGZ',
    timeZone: 'Asia/Bishkek',
    languages: ['ru', 'en'],
  },
  {
    region: 'africa',
    code: 'afr-2016',
    rdfOn: '2016-12-05',
    rpm: ['2016-12-06', '2016-12-08'],
    city: { en: 'Kigali', fr: 'Kigali', ar: 'كيغالي' },
    countryIso3: 'RWA',
    timeZone: 'Africa/Kigali',
    languages: ['en', 'fr', 'ar'],
  },
  {
    region: 'arab-states',
    code: 'arb-2017',
    rdfOn: '2017-01-29',
    rpm: ['2017-01-30', '2017-02-01'],
    city: { en: 'Khartoum', fr: 'Khartoum', ar: 'الخرطوم' },
    countryIso3: 'SDN',
    timeZone: 'Africa/Khartoum',
    languages: ['ar', 'en', 'fr'],
  },
  {
    region: 'americas',
    code: 'ams-2017',
    rdfOn: '2017-02-21',
    rpm: ['2017-02-22', '2017-02-24'],
    city: { en: 'Asunción', fr: 'Asunción', ar: 'أسونسيون' },
    countryIso3: 'PRY',
    timeZone: 'America/Asuncion',
    languages: ['es', 'en', 'fr'],
  },
  {
    region: 'asia-pacific',
    code: 'asp-2017',
    rdfOn: '2017-03-20',
    rpm: ['2017-03-21', '2017-03-23'],
    city: { en: 'Bali', fr: 'Bali', ar: 'بالي' },
    countryIso3: 'IDN',
    timeZone: 'Asia/Makassar',
    languages: ['en', 'zh'],
  },
  {
    region: 'europe',
    code: 'eur-2017',
    rdfOn: '2017-04-26',
    rpm: ['2017-04-27', '2017-04-28'],
    city: { en: 'Vilnius', fr: 'Vilnius', ar: 'فيلنيوس' },
    countryIso3: 'LTU',
    timeZone: 'Europe/Vilnius',
    languages: ['en', 'fr', 'ru'],
  },
];

const regionalMeetings: CreateMeetingBody[] = PREPARATIONS.flatMap((prep) => {
  const shared = {
    cycle: 'wtdc-17',
    city: prep.city,
    countryIso3: prep.countryIso3,
    timeZone: prep.timeZone,
    languages: prep.languages,
    regionId: prep.region,
    organizationCode: null,
  };
  return [
    {
      ...shared,
      code: `rdf-${prep.code}`,
      type: 'rdf',
      title: titled(
        'Regional Development Forum',
        'Forum régional de développement',
        'المنتدى الإقليمي للتنمية',
        prep.region,
      ),
      startsOn: prep.rdfOn,
      endsOn: prep.rdfOn,
    },
    {
      ...shared,
      code: `rpm-${prep.code}`,
      type: 'rpm',
      title: titled(
        'Regional Preparatory Meeting for WTDC-17',
        'Réunion préparatoire régionale pour la CMDT-17',
        'الاجتماع التحضيري الإقليمي للمؤتمر WTDC-17',
        prep.region,
      ),
      startsOn: prep.rpm[0],
      endsOn: prep.rpm[1],
    },
  ];
});

const geneva = {
  city: { en: 'Geneva', fr: 'Genève', ar: 'جنيف' },
  countryIso3: 'CHE',
  timeZone: 'Europe/Zurich',
  languages: ALL_LANGUAGES,
};

/** Every meeting of the WTDC-17 cycle in docs/domain.md §3. */
export const WTDC17_MEETINGS: CreateMeetingBody[] = [
  ...regionalMeetings,
  {
    ...geneva,
    code: 'irm-2017',
    cycle: 'wtdc-17',
    type: 'inter-regional',
    title: titled(
      'Inter-regional coordination meeting for WTDC-17',
      'Réunion de coordination interrégionale pour la CMDT-17',
      'اجتماع التنسيق الأقاليمي للمؤتمر WTDC-17',
    ),
    startsOn: '2017-05-08',
    endsOn: '2017-05-08',
    regionId: null,
    organizationCode: null,
  },
  {
    ...geneva,
    code: 'tdag-22',
    cycle: 'wtdc-17',
    type: 'tdag',
    title: titled(
      '22nd meeting of the Telecommunication Development Advisory Group (TDAG)',
      '22e réunion du Groupe consultatif pour le développement des télécommunications (GCDT)',
      'الاجتماع الثاني والعشرون للفريق الاستشاري لتنمية الاتصالات (TDAG)',
    ),
    startsOn: '2017-05-09',
    endsOn: '2017-05-12',
    regionId: null,
    organizationCode: null,
  },
  {
    code: 'arb-prep-2017',
    cycle: 'wtdc-17',
    type: 'regional-group',
    title: titled(
      'Arab group preparatory meeting for WTDC-17',
      'Réunion préparatoire du Groupe arabe pour la CMDT-17',
      'الاجتماع التحضيري للمجموعة العربية للمؤتمر WTDC-17',
    ),
    startsOn: '2017-08-20',
    endsOn: '2017-08-23',
    city: { en: 'Algiers', fr: 'Alger', ar: 'الجزائر' },
    countryIso3: 'DZA',
    timeZone: 'Africa/Algiers',
    languages: ['ar'],
    regionId: 'arab-states',
    organizationCode: 'ARAB',
  },
  {
    code: 'wtdc-17',
    cycle: 'wtdc-17',
    type: 'conference',
    title: titled(
      'World Telecommunication Development Conference 2017 (WTDC-17)',
      'Conférence mondiale de développement des télécommunications 2017 (CMDT-17)',
      'المؤتمر العالمي لتنمية الاتصالات لعام 2017 (WTDC-17)',
    ),
    startsOn: '2017-10-09',
    endsOn: '2017-10-20',
    city: {
      en: 'Buenos Aires',
      fr: 'Buenos Aires',
      ar: 'بوينس آيرس',
      es: 'Buenos Aires',
      ru: 'Буэнос-Айрес',
      zh: '布宜诺斯艾利斯',
    },
    countryIso3: 'ARG',
    timeZone: 'America/Argentina/Buenos_Aires',
    languages: ALL_LANGUAGES,
    regionId: null,
    organizationCode: null,
  },
];

/**
 * Egypt's participation from the founding document: the WTDCs of 2002, 2006, 2010, 2014 (no more is known of
 * them than that it took part) and, in the WTDC-17 cycle, every Arab preparatory meeting, the African RPM and
 * the conference.
 */
export const EGYPT_PARTICIPATION: { cycle: string; meeting: string | null }[] = [
  { cycle: 'wtdc-02', meeting: null },
  { cycle: 'wtdc-06', meeting: null },
  { cycle: 'wtdc-10', meeting: null },
  { cycle: 'wtdc-14', meeting: null },
  { cycle: 'wtdc-17', meeting: 'rpm-afr-2016' },
  { cycle: 'wtdc-17', meeting: 'rpm-arb-2017' },
  { cycle: 'wtdc-17', meeting: 'arb-prep-2017' },
  { cycle: 'wtdc-17', meeting: 'wtdc-17' },
];

/** The one password of every demo account (README and start-up say it). */
export const DEMO_PASSWORD = 'tansiq-demo-2017';

/**
 * One demo account per role; Egypt's focal point and delegate act for Egypt, the coordinator for the Arab group;
 * the focal points of Tunisia and Jordan sign the Arab common proposal with Egypt's; the ATU and CEPT
 * coordinators and Brazil's focal point bring the other proposals on sample Resolution 901.
 */
export const DEMO_USERS: Omit<CreateUserBody, 'password'>[] = [
  {
    email: 'secretariat@example.org',
    name: 'Secretariat (demo)',
    role: 'secretariat',
    memberStateIso3: null,
    entityId: null,
    organizationCode: null,
  },
  {
    email: 'focal.egypt@example.org',
    name: 'Egypt focal point (demo)',
    role: 'focal-point',
    memberStateIso3: 'EGY',
    entityId: null,
    organizationCode: null,
  },
  {
    email: 'coordinator.arab@example.org',
    name: 'Arab group coordinator (demo)',
    role: 'regional-coordinator',
    memberStateIso3: null,
    entityId: null,
    organizationCode: 'ARAB',
  },
  {
    email: 'chair@example.org',
    name: 'Committee chair (demo)',
    role: 'chair',
    memberStateIso3: null,
    entityId: null,
    organizationCode: null,
  },
  {
    email: 'delegate.egypt@example.org',
    name: 'Egypt delegate (demo)',
    role: 'delegate',
    memberStateIso3: 'EGY',
    entityId: null,
    organizationCode: null,
  },
  {
    email: 'focal.tunisia@example.org',
    name: 'Tunisia focal point (demo)',
    role: 'focal-point',
    memberStateIso3: 'TUN',
    entityId: null,
    organizationCode: null,
  },
  {
    email: 'focal.jordan@example.org',
    name: 'Jordan focal point (demo)',
    role: 'focal-point',
    memberStateIso3: 'JOR',
    entityId: null,
    organizationCode: null,
  },
  {
    email: 'coordinator.atu@example.org',
    name: 'ATU coordinator (demo)',
    role: 'regional-coordinator',
    memberStateIso3: null,
    entityId: null,
    organizationCode: 'ATU',
  },
  {
    email: 'coordinator.cept@example.org',
    name: 'CEPT coordinator (demo)',
    role: 'regional-coordinator',
    memberStateIso3: null,
    entityId: null,
    organizationCode: 'CEPT',
  },
  {
    email: 'focal.brazil@example.org',
    name: 'Brazil focal point (demo)',
    role: 'focal-point',
    memberStateIso3: 'BRA',
    entityId: null,
    organizationCode: null,
  },
  {
    email: 'observer@example.org',
    name: 'Observer (demo)',
    role: 'observer',
    memberStateIso3: null,
    entityId: null,
    organizationCode: null,
  },
];

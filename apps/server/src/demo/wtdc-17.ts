import type { CreateCycleBody, CreateMeetingBody, CreateUserBody } from '@tansiq/api';
import { LANGUAGES, REGIONS, type Language, type LocalizedText, type RegionId } from '@tansiq/domain';

/** The WTDC series (docs/domain.md §3): history with year and city. A label is not always the year held. */
/** The city of WTDC-94 and WTDC-17, named as each language writes it. */
const BUENOS_AIRES: LocalizedText = {
  en: 'Buenos Aires',
  fr: 'Buenos Aires',
  ar: 'بوينس آيرس',
  zh: '布宜诺斯艾利斯',
  ru: 'Буэнос-Айрес',
  es: 'Buenos Aires',
};

export const WTDC_CYCLES: CreateCycleBody[] = [
  {
    code: 'wtdc-94',
    name: 'WTDC-94',
    year: 1994,
    city: BUENOS_AIRES,
    countryIso3: 'ARG',
    theme: null,
  },
  {
    code: 'wtdc-98',
    name: 'WTDC-98',
    year: 1998,
    city: { en: 'Valletta', fr: 'La Valette', ar: 'فاليتا', zh: '瓦莱塔', ru: 'Валлетта', es: 'La Valeta' },
    countryIso3: 'MLT',
    theme: null,
  },
  {
    code: 'wtdc-02',
    name: 'WTDC-02',
    year: 2002,
    city: { en: 'Istanbul', fr: 'Istanbul', ar: 'إسطنبول', zh: '伊斯坦布尔', ru: 'Стамбул', es: 'Estambul' },
    countryIso3: 'TUR',
    theme: null,
  },
  {
    code: 'wtdc-06',
    name: 'WTDC-06',
    year: 2006,
    city: { en: 'Doha', fr: 'Doha', ar: 'الدوحة', zh: '多哈', ru: 'Доха', es: 'Doha' },
    countryIso3: 'QAT',
    theme: null,
  },
  {
    code: 'wtdc-10',
    name: 'WTDC-10',
    year: 2010,
    city: { en: 'Hyderabad', fr: 'Hyderabad', ar: 'حيدر آباد', zh: '海得拉巴', ru: 'Хайдарабад', es: 'Hyderabad' },
    countryIso3: 'IND',
    theme: null,
  },
  {
    code: 'wtdc-14',
    name: 'WTDC-14',
    year: 2014,
    city: { en: 'Dubai', fr: 'Dubaï', ar: 'دبي', zh: '迪拜', ru: 'Дубай', es: 'Dubái' },
    countryIso3: 'ARE',
    theme: null,
  },
  {
    code: 'wtdc-17',
    name: 'WTDC-17',
    year: 2017,
    city: BUENOS_AIRES,
    countryIso3: 'ARG',
    theme: 'ICT for Sustainable Development Goals (ICT4SDGs)',
  },
  {
    code: 'wtdc-21',
    name: 'WTDC-21',
    year: 2022,
    city: { en: 'Kigali', fr: 'Kigali', ar: 'كيغالي', zh: '基加利', ru: 'Кигали', es: 'Kigali' },
    countryIso3: 'RWA',
    theme: null,
  },
  {
    code: 'wtdc-25',
    name: 'WTDC-25',
    year: 2025,
    city: { en: 'Baku', fr: 'Bakou', ar: 'باكو', zh: '巴库', ru: 'Баку', es: 'Bakú' },
    countryIso3: 'AZE',
    theme: null,
  },
];

const ALL_LANGUAGES: CreateMeetingBody['languages'] = ['ar', 'zh', 'en', 'fr', 'ru', 'es'];

/** A region's name in each of the six languages (the domain's test holds REGIONS to all six). */
function regionName(regionId: RegionId): Record<Language, string> {
  const { name } = REGIONS.find((region) => region.id === regionId)!;
  return Object.fromEntries(LANGUAGES.map((language) => [language, name[language] ?? name.en])) as Record<
    Language,
    string
  >;
}

/** A title in the six languages, in the order of LANGUAGES. */
type Titles = [ar: string, zh: string, en: string, fr: string, ru: string, es: string];

/**
 * A meeting's title in the six languages, followed by its region's name when it has one, joined as each language
 * writes it (French puts a space before the colon; Chinese writes a full-width colon without spaces).
 */
function titled([ar, zh, en, fr, ru, es]: Titles, regionId?: RegionId): LocalizedText {
  if (regionId === undefined) {
    return { ar, zh, en, fr, ru, es };
  }
  const name = regionName(regionId);
  return {
    ar: `${ar}: ${name.ar}`,
    zh: `${zh}：${name.zh}`,
    en: `${en}: ${name.en}`,
    fr: `${fr} : ${name.fr}`,
    ru: `${ru}: ${name.ru}`,
    es: `${es}: ${name.es}`,
  };
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
    city: { en: 'Bishkek', fr: 'Bichkek', ar: 'بيشكيك', zh: '比什凯克', ru: 'Бишкек', es: 'Bishkek' },
    countryIso3: 'KGZ',
    timeZone: 'Asia/Bishkek',
    languages: ['ru', 'en'],
  },
  {
    region: 'africa',
    code: 'afr-2016',
    rdfOn: '2016-12-05',
    rpm: ['2016-12-06', '2016-12-08'],
    city: { en: 'Kigali', fr: 'Kigali', ar: 'كيغالي', zh: '基加利', ru: 'Кигали', es: 'Kigali' },
    countryIso3: 'RWA',
    timeZone: 'Africa/Kigali',
    languages: ['en', 'fr', 'ar'],
  },
  {
    region: 'arab-states',
    code: 'arb-2017',
    rdfOn: '2017-01-29',
    rpm: ['2017-01-30', '2017-02-01'],
    city: { en: 'Khartoum', fr: 'Khartoum', ar: 'الخرطوم', zh: '喀土穆', ru: 'Хартум', es: 'Jartum' },
    countryIso3: 'SDN',
    timeZone: 'Africa/Khartoum',
    languages: ['ar', 'en', 'fr'],
  },
  {
    region: 'americas',
    code: 'ams-2017',
    rdfOn: '2017-02-21',
    rpm: ['2017-02-22', '2017-02-24'],
    city: { en: 'Asunción', fr: 'Asunción', ar: 'أسونسيون', zh: '亚松森', ru: 'Асунсьон', es: 'Asunción' },
    countryIso3: 'PRY',
    timeZone: 'America/Asuncion',
    languages: ['es', 'en', 'fr'],
  },
  {
    region: 'asia-pacific',
    code: 'asp-2017',
    rdfOn: '2017-03-20',
    rpm: ['2017-03-21', '2017-03-23'],
    city: { en: 'Bali', fr: 'Bali', ar: 'بالي', zh: '巴厘岛', ru: 'Бали', es: 'Bali' },
    countryIso3: 'IDN',
    timeZone: 'Asia/Makassar',
    languages: ['en', 'zh'],
  },
  {
    region: 'europe',
    code: 'eur-2017',
    rdfOn: '2017-04-26',
    rpm: ['2017-04-27', '2017-04-28'],
    city: { en: 'Vilnius', fr: 'Vilnius', ar: 'فيلنيوس', zh: '维尔纽斯', ru: 'Вильнюс', es: 'Vilna' },
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
        [
          'المنتدى الإقليمي للتنمية',
          '区域发展论坛',
          'Regional Development Forum',
          'Forum régional de développement',
          'Региональный форум по развитию',
          'Foro Regional de Desarrollo',
        ],
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
        [
          'الاجتماع التحضيري الإقليمي للمؤتمر WTDC-17',
          'WTDC-17区域性筹备会议',
          'Regional Preparatory Meeting for WTDC-17',
          'Réunion préparatoire régionale pour la CMDT-17',
          'Региональное подготовительное собрание к ВКРЭ-17',
          'Reunión Preparatoria Regional para la CMDT-17',
        ],
        prep.region,
      ),
      startsOn: prep.rpm[0],
      endsOn: prep.rpm[1],
    },
  ];
});

const geneva = {
  city: { en: 'Geneva', fr: 'Genève', ar: 'جنيف', zh: '日内瓦', ru: 'Женева', es: 'Ginebra' },
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
    title: titled([
      'اجتماع التنسيق الأقاليمي للمؤتمر WTDC-17',
      'WTDC-17区域间协调会议',
      'Inter-regional coordination meeting for WTDC-17',
      'Réunion de coordination interrégionale pour la CMDT-17',
      'Межрегиональное координационное собрание по подготовке к ВКРЭ-17',
      'Reunión de coordinación interregional para la CMDT-17',
    ]),
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
    title: titled([
      'الاجتماع الثاني والعشرون للفريق الاستشاري لتنمية الاتصالات (TDAG)',
      '电信发展顾问组（TDAG）第22次会议',
      '22nd meeting of the Telecommunication Development Advisory Group (TDAG)',
      '22e réunion du Groupe consultatif pour le développement des télécommunications (GCDT)',
      '22-е собрание Консультативной группы по развитию электросвязи (КГРЭ)',
      '22.ª reunión del Grupo Asesor de Desarrollo de las Telecomunicaciones (GADT)',
    ]),
    startsOn: '2017-05-09',
    endsOn: '2017-05-12',
    regionId: null,
    organizationCode: null,
  },
  {
    code: 'arb-prep-2017',
    cycle: 'wtdc-17',
    type: 'regional-group',
    title: titled([
      'الاجتماع التحضيري للمجموعة العربية للمؤتمر WTDC-17',
      '阿拉伯集团WTDC-17筹备会议',
      'Arab group preparatory meeting for WTDC-17',
      'Réunion préparatoire du Groupe arabe pour la CMDT-17',
      'Подготовительное собрание Арабской группы к ВКРЭ-17',
      'Reunión preparatoria del Grupo Árabe para la CMDT-17',
    ]),
    startsOn: '2017-08-20',
    endsOn: '2017-08-23',
    city: { en: 'Algiers', fr: 'Alger', ar: 'الجزائر', zh: '阿尔及尔', ru: 'Алжир', es: 'Argel' },
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
    title: titled([
      'المؤتمر العالمي لتنمية الاتصالات لعام 2017 (WTDC-17)',
      '2017年世界电信发展大会（WTDC-17）',
      'World Telecommunication Development Conference 2017 (WTDC-17)',
      'Conférence mondiale de développement des télécommunications 2017 (CMDT-17)',
      'Всемирная конференция по развитию электросвязи 2017 года (ВКРЭ-17)',
      'Conferencia Mundial de Desarrollo de las Telecomunicaciones 2017 (CMDT-17)',
    ]),
    startsOn: '2017-10-09',
    endsOn: '2017-10-20',
    city: BUENOS_AIRES,
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
    email: 'translator@example.org',
    name: 'Translator (demo)',
    role: 'translator',
    memberStateIso3: null,
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

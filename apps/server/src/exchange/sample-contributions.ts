import type { ContributionDocument } from './contribution.ts';

// Sample texts written for the tests and the demo: they imitate ITU layout and are not copies of ITU texts.

/** A sample national contribution in English: one proposal of each kind (MOD, ADD, SUP, NOC). */
export const SAMPLE_CONTRIBUTION_EN: ContributionDocument = {
  language: 'en',
  meeting: {
    name: 'World Telecommunication Development Conference (WTDC-17)',
    city: 'Buenos Aires, Argentina',
    startsOn: '2017-10-09',
    endsOn: '2017-10-20',
  },
  targetBody: 'PLENARY MEETING',
  symbol: 'Document WTDC-17/23-E',
  date: '2017-09-04',
  originalLanguage: 'en',
  source: 'Egypt (Arab Republic of)',
  title: 'Sample proposals for the work of the conference',
  summary: 'Sample text: Egypt proposes changes to a sample resolution.',
  proposals: [
    {
      number: 'EGY/23/1',
      mark: 'MOD',
      heading: 'RESOLUTION 1 (Rev. Buenos Aires, 2017)',
      provision: 'resolves 2',
      baseText: 'to invite Member States to take part in the work of the study groups;',
      text: 'to invite Member States and Sector Members to take part actively in the work of all study groups;',
      diff: null,
      reasons: 'To widen participation in the study groups.',
    },
    {
      number: 'EGY/23/2',
      mark: 'ADD',
      heading: 'RESOLUTION 1 (Rev. Buenos Aires, 2017)',
      provision: 'considering c)',
      baseText: null,
      text: 'c)\tthat capacity building is a shared priority of developing countries,',
      diff: null,
      reasons: 'To recall a shared priority.',
    },
    {
      number: 'EGY/23/3',
      mark: 'SUP',
      heading: 'RESOLUTION 99 (Sample, 2014)',
      baseText: null,
      text: null,
      diff: null,
      reasons: 'Its aims are met by Resolution 1.',
    },
    {
      number: 'EGY/23/4',
      mark: 'NOC',
      heading: 'RESOLUTION 2 (Rev. Buenos Aires, 2017)',
      baseText: null,
      text: null,
      diff: null,
      reasons: 'The resolution remains valid as it stands.',
    },
  ],
};

/** A sample Arab common proposal in Arabic, with a MOD and an ADD. */
export const SAMPLE_CONTRIBUTION_AR: ContributionDocument = {
  language: 'ar',
  meeting: {
    name: 'المؤتمر العالمي لتنمية الاتصالات (WTDC-17)',
    city: 'بوينس آيرس، الأرجنتين',
    startsOn: '2017-10-09',
    endsOn: '2017-10-20',
  },
  targetBody: 'الجلسة العامة',
  symbol: 'الوثيقة WTDC-17/23-A',
  date: '2017-09-04',
  originalLanguage: 'ar',
  source: 'الدول العربية',
  signatories: ['مصر', 'تونس', 'الأردن'],
  title: 'مقترحات نموذجية لأعمال المؤتمر',
  summary: 'نص نموذجي: تقترح الدول العربية تعديلات على قرار نموذجي.',
  proposals: [
    {
      number: 'ARB/23/1',
      mark: 'MOD',
      heading: 'القرار 1 (المراجع في بوينس آيرس، 2017)',
      provision: 'يقرر 2',
      baseText: 'دعوة الدول الأعضاء إلى المشاركة في أعمال لجان الدراسات بانتظام؛',
      text: 'دعوة الدول الأعضاء وأعضاء القطاع إلى المشاركة الفعالة في أعمال لجان الدراسات؛',
      diff: null,
      reasons: 'توسيع المشاركة في لجان الدراسات.',
    },
    {
      number: 'ARB/23/2',
      mark: 'ADD',
      heading: 'القرار 1 (المراجع في بوينس آيرس، 2017)',
      provision: 'إذ يضع في اعتباره ج)',
      baseText: null,
      text: 'ج)\tأن بناء القدرات أولوية مشتركة للبلدان النامية،',
      diff: null,
      reasons: 'التذكير بأولوية مشتركة.',
    },
  ],
};

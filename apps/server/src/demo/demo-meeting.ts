import type { CreateAgendaItemBody, CreateNominationBody, PutDelegationBody } from '@tansiq/api';
import {
  findMeeting,
  findUserByEmail,
  listAgendaItemRows,
  listDelegationRows,
  listDocumentsOfMeeting,
  listNominationRows,
  type MeetingRow,
} from '@tansiq/db';
import { userActor } from '../actor.ts';
import type { ServiceContext } from '../context.ts';
import { createAgendaItem } from '../modules/agenda/agenda.service.ts';
import { checkIn, putDelegation } from '../modules/delegations/delegation.service.ts';
import { createNomination } from '../modules/officers/officer.service.ts';

/** How many records each part of the demo's conference room makes (the demo load counts them). */
export const DEMO_ROOM = { delegations: 3, checkIns: 2, agendaItems: 5, nominations: 4 } as const;

async function as(ctx: ServiceContext, email: string): Promise<ServiceContext> {
  const user = await findUserByEmail(ctx.db, email);
  return { ...ctx, actor: userActor(user!) };
}

/**
 * The delegations of WTDC-17, each registered by its focal point with the focal point as head (so the head casts
 * the state's vote, signed in with the demo account): Egypt's with a delegate who has an account and an adviser
 * without one, Tunisia's and Jordan's. The secretariat checks Egypt and Tunisia in; Jordan stays absent.
 */
const DELEGATIONS: { state: string; focalPoint: string; body: PutDelegationBody; checkIn: boolean }[] = [
  {
    state: 'EGY',
    focalPoint: 'focal.egypt@example.org',
    body: {
      members: [
        { name: 'Amina Said', role: 'head', email: 'focal.egypt@example.org' },
        { name: 'Omar Fathy', role: 'delegate', email: 'delegate.egypt@example.org' },
        { name: 'Laila Nour', role: 'adviser', email: null },
      ],
      votingDelegate: null,
    },
    checkIn: true,
  },
  {
    state: 'TUN',
    focalPoint: 'focal.tunisia@example.org',
    body: {
      members: [{ name: 'Youssef Ben Ali', role: 'head', email: 'focal.tunisia@example.org' }],
      votingDelegate: null,
    },
    checkIn: true,
  },
  {
    state: 'JOR',
    focalPoint: 'focal.jordan@example.org',
    body: {
      members: [{ name: 'Rami Haddad', role: 'head', email: 'focal.jordan@example.org' }],
      votingDelegate: null,
    },
    checkIn: false,
  },
];

/**
 * The conference's agenda, each item titled in the six languages; `documents` picks the demo's submitted documents
 * an item takes up.
 */
const AGENDA: (Omit<CreateAgendaItemBody, 'documents'> & { documents?: (title: string) => boolean })[] = [
  {
    number: '1',
    title: {
      ar: 'افتتاح المؤتمر',
      zh: '会议开幕',
      en: 'Opening of the conference',
      fr: 'Ouverture de la conférence',
      ru: 'Открытие конференции',
      es: 'Apertura de la conferencia',
    },
  },
  {
    number: '2',
    title: {
      ar: 'اعتماد جدول الأعمال',
      zh: '通过议程',
      en: 'Adoption of the agenda',
      fr: 'Adoption de l’ordre du jour',
      ru: 'Утверждение повестки дня',
      es: 'Aprobación del orden del día',
    },
  },
  {
    number: '3',
    title: {
      ar: 'تعيين رؤساء لجان الدراسات والفريق الاستشاري لتنمية الاتصالات ونوابهم',
      zh: '任命研究组和电信发展顾问组的主席和副主席',
      en: 'Appointment of the chairs and vice-chairs of the study groups and TDAG',
      fr: 'Nomination des présidents et vice-présidents des commissions d’études et du GCDT',
      ru: 'Назначение председателей и заместителей председателей исследовательских комиссий и КГРЭ',
      es: 'Nombramiento de los Presidentes y Vicepresidentes de las Comisiones de Estudio y del GADT',
    },
  },
  {
    number: '4',
    title: {
      ar: 'مراجعة القرار 901 (نموذج)',
      zh: '修订第901号决议（示例）',
      en: 'Revision of Resolution 901 (sample)',
      fr: 'Révision de la Résolution 901 (exemple)',
      ru: 'Пересмотр Резолюции 901 (образец)',
      es: 'Revisión de la Resolución 901 (ejemplo)',
    },
    documents: (title) => title.includes('Resolution 901'),
  },
  {
    number: '5',
    title: {
      ar: 'مشروع قرار جديد [ARB-1] (نموذج)',
      zh: '新决议草案[ARB-1]（示例）',
      en: 'Draft new resolution [ARB-1] (sample)',
      fr: 'Projet de nouvelle résolution [ARB-1] (exemple)',
      ru: 'Проект новой резолюции [ARB-1] (образец)',
      es: 'Proyecto de nueva resolución [ARB-1] (ejemplo)',
    },
    documents: (title) => title.includes('[ARB-1]'),
  },
];

/**
 * Nominations for the officer posts, each made by the nominating state's focal point: two candidates for the
 * chair of SG2 (so an election to it can be held at once), and two vice-chairs of SG1 from the same region (so
 * the slate check has a finding to show).
 */
const NOMINATIONS: { focalPoint: string; body: CreateNominationBody }[] = [
  {
    focalPoint: 'focal.brazil@example.org',
    body: {
      group: 'SG2',
      post: 'chair',
      candidateName: 'Carlos Andrade',
      gender: 'male',
      candidateState: 'BRA',
      termsServed: 0,
    },
  },
  {
    focalPoint: 'focal.tunisia@example.org',
    body: {
      group: 'SG2',
      post: 'chair',
      candidateName: 'Leila Ben Salem',
      gender: 'female',
      candidateState: 'TUN',
      termsServed: 0,
    },
  },
  {
    focalPoint: 'focal.egypt@example.org',
    body: {
      group: 'SG1',
      post: 'vice-chair',
      candidateName: 'Nadia Fahmy',
      gender: 'female',
      candidateState: 'EGY',
      termsServed: 1,
    },
  },
  {
    focalPoint: 'focal.jordan@example.org',
    body: {
      group: 'SG1',
      post: 'vice-chair',
      candidateName: 'Omar Khalil',
      gender: 'male',
      candidateState: 'JOR',
      termsServed: 0,
    },
  },
];

async function loadDelegations(ctx: ServiceContext, meeting: MeetingRow): Promise<number> {
  if ((await listDelegationRows(ctx.db, meeting.id)).length > 0) {
    return 0;
  }
  const secretariat = await as(ctx, 'secretariat@example.org');
  for (const delegation of DELEGATIONS) {
    await putDelegation(await as(ctx, delegation.focalPoint), meeting.code, delegation.state, delegation.body);
  }
  for (const delegation of DELEGATIONS.filter((entry) => entry.checkIn)) {
    await checkIn(secretariat, meeting.code, delegation.state);
  }
  return DEMO_ROOM.delegations + DEMO_ROOM.checkIns;
}

async function loadAgenda(ctx: ServiceContext, meeting: MeetingRow): Promise<number> {
  if ((await listAgendaItemRows(ctx.db, meeting.id)).length > 0) {
    return 0;
  }
  const secretariat = await as(ctx, 'secretariat@example.org');
  const submitted = (await listDocumentsOfMeeting(ctx.db, meeting.id)).filter((row) => row.status !== 'draft');
  for (const { documents, ...item } of AGENDA) {
    const linked = documents === undefined ? [] : submitted.filter((row) => documents(row.title.en ?? ''));
    await createAgendaItem(secretariat, meeting.code, { ...item, documents: linked.map((row) => row.id) });
  }
  return DEMO_ROOM.agendaItems;
}

async function loadNominations(ctx: ServiceContext, meeting: MeetingRow): Promise<number> {
  if ((await listNominationRows(ctx.db, meeting.id)).length > 0) {
    return 0;
  }
  for (const nomination of NOMINATIONS) {
    await createNomination(await as(ctx, nomination.focalPoint), meeting.code, nomination.body);
  }
  return DEMO_ROOM.nominations;
}

/**
 * WTDC-17's room as a newcomer finds it, so that every screen of a meeting can be tried at once: delegations
 * (Egypt and Tunisia checked in, Jordan registered and absent), the agenda with the demo's documents on its items,
 * and nominations for officer posts. Each part is made, through the services and audited, only when the meeting
 * has none of it yet (so a load after a person changed them leaves them alone). Answers how many records it made
 * and how many it found there already.
 */
export async function loadDemoMeeting(ctx: ServiceContext): Promise<{ created: number; existing: number }> {
  const meeting = await findMeeting(ctx.db, 'wtdc-17');
  if (meeting === undefined) {
    return { created: 0, existing: 0 };
  }
  const made = [
    [await loadDelegations(ctx, meeting), DEMO_ROOM.delegations + DEMO_ROOM.checkIns],
    [await loadAgenda(ctx, meeting), DEMO_ROOM.agendaItems],
    [await loadNominations(ctx, meeting), DEMO_ROOM.nominations],
  ];
  return {
    created: made.reduce((sum, [created]) => sum + created!, 0),
    existing: made.reduce((sum, [created, all]) => sum + (created === 0 ? all! : 0), 0),
  };
}

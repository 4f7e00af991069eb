import { readFileSync } from 'node:fs';
import {
  findCycle,
  findInstrument,
  findMeeting,
  findUserByEmail,
  findVersion,
  listVersionTexts,
  readInstallationFact,
  recordInstallationFact,
} from '@tansiq/db';
import type { ServiceContext } from '../context.ts';
import { createUser } from '../modules/accounts/user.service.ts';
import { createCycle } from '../modules/cycles/cycle.service.ts';
import { importInstrumentText } from '../modules/library/library.service.ts';
import { DEMO_DOCUMENTS, loadDemoContributions } from './demo-contributions.ts';
import { loadDemoMeeting } from './demo-meeting.ts';
import { loadDemoTranslations } from './demo-translations.ts';
import { createMeeting } from '../modules/meetings/meeting.service.ts';
import { recordParticipation } from '../modules/registry/participation.service.ts';
import { DEMO_PASSWORD, DEMO_USERS, EGYPT_PARTICIPATION, WTDC17_MEETINGS, WTDC_CYCLES } from './wtdc-17.ts';

export { DEMO_PASSWORD, DEMO_USERS };

/** What a demo load did. */
export interface DemoLoadResult {
  created: number;
  existing: number;
}

const DEMO_FACT = 'demo-loaded';

/**
 * Loads the WTDC-17 demo through the services (so every record is checked and audited), with one account per
 * role sharing DEMO_PASSWORD: the cycles and meetings, sample texts, accounts, contributions and their
 * translations (demo-translations.ts), and WTDC-17's delegations, agenda and nominations (demo-meeting.ts).
 * Idempotent: records that exist (by code or e-mail) are left as they are, and a part a meeting already has is
 * not made again.
 */
export async function loadDemo(ctx: ServiceContext): Promise<DemoLoadResult> {
  const result: DemoLoadResult = { created: 0, existing: 0 };
  const count = (created: boolean) => (created ? result.created++ : result.existing++);
  for (const cycle of WTDC_CYCLES) {
    const exists = (await findCycle(ctx.db, cycle.code)) !== undefined;
    if (!exists) {
      await createCycle(ctx, cycle);
    }
    count(!exists);
  }
  for (const meeting of WTDC17_MEETINGS) {
    const exists = (await findMeeting(ctx.db, meeting.code)) !== undefined;
    if (!exists) {
      await createMeeting(ctx, meeting);
    }
    count(!exists);
  }
  for (const participation of EGYPT_PARTICIPATION) {
    count(await recordParticipation(ctx, { memberState: 'EGY', ...participation }));
  }
  for (const sample of DEMO_TEXTS) {
    count(await importSampleOnce(ctx, sample));
  }
  for (const user of DEMO_USERS) {
    const exists = (await findUserByEmail(ctx.db, user.email)) !== undefined;
    if (!exists) {
      await createUser(ctx, { ...user, password: DEMO_PASSWORD });
    }
    count(!exists);
  }
  const documents = await loadDemoContributions(ctx);
  result.created += documents;
  result.existing += documents === 0 ? DEMO_DOCUMENTS : 0;
  const translations = await loadDemoTranslations(ctx);
  result.created += translations.created;
  result.existing += translations.existing;
  const room = await loadDemoMeeting(ctx);
  result.created += room.created;
  result.existing += room.existing;
  await recordInstallationFact(ctx.db, DEMO_FACT, { at: ctx.clock.now().toISOString() });
  return result;
}

/** The sample texts of the demo library, each a language version of Resolution 901 (Rev. Dubai, 2014). */
const DEMO_TEXTS = (['en', 'fr', 'ar', 'es', 'ru', 'zh'] as const).map((language) => ({
  language,
  file: new URL(`./texts/sample-resolution-901-${language}.txt`, import.meta.url),
  kind: 'resolution',
  number: '901',
  versionLabel: 'Rev. Dubai, 2014',
}));

/** Imports one sample language version unless it is stored already; true when it imported. */
async function importSampleOnce(ctx: ServiceContext, sample: (typeof DEMO_TEXTS)[number]): Promise<boolean> {
  const instrument = await findInstrument(ctx.db, sample.kind, sample.number);
  const version = instrument === undefined ? undefined : await findVersion(ctx.db, instrument.id, sample.versionLabel);
  if (version !== undefined && (await listVersionTexts(ctx.db, version.id, [sample.language])).length > 0) {
    return false;
  }
  await importInstrumentText(ctx, {
    text: readFileSync(sample.file, 'utf8'),
    language: sample.language,
    versionLabel: sample.versionLabel,
    status: 'in-force',
    adoptedAtMeeting: null,
    instrumentTitle: {
      ar: 'المراكز المجتمعية للمهارات الرقمية (نص تجريبي)',
      zh: '数字技能社区中心（示例文本）',
      en: 'Community centres for digital skills (sample text)',
      fr: 'Centres communautaires pour les compétences numériques (texte d’exemple)',
      ru: 'Общественные центры цифровых навыков (текст-образец)',
      es: 'Centros comunitarios para las competencias digitales (texto de ejemplo)',
    },
  });
  return true;
}

/** True once the demo was loaded into this installation (or declined on its first start). */
export async function demoDecided(ctx: ServiceContext): Promise<boolean> {
  return (await readInstallationFact(ctx.db, DEMO_FACT)) !== undefined;
}

/** True when the demo (and so its accounts) was loaded into this installation. */
export async function demoLoaded(ctx: ServiceContext): Promise<boolean> {
  const fact = await readInstallationFact(ctx.db, DEMO_FACT);
  return fact !== undefined && fact !== false;
}

/** Records that this installation's first start declined the demo, so later starts do not offer it again. */
export async function declineDemo(ctx: ServiceContext): Promise<void> {
  await recordInstallationFact(ctx.db, DEMO_FACT, false);
}

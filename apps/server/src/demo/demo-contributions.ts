import { readFileSync } from 'node:fs';
import { findInstrument, findUserByEmail, findVersion, listDocumentsOfMeeting, findMeeting } from '@tansiq/db';
import { userActor } from '../actor.ts';
import type { ServiceContext } from '../context.ts';
import { addProposal, createContribution, submitContribution } from '../modules/contributions/contribution.service.ts';
import { signCommonProposal } from '../modules/contributions/signature.service.ts';

const DRAFT_ARB_1 = new URL('./texts/sample-draft-arb-1-ar.txt', import.meta.url);

async function as(ctx: ServiceContext, email: string): Promise<ServiceContext> {
  const user = await findUserByEmail(ctx.db, email);
  return { ...ctx, actor: userActor(user!) };
}

/**
 * The demo's contributions to WTDC-17, made by the people who would make them: Egypt's national contribution on
 * sample Resolution 901 (a MOD of resolves 2, an ADD under considering, a NOC), submitted; and the Arab group's
 * common proposal of a draft new resolution [ARB-1], signed by Egypt, Tunisia and Jordan. Skipped when the
 * meeting has documents already. Returns how many documents it made (0 or 2).
 */
export async function loadDemoContributions(ctx: ServiceContext): Promise<number> {
  const meeting = await findMeeting(ctx.db, 'wtdc-17');
  if (meeting === undefined || (await listDocumentsOfMeeting(ctx.db, meeting.id)).length > 0) {
    return 0;
  }
  const instrument = await findInstrument(ctx.db, 'resolution', '901');
  const version = instrument && (await findVersion(ctx.db, instrument.id, 'Rev. Dubai, 2014'));
  if (version === undefined) {
    return 0;
  }
  const egypt = await as(ctx, 'focal.egypt@example.org');
  const national = await createContribution(egypt, {
    meeting: 'wtdc-17',
    title: { en: 'Proposals of Egypt on Resolution 901 (sample)', ar: 'مقترحات مصر بشأن القرار 901 (نموذج)' },
    originalLanguage: 'en',
    targetBody: 'PLENARY MEETING',
    access: 'public',
    memberState: 'EGY',
    organization: null,
    parentDocument: null,
  });
  const target = (provisionId: string) => ({ kind: 'provision' as const, versionId: version.id, provisionId });
  await addProposal(egypt, national.id, {
    mark: 'MOD',
    target: target('resolves.2'),
    text: 'that the centres should, with the support of the regional offices:',
    reasons: 'Regional offices help the centres to start.',
  });
  await addProposal(egypt, national.id, {
    mark: 'ADD',
    target: target('considering.d'),
    text: 'that the skills in demand change as services change,',
    reasons: null,
  });
  await addProposal(egypt, national.id, {
    mark: 'NOC',
    target: target('resolves.3'),
    text: null,
    reasons: 'The study groups remain the right place to share experience.',
  });
  await submitContribution(egypt, national.id);

  const coordinator = await as(ctx, 'coordinator.arab@example.org');
  const common = await createContribution(coordinator, {
    meeting: 'wtdc-17',
    title: {
      en: 'Arab common proposal: draft new resolution [ARB-1] (sample)',
      ar: 'مقترح عربي مشترك: مشروع قرار جديد [ARB-1] (نموذج)',
    },
    originalLanguage: 'ar',
    targetBody: 'PLENARY MEETING',
    access: 'public',
    memberState: null,
    organization: 'ARAB',
    parentDocument: null,
  });
  await addProposal(coordinator, common.id, {
    mark: 'ADD',
    target: { kind: 'new-text', tag: '[ARB-1]' },
    text: readFileSync(DRAFT_ARB_1, 'utf8').split('\n').slice(2).join('\n').trim(),
    reasons: 'Arab digital content needs regional cooperation.',
  });
  for (const email of ['focal.egypt@example.org', 'focal.tunisia@example.org', 'focal.jordan@example.org']) {
    await signCommonProposal(await as(ctx, email), common.id, 'support');
  }
  return 2;
}
